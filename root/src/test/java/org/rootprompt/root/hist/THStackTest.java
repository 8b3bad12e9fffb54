package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;

class THStackTest {
    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    @Test
    void theStackHoldsRunningSums() {
        TH1D a = new TH1D("a", "", 2, 0, 2);
        TH1D b = new TH1D("b", "", 2, 0, 2);
        a.SetBinContent(1, 2);
        b.SetBinContent(1, 3);
        b.SetBinContent(2, 4);
        THStack hs = new THStack("hs", "stack");
        hs.Add(a);
        hs.Add(b);
        assertEquals(2, hs.GetNhists());
        assertEquals(5, hs.GetStack().get(1).GetBinContent(1));
        assertEquals(2, hs.GetStack().get(0).GetBinContent(1));
        assertEquals(5, hs.GetMaximum());
        assertEquals(4, hs.GetMaximum("nostack"));
        assertEquals(2, TROOT.gROOT.GetList().size(), "the sums do not join gDirectory");
    }
}
