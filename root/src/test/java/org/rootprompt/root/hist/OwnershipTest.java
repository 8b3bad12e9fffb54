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
}
