package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;

class LabelsTest {
    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    @Test
    void fillingByNameGivesEachNameABinAndGrowsTheAxis() {
        TH1F h = new TH1F("fruit", "", 2, 0, 2);
        h.Fill("apple");
        h.Fill("pear");
        h.Fill("apple");
        assertEquals(2, h.GetBinContent(1));
        assertEquals("pear", h.GetXaxis().GetBinLabel(2));
        assertTrue(h.GetXaxis().IsAlphanumeric());
        h.Fill("plum", 2); // no free bin: the axis doubles
        assertEquals(4, h.GetNbinsX());
        assertEquals(4, h.GetXaxis().GetXmax(), 1e-15);
        assertEquals(2, h.GetBinContent(1), "contents stay in their bins");
        assertEquals(2, h.GetBinContent(3));
        assertEquals("plum", h.GetXaxis().GetBinLabel(3));
        assertEquals(4, h.GetEntries());
        assertEquals(5, h.GetSumOfWeights());
        assertEquals(Math.sqrt(4), h.GetBinError(3), 1e-15, "the weight 2 switched on Sumw2");
    }

    @Test
    void labelsSetByHandAndUnknownNames() {
        TH1D h = new TH1D("days", "", 3, 0, 3);
        h.GetXaxis().SetBinLabel(1, "Mon");
        h.GetXaxis().SetBinLabel(2, "Tue");
        h.Fill("Tue");
        assertEquals(1, h.GetBinContent(2));
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(-1, h.Fill("Sun"), "not every bin is labelled, so the axis is not alphanumeric");
            h.GetXaxis().SetBinLabel(7, "Sun");
        } finally {
            System.setErr(saved);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Info in <TAxis::FindBin>: Label Sun is not in the list and the axis is not alphanumeric - ignore it"), text);
        assertTrue(text.contains("Error in <TAxis::SetBinLabel>: Illegal bin number: 7"), text);
        assertEquals("", h.GetXaxis().GetBinLabel(3));
    }
}
