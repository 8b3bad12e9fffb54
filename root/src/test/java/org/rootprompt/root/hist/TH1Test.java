package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Expected values are computed by hand from ROOT's definitions (TH1::GetStats, GetMean, GetStdDev). */
class TH1Test {
    @org.junit.jupiter.api.BeforeEach
    void emptyTheTopDirectory() {
        org.rootprompt.root.core.TROOT.gROOT.Reset(); // no "Replacing existing TH1" from earlier tests
    }

    private static TH1F sixFills() {
        TH1F h = new TH1F("h", "six fills", 10, 0, 10);
        for (double x : new double[] {1, 2, 2, 3, 3, 3}) {
            h.Fill(x);
        }
        return h;
    }

    @Test
    void meanAndStdDevComeFromTheFilledValues() {
        TH1F h = sixFills();
        assertEquals(6, h.GetEntries());
        assertEquals(14.0 / 6, h.GetMean(), 1e-15);
        double variance = 36.0 / 6 - (14.0 / 6) * (14.0 / 6);
        assertEquals(Math.sqrt(variance), h.GetStdDev(), 1e-15);
        assertEquals(h.GetStdDev(), h.GetRMS());
        assertEquals(Math.sqrt(variance) / Math.sqrt(6), h.GetMeanError(), 1e-15);
        assertEquals(Math.sqrt(variance / 12), h.GetStdDevError(), 1e-15);
        assertEquals(6, h.GetEffectiveEntries(), 1e-15);
        assertEquals(3, h.GetBinContent(4)); // x = 3 is in bin 4, [3, 4)
        assertEquals(Math.sqrt(3), h.GetBinError(4), 1e-15);
        assertEquals(3, h.GetMaximum());
        assertEquals(4, h.GetMaximumBin());
        assertEquals(0, h.GetMinimum());
    }

    @Test
    void underAndOverflowsCountAsEntriesButNotInTheStatistics() {
        TH1F h = sixFills();
        assertEquals(-1, h.Fill(-0.5));
        assertEquals(-1, h.Fill(10));
        assertEquals(-1, h.Fill(Double.NaN));
        assertEquals(9, h.GetEntries());
        assertEquals(1, h.GetBinContent(0));
        assertEquals(2, h.GetBinContent(11));
        assertEquals(2, h.GetBinContent(99), "bins past the overflow read the overflow");
        assertEquals(14.0 / 6, h.GetMean(), 1e-15);
        assertEquals(6, h.Integral());
        assertEquals(9, h.Integral(0, 11));
        assertEquals(6, h.GetSumOfWeights());
    }

    @Test
    void weightsSwitchOnSumw2() {
        TH1D h = new TH1D("w", "", 4, 0, 4);
        h.Fill(0.5);
        assertEquals(0, h.GetSumw2N());
        h.Fill(0.5, 2);
        h.Fill(1.5, 0.5);
        assertEquals(6, h.GetSumw2N());
        assertEquals(3, h.GetBinContent(1));
        assertEquals(Math.sqrt(1 + 4), h.GetBinError(1), 1e-15, "sqrt(sum w^2), the first fill counted as 1");
        assertEquals((0.5 + 2 * 0.5 + 0.5 * 1.5) / 3.5, h.GetMean(), 1e-15);
        double sw = 3.5;
        double sw2 = 1 + 4 + 0.25;
        assertEquals(sw * sw / sw2, h.GetEffectiveEntries(), 1e-12);
    }

    @Test
    void aRangeSwitchesTheStatisticsToBinCentres() {
        TH1F h = sixFills();
        h.GetXaxis().SetRange(3, 4); // bins [2,3) and [3,4): values 2, 2, 3, 3, 3 at centres 2.5 and 3.5
        assertEquals((2 * 2.5 + 3 * 3.5) / 5, h.GetMean(), 1e-15);
        assertEquals(5, h.Integral());
        h.GetXaxis().SetRange(0, 0);
        assertFalse(h.GetXaxis().IsRangeSet());
        assertEquals(14.0 / 6, h.GetMean(), 1e-15);
        h.GetXaxis().SetRangeUser(2, 4);
        assertEquals(3, h.GetXaxis().GetFirst());
        assertEquals(4, h.GetXaxis().GetLast());
    }

    @Test
    void setBinContentCountsAnEntryAndStatisticsFollowTheContents() {
        TH1D h = new TH1D("s", "", 2, 0, 2);
        h.SetBinContent(1, 3);
        h.SetBinContent(2, 1);
        assertEquals(2, h.GetEntries());
        assertEquals((3 * 0.5 + 1 * 1.5) / 4, h.GetMean(), 1e-15);
    }

    @Test
    void scaleAddIntegralWidthAndClone() {
        TH1F h = sixFills();
        TH1F copy = h.Clone();
        assertNotSame(h.GetArray(), copy.GetArray());
        h.Scale(2);
        assertEquals(6, h.GetBinContent(4));
        assertEquals(2 * Math.sqrt(3), h.GetBinError(4), 1e-6);
        assertEquals(14.0 / 6, h.GetMean(), 1e-15, "scaling keeps the mean");
        assertEquals(3, copy.GetBinContent(4), "the clone is independent");
        assertEquals(6, h.GetEntries());
        h.Add(copy, -1);
        assertEquals(3, h.GetBinContent(4));
        assertEquals(Math.sqrt(12 + 3), h.GetBinError(4), 1e-6);
        assertEquals(0, h.GetEntries(), "entries: |6 - 6|");
        TH1D v = new TH1D("v", "", 2, new double[] {0, 1, 3});
        v.Fill(0.5);
        v.Fill(2);
        assertEquals(1 + 2, v.Integral("width"), 1e-15);
        v.Scale(1, "width");
        assertEquals(0.5, v.GetBinContent(2), 1e-15);
    }

    @Test
    void variableBinsFindTheRightBin() {
        TAxis a = new TAxis(3, new double[] {0, 1, 5, 10});
        assertEquals(0, a.FindBin(-1));
        assertEquals(1, a.FindBin(0));
        assertEquals(2, a.FindBin(1));
        assertEquals(2, a.FindBin(4.99));
        assertEquals(3, a.FindBin(5));
        assertEquals(4, a.FindBin(10));
        assertEquals(3, a.GetBinCenter(2), 1e-15);
        assertEquals(4, a.GetBinWidth(2), 1e-15);
    }

    @Test
    void integerHistogramsSaturate() {
        TH1I h = new TH1I("i", "", 1, 0, 1);
        h.SetBinContent(1, Integer.MAX_VALUE - 1);
        h.Fill(0.5);
        h.Fill(0.5);
        assertEquals(Integer.MAX_VALUE, h.GetBinContent(1));
        TH1C c = new TH1C("c", "", 1, 0, 1);
        for (int i = 0; i < 200; i++) {
            c.Fill(0.5);
        }
        assertEquals(127, c.GetBinContent(1));
    }

    @Test
    void printIsRootsFormat() {
        TH1F h = sixFills();
        h.Fill(2, 0.5);
        String out = capture(() -> h.Print());
        assertEquals("TH1.Print Name  = h, Entries= 7, Total sum= 6.5\n", out);
        String all = capture(() -> h.Print("all"));
        assertTrue(all.contains(" fSumw[3]=2.5, x=2.5, error=1.5\n"), all);
        assertTrue(all.startsWith("TH1.Print Name  = h, Entries= 7, Total sum= 6.5\n fSumw[0]=0, x=-0.5, error=0\n"), all);
    }

    @Test
    void badBinCountsWarnAndGiveOneBin() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            TH1F h = new TH1F("bad", "", 0, 0, 1);
            assertEquals(1, h.GetNbinsX());
            h.SetDirectory(null);
        } finally {
            System.setErr(saved);
        }
        assertEquals("Warning in <TH1::TH1>: nbins is <=0 - set to nbins = 1\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTenMillionBinTH1FIsAFloatArray() {
        TH1F h = new TH1F("big", "", 10_000_000, 0, 1);
        assertEquals(10_000_002, h.GetArray().length);
        h.SetDirectory(null); // let the 40 MB go
    }

    private static String capture(Runnable r) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fillRandomFollowsTheFunctionOverTheHistogramsBins() {
        TH1D h = new TH1D("r", "", 100, -4, 4);
        h.FillRandom("gaus", 1_000_000, new org.rootprompt.root.math.TRandom3(4357));
        assertEquals(1_000_000, h.GetEntries());
        assertEquals(0, h.GetMean(), 0.005);
        // a unit normal truncated to [-4, 4] has sigma 0.99946
        assertEquals(0.99946, h.GetStdDev(), 0.003);
        TH1D flat = new TH1D("flat", "", 4, 0, 4);
        flat.FillRandom(new TF1("one", "1", 0, 4), 4, new DistributionsOf(0.1, 0.3, 0.6, 0.9));
        // r = 0.1: bin 0 of the cumulative {0, .25, .5, .75, 1}, x = 0 + 1 * 0.1 / 0.25
        assertEquals(0.4 * 1 + 1.2 + 2.4 + 3.6, flat.GetMean() * 4, 1e-9);
    }

    /** A generator that returns given numbers. */
    static final class DistributionsOf extends org.rootprompt.root.math.TRandom {
        private final double[] values;
        private int next;

        DistributionsOf(double... values) {
            this.values = values;
        }

        @Override
        public double Rndm() {
            return values[next++];
        }
    }

    @Test
    void fillRandomWithAnUnknownFunctionIsAnError() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            new TH1F("u", "", 10, 0, 1).FillRandom("nosuch", 10);
        } finally {
            System.setErr(saved);
        }
        assertEquals("Error in <TH1F::FillRandom>: Unknown function: nosuch\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void fillRandomPicksTheSameBinsAsABinarySearch() {
        // the guide table is only a shortcut: compare with ROOT's plain binary search on many numbers
        TH1D h = new TH1D("g", "", 37, -3, 5);
        TF1 f = new TF1("skew", "exp(-0.5*x*x)*(1+0.5*x)*(x>-2)", -3, 5);
        org.rootprompt.root.math.TRandom3 a = new org.rootprompt.root.math.TRandom3(99);
        h.FillRandom(f, 200_000, a);
        double[] integral = new double[38];
        for (int i = 1; i <= 37; i++) {
            integral[i] = integral[i - 1] + f.Integral(h.GetBinLowEdge(i), h.GetBinLowEdge(i) + h.GetBinWidth(i), 1e-9);
        }
        for (int i = 1; i <= 37; i++) {
            integral[i] /= integral[37];
        }
        TH1D expected = new TH1D("e", "", 37, -3, 5);
        org.rootprompt.root.math.TRandom3 b = new org.rootprompt.root.math.TRandom3(99);
        for (int n = 0; n < 200_000; n++) {
            double r = b.Rndm();
            int ibin = org.rootprompt.root.math.TMath.BinarySearch(37, integral, r);
            expected.Fill(h.GetBinLowEdge(ibin + 1) + h.GetBinWidth(ibin + 1) * (r - integral[ibin]) / (integral[ibin + 1] - integral[ibin]));
        }
        for (int bin = 0; bin <= 38; bin++) {
            assertEquals(expected.GetBinContent(bin), h.GetBinContent(bin), "bin " + bin);
        }
        assertEquals(expected.GetMean(), h.GetMean(), 1e-12);
    }

    @Test
    void aTitleWithSemicolonsTitlesTheAxes() {
        TH1F h = new TH1F("t", "Energy;E [GeV];events", 10, 0, 1);
        assertEquals("Energy", h.GetTitle());
        assertEquals("E [GeV]", h.GetXaxis().GetTitle());
        assertEquals("events", h.GetYaxis().GetTitle());
        h.SetTitle("a#;b");
        assertEquals("a;b", h.GetTitle());
        TH2F h2 = new TH2F("t2", "map;x;y", 2, 0, 1, 2, 0, 1);
        assertEquals("y", h2.GetYaxis().GetTitle());
        assertEquals(2, h2.GetYaxis().GetNbins());
    }

    @Test
    void skewnessAndKurtosisAsScipyComputesThemForValuesAtBinCentres() {
        // scipy.stats.skew(d), scipy.stats.kurtosis(d) (biased, Fisher) for
        // d = [0.5, 1.5, 1.5, 2.5, 2.5, 2.5, 3.5, 7.5]: 1.4758612755598397, 1.3529856386999244
        TH1D h = new TH1D("skew_h", "", 10, 0, 10);
        h.SetDirectory(null);
        for (double x : new double[] {0.5, 1.5, 1.5, 2.5, 2.5, 2.5, 3.5, 7.5}) {
            h.Fill(x);
        }
        assertEquals(1.4758612755598397, h.GetSkewness(), 1e-12);
        assertEquals(1.3529856386999244, h.GetKurtosis(), 1e-12);
        assertEquals(Math.sqrt(6.0 / 8), h.GetSkewness(11), 1e-15);
        assertEquals(Math.sqrt(24.0 / 8), h.GetKurtosis(11), 1e-15);
        // weighted: numpy moments of x = [0.5, 1.5, 4.5] with weights [1, 2, 3]
        TH1D w = new TH1D("skew_w", "", 10, 0, 10);
        w.SetDirectory(null);
        w.Fill(0.5, 1);
        w.Fill(1.5, 2);
        w.Fill(4.5, 3);
        assertEquals(-0.12068685239272899, w.GetSkewness(), 1e-12);
        assertEquals(-1.819526627218935, w.GetKurtosis(), 1e-12);
    }

    @Test
    void skewnessOfA2DHistogramPerAxis() {
        TH2D h = new TH2D("skew_2d", "", 10, 0, 10, 10, 0, 10);
        h.SetDirectory(null);
        double[] d = {0.5, 1.5, 1.5, 2.5, 2.5, 2.5, 3.5, 7.5};
        for (double x : d) {
            h.Fill(x, 5.5);
            h.Fill(5.5, x);
        }
        // each axis sees d plus eight values at 5.5: the biased sample skewness of those 16 values
        double[] all = new double[16];
        for (int i = 0; i < 8; i++) {
            all[i] = d[i];
            all[i + 8] = 5.5;
        }
        assertEquals(h.GetSkewness(1), h.GetSkewness(2), 1e-12);
        assertEquals(biasedSkew(all), h.GetSkewness(1), 1e-12);
    }

    private static double biasedSkew(double[] v) {
        double m = 0;
        for (double x : v) m += x;
        m /= v.length;
        double m2 = 0, m3 = 0;
        for (double x : v) { m2 += (x - m) * (x - m); m3 += Math.pow(x - m, 3); }
        m2 /= v.length;
        m3 /= v.length;
        return m3 / Math.pow(m2, 1.5);
    }
}
