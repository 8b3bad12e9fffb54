package org.rootprompt.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1D;
import org.rootprompt.root.hist.TH1F;
import org.rootprompt.root.math.TRandom3;

/**
 * The speed targets of the analysis library (issue 3): histogram filling, FillRandom, Gaussian
 * random numbers, formula evaluation and a gaus fit. Results in docs/performance.md.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LibraryBenchmarks {
    private static final int N = 1_000_000;

    private double[] values;
    private TH1F h;
    private TRandom3 random;
    private TF1 formula;
    private TH1D toFit;

    @Setup
    public void setUp() {
        TH1.AddDirectory(false); // keep the benchmark's histograms out of gROOT
        TROOT.gROOT.Reset();
        random = new TRandom3(4357);
        values = new double[N];
        for (int i = 0; i < N; i++) {
            values[i] = random.Gaus();
        }
        h = new TH1F("h", "", 100, -4, 4);
        formula = new TF1("f", "[0]*exp(-0.5*((x-[1])/[2])^2)", -4, 4);
        formula.SetParameters(1, 0, 1);
        toFit = new TH1D("fit", "", 100, -4, 4);
        toFit.FillRandom("gaus", 100_000, new TRandom3(1));
    }

    /** One op = 10^6 fills: fills per second = ops/s × 10^6. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(N)
    public TH1F fillTH1F() {
        TH1F hist = h;
        double[] v = values;
        for (int i = 0; i < N; i++) {
            hist.Fill(v[i]);
        }
        return hist;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public TH1F fillRandomGausMillion() {
        TH1F hist = new TH1F("r", "", 100, -4, 4);
        hist.FillRandom("gaus", N, random);
        return hist;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public double gaus() {
        return random.Gaus();
    }

    /**
     * Gaus as a macro calls it, in a loop (h.Fill(gRandom.Gaus()) …): one op = one number, without
     * JMH's per-call bookkeeping, which is a few percent of a 20 ns call.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(1000)
    public double gausInLoop() {
        double sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += random.Gaus();
        }
        return sum;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public double formulaEval() {
        return formula.Eval(values[(int) (random.Rndm() * 1000)]);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object gausFit100Bins() {
        return toFit.Fit("gaus", "QN");
    }
}
