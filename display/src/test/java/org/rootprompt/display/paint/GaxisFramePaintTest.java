package org.rootprompt.display.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.EColor;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.gpad.TCanvas;
import org.rootprompt.root.gpad.TGaxis;
import org.rootprompt.root.gpad.TLatex;
import org.rootprompt.root.gpad.TMathText;
import org.rootprompt.root.gpad.TPad;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1F;

/**
 * A second axis on the right (ROOT's twoscales.C), the frame's own fill and line, and TMathText,
 * on a 700 × 500 canvas: margins of 0.1 put the frame at x 70.5 … 630.5, y 50.5 … 450.5.
 */
class GaxisFramePaintTest {
    private static final IntPredicate RED = Pixels.near(0xff0000, 60);
    private static final IntPredicate BLUE = Pixels.near(0x0000ff, 80);
    private static final IntPredicate YELLOW = Pixels.near(0xffff00, 10);

    @BeforeEach
    void noDirectory() {
        TH1.AddDirectory(false);
    }

    @AfterEach
    void cleanUp() {
        TH1.AddDirectory(true);
        for (TObject c : TROOT.gROOT.GetListOfCanvases()) {
            ((TCanvas) c).Close();
        }
    }

    /** A histogram with a fixed y range 0 … 200 over x −3 … 3. */
    private static TH1F histogram() {
        TH1F h = new TH1F("h", "", 60, -3, 3);
        h.SetMinimum(0);
        h.SetMaximum(200);
        h.SetStats(false);
        return h;
    }

    @Test
    void updateGivesThePadTheFramesCoordinates() {
        TCanvas c = new TCanvas("u1", "u1", 700, 500);
        histogram().Draw();
        c.Update();
        // the frame is the histogram's range; the pad extends it over margins of 0.1: 6 / 0.8, 200 / 0.8
        assertArrayEquals(new double[] {-3, 0, 3, 200},
                new double[] {c.GetUxmin(), c.GetUymin(), c.GetUxmax(), c.GetUymax()}, 1e-12);
        assertArrayEquals(new double[] {-3.75, -25, 3.75, 225},
                new double[] {c.GetX1(), c.GetY1(), c.GetX2(), c.GetY2()}, 1e-12);
        // a log axis: the pad keeps log10 of the frame's range, as ROOT
        TH1F h = histogram();
        h.SetMinimum(1);
        h.SetMaximum(1000);
        h.Draw();
        c.SetLogy();
        c.Update();
        assertArrayEquals(new double[] {0, 3}, new double[] {c.GetUymin(), c.GetUymax()}, 1e-12);
    }

    @Test
    void aRightHandAxisHasTicksInsideAndLabelsOutsideAtTheirValues() {
        TCanvas c = new TCanvas("u2", "u2", 700, 500);
        histogram().Draw();
        c.Update();
        // twoscales.C: a second scale 0 … 50 on the right edge of the frame
        TGaxis axis = new TGaxis(TPad.gPad.GetUxmax(), TPad.gPad.GetUymin(), TPad.gPad.GetUxmax(), TPad.gPad.GetUymax(),
                0, 50, 510, "+L");
        axis.SetLineColor(EColor.kBlue);
        axis.SetLabelColor(EColor.kRed);
        axis.Draw();
        BufferedImage image = CanvasPainter.toImage(c);
        // labels 0, 5 … 50 every 40 pixels from y = 450.5 up; left-aligned at 630.5 + 0.005 × 700 = 634
        for (int k = 0; k <= 10; k++) {
            double y = 450.5 - 40 * k;
            assertTrue(Pixels.count(image, 634, (int) y - 5, 680, (int) y + 6, RED) > 5, "label " + 5 * k);
            // half-way between two labels there is no text
            if (k < 10) {
                assertEquals(0, Pixels.count(image, 630, (int) y - 22, 700, (int) y - 18, RED), "gap above " + 5 * k);
            }
        }
        // the labels start just right of the offset: nothing red left of x = 633
        assertEquals(0, Pixels.count(image, 600, 40, 633, 460, RED));
        // "+": ticks to the left, inside the frame; primary 0.03 × 0.8 (the axis in NDC) × 700 = 16.8 pixels
        assertTrue(Pixels.count(image, 615, 249, 629, 252, BLUE) >= 10, "primary tick at 25");
        // secondary ticks every 1 (510: 5 per primary division), half as long: 22 at y = 450.5 − 22 × 8
        assertEquals(0, Pixels.count(image, 616, 273, 620, 276, BLUE), "a secondary tick is shorter than 10 px");
        assertTrue(Pixels.count(image, 623, 273, 629, 276, BLUE) >= 4, "secondary tick at 22");
        assertEquals(0, Pixels.count(image, 633, 245, 640, 256, BLUE), "no tick outside");
    }

    @Test
    void aHorizontalAxisPutsItsLabelsBelowAndItsTitleAtTheEnd() {
        TCanvas c = new TCanvas("u3", "u3", 700, 500);
        // no frame: user coordinates are the pad's 0 … 1
        TGaxis axis = new TGaxis(0.1, 0.5, 0.9, 0.5, 0, 4, 4, "");
        axis.SetLabelColor(EColor.kRed);
        axis.SetTitle("w");
        axis.SetTextColor(EColor.kBlue);
        axis.Draw();
        BufferedImage image = CanvasPainter.toImage(c);
        // labels 0 … 4 at x 70, 210, 350, 490, 630 hang below y = 250 by 0.005 × 500 + 0.8 × 0.04 × 500
        for (int k = 0; k <= 4; k++) {
            int x = 70 + 140 * k;
            assertTrue(Pixels.count(image, x - 8, 252, x + 9, 290, RED) > 5, "label " + k);
            assertEquals(0, Pixels.count(image, x - 8, 200, x + 9, 249, RED), "nothing above at " + k);
        }
        // the title ends at the axis's end, 1.6 title sizes below it
        assertTrue(Pixels.count(image, 600, 270, 631, 300, BLUE) > 5, "title");
    }

    @Test
    void theFrameIsFilledAndOutlinedWithItsOwnAttributes() {
        TCanvas c = new TCanvas("u4", "u4", 700, 500);
        histogram().Draw();
        c.GetFrame().SetFillColor(EColor.kYellow);
        c.GetFrame().SetLineColor(EColor.kRed);
        BufferedImage image = CanvasPainter.toImage(c);
        int inside = Pixels.count(image, 100, 100, 600, 400, YELLOW);
        assertTrue(inside > 0.95 * 500 * 300, "yellow inside the frame: " + inside);
        assertEquals(0, Pixels.count(image, 0, 0, 60, 500, YELLOW), "nothing yellow outside it");
        // the border: the left edge at x = 70 is red from top to bottom
        assertTrue(Pixels.count(image, 70, 60, 71, 440, RED) > 370, "red left edge");
    }

    @Test
    void mathTextFractionHasTwoRowsAndTlatexWithABackslashIsDrawnTheSame() {
        TCanvas c = new TCanvas("u5", "u5", 400, 400);
        TMathText fraction = new TMathText(0.5, 0.5, "\\frac{a}{b}");
        fraction.SetTextAlign(22);
        fraction.SetTextSize(0.15);
        fraction.Draw();
        BufferedImage image = CanvasPainter.toImage(c);
        List<int[]> runs = inkRuns(image);
        // numerator, fraction bar, denominator: separate bands of ink one above the other
        assertTrue(runs.size() >= 2, "rows of ink: " + runs.size());
        TCanvas single = new TCanvas("u6", "u6", 400, 400);
        TMathText a = new TMathText(0.5, 0.5, "a");
        a.SetTextAlign(22);
        a.SetTextSize(0.15);
        a.Draw();
        List<int[]> one = inkRuns(CanvasPainter.toImage(single));
        assertEquals(1, one.size());
        int height = runs.get(runs.size() - 1)[1] - runs.get(0)[0];
        int letter = one.get(0)[1] - one.get(0)[0];
        assertTrue(height > 1.8 * letter, "fraction " + height + " px, letter " + letter + " px");

        // TLatex::PaintLatex hands a text with a backslash to TMathText
        TCanvas viaLatex = new TCanvas("u7", "u7", 300, 200);
        new TLatex(0.2, 0.5, "\\alpha^{2} + \\sqrt{x}").Draw();
        TCanvas hash = new TCanvas("u8", "u8", 300, 200);
        new TLatex(0.2, 0.5, "#alpha^{2} + #sqrt{x}").Draw();
        assertTrue(same(CanvasPainter.toImage(viaLatex), CanvasPainter.toImage(hash)));
    }

    /** The bands of rows that hold dark ink, from the top: [first row, last row]. */
    private static List<int[]> inkRuns(BufferedImage image) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int y = 0; y <= image.getHeight(); y++) {
            boolean ink = y < image.getHeight() && Pixels.count(image, 0, y, image.getWidth(), y + 1, Pixels::isDark) > 0;
            if (ink && start < 0) {
                start = y;
            } else if (!ink && start >= 0) {
                runs.add(new int[] {start, y - 1});
                start = -1;
            }
        }
        return runs;
    }

    private static boolean same(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
