package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
