package org.rootprompt.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1F;
import org.rootprompt.root.io.TFile;
import org.rootprompt.root.io.TKey;
import org.rootprompt.root.math.TRandom3;

/**
 * ROOT files (issue 5): 1,000 TH1F of 100 bins written to one file and read back, uncompressed
 * (0) and with zlib (101); the largest test file read whole; and, as the floor, the same bin
 * contents written and read with plain Java serialization of double[] arrays.
 * One operation is the whole batch (1,000 histograms, or one file), so ops/s × 1,000 is objects/s.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FileBenchmarks {
    static final int HISTOGRAMS = 1000;
    static final Path LARGEST_TEST_FILE = Path.of("/work/shared/testdata/rootfiles/tcanvas.root");

    @Param({"0", "101"})
    public int compress;

    private TH1F[] histograms;
    private Path dir;
    private Path written;
    private Path readBack;
    private Path serializedWritten;
    private Path serializedReadBack;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        TH1.AddDirectory(false);
        histograms = histograms();
        dir = Files.createTempDirectory("filebench");
        written = dir.resolve("written.root");
        readBack = dir.resolve("readback.root");
        serializedWritten = dir.resolve("written.ser");
        serializedReadBack = dir.resolve("readback.ser");
        writeRoot(histograms, readBack, compress);
        writeSerialized(histograms, serializedReadBack);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        for (Path p : new Path[] {written, readBack, serializedWritten, serializedReadBack}) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    /** 1,000 different histograms, so that compression sees realistic contents. */
    static TH1F[] histograms() {
        TRandom3 random = new TRandom3(1);
        TH1F[] hs = new TH1F[HISTOGRAMS];
        for (int i = 0; i < HISTOGRAMS; i++) {
            hs[i] = new TH1F("h" + i, "histogram " + i, 100, -4, 4);
            hs[i].FillRandom("gaus", 1000, random);
        }
        return hs;
    }

    static void writeRoot(TH1F[] hs, Path file, int compress) {
        TFile f = new TFile(file.toString(), "RECREATE", "", compress);
        for (TH1F h : hs) {
            f.WriteTObject(h, h.GetName(), 0);
        }
        f.Close();
    }

    /** Reads every key of the file; returns how many objects came back. */
    static int readAll(Path file) {
        TFile f = TFile.Open(file.toString());
        TList keys = f.GetListOfKeys();
        int read = 0;
        for (int i = 0; i < keys.GetSize(); i++) {
            TObject o = ((TKey) keys.At(i)).ReadObj();
            read += o != null ? 1 : 0;
        }
        f.Close();
        return read;
    }

    /** The floor: each histogram's bin contents (with under- and overflow) as one double[]. */
    static void writeSerialized(TH1F[] hs, Path file) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            for (TH1F h : hs) {
                double[] contents = new double[h.GetNbinsX() + 2];
                for (int bin = 0; bin < contents.length; bin++) {
                    contents[bin] = h.GetBinContent(bin);
                }
                out.writeObject(contents);
            }
        }
    }

    static int readSerialized(Path file) throws IOException, ClassNotFoundException {
        int read = 0;
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (int i = 0; i < HISTOGRAMS; i++) {
                read += ((double[]) in.readObject()).length > 0 ? 1 : 0;
            }
        }
        return read;
    }

    @Benchmark
    public long writeThousandTH1F() throws IOException {
        writeRoot(histograms, written, compress);
        return Files.size(written);
    }

    @Benchmark
    public int readThousandTH1F() {
        return readAll(readBack);
    }

    /** Does not depend on compress: JMH runs it once per value, which shows the noise. */
    @Benchmark
    public int readLargestTestFile() {
        return readAll(LARGEST_TEST_FILE);
    }

    @Benchmark
    public long writeThousandArraysSerialized() throws IOException {
        writeSerialized(histograms, serializedWritten);
        return Files.size(serializedWritten);
    }

    @Benchmark
    public int readThousandArraysSerialized() throws IOException, ClassNotFoundException {
        return readSerialized(serializedReadBack);
    }

    /** Prints the sizes that turn the times into MB/s, and checks that everything reads back. */
    public static void main(String[] args) throws Exception {
        TH1.AddDirectory(false);
        TH1F[] hs = histograms();
        Path dir = Files.createTempDirectory("filebench");
        for (int compress : new int[] {0, 101}) {
            Path file = dir.resolve("h" + compress + ".root");
            writeRoot(hs, file, compress);
            System.out.printf("ROOT file, compress %d: %d bytes, %d objects read back%n",
                    compress, Files.size(file), readAll(file));
            Files.delete(file);
        }
        Path ser = dir.resolve("h.ser");
        writeSerialized(hs, ser);
        System.out.printf("Java serialization: %d bytes, %d arrays read back%n", Files.size(ser), readSerialized(ser));
        Files.delete(ser);
        Files.delete(dir);
        System.out.printf("%s: %d bytes, %d objects%n", LARGEST_TEST_FILE, Files.size(LARGEST_TEST_FILE),
                readAll(LARGEST_TEST_FILE));
    }
}
