package org.rootprompt.display.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.EColor;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.gpad.StatBoxes;
import org.rootprompt.root.gpad.TCanvas;
import org.rootprompt.root.gpad.TColor;
import org.rootprompt.root.gpad.TLegend;
import org.rootprompt.root.gpad.TLine;
import org.rootprompt.root.gpad.TPaveStats;
import org.rootprompt.root.gpad.TStyle;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TGraph;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1F;
import org.rootprompt.root.hist.TH2F;

/**
 * What a user sees on a painted canvas, checked at pixels whose places are worked out by hand:
 * a 700 × 500 canvas with ROOT's margins (0.1 on every side) has its frame from x = 70 to 630
 * and from y = 50 (top) to 450 (bottom), its one-pixel lines drawn at the pixel centres (+0.5).
 */
class CanvasPainterTest {
    private static final int HIST_BLUE = 0x000099; // kBlue+2, ROOT 6's histogram line colour
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void setUp() {
        TH1.AddDirectory(false);
        ErrorHandler.setHandler((level, location, message) -> messages.add(ErrorHandler.text(level, location, message)));
    }

    @AfterEach
    void tearDown() {
        ErrorHandler.setHandler(null);
        TStyle.gStyle.SetOptStat(1111);
        TStyle.gStyle.SetOptTitle(1);
    }

    /** Ten bins on [0, 10] holding 1 … 10, minimum set to 0: the y axis runs from 0 to 10 + 5% = 10.5. */
    private static TH1F ramp(String name) {
        TH1F h = new TH1F(name, "Ramp;x title;y title", 10, 0, 10);
        h.SetMinimum(0);
        for (int i = 1; i <= 10; i++) {
            h.SetBinContent(i, i);
        }
        return h;
    }

    private static BufferedImage paint(TCanvas c) {
        return CanvasPainter.toImage(c);
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }

    @Test
    void lineHistogramStepsAtBinEdgesInRootsBlue() {
        TCanvas c = new TCanvas("t1", "t1", 700, 500);
        TH1F h = ramp("r1");
        h.SetStats(false);
        h.Draw();
        BufferedImage image = paint(c);
        // bin 10 spans x 574 … 630; its top at 450 - 10/10.5 × 400 = 69.05
        assertTrue(Pixels.count(image, 580, 67, 620, 72, Pixels.near(HIST_BLUE, 40)) > 30);
        // bin 5 spans x 294 … 350, its top at 450 - 5/10.5 × 400 = 259.5
        assertTrue(Pixels.count(image, 300, 257, 345, 262, Pixels.near(HIST_BLUE, 40)) > 30);
        // not filled: inside the bins below the tops, nothing blue
        assertEquals(0, Pixels.count(image, 300, 280, 345, 440, Pixels.near(HIST_BLUE, 40)));
        // the step between bins 5 and 6 is a vertical line at x = 350 from y 259.5 up to 221.4
        assertTrue(Pixels.count(image, 349, 225, 352, 255, Pixels.near(HIST_BLUE, 60)) > 20);
    }

    @Test
    void frameBorderLiesAtTheMargins() {
        TCanvas c = new TCanvas("t2", "t2", 700, 500);
        ramp("r2").Draw();
        BufferedImage image = paint(c);
        assertTrue(Pixels.isDark(rgb(image, 70, 300)), "left edge");
        assertTrue(Pixels.isDark(rgb(image, 630, 300)), "right edge");
        assertTrue(Pixels.isDark(rgb(image, 200, 50)), "top edge");
        assertTrue(Pixels.isDark(rgb(image, 200, 450)), "bottom edge");
        assertEquals(0xffffff, rgb(image, 66, 280), "white just outside the frame (between the labels 4 and 5)");
    }

    @Test
    void optionAHidesAxesAndFrame() {
        TCanvas c = new TCanvas("t2a", "t2a", 700, 500);
        TH1F h = ramp("r2a");
        h.SetStats(false);
        h.Draw("A");
        BufferedImage image = paint(c);
        assertEquals(0, Pixels.count(image, 60, 100, 72, 440, Pixels::isDark), "no y axis, labels or frame");
        assertEquals(0, Pixels.count(image, 100, 449, 600, 480, Pixels::isDark), "no x axis or labels");
    }

    @Test
    void ticksAndLabelsStandAtTheNiceNumbers() {
        TCanvas c = new TCanvas("t3", "t3", 700, 500);
        ramp("r3").Draw();
        BufferedImage image = paint(c);
        AxisTicks ticks = AxisTicks.Compute(0, 10, 510, "");
        List<String> texts = ticks.labels().stream().map(AxisTicks.Label::text).toList();
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), texts);
        for (AxisTicks.Label label : ticks.labels()) {
            int x = (int) Math.round(70 + label.value() / 10 * 560);
            // a primary tick: 0.03 × 560 × 500/700 = 12 px up from the bottom of the frame
            assertTrue(Pixels.count(image, x - 1, 440, x + 2, 449, Pixels::isDark) >= 8, "tick at " + label.value());
            // the label's ink just under the axis, centred on the tick
            assertTrue(Pixels.count(image, x - 6, 455, x + 7, 472, Pixels::isDark) > 3, "label " + label.text());
        }
    }

    @Test
    void ticksAcrossTheAxisAndCentredLabels() {
        TCanvas c = new TCanvas("t3b", "t3b", 700, 500);
        TH1F h = ramp("r3b");
        h.SetStats(false);
        h.Draw();
        // 510 divisions of 0 … 10: a secondary tick every 0.2; the one at 0.2 (x = 70.5 + 11.2,
        // on pixel column 81) is 6 px long, inside the frame only, and with "+-" also below it
        assertEquals(0, Pixels.count(paint(c), 81, 451, 82, 456, Pixels::isDark));
        h.GetXaxis().SetTicks("+-");
        assertEquals(5, Pixels.count(paint(c), 81, 451, 82, 456, Pixels::isDark));
        h.GetXaxis().SetTicks("");
        // CenterLabels: "0" moves from under x = 70.5 to half-way to "1", x = 98.5
        h.GetXaxis().CenterLabels();
        BufferedImage centred = paint(c);
        assertTrue(Pixels.count(centred, 93, 455, 104, 470, Pixels::isDark) > 5);
        assertEquals(0, Pixels.count(centred, 68, 458, 77, 470, Pixels::isDark));
    }

    @Test
    void logAxisShowsDecades() {
        TCanvas c = new TCanvas("t4", "t4", 700, 500);
        c.SetLogy();
        TH1F h = new TH1F("log", "log", 4, 0, 4);
        h.SetBinContent(1, 1);
        h.SetBinContent(2, 10);
        h.SetBinContent(3, 100);
        h.SetBinContent(4, 1000);
        h.Draw();
        BufferedImage image = paint(c);
        // ROOT's log range: 0.5 × 1 … 2 × 1000 × 0.9/0.95
        double lo = Math.log10(0.5);
        double hi = Math.log10(2000 * 0.9 / 0.95);
        PadView v = new PadView(c, 0, 0, 700, 500);
        v.setFrame(0, 4, 0.5, 2000 * 0.9 / 0.95, false, true);
        AxisTicks t = AxisPainter.ticks(h.GetYaxis(), v.ymin(), v.ymax(), true, 1);
        List<AxisPainter.Placed> labels = AxisPainter.labels(v, t, true);
        assertEquals(List.of("1", "10", "10^{2}", "10^{3}"), labels.stream().map(AxisPainter.Placed::text).toList());
        for (int k = 0; k < 4; k++) {
            double expected = 450.5 - (k - lo) / (hi - lo) * 400;
            assertEquals(expected, labels.get(k).pixel(), 1e-9);
            int y = (int) Math.round(expected);
            assertTrue(Pixels.count(image, 71, y - 1, 80, y + 2, Pixels::isDark) >= 8, "decade tick " + k);
        }
    }

    @Test
    void statBoxShowsTextAndSetStatsZeroHidesIt() {
        TCanvas c = new TCanvas("t5", "t5", 700, 500);
        TH1F h = ramp("r5");
        h.Draw();
        // the box spans x 546 … 686 and y 32.5 … 112.5; right of the frame only the box has ink
        assertTrue(Pixels.count(paint(c), 640, 35, 684, 110, Pixels::isDark) > 40);
        h.SetStats(false);
        assertEquals(0, Pixels.count(paint(c), 640, 35, 684, 110, Pixels::isDark));
        h.SetStats(true);
        TStyle.gStyle.SetOptStat(0);
        assertEquals(0, Pixels.count(paint(c), 640, 35, 684, 110, Pixels::isDark));
    }

    @Test
    void theStatBoxMovedAndRecolouredByTheUserIsPaintedSo() {
        TCanvas c = new TCanvas("t5m", "t5m", 700, 500);
        TH1F h = ramp("r5m");
        h.Draw();
        c.Update();
        TPaveStats st = (TPaveStats) h.FindObject("stats");
        // the tutorial's pattern: x 0.15 … 0.35 is x 105 … 245, y stays 32.5 … 112.5
        st.SetX1NDC(0.15);
        st.SetX2NDC(0.35);
        st.SetTextColor(EColor.kRed);
        st.SetFillColor(EColor.kYellow);
        c.Modified();
        c.Update();
        BufferedImage image = paint(c);
        assertEquals(0, Pixels.count(image, 640, 35, 684, 110, Pixels::isDark), "nothing left where the box was");
        assertTrue(Pixels.count(image, 110, 35, 240, 110, Pixels.near(0xff0000, 60)) > 20, "red text");
        assertTrue(Pixels.count(image, 110, 35, 240, 110, Pixels.near(0xffff00, 10)) > 3000, "yellow fill");
        // inside the border, below the name's line at y 52.5: red text on yellow, nothing black
        assertEquals(0, Pixels.count(image, 112, 56, 238, 108, Pixels::isDark), "no black text");
    }

    @Test
    void samesShowsTheSecondBoxWhereTheUserMovesIt() {
        TCanvas c = new TCanvas("t5s", "t5s", 700, 500);
        TH1F first = ramp("r5s1");
        TH1F second = ramp("r5s2");
        first.Draw();
        second.Draw("same");
        c.Update();
        assertEquals(null, second.FindObject("stats"), "SAME: no box");
        // y 0.6 … 0.775 of the canvas is y 112.5 … 200 from the top, right of the frame
        assertEquals(0, Pixels.count(paint(c), 640, 116, 684, 196, Pixels::isDark));
        second.Draw("sames");
        c.Update();
        TPaveStats st = (TPaveStats) second.FindObject("stats");
        st.SetY1NDC(0.6);
        st.SetY2NDC(0.775);
        c.Modified();
        assertTrue(Pixels.count(paint(c), 640, 116, 684, 196, Pixels::isDark) > 40);
    }

    @Test
    void titleAtTheTopUnlessOptTitleIsZero() {
        TCanvas c = new TCanvas("t6", "t6", 700, 500);
        ramp("r6").Draw();
        assertTrue(Pixels.count(paint(c), 250, 0, 450, 30, Pixels::isDark) > 50);
        TStyle.gStyle.SetOptTitle(0);
        assertEquals(0, Pixels.count(paint(c), 250, 0, 450, 30, Pixels::isDark));
    }

    @Test
    void statLinesFollowPaintStat() {
        TH1F h = new TH1F("hs", "hs", 10, 0, 10);
        h.Fill(1.5);
        h.Fill(2.5);
        h.Fill(3.5);
        // mean 2.5, std dev sqrt(2/3) = 0.8165 (by hand), printed with %6.4g
        List<String> lines = StatBoxes.statLines(h, 1111, 0, "6.4g", "5.4g");
        assertEquals(List.of("hs", "Entries = 3      ", "Mean =    2.5", "Std Dev = 0.8165"), lines);
        assertEquals(List.of("Entries = 3      "), StatBoxes.statLines(h, 10, 0, "6.4g", "5.4g"));
        // digit 2: with the errors, σ/√n = 0.8165/√3 = 0.4714 and σ/√(2n) = 0.3333
        assertEquals(List.of("Mean =    2.5 #pm 0.4714", "Std Dev = 0.8165 #pm 0.3333"),
                StatBoxes.statLines(h, 2200, 0, "6.4g", "5.4g"));
        // three points placed symmetrically: skewness 0; kurtosis of {-1, 0, 1}·σ: 1.5 - 3 = -1.5
        assertEquals(List.of("Skewness =      0", "Kurtosis =   -1.5"), StatBoxes.statLines(h, 110000000, 0, "6.4g", "5.4g"));
    }

    @Test
    void fitLinesShowChi2AndParameters() {
        TF1 f = new TF1("lin", "pol1", 0, 1);
        f.SetParameters(1.5, -2);
        List<String> lines = StatBoxes.fitLines(f, 111, "5.4g");
        assertEquals("#chi^{2} / ndf =     0 / 0", lines.get(0));
        assertTrue(lines.get(1).startsWith("p0       =   1.5 #pm "), lines.get(1));
        assertTrue(lines.get(2).startsWith("p1       =    -2 #pm "), lines.get(2));
    }

    @Test
    void parameterErrorsTakeTheDecimalsOfTheirValues() {
        // THistPainter::GetBestFormat, worked by hand: "318.5" has one decimal, "0.997" three,
        // "1.2e-05" a mantissa of one decimal, "12" none (then one decimal)
        assertEquals("4.0", StatBoxes.parameterError("Constant = 318.5", 3.963));
        assertEquals("0.007", StatBoxes.parameterError("Sigma    = 0.997", 0.007406));
        assertEquals("3.4e-06", StatBoxes.parameterError("p0       = 1.2e-05", 3.4e-6));
        assertEquals("0.5", StatBoxes.parameterError("p1       =    12", 0.46));
        // an error that would print as zero falls back to %4.2g
        assertEquals("0.0004", StatBoxes.parameterError("Sigma    = 0.997", 0.0004));
    }

    @Test
    void sumw2HistogramGetsErrorBarsByDefault() {
        TCanvas c = new TCanvas("t7", "t7", 700, 500);
        TH1F h = ramp("r7");
        h.Sumw2();
        for (int i = 1; i <= 10; i++) {
            h.SetBinError(i, 0.5);
        }
        h.SetStats(false);
        h.Draw();
        BufferedImage image = paint(c);
        // the range holds the error bars: 10.5 + 5% = 11.025; bin 5's bar at x = 322 (its centre)
        // runs from 5 - 0.5 to 5 + 0.5, i.e. y 287.2 … 250.9
        assertTrue(Pixels.count(image, 321, 253, 324, 285, Pixels.near(HIST_BLUE, 60)) > 30);
        assertEquals(0, Pixels.count(image, 321, 235, 324, 248, Pixels.near(HIST_BLUE, 60)));
        // no step at the bin edge x = 294 between the tops of bins 4 and 5 (as HIST would draw)
        assertEquals(0, Pixels.count(image, 291, 275, 297, 300, Pixels.near(HIST_BLUE, 60)));
    }

    @Test
    void colzPaintsPaletteColoursAndAPaletteAxis() {
        TCanvas c = new TCanvas("t8", "t8", 700, 500);
        c.SetRightMargin(0.15);
        TH2F h = new TH2F("h2", "h2", 2, 0, 2, 1, 0, 1);
        h.SetBinContent(1, 1, 1);
        h.SetBinContent(2, 1, 10);
        h.SetStats(false);
        h.Draw("COLZ");
        BufferedImage image = paint(c);
        // z runs 1 … 10 in 20 levels: the first cell is in level 0, the second in level 19, and
        // ROOT's PaintColorLevels takes palette index (level + 0.99) × ncolors / 20 for them
        int ncolors = TColor.GetNumberOfColors();
        int lowest = TColor.awtColor(TColor.GetColorPalette((int) (0.99 * ncolors / 20))).getRGB() & 0xffffff;
        int highest = TColor.awtColor(TColor.GetColorPalette((int) (19.99 * ncolors / 20))).getRGB() & 0xffffff;
        assertTrue(Pixels.near(lowest, 3).test(rgb(image, 200, 250)));
        assertTrue(Pixels.near(highest, 3).test(rgb(image, 500, 250)));
        // the palette strip right of the frame (x 598.5 … 630) shows both ends
        assertTrue(Pixels.near(highest, 3).test(rgb(image, 612, 60)));
        assertTrue(Pixels.near(lowest, 3).test(rgb(image, 612, 440)));
    }

    @Test
    void legendShowsSymbolsInTheObjectsColours() {
        TCanvas c = new TCanvas("t9", "t9", 700, 500);
        TH1F h = ramp("r9");
        h.SetLineColor(EColor.kRed);
        h.SetStats(false);
        h.Draw();
        TLegend legend = new TLegend(0.15, 0.7, 0.45, 0.85);
        legend.AddEntry(h, "ramp", "l");
        legend.Draw();
        BufferedImage image = paint(c);
        // the box spans x 105 … 315, y 75 … 150; inside a 3% padding the one row is centred at
        // y 112.5 and its symbol takes the first quarter of the column (x 111.3 … 154.4)
        assertTrue(Pixels.count(image, 110, 108, 157, 117, Pixels.near(0xff0000, 30)) > 20);
    }

    /** A graph whose points cannot be read, standing in for a painter bug. */
    static final class BrokenGraph extends TGraph {
        BrokenGraph() {
            super(2, new double[] {0, 1}, new double[] {0, 1});
        }

        @Override
        public double[] GetX() {
            throw new IllegalStateException("no points today");
        }
    }

    @Test
    void anObjectThatFailsToPaintIsReportedAndTheRestIsPainted() {
        TCanvas c = new TCanvas("t11", "t11", 700, 500);
        TGraph broken = new BrokenGraph();
        broken.SetName("broken");
        broken.Draw("AP");
        TLine line = new TLine(0.1, 0.5, 0.9, 0.5);
        line.SetLineColor(EColor.kRed);
        line.Draw();
        BufferedImage image = paint(c);
        assertEquals(List.of("Error in <TPad::Paint>: cannot paint BrokenGraph \"broken\": "
                + "java.lang.IllegalStateException: no points today"), messages);
        assertTrue(Pixels.count(image, 100, 248, 600, 253, Pixels.near(0xff0000, 40)) > 400);
    }

    @Test
    void impossibleLogScaleReportsRootsErrorAndPaintsNoFrame() {
        TCanvas c = new TCanvas("t10", "t10", 700, 500);
        c.SetLogy();
        TH1F h = new TH1F("neg", "neg", 2, 0, 2);
        h.SetMinimum(-1);
        h.Draw();
        paint(c);
        assertTrue(messages.contains("Error in <THistPainter::PaintInit>: log scale requested with a negative argument (-1.000000)"),
                messages.toString());
    }
}
