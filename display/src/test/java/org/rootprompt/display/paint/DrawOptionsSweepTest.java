package org.rootprompt.display.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.gpad.TCanvas;
import org.rootprompt.root.hist.TGraphAsymmErrors;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1D;
import org.rootprompt.root.hist.TH2D;
import org.rootprompt.root.hist.TProfile;

/**
 * Every draw option the painter knows, on linear and logarithmic pads: each paints a frame and
 * axes (dark pixels) without an exception and without error messages.
 */
class DrawOptionsSweepTest {
    private final List<String> messages = new ArrayList<>();
    private static int canvases;

    /** A fresh canvas each time (one of an existing name would be replaced with a warning). */
    private TCanvas canvas() {
        String name = "sweep" + canvases++;
        return new TCanvas(name, name, 400, 300);
    }

    @BeforeEach
    void setUp() {
        TH1.AddDirectory(false);
        ErrorHandler.setHandler((level, location, message) -> messages.add(ErrorHandler.text(level, location, message)));
    }

    @AfterEach
    void tearDown() {
        ErrorHandler.setHandler(null);
    }

    private static void paintsSomething(TCanvas c, String what) {
        BufferedImage image = CanvasPainter.toImage(c);
        assertTrue(Pixels.count(image, 0, 0, image.getWidth(), image.getHeight(), Pixels::isDark) > 200, what);
    }

    @Test
    void defaultsFollowThistPainter() {
        TH1D plain = new TH1D("d1", "d1", 10, 0, 10);
        assertTrue(HistPainter.effectiveOption(plain, "").drawsHistogram());
        plain.Sumw2();
        assertEquals(1, HistPainter.effectiveOption(plain, "").error, "Sumw2: error bars");
        assertEquals(0, HistPainter.effectiveOption(plain, "HIST").error, "HIST: none");
        TProfile profile = new TProfile("d2", "d2", 10, 0, 10);
        assertEquals(1, HistPainter.effectiveOption(profile, "").error, "a profile: error bars");
        TH2D h2 = new TH2D("d3", "d3", 5, 0, 5, 5, 0, 5);
        assertTrue(HistPainter.effectiveOption(h2, "").scat, "TH2: SCAT");
        DrawOption words = DrawOption.parse("same text lego2 plc");
        assertTrue(words.same && words.text && words.lego && words.paletteColours && words.plc);
        assertEquals(0, words.error, "the E of TEXT and LEGO is not an error option");
        assertTrue(!words.line && !words.curve && !words.markers, "nor are the P, L, C of PLC");
    }

    @Test
    void histogramOptions() {
        TH1D h = new TH1D("sweep1", "sweep;x;y", 20, 0.5, 20.5);
        for (int i = 1; i <= 20; i++) {
            h.SetBinContent(i, i % 7 + 1);
        }
        String[] options = {"", "HIST", "E", "E0", "E1", "E2", "E3", "E4", "P", "L", "C", "LP", "BAR", "BAR3",
            "TEXT", "TEXT45", "HIST TEXT", "PFC", "PLC PMC", "A", "*H", "nonsense"};
        for (int log = 0; log <= 1; log++) {
            for (String option : options) {
                TCanvas c = canvas();
                c.SetLogy(log);
                c.SetLogx(log);
                h.Draw(option);
                paintsSomething(c, "TH1 " + option + " log " + log);
            }
        }
        assertTrue(messages.isEmpty(), messages.toString());
    }

    @Test
    void twoDimensionalOptions() {
        TH2D h = new TH2D("sweep2", "sweep2", 10, 0, 10, 10, 0, 10);
        for (int i = 1; i <= 10; i++) {
            for (int j = 1; j <= 10; j++) {
                h.SetBinContent(i, j, i * j);
            }
        }
        String[] options = {"", "COL", "COLZ", "BOX", "SCAT", "TEXT", "COL TEXT", "CONT", "CONT1", "CONTZ", "LEGO",
            "LEGO2", "SURF", "SURF1", "SURF3"};
        for (int log = 0; log <= 1; log++) {
            for (String option : options) {
                TCanvas c = canvas();
                c.SetLogz(log);
                h.Draw(option);
                paintsSomething(c, "TH2 " + option + " logz " + log);
            }
        }
        assertTrue(messages.isEmpty(), messages.toString());
    }

    @Test
    void graphOptions() {
        double[] x = {1, 2, 3, 4};
        double[] y = {2, 1, 4, 3};
        double[] e = {0.1, 0.2, 0.1, 0.3};
        TGraphAsymmErrors g = new TGraphAsymmErrors(4, x, y, e, e, e, e);
        String[] options = {"A", "AP", "AL", "ALP", "APL", "AC", "ACP", "AB", "AF", "A*", "APZ", "APX", "AP PLC PMC"};
        for (int log = 0; log <= 1; log++) {
            for (String option : options) {
                TCanvas c = canvas();
                c.SetLogx(log);
                c.SetLogy(log);
                g.Draw(option);
                paintsSomething(c, "graph " + option + " log " + log);
            }
        }
        assertTrue(messages.isEmpty(), messages.toString());
    }
}
