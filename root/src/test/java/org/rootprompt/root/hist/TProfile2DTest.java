package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;

/**
 * Expected numbers from {@code python3 bench/reference/tprofile2d_reference.py} (numpy weighted means
 * of the raw points, output pasted below), or by hand where the comment says so.
 */
class TProfile2DTest {
    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    /** The 24 weighted points of tprofile2d_reference.py; 6 fall in an under/overflow. */
    private static TProfile2D points(String name, String option) {
        TProfile2D p = new TProfile2D(name, "prof", 3, 0, 3, 2, 0, 2, option);
        for (int i = 0; i < 24; i++) {
            p.Fill((i * 0.41) % 3.4 - 0.2, (i * 0.67) % 2.2 - 0.1, Math.sin(i) * 5 + i * 0.1, 1 + (i % 4) * 0.25);
        }
        return p;
    }

    @Test
    void cellMeansErrorsAndEntries() {
        TProfile2D p = points("p2", "");
        assertEquals(-0.9718055562348606, p.GetBinContent(1, 1), 1e-12);
        assertEquals(1.9671588819496832, p.GetBinError(1, 1), 1e-12);
        assertEquals(4.5, p.GetBinEntries(p.GetBin(1, 1)), 1e-12);
        assertEquals(2.9454545454545453, p.GetBinEffectiveEntries(p.GetBin(1, 1)), 1e-12);
        assertEquals(3.3953266209073374, p.GetBinContent(2, 1), 1e-12);
        assertEquals(2.6256333097992126, p.GetBinError(2, 1), 1e-12);
        assertEquals(1.8284349498920822, p.GetBinContent(3, 2), 1e-12);
        assertEquals(1.1276900246758217, p.GetBinError(3, 2), 1e-12);
        assertEquals(-3.106987459397784, p.GetBinContent(0, 1), 1e-12, "an underflow cell keeps its mean");
        assertEquals(0, p.GetBinError(0, 1), 0, "one entry: no spread");
        assertEquals(24, p.GetEntries());
        assertEquals(1.4519801980198017, p.GetMean(1), 1e-12);
        assertEquals(1.0698019801980196, p.GetMean(2), 1e-12);
        assertEquals(1.7443140976496574, p.GetMean(3), 1e-12);
        p.SetErrorOption("s");
        assertEquals(3.376102321874177, p.GetBinError(1, 1), 1e-12);
        assertEquals(4.521057159601897, points("spread", "s").GetBinError(2, 1), 1e-12);
    }

    @Test
    void zLimitsAndSignatures() {
        // hand computation
        TProfile2D p = new TProfile2D("lim", "", 1, 0, 1, 1, 0, 1, 0, 10);
        p.Fill(0.5, 0.5, 4);
        p.Fill(0.5, 0.5, 12); // above zup: ignored
        p.Fill(0.5, 0.5, 8, 3);
        assertEquals(2, p.GetEntries());
        assertEquals((4 + 3 * 8) / 4.0, p.GetBinContent(1, 1), 1e-15);
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(-1, p.Fill(0.5, 0.5));
            assertNull(p.ProjectionX());
        } finally {
            System.setErr(saved);
        }
        assertEquals("Error in <TProfile2D::Fill>: Invalid signature - do nothing\n"
                + "Error in <TProfile2D::ProjectionX>: not available for TProfile2D yet (use ProjectionXY)\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(2, p.GetEntries());
    }

    @Test
    void projectionXYOptions() {
        TProfile2D p = points("p2", "");
        TH2D means = p.ProjectionXY();
        assertEquals("p2_pxy", means.GetName());
        assertEquals(-0.9718055562348606, means.GetBinContent(1, 1), 1e-12);
        assertEquals(1.9671588819496832, means.GetBinError(1, 1), 1e-12);
        assertEquals(24, means.GetEntries());
        TH2D entries = p.ProjectionXY("n", "B");
        assertEquals("n", entries.GetName());
        assertEquals(5.75, entries.GetBinContent(3, 2), 1e-12);
        // sqrt(Σw²) of cell (3, 2): Σw² = Σw² / neff
        assertEquals(Math.sqrt(5.75 * 5.75 / 3.8613138686131387), entries.GetBinError(3, 2), 1e-12);
        TH2D sums = p.ProjectionXY("w", "W");
        assertEquals(10.513500961879473, sums.GetBinContent(3, 2), 1e-12);
        assertEquals(Math.sqrt(47.45790381110889), sums.GetBinError(3, 2), 1e-12);
        TH2D errorsAsContents = p.ProjectionXY("c", "C=E");
        assertEquals(2.6256333097992126, errorsAsContents.GetBinContent(2, 1), 1e-12);
    }

    @Test
    void addScaleAndRebinAsForTProfile() {
        // hand computation: two profiles of 2 x 2 cells
        TProfile2D a = new TProfile2D("a", "", 2, 0, 2, 2, 0, 2);
        a.Fill(0.5, 0.5, 2);
        a.Fill(0.5, 0.5, 4);
        a.Fill(1.5, 1.5, 10);
        TProfile2D b = new TProfile2D("b", "", 2, 0, 2, 2, 0, 2);
        b.Fill(0.5, 0.5, 9);
        b.Fill(1.5, 0.5, 1);
        TProfile2D sum = a.Clone();
        sum.Add(b);
        assertEquals((2 + 4 + 9) / 3.0, sum.GetBinContent(1, 1), 1e-15);
        assertEquals(3, sum.GetBinEntries(sum.GetBin(1, 1)), 0);
        assertEquals(5, sum.GetEntries());
        assertEquals((2 + 4 + 10 + 9 + 1) / 5.0, sum.GetMean(3), 1e-15);
        sum.Scale(2);
        assertEquals(2 * (2 + 4 + 9) / 3.0, sum.GetBinContent(1, 1), 1e-15);
        TH2 whole = sum.Rebin2D(2, 2, "whole");
        assertEquals(2 * (2 + 4 + 10 + 9 + 1) / 5.0, whole.GetBinContent(1, 1), 1e-14);
        assertEquals(5, ((TProfile2D) whole).GetBinEntries(whole.GetBin(1, 1)), 0);
        assertEquals(2, sum.GetNbinsX(), "with a new name the original stays");
    }
}
