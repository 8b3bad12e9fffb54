package org.rootprompt.display.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.EColor;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.gpad.TCanvas;
import org.rootprompt.root.gpad.TColor;
import org.rootprompt.root.gpad.TLine;
import org.rootprompt.root.gpad.TPaveText;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TF2;
import org.rootprompt.root.hist.TGraph;
import org.rootprompt.root.hist.TGraphErrors;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1F;
import org.rootprompt.root.hist.THStack;
import org.rootprompt.root.hist.TMultiGraph;

/**
 * Functions, graphs, stacks, divided canvases and primitives on a 700 × 500 canvas (frame x 70.5 …
 * 630.5, y 50.5 … 450.5 in pixel centres), at places worked out by hand from ROOT's range rules.
 */
class ObjectsPaintTest {
    private static final IntPredicate RED = Pixels.near(0xff0000, 40);
    private static final IntPredicate BLUE = Pixels.near(0x0000ff, 40);
    /** Antialiased thin lines are blends with the white around them: the colour's channel leads. */
    private static final IntPredicate REDDISH = rgb -> ((rgb >> 16) & 0xff) - Math.max((rgb >> 8) & 0xff, rgb & 0xff) > 60;
    private static final IntPredicate BLUISH = rgb -> (rgb & 0xff) - Math.max((rgb >> 16) & 0xff, (rgb >> 8) & 0xff) > 60;

    @BeforeEach
    void noDirectory() {
        TH1.AddDirectory(false);
    }

    @AfterEach
    void directoryAgain() {
        TH1.AddDirectory(true);
    }

    private static double px(double x, double xmin, double xmax) {
        return 70.5 + (x - xmin) / (xmax - xmin) * 560;
    }

    private static double py(double y, double ymin, double ymax) {
        return 450.5 - (y - ymin) / (ymax - ymin) * 400;
    }

    private static int around(BufferedImage image, double x, double y, int r, IntPredicate kind) {
        int cx = (int) Math.round(x);
        int cy = (int) Math.round(y);
        return Pixels.count(image, cx - r, cy - r, cx + r + 1, cy + r + 1, kind);
    }

    @Test
    void graphMarkersStandAtTheirPointsInTheGraphsFrame() {
        TCanvas c = new TCanvas("o1", "o1", 700, 500);
        TGraph g = new TGraph(3, new double[] {1, 2, 3}, new double[] {1, 4, 9});
        g.SetMarkerStyle(21);
        g.SetMarkerColor(EColor.kRed);
        g.Draw("AP");
        BufferedImage image = CanvasPainter.toImage(c);
        // TGraph::GetHistogram: x 1 … 3 widened by 10% → 0.8 … 3.2; y 1 … 9 → 0.2 … 9.8
        double[][] points = {{1, 1}, {2, 4}, {3, 9}};
        for (double[] p : points) {
            // a full square of size 1: 8 × 8 pixels
            assertTrue(around(image, px(p[0], 0.8, 3.2), py(p[1], 0.2, 9.8), 3, RED) >= 40, "point " + p[0]);
        }
        // nothing red half-way between the points: "P" draws no line
        assertEquals(0, around(image, px(1.5, 0.8, 3.2), py(2.5, 0.2, 9.8), 3, RED));
    }

    @Test
    void smoothCurvePassesThroughThePointsInAnyOrder() {
        TCanvas c = new TCanvas("o1c", "o1c", 700, 500);
        // x goes back and forth: a spline in x could not draw this, ROOT's parametric smoothing can
        TGraph g = new TGraph(4, new double[] {1, 3, 2, 4}, new double[] {1, 2, 3, 4});
        g.SetLineColor(EColor.kRed);
        g.Draw("AC");
        BufferedImage image = CanvasPainter.toImage(c);
        // frame: x 1 … 4 → 0.7 … 4.3, y 1 … 4 → 0.7 … 4.3
        double[][] points = {{1, 1}, {3, 2}, {2, 3}, {4, 4}};
        for (double[] p : points) {
            assertTrue(around(image, px(p[0], 0.7, 4.3), py(p[1], 0.7, 4.3), 2, REDDISH) > 2, "point " + p[0]);
        }
    }

    @Test
    void graphErrorBarsSpanTheErrors() {
        TCanvas c = new TCanvas("o2", "o2", 700, 500);
        TGraphErrors g = new TGraphErrors(2, new double[] {0, 10}, new double[] {5, 5}, new double[] {0, 0},
                new double[] {2, 2});
        g.SetLineColor(EColor.kBlue);
        g.Draw("AP");
        BufferedImage image = CanvasPainter.toImage(c);
        // x 0 … 10 → -1 … 11 (not crossing zero: 0); y with errors 3 … 7 → 2.6 … 7.4
        double x = px(10, 0, 11);
        int column = (int) Math.floor(x);
        assertTrue(Pixels.count(image, column, (int) py(6.9, 2.6, 7.4), column + 1, (int) py(3.1, 2.6, 7.4), BLUE) > 100);
        assertEquals(0, Pixels.count(image, column, (int) py(7.3, 2.6, 7.4), column + 1, (int) py(7.15, 2.6, 7.4), BLUE));
    }

    @Test
    void functionCurvePassesThroughItsValues() {
        TCanvas c = new TCanvas("o3", "o3", 700, 500);
        TF1 f = new TF1("sq", "x*x", 0, 2);
        f.Draw();
        BufferedImage image = CanvasPainter.toImage(c);
        // TF1::Paint: values at 100 bin centres, 0.0001 … 3.9601, all positive, so the minimum is
        // max(0, 0.0001 - 5% of the spread) = 0; THistPainter adds 5% on top: 3.9601 × 1.05
        double ymax = 3.9601 * 1.05;
        for (double x : new double[] {0.5, 1, 1.5}) {
            assertTrue(around(image, px(x, 0, 2), py(x * x, 0, ymax), 2, REDDISH) > 3, "f(" + x + ")");
        }
        assertEquals(0, around(image, px(1, 0, 2), py(2, 0, ymax), 3, REDDISH));
    }

    @Test
    void twoDimensionalFunctionDrawsItsContourLines() {
        TH1.AddDirectory(true);
        TCanvas c = new TCanvas("o3b", "o3b", 700, 500);
        TF2 f = new TF2("cone", "sqrt(x*x+y*y)", -1, 1, -1, 1);
        f.SetLineColor(EColor.kRed);
        f.Draw();
        BufferedImage image = CanvasPainter.toImage(c);
        // TF2::Paint's CONT3: circles in the function's colour; 20 levels over 0.047 … 1.34 put
        // one near r = 0.5, so red crosses the line from the centre to the right edge
        assertTrue(Pixels.count(image, 350, 248, 630, 253, REDDISH) > 5);
        assertTrue(around(image, px(0, -1, 1), py(0, -1, 1), 3, REDDISH) == 0, "no line at the tip");
        // the painter's histogram of the function stays out of the user's directory, as ROOT's
        assertTrue(TROOT.gDirectory.FindObject("Func") == null);
    }

    @Test
    void stackDrawsRunningSumsWithEachHistogramsFill() {
        TCanvas c = new TCanvas("o4", "o4", 700, 500);
        TH1F a = new TH1F("sa", "sa", 1, 0, 1);
        a.SetBinContent(1, 1);
        a.SetFillColor(EColor.kRed);
        TH1F b = new TH1F("sb", "sb", 1, 0, 1);
        b.SetBinContent(1, 2);
        b.SetFillColor(EColor.kBlue);
        THStack stack = new THStack("st", "st");
        stack.Add(a);
        stack.Add(b);
        stack.Draw();
        BufferedImage image = CanvasPainter.toImage(c);
        // THStack: from 0 to the sum 3 × 1.05; a fills 0 … 1, b above it 1 … 3
        double ymax = 3 * 1.05;
        assertTrue(RED.test(image.getRGB(350, (int) py(0.5, 0, ymax)) & 0xffffff));
        assertTrue(BLUE.test(image.getRGB(350, (int) py(2, 0, ymax)) & 0xffffff));
        assertEquals(0xffffff, image.getRGB(350, (int) py(3.1, 0, ymax)) & 0xffffff);
    }

    @Test
    void multigraphDrawsAllGraphsInOneFrame() {
        TCanvas c = new TCanvas("o5", "o5", 700, 500);
        TGraph g1 = new TGraph(2, new double[] {0, 1}, new double[] {0, 1});
        g1.SetLineColor(EColor.kRed);
        TGraph g2 = new TGraph(2, new double[] {0, 1}, new double[] {1, 0});
        g2.SetLineColor(EColor.kBlue);
        TMultiGraph mg = new TMultiGraph("mg", "mg");
        mg.Add(g1);
        mg.Add(g2);
        mg.Draw("AL");
        BufferedImage image = CanvasPainter.toImage(c);
        // points 0 … 1 on both axes, 10% margins clipped at 0: 0 … 1.1
        assertTrue(around(image, px(0.25, 0, 1.1), py(0.25, 0, 1.1), 2, REDDISH) > 2);
        assertTrue(around(image, px(0.25, 0, 1.1), py(0.75, 0, 1.1), 2, BLUISH) > 2);
        assertEquals(0, around(image, px(0.25, 0, 1.1), py(0.75, 0, 1.1), 2, REDDISH));
    }

    @Test
    void dividedCanvasPaintsEachPadInItsPlace() {
        TCanvas c = new TCanvas("o6", "o6", 700, 500);
        c.Divide(2, 1);
        c.cd(2);
        TF1 f = new TF1("flat", "1", 0, 1);
        f.Draw();
        BufferedImage image = CanvasPainter.toImage(c);
        // pad 2 spans x 0.51 … 0.99 of the canvas: its frame from 357 + 0.1 × 336 = 390.6 on
        assertEquals(0, Pixels.count(image, 0, 0, 350, 500, Pixels::isDark), "pad 1 is empty");
        assertTrue(Pixels.isDark(image.getRGB(390, 250) & 0xffffff), "pad 2's frame left edge");
        assertTrue(Pixels.count(image, 400, 0, 690, 500, REDDISH) > 200, "the function in pad 2");
    }

    @Test
    void plcSpreadsTheLineColoursOverThePalette() {
        TCanvas c = new TCanvas("o8", "o8", 700, 500);
        TH1F first = new TH1F("plc1", "plc", 10, 0, 10);
        TH1F second = new TH1F("plc2", "plc", 10, 0, 10);
        first.SetBinContent(3, 5);
        second.SetBinContent(7, 5);
        first.Draw("PLC");
        second.Draw("SAME PLC");
        BufferedImage image = CanvasPainter.toImage(c);
        // two objects: the first and the last colour of the palette, as ROOT's automatic colours
        int ncolors = TColor.GetNumberOfColors();
        assertEquals(TColor.GetColorPalette(0), first.GetLineColor());
        assertEquals(TColor.GetColorPalette(ncolors - 1), second.GetLineColor());
        int last = TColor.awtColor(second.GetLineColor()).getRGB() & 0xffffff;
        // bin 7 (x 406.5 … 462.5) tops at y = 450.5 - 5/5.25 × 400 = 69.5 in the second histogram's colour
        assertTrue(Pixels.count(image, 410, 65, 460, 75, Pixels.near(last, 10)) > 30);
    }

    @Test
    void primitivesInUserAndNdcCoordinates() {
        TCanvas c = new TCanvas("o7", "o7", 700, 500);
        TLine line = new TLine(0.1, 0.5, 0.9, 0.5);
        line.SetLineColor(EColor.kRed);
        line.Draw();
        TPaveText pave = new TPaveText(0.6, 0.7, 0.9, 0.9, "NDC");
        pave.AddText("hello");
        pave.Draw();
        BufferedImage image = CanvasPainter.toImage(c);
        // without a frame, user coordinates run 0 … 1 over the pad: the line at y = 250
        assertTrue(Pixels.count(image, 100, 248, 600, 253, RED) > 400);
        // the pave's text, centred in x 420 … 630, y 50 … 150, and its shadow 4 px to the bottom right
        assertTrue(Pixels.count(image, 480, 80, 570, 120, Pixels::isDark) > 50);
        assertTrue(Pixels.count(image, 631, 60, 634, 150, Pixels::isDark) > 100);
    }
}
