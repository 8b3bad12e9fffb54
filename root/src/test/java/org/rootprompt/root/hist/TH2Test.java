package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;

/** Expected values from ROOT's definitions (TH2::Fill, TH2::GetStats, GetCovariance, projections). */
class TH2Test {
    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    private static TH2F points() {
        TH2F h = new TH2F("h2", "", 4, 0, 4, 2, 0, 2);
        double[][] xy = {{0.5, 0.5}, {1.5, 0.5}, {1.5, 1.5}, {3.5, 1.5}};
        for (double[] p : xy) {
            h.Fill(p[0], p[1]);
        }
        return h;
    }

    @Test
    void cellsAndStatistics() {
        TH2F h = points();
        assertEquals(4, h.GetEntries());
        assertEquals(1, h.GetBinContent(2, 2));
        assertEquals(2 + 6 * 2, h.GetBin(2, 2), "bin = binx + (nx + 2) * biny");
        assertEquals(7.0 / 4, h.GetMean(1), 1e-15);
        assertEquals(1.0, h.GetMean(2), 1e-15);
        double mx = 7.0 / 4;
        double vx = (0.25 + 2.25 + 2.25 + 12.25) / 4 - mx * mx;
        assertEquals(Math.sqrt(vx), h.GetStdDev(1), 1e-15);
        assertEquals(0.5, h.GetStdDev(2), 1e-15);
        double cov = (0.25 + 0.75 + 2.25 + 5.25) / 4 - mx * 1.0;
        assertEquals(cov, h.GetCovariance(), 1e-15);
        assertEquals(cov / (Math.sqrt(vx) * 0.5), h.GetCorrelationFactor(), 1e-15);
        assertEquals(4, h.Integral());
        h.Fill(5, 1); // x overflow: an entry, a cell, but not in the statistics
        assertEquals(5, h.GetEntries());
        assertEquals(1, h.GetBinContent(5, 2));
        assertEquals(7.0 / 4, h.GetMean(1), 1e-15);
        assertEquals(4, h.GetSumOfWeights());
    }

    @Test
    void weightsAndProjections() {
        TH2D h = new TH2D("w2", "", 2, 0, 2, 2, 0, 2);
        h.Fill(0.5, 0.5, 2);
        h.Fill(0.5, 1.5);
        h.Fill(1.5, 1.5, 3);
        assertEquals(Math.sqrt(4), h.GetBinError(1, 1), 1e-15);
        TH1D px = h.ProjectionX();
        assertEquals("w2_px", px.GetName());
        assertEquals(3, px.GetBinContent(1));
        assertEquals(3, px.GetBinContent(2));
        assertEquals(Math.sqrt(4 + 1), px.GetBinError(1), 1e-15);
        assertEquals(3, px.GetEntries(), "the full projection keeps the entries");
        TH1D py = h.ProjectionY("py", 2, 2);
        assertEquals(0, py.GetBinContent(1));
        assertEquals(3, py.GetBinContent(2));
    }

    @Test
    void oneDimensionalCallsAreRefusedClearly() {
        TH2F h = points();
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(-1, h.Fill(0.5));
            h.FillRandom("gaus", 1000);
        } finally {
            System.setErr(saved);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Error in <TH2F::Fill>: Invalid signature - do nothing\n"), text);
        assertEquals(2, text.lines().count(), "one message per call, not one per entry: " + text);
        assertEquals(4, h.GetEntries(), "a refused Fill counts no entry");
    }
}
