package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TDirectory;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;

/** ROOT's ownership by name: histograms join gDirectory, and a new one of the same name replaces the old. */
class OwnershipTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream saved;

    @BeforeEach
    void capture() {
        TROOT.gROOT.Reset();
        saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(saved);
        TH1.AddDirectory(true);
        TROOT.gROOT.Reset();
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aHistogramOfTheSameNameReplacesTheOldOneWithROOTsWarning() {
        TH1F first = new TH1F("h", "first", 10, 0, 1);
        assertSame(TROOT.gROOT, first.GetDirectory());
        assertEquals("", stderr());
        TH1D second = new TH1D("h", "second", 10, 0, 1);
        assertEquals("Warning in <TROOT::Append>: Replacing existing TH1: h (Potential memory leak).\n", stderr());
        assertSame(second, TROOT.gROOT.FindObject("h"));
        assertNull(first.GetDirectory(), "the old one is no longer owned");
        assertEquals(1, TROOT.gROOT.GetList().size());
    }

    @Test
    void addDirectoryFalseKeepsHistogramsOutAndSetDirectoryMovesThem() {
        TH1.AddDirectory(false);
        TH1F free = new TH1F("free", "", 10, 0, 1);
        assertNull(free.GetDirectory());
        assertNull(TROOT.gROOT.FindObject("free"));
        TH1.AddDirectory(true);
        TH1F owned = new TH1F("owned", "", 10, 0, 1);
        owned.SetDirectory(null);
        assertNull(TROOT.gROOT.FindObject("owned"));
        owned.SetDirectory(TROOT.gROOT);
        assertSame(owned, TROOT.gROOT.FindObject("owned"));
    }

    @Test
    void aCloneJoinsTheDirectoryWithoutReplacingTheOriginal() {
        TH1F h = new TH1F("c", "", 10, 0, 1);
        TH1F copy = h.Clone();
        assertEquals("", stderr());
        assertEquals(2, TROOT.gROOT.GetList().size());
        assertSame(TROOT.gROOT, copy.GetDirectory());
        assertTrue(TROOT.gROOT.GetList().contains(h));
    }

    @Test
    void functionsLiveInGrootsListOfFunctionsByName() {
        TF1 first = new TF1("own_f", "x", 0, 1);
        TF1 second = new TF1("own_f", "x*x", 0, 1);
        TList functions = TROOT.gROOT.GetListOfFunctions();
        assertSame(second, functions.FindObject("own_f"), "the latest of a name replaces the earlier");
        assertEquals(-1, functions.IndexOf(first));
        assertSame(second, TROOT.gROOT.GetFunction("own_f"));
        assertSame(second, TROOT.gROOT.FindObject("own_f"));
        assertSame(second, TF1.GetFunction("own_f"));
        assertEquals("", stderr(), "ROOT replaces functions silently");
    }

    @Test
    void grootKnowsRootsStandardFunctions() {
        TObject gaus = TROOT.gROOT.GetFunction("gaus");
        assertTrue(gaus instanceof TF1);
        assertEquals(3, ((TF1) gaus).GetNpar());
        assertSame(gaus, TROOT.gROOT.GetFunction("gaus"), "made once, then found in the list");
        assertNull(TROOT.gROOT.GetFunction("no_such_function"));
    }

    @Test
    void aHistogramNamedLikeAFunctionDoesNotReplaceIt() {
        TF1 f = new TF1("own_same", "x", 0, 1);
        TH1F h = new TH1F("own_same", "", 10, 0, 1);
        assertEquals("", stderr());
        assertSame(f, TROOT.gROOT.GetListOfFunctions().FindObject("own_same"));
        assertSame(h, TROOT.gROOT.GetList().get(0));
    }

    @Test
    void findObjectLooksInTheCurrentDirectoryToo() {
        TDirectory sub = new TDirectory("own_sub", "");
        sub.cd();
        TH1F h = new TH1F("own_in_sub", "", 10, 0, 1);
        TROOT.gROOT.cd();
        assertNull(TROOT.gROOT.FindObject("own_in_sub"));
        sub.cd();
        assertSame(h, TROOT.gROOT.FindObject("own_in_sub"));
        TROOT.gROOT.cd();
    }
}
