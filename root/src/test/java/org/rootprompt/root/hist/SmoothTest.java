package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;

/**
 * TH1::Smooth against an independent numpy implementation of 353QH twice written from Friedman's
 * description: {@code /usr/bin/python3 bench/reference/smooth_reference.py} (output in
 * smooth_reference.txt). The data have flat peaks, so the Q step is exercised.
 */
class SmoothTest {
    private static final double[] CONTENTS = {10, 16, 2, 15, 13, 6, 24, 19, 27, 48, 43, 59, 65, 49, 56, 41, 24, 30,
        13, 11, 19, 3, 13, 14, 40, 40, 40, 5, 18, 5};

    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    private static TH1D filled(double offset) {
        TH1D h = new TH1D("h", "", CONTENTS.length, 0, CONTENTS.length);
        for (int i = 0; i < CONTENTS.length; i++) {
            h.SetBinContent(i + 1, CONTENTS[i] + offset);
        }
        return h;
    }

    private static void assertContents(double[] expected, TH1 h, int firstBin) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], h.GetBinContent(firstBin + i), 1e-12, "bin " + (firstBin + i));
        }
    }

    @Test
    void onePass() {
        TH1D h = filled(0);
        double entries = h.GetEntries();
        h.Smooth();
        assertContents(new double[] {10.0, 10.75, 12.25, 13.0, 13.0, 13.6875, 16.3125, 20.25, 27.0,
            38.885416666666664, 51.15625, 59.0, 61.833333333333336, 58.614583333333336, 50.510416666666664, 41.0,
            31.3125, 21.4375, 13.75, 11.0, 11.0, 11.0, 11.25, 18.6875, 35.145833333333336, 44.97916666666667,
            37.770833333333336, 20.75, 8.25, 5.0}, h, 1);
        assertEquals(entries, h.GetEntries(), "the entries stay");
    }

    @Test
    void threePasses() {
        TH1D h = filled(0);
        h.Smooth(3);
        assertContents(new double[] {10.0, 10.984375, 11.9580078125, 12.615336100260418, 12.984110514322916,
            13.81362575954861, 16.041334364149304, 20.57385932074653, 28.340867784288193, 39.31882279007523,
            50.82335935992958, 58.839163948969585, 61.40905849629469, 58.37037325886542, 50.7920381522473,
            41.13248245804398, 31.13835991753472, 21.8883056640625, 14.935953776041666, 10.96622721354167,
            9.163738297827452, 9.191799022533276, 13.084331936306425, 23.058009206512832, 35.031577655807936,
            40.297188590092915, 34.742465423458405, 22.224632734133873, 10.856996889467592, 3.7434986255787024},
            h, 1);
    }

    @Test
    void optionRSmoothsOnlyTheAxisRange() {
        TH1D h = filled(0);
        h.GetXaxis().SetRange(6, 20);
        h.Smooth(1, "R");
        assertContents(new double[] {6.0, 13.776041666666668, 17.557291666666668, 24.223958333333336, 37.953125,
            51.15625, 59.0, 61.833333333333336, 58.614583333333336, 50.510416666666664, 41.0, 31.8125, 22.9375,
            15.25, 11.0}, h, 6);
        assertEquals(CONTENTS[4], h.GetBinContent(5), 0, "outside the range nothing changes");
        assertEquals(CONTENTS[20], h.GetBinContent(21), 0);
    }

    @Test
    void negativeContentsAreNotClipped() {
        TH1D h = filled(-25);
        h.Smooth();
        assertContents(new double[] {-15.0, -14.25, -12.75, -12.0, -12.0, -11.3125, -8.6875, -4.75, 2.0,
            13.885416666666666, 26.15625, 34.0, 36.833333333333336, 33.614583333333336, 25.510416666666664, 16.0,
            6.3125, -3.5625, -11.25, -14.0, -14.0, -14.0, -13.75, -6.3125, 10.145833333333332, 19.979166666666664,
            12.770833333333332, -4.25, -16.75, -20.0}, h, 1);
    }

    @Test
    void tooFewBinsIsROOTsError() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        try {
            TH1D h = new TH1D("two", "", 2, 0, 2);
            h.SetBinContent(1, 5);
            h.Smooth();
            assertEquals(5, h.GetBinContent(1));
            TH1.SmoothArray(2, new double[] {1, 2}, 1);
        } finally {
            System.setErr(saved);
        }
        assertEquals("Error in <TH1D::Smooth>: Smooth only supported for histograms with >= 3 bins. Nbins = 2\n"
                + "Error in <SmoothArray>: Need at least 3 points for smoothing: n = 2\n", err.toString());
    }
}
