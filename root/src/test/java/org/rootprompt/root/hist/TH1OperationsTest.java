package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;

/** Expected values from ROOT's formulas for Multiply, Divide (including binomial errors), Rebin and GetCumulative. */
class TH1OperationsTest {
    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    private static TH1D filled(String name, double... contents) {
        TH1D h = new TH1D(name, "", contents.length, 0, contents.length);
        for (int i = 0; i < contents.length; i++) {
            for (int k = 0; k < contents[i]; k++) {
                h.Fill(i + 0.5);
            }
        }
        return h;
    }

    @Test
    void divideAndMultiplyPropagateErrors() {
        TH1D a = filled("a", 4, 9, 0);
        TH1D b = filled("b", 2, 3, 5);
        TH1D r = a.Clone();
        r.SetName("r");
        r.Divide(b);
        assertEquals(2, r.GetBinContent(1));
        assertEquals(3, r.GetBinContent(2));
        assertEquals(0, r.GetBinContent(3));
        // without Sumw2 on either: errors stay sqrt(|content|) of the result, as ROOT leaves them
        assertEquals(Math.sqrt(2), r.GetBinError(1), 1e-15);
        a.Sumw2();
        b.Sumw2();
        TH1D q = new TH1D("q", "", 3, 0, 3);
        q.Divide(a, b, 1, 1, "");
        // e^2 = (e1^2 b2^2 + e2^2 b1^2) / b2^4 = (4*4 + 2*16) / 16
        assertEquals(Math.sqrt((4 * 4 + 2 * 16) / 16.0), q.GetBinError(1), 1e-15);
        TH1D m = new TH1D("m", "", 3, 0, 3);
        m.Multiply(a, b, 2, 1);
        assertEquals(2 * 9 * 3, m.GetBinContent(2));
        assertEquals(Math.sqrt(4 * (9 * 9 + 3 * 81)), m.GetBinError(2), 1e-12);
    }

    @Test
    void binomialErrorsForAnEfficiency() {
        TH1D pass = filled("pass", 3, 10);
        TH1D total = filled("total", 10, 10);
        TH1D eff = new TH1D("eff", "", 2, 0, 2);
        eff.Divide(pass, total, 1, 1, "B");
        assertEquals(0.3, eff.GetBinContent(1), 1e-15);
        // unweighted: sqrt(eps (1 - eps) / n)
        assertEquals(Math.sqrt(0.3 * 0.7 / 10), eff.GetBinError(1), 1e-15);
        assertEquals(0, eff.GetBinError(2), 0, "b1 == b2 gives no error");
    }

    @Test
    void rebinMergesBinsAndKeepsTheStatisticsWhenNothingIsLeftOver() {
        TH1D exact = filled("e", 1, 2, 3, 4);
        double exactMean = exact.GetMean();
        exact.Rebin(2);
        assertEquals(exactMean, exact.GetMean(), 1e-15);
        TH1D h = filled("h", 1, 2, 3, 4, 5, 6, 7);
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        TH1 same;
        try {
            same = h.Rebin(2);
        } finally {
            System.setErr(saved);
        }
        assertSame(h, same);
        assertEquals("Warning in <TH1D::Rebin>: ngroup=2 is not an exact divider of nbins=7.\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(3, h.GetNbinsX());
        assertEquals(6, h.GetXaxis().GetXmax());
        assertEquals(3, h.GetBinContent(1));
        assertEquals(11, h.GetBinContent(3));
        assertEquals(7, h.GetBinContent(4), "the leftover bin went to the overflow");
        assertEquals(28, h.GetEntries());
        // as in ROOT, leftover bins reset the statistics: the mean of 3, 7, 11 at the centres 1, 3, 5
        assertEquals((3 * 1 + 7 * 3 + 11 * 5) / 21.0, h.GetMean(), 1e-15);
        TH1D v = new TH1D("v", "", 4, new double[] {0, 1, 3, 6, 10});
        v.Fill(0.5);
        v.Fill(4);
        TH1 w = v.Rebin(2, "w");
        assertEquals(4, v.GetNbinsX(), "with a new name the original stays");
        assertEquals(2, w.GetNbinsX());
        assertEquals(3, w.GetBinLowEdge(2), 1e-15);
        assertNull(h.Rebin(9));
    }

    @Test
    void cumulative() {
        TH1D h = filled("c", 1, 2, 3);
        h.Sumw2();
        TH1 c = h.GetCumulative();
        assertEquals("c_cumulative", c.GetName());
        assertEquals(1, c.GetBinContent(1));
        assertEquals(6, c.GetBinContent(3));
        assertEquals(Math.sqrt(6), c.GetBinError(3), 1e-15);
        TH1 back = h.GetCumulative(false, "_back");
        assertEquals(6, back.GetBinContent(1));
        assertEquals(3, back.GetBinContent(3));
        assertTrue(c.GetEntries() == 0, "ROOT's cumulative starts from a reset clone");
    }

    @Test
    void randomNumbersAndQuantilesFromTheContents() {
        TH1D h = filled("q", 1, 3, 0, 4); // cumulative 0, .125, .5, .5, 1
        assertEquals(8, h.ComputeIntegral(), 0);
        TH1Test.DistributionsOf rng = new TH1Test.DistributionsOf(0.0625, 0.3125, 0.75);
        assertEquals(0.5, h.GetRandom(rng), 1e-15); // half-way through bin 1
        assertEquals(1.5, h.GetRandom(rng), 1e-15); // half-way through bin 2
        assertEquals(3.5, h.GetRandom(rng), 1e-15); // the empty bin 3 is skipped
        double[] xp = new double[3];
        assertEquals(3, h.GetQuantiles(3, xp, new double[] {0.125, 0.5, 0.75}));
        assertEquals(1.0, xp[0], 1e-15);
        assertEquals(3.0, xp[1], 1e-15, "on a flat stretch of the cumulative the search takes its last bin");
        assertEquals(3.5, xp[2], 1e-15);
    }
}
