package org.rootprompt.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.rootprompt.root.math.TRandom3;

/**
 * gRandom->Gaus() per second of the measuring thread's CPU time: on this shared 2-core machine other
 * processes take the CPU away from a JMH run at random, and wall-clock throughput then measures them
 * too. Five rounds of 5·10^7 draws after three warm-up rounds; prints each and their median.
 * Run: {@code java -cp bench/target/benchmarks.jar org.rootprompt.bench.GausCpuTime}.
 */
public final class GausCpuTime {
    private GausCpuTime() {}

    public static void main(String[] args) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        TRandom3 random = new TRandom3(4357);
        int n = 50_000_000;
        double sink = 0;
        double[] rates = new double[5];
        for (int round = -3; round < rates.length; round++) {
            long start = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink += random.Gaus();
            }
            long cpu = bean.getCurrentThreadCpuTime() - start;
            if (round >= 0) {
                rates[round] = n / (cpu / 1e9) / 1e6;
                System.out.printf("round %d: %.1f M/s%n", round + 1, rates[round]);
            }
        }
        java.util.Arrays.sort(rates);
        System.out.printf("median: %.1f M Gaus per CPU second (checksum %.6f)%n", rates[2], sink);
    }
}
