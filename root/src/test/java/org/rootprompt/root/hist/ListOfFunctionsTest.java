package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.gpad.TLine;

/** A histogram's and a graph's list of functions is ROOT's TList: fits land there, users add and remove. */
class ListOfFunctionsTest {
    @BeforeEach
    void setUp() {
        TH1.AddDirectory(false);
    }

    private static TH1F filled(String name) {
        TH1F h = new TH1F(name, name, 10, 0, 10);
        for (int i = 1; i <= 10; i++) {
            h.SetBinContent(i, 5);
            h.SetBinError(i, 1);
        }
        return h;
    }

    @Test
    void theFitIsFoundByNameInTheList() {
        TH1F h = filled("lf1");
        h.Fit("pol0", "Q");
        TList functions = h.GetListOfFunctions();
        assertEquals(1, functions.GetSize());
        TObject fit = h.FindObject("pol0");
        assertTrue(fit instanceof TF1);
        assertSame(fit, functions.First());
        assertSame(fit, h.GetFunction("pol0"));
        assertSame(fit, h.FindObject(fit));
        // five in every bin with error 1: the constant is 5 (by hand)
        assertEquals(5, h.GetFunction("pol0").GetParameter(0), 1e-9);
        assertNull(h.FindObject("stats"));
    }

    @Test
    void aRefitReplacesTheFunctionsButKeepsWhatTheUserAdded() {
        TH1F h = filled("lf2");
        TLine marker = new TLine(1, 0, 1, 5);
        h.GetListOfFunctions().Add(marker);
        h.Fit("pol0", "Q");
        h.Fit("pol1", "Q");
        assertNull(h.GetFunction("pol0"), "without \"+\" the earlier fit goes");
        assertTrue(h.GetListOfFunctions().Contains(marker), "objects that are not functions stay, as in HFit");
        h.Fit("pol0", "Q+");
        assertTrue(h.GetFunction("pol1") != null && h.GetFunction("pol0") != null, "\"+\" adds");
        assertEquals(3, h.GetListOfFunctions().GetSize());
        h.GetListOfFunctions().Remove(marker);
        assertEquals(2, h.GetListOfFunctions().GetSize());
    }

    @Test
    void cloneCopiesTheList() {
        TH1F h = filled("lf3");
        h.Fit("pol0", "Q");
        TH1 copy = h.Clone();
        assertNotSame(h.GetListOfFunctions(), copy.GetListOfFunctions());
        assertNotSame(h.GetFunction("pol0"), copy.GetFunction("pol0"));
        assertEquals(5, copy.GetFunction("pol0").GetParameter(0), 1e-9);
        copy.GetListOfFunctions().Clear();
        assertEquals(1, h.GetListOfFunctions().GetSize(), "the original keeps its own");
    }

    @Test
    void graphsKeepTheirFitsInTheirList() {
        // y = 2x + 1 exactly: the straight line comes back with p0 = 1, p1 = 2
        TGraph g = new TGraph(4, new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7});
        g.Fit("pol1", "Q");
        assertTrue(g.FindObject("pol1") instanceof TF1);
        assertEquals(2, g.GetFunction("pol1").GetParameter(1), 1e-9);
        assertEquals(1, g.GetListOfFunctions().GetSize());
        TGraph2D g2 = new TGraph2D();
        assertEquals(0, g2.GetListOfFunctions().GetSize());
        assertNull(g2.FindObject("stats"));
    }
}
