package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;

/** Expected values from ROOT's TProfile definitions: the mean per bin, error = spread / sqrt(Neff). */
class TProfileTest {
    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    @Test
    void meansAndErrorsPerBin() {
        TProfile p = new TProfile("p", "", 2, 0, 2);
        p.Fill(0.5, 1);
        p.Fill(0.5, 3);
        p.Fill(0.5, 5);
        p.Fill(1.5, 10);
        assertEquals(3, p.GetBinContent(1), 1e-15);
        assertEquals(3, p.GetBinEntries(1), 0);
        double spread = Math.sqrt((1 + 9 + 25) / 3.0 - 9);
        assertEquals(spread / Math.sqrt(3), p.GetBinError(1), 1e-15);
        assertEquals(0, p.GetBinError(2), 0, "one entry: no spread");
        assertEquals(10, p.GetBinContent(2), 1e-15);
        assertEquals(4, p.GetEntries());
        assertEquals(19.0 / 4, p.GetMean(2), 1e-15);
        p.SetErrorOption("s");
        assertEquals(spread, p.GetBinError(1), 1e-15);
        TProfile limited = new TProfile("l", "", 1, 0, 1, 0, 4, "");
        limited.Fill(0.5, 2);
        limited.Fill(0.5, 9); // outside [0, 4]: ignored
        assertEquals(1, limited.GetEntries());
        assertEquals(2, limited.GetBinContent(1), 0);
    }

    @Test
    void profileOfATH2() {
        TH2D h = new TH2D("h", "", 2, 0, 2, 2, 0, 2);
        h.Fill(0.5, 0.5);
        h.Fill(0.5, 1.5, 3);
        TProfile px = h.ProfileX();
        assertEquals((0.5 + 3 * 1.5) / 4, px.GetBinContent(1), 1e-15);
        assertEquals(0, px.GetBinContent(2), 0);
        assertEquals(2, px.GetEntries());
    }

    /** Points (x, y, w): x spread over [-0.5, 4.5) so that both flows get some. */
    private static final double[][] A = {{0.2, 1, 1}, {0.7, 3, 2}, {1.4, -2, 1}, {2.5, 4, 0.5}, {3.1, 6, 1},
        {3.9, 2, 3}, {-0.3, 7, 1}, {4.2, 1, 1}};
    private static final double[][] B = {{0.4, 5, 1}, {1.6, 1, 2}, {2.2, 2, 1}, {3.5, 8, 1}};

    private static TProfile profile(String name, int nbins, double[][]... sets) {
        TProfile p = new TProfile(name, "", nbins, 0, 4);
        for (double[][] set : sets) {
            for (double[] point : set) {
                p.Fill(point[0], point[1], point[2]);
            }
        }
        return p;
    }

    private static String stderrOf(Runnable action) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void assertSameProfile(TProfile expected, TProfile actual) {
        assertEquals(expected.GetNbinsX(), actual.GetNbinsX());
        for (int bin = 0; bin <= expected.GetNbinsX() + 1; bin++) {
            assertEquals(expected.GetBinContent(bin), actual.GetBinContent(bin), 1e-12, "mean of bin " + bin);
            assertEquals(expected.GetBinError(bin), actual.GetBinError(bin), 1e-12, "error of bin " + bin);
            assertEquals(expected.GetBinEntries(bin), actual.GetBinEntries(bin), 1e-12, "entries of bin " + bin);
            assertEquals(expected.GetBinEffectiveEntries(bin), actual.GetBinEffectiveEntries(bin), 1e-12);
        }
        assertEquals(expected.GetEntries(), actual.GetEntries(), 1e-12);
        assertEquals(expected.GetMean(1), actual.GetMean(1), 1e-12);
        assertEquals(expected.GetMean(2), actual.GetMean(2), 1e-12);
    }

    @Test
    void addingTwoProfilesGivesTheProfileOfAllTheirPoints() {
        TProfile a = profile("a", 4, A);
        assertTrue(a.Add(profile("b", 4, B)));
        assertSameProfile(profile("all", 4, A, B), a);
    }

    @Test
    void addWithACoefficientFollowsTProfileHelper() {
        TProfile a = profile("a", 4, A);
        a.Add(profile("b", 4, B), 2);
        // hand computation for bin 1 (x in [0, 1)): A gives Σw = 3, Σwy = 1 + 6; B gives Σw = 1, Σwy = 5
        assertEquals((7 + 2 * 5) / (3 + 2 * 1.0), a.GetBinContent(1), 1e-12);
        assertEquals(3 + 2 * 1.0, a.GetBinEntries(1), 1e-12);
        assertEquals(8 + 2 * 4, a.GetEntries(), 1e-12);
        TProfile c = profile("c", 4, A);
        String err = stderrOf(() -> {
            assertFalse(c.Add(new TH1D("h", "", 4, 0, 4), 1));
            assertFalse(c.Add(profile("five", 5, B), 1));
        });
        assertEquals("Error in <TProfile::Add>: Attempt to add a non-profile object\n"
                + "Error in <TProfileHelper::Add>: Attempt to add profiles with different number of bins\n", err);
        assertSameProfile(profile("a2", 4, A), c);
    }

    @Test
    void scaleMultipliesTheMeansAndTheirErrors() {
        TProfile p = profile("p", 4, A);
        TProfile original = profile("o", 4, A);
        p.Scale(3);
        for (int bin = 0; bin <= 5; bin++) {
            assertEquals(3 * original.GetBinContent(bin), p.GetBinContent(bin), 1e-12);
            assertEquals(3 * original.GetBinError(bin), p.GetBinError(bin), 1e-12);
            assertEquals(original.GetBinEntries(bin), p.GetBinEntries(bin), 0);
        }
        assertEquals(8, p.GetEntries());
        assertEquals(original.GetMean(2), p.GetMean(2), 1e-15, "ROOT's Scale of a profile leaves the statistics");
    }

    @Test
    void rebinGivesTheProfileOfTheCoarserBins() {
        TProfile p = profile("p", 4, A, B);
        TProfile r = p.Rebin(2, "r");
        assertEquals(4, p.GetNbinsX(), "with a new name the original stays");
        assertSameProfile(profile("coarse", 2, A, B), r);
        assertSame(p, p.Rebin(2));
        assertSameProfile(profile("coarse2", 2, A, B), p);

        TProfile odd = profile("odd", 4, A);
        String err = stderrOf(() -> odd.Rebin(3));
        assertEquals("Warning in <TProfile::Rebin>: ngroup=3 must be an exact divider of nbins=4\n", err);
        assertEquals(1, odd.GetNbinsX());
        assertEquals(3, odd.GetXaxis().GetXmax());
        // hand computation: the overflow now holds bin 4 (x = 3.1, 3.9) and the old overflow (x = 4.2)
        assertEquals((6 + 2 * 3 + 1) / 5.0, odd.GetBinContent(2), 1e-12);
        assertEquals(5, odd.GetBinEntries(2), 1e-12);
        // the statistics come from the one bin left: Σw = 4.5 at its centre 1.5
        assertEquals(1.5, odd.GetMean(1), 1e-12);
        assertEquals((1 + 6 - 2 + 2) / 4.5, odd.GetMean(2), 1e-12);
    }
}
