package org.rootprompt.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rootprompt.display.paint.CanvasPainter;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.gpad.TCanvas;
import org.rootprompt.root.gpad.TStyle;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1F;
import org.rootprompt.root.io.TBufferJSON;
import org.rootprompt.root.math.TRandom3;

/**
 * The canvas painter (issue 4): an 800 × 600 canvas with a 100-bin histogram, its gaus fit and
 * the stat box with the fit lines, painted to an image, warm. Target: well under 50 ms.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PaintBenchmarks {
    private TCanvas canvas;

    @Setup
    public void setUp() {
        TH1.AddDirectory(false);
        TROOT.gROOT.Reset();
        TStyle.gStyle.SetOptFit(1);
        canvas = new TCanvas("bench", "bench", 800, 600);
        TH1F h = new TH1F("h", "px;x;entries", 100, -4, 4);
        h.FillRandom("gaus", 10_000, new TRandom3(1));
        h.Fit("gaus", "Q");
        h.Draw();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public BufferedImage paintHistogramWithFit() {
        return CanvasPainter.toImage(canvas);
    }

    /** What a notebook receives: the picture painted and encoded as PNG. Target: ≤ 50 ms warm. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] pngOfHistogramWithFit() throws IOException {
        return png(canvas);
    }

    /** The canvas as JSROOT's JSON (TBufferJSON). Target: ≤ 5 ms warm. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String jsonOfHistogramWithFit() {
        return TBufferJSON.ConvertToJSON(canvas);
    }

    static byte[] png(TCanvas c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(CanvasPainter.toImage(c), "png", out);
        return out.toByteArray();
    }

    /** Prints the PNG's and the JSON's sizes (target for the PNG: ≤ 80 KB). */
    public static void main(String[] args) throws IOException {
        PaintBenchmarks b = new PaintBenchmarks();
        b.setUp();
        System.out.println("PNG bytes: " + png(b.canvas).length);
        System.out.println("JSON bytes: " + TBufferJSON.ConvertToJSON(b.canvas).length());
    }
}
