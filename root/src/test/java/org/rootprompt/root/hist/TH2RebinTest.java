package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;

/** Expected cells from {@code python3 bench/reference/th2_rebin_reference.py} (numpy group sums), pasted below. */
class TH2RebinTest {
    private static final double[][] CELLS = {{11.0, 39.0, 31.0}, {52.0, 168.0, 122.0}, {92.0, 288.0, 202.0},
        {132.0, 408.0, 282.0}};
    private static final double[][] ERRORS = {{11.0, 22.561028345356956, 21.93171219946131},
        {37.44329045369811, 69.6993543729065, 61.82232606429493}, {65.43699259593154, 118.2285921425101,
            101.49876846543509}, {93.60555539069249, 167.0269439342048, 141.35770230164326}};

    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    /** Every cell of a 5 x 4 histogram, flows included, filled once at its centre with weight 10 (bx+1) + by + 1. */
    private static TH2D everyCell(String name) {
        TH2D h = new TH2D(name, "", 5, 0, 5, 4, 0, 4);
        for (int bx = 0; bx <= 6; bx++) {
            for (int by = 0; by <= 5; by++) {
                h.Fill(bx - 0.5, by - 0.5, 10.0 * (bx + 1) + by + 1);
            }
        }
        return h;
    }

    @Test
    void rebin2DIntoANewHistogramSendsLeftoversToTheOverflows() {
        TH2D h = everyCell("h");
        double entries = h.GetEntries();
        TH2 r = h.Rebin2D(2, 3, "r");
        assertEquals("r", r.GetName());
        assertEquals(5, h.GetNbinsX(), "the original stays");
        assertEquals(2, r.GetNbinsX());
        assertEquals(1, r.GetNbinsY());
        assertEquals(4, r.GetXaxis().GetXmax(), "the top bin left the axis");
        assertEquals(3, r.GetYaxis().GetXmax());
        for (int bx = 0; bx <= 3; bx++) {
            for (int by = 0; by <= 2; by++) {
                assertEquals(CELLS[bx][by], r.GetBinContent(bx, by), 1e-12, "cell " + bx + "," + by);
                assertEquals(ERRORS[bx][by], r.GetBinError(bx, by), 1e-12, "error " + bx + "," + by);
            }
        }
        assertEquals(entries, r.GetEntries());
        assertEquals(2.263157894736842, r.GetMean(1), 1e-12, "statistics recomputed from the new cells");
        assertEquals(1.5, r.GetMean(2), 1e-12);
    }

    @Test
    void rebinXAndYInPlaceKeepTheStatisticsWhenGroupsDivide() {
        // hand computation: four points off the bin centres
        TH2F h = new TH2F("p", "", 4, 0, 4, 2, 0, 2);
        h.Fill(0.1, 0.2);
        h.Fill(1.8, 0.7);
        h.Fill(2.2, 1.9);
        h.Fill(3.9, 1.1);
        double meanX = (0.1 + 1.8 + 2.2 + 3.9) / 4;
        assertSame(h, h.RebinX(2));
        assertEquals(2, h.GetNbinsX());
        assertEquals(2, h.GetBinContent(1, 1), "(0.1, 0.2) and (1.8, 0.7) share the cell (1, 1)");
        assertEquals(0, h.GetBinContent(2, 1));
        assertEquals(2, h.GetBinContent(2, 2), "(2.2, 1.9) and (3.9, 1.1) share the cell (2, 2)");
        assertEquals(meanX, h.GetMean(1), 1e-6, "the unbinned mean survives");
        h.RebinY(2);
        assertEquals(1, h.GetNbinsY());
        assertEquals(2, h.GetBinContent(1, 1));
        assertEquals(2, h.GetBinContent(2, 1));
        assertEquals(4, h.GetEntries());
        TH2 viaRebin = everyCell("v").Rebin(5, "v5");
        assertEquals(1, viaRebin.GetNbinsX(), "Rebin of a TH2 is RebinX");
        assertEquals(4, viaRebin.GetNbinsY());
    }

    @Test
    void illegalGroupsAreRefused() {
        TH2D h = everyCell("bad");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertNull(h.RebinX(6));
            assertNull(h.Rebin2D(1, 0));
        } finally {
            System.setErr(saved);
        }
        assertEquals("Error in <TH2D::Rebin>: Illegal value of nxgroup=6\n"
                + "Error in <TH2D::Rebin>: Illegal value of nygroup=0\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(5, h.GetNbinsX());
    }
}
