package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.math.TMath;

/**
 * TH1::Chi2Test's UW, WW, NORM, UF/OF and residuals. The reference for UW is the worked example of
 * Gagunashvili's paper quoted in ROOT's TH1::Chi2Test documentation (the data of ROOT's tutorial
 * math/chi2test.C): X² = 21.09, p = 0.33, and with 17 events more in bin 15, X² = 32.33, p = 0.029.
 * WW, UU residuals and NORM are checked against the closed formulas of that documentation.
 */
class Chi2TestTest {
    private static final double[] UNWEIGHTED = {0, 1, 0, 1, 1, 6, 7, 2, 22, 30, 27, 20, 13, 9, 9, 13, 19, 11, 9, 0};
    private static final double[] WEIGHTED = {2.20173025, 3.30143857, 2.5892849, 2.99990201, 4.92877054, 8.33036995,
        6.95084763, 15.206357, 23.9236012, 44.3848114, 49.4465599, 25.1868858, 16.3129692, 13.0289612, 16.7857609,
        22.9914703, 30.5279255, 12.5252123, 16.4104557, 7.86067867};
    private static final double[] WEIGHTED_ERRORS = {0.38974303, 0.536510944, 0.529702604, 0.642001867, 0.969341516,
        1.47611344, 1.69797957, 3.28577447, 5.40784931, 9.10106468, 9.73541737, 5.55019951, 3.57914758, 2.77877331,
        3.23697519, 4.3608489, 5.77172089, 3.38666105, 2.98861837, 1.58402085};

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        TROOT.gROOT.Reset();
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true));
        System.setErr(new PrintStream(err, true));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    /** The tutorial's histograms: h1 unweighted (w events more in bin 15), h2 weighted. */
    private static TH1D[] tutorial(double w) {
        TH1D h1 = new TH1D("h1", "h1", 20, 4, 16);
        TH1D h2 = new TH1D("h2", "h2", 20, 4, 16);
        for (int i = 0; i < 20; i++) {
            h1.SetBinContent(i + 1, UNWEIGHTED[i] + (i == 14 ? w : 0));
            h2.SetBinContent(i + 1, WEIGHTED[i]);
            h2.SetBinError(i + 1, WEIGHTED_ERRORS[i]);
        }
        h1.SetEntries(217);
        h2.SetEntries(500);
        return new TH1D[] {h1, h2};
    }

    @Test
    void unweightedAgainstWeightedReproducesThePaper() {
        TH1D[] h = tutorial(0);
        double[] res = new double[20];
        double prob = h[0].Chi2Test(h[1], "UW P", res);
        assertEquals(0.33, prob, 0.005);
        assertEquals(21.09, h[0].Chi2Test(h[1], "UW CHI2"), 0.005);
        assertEquals(21.09 / 19, h[0].Chi2Test(h[1], "UW CHI2/NDF"), 0.005 / 19);
        TH1D[] outlier = tutorial(17);
        assertEquals(32.33, outlier[0].Chi2Test(outlier[1], "UW CHI2"), 0.005);
        assertEquals(0.029, outlier[0].Chi2Test(outlier[1], "UW"), 0.0005);
        // the printout, and ROOT's note on the empty bins of h1 (its message ends in a new line)
        String line = out.toString().lines().findFirst().orElse("");
        double chi2 = h[0].Chi2Test(h[1], "UW CHI2");
        assertEquals(org.rootprompt.root.core.CFormat.format("Chi2 = %f, Prob = %g, NDF = 19, igood = 1", chi2,
                TMath.Prob(chi2, 19)), line);
        assertTrue(err.toString().startsWith(
                "Info in <TH1D::Chi2TestX>: There is a bin in h1 with less than 1 event.\n\n"));
        // the residuals of the outlier example single out bin 15
        double[] res17 = new double[20];
        outlier[0].Chi2Test(outlier[1], "UW", res17);
        int largest = 0;
        for (int i = 1; i < 20; i++) {
            largest = Math.abs(res17[i]) > Math.abs(res17[largest]) ? i : largest;
        }
        assertEquals(14, largest);
    }

    @Test
    void optionsDeduceTheKindOfComparison() {
        TH1D[] h = tutorial(0);
        assertEquals(h[0].Chi2Test(h[1], "UW"), h[0].Chi2Test(h[1], ""), 0, "h2 is weighted: UW");
    }

    @Test
    void twoWeightedHistogramsFollowTheClosedFormula() {
        TH1D[] h = tutorial(0);
        TH1D h1 = h[1];
        TH1D h2 = new TH1D("h2b", "", 20, 4, 16);
        for (int i = 0; i < 20; i++) {
            h2.SetBinContent(i + 1, 1.3 * WEIGHTED[(i + 1) % 20] + 2);
            h2.SetBinError(i + 1, 0.8 * WEIGHTED_ERRORS[(i + 3) % 20] + 0.1);
        }
        double w1 = 0;
        double w2 = 0;
        for (int i = 1; i <= 20; i++) {
            w1 += h1.GetBinContent(i);
            w2 += h2.GetBinContent(i);
        }
        double chi2 = 0;
        double[] expectedRes = new double[20];
        for (int i = 1; i <= 20; i++) {
            double s1 = h1.GetBinError(i) * h1.GetBinError(i);
            double s2 = h2.GetBinError(i) * h2.GetBinError(i);
            double d = w1 * h2.GetBinContent(i) - w2 * h1.GetBinContent(i);
            chi2 += d * d / (w1 * w1 * s2 + w2 * w2 * s1);
            double p = (h1.GetBinContent(i) * w1 / s1 + h2.GetBinContent(i) * w2 / s2) / (w1 * w1 / s1 + w2 * w2 / s2);
            // the studentised residual of the documentation, from the histogram with the larger error
            expectedRes[i - 1] = s1 > s2
                    ? (h1.GetBinContent(i) - w1 * p) / (Math.sqrt(s1) * Math.sqrt(1 - 1 / (1 + w2 * w2 * s1 / (w1 * w1 * s2))))
                    : -(h2.GetBinContent(i) - w2 * p) / (Math.sqrt(s2) * Math.sqrt(1 - 1 / (1 + w1 * w1 * s2 / (w2 * w2 * s1))));
        }
        double[] res = new double[20];
        assertEquals(TMath.Prob(chi2, 19), h1.Chi2Test(h2, "WW", res), 1e-12);
        assertEquals(chi2, h1.Chi2Test(h2, "WW CHI2"), 1e-9 * chi2);
        for (int i = 0; i < 20; i++) {
            assertEquals(expectedRes[i], res[i], 1e-9, "residual " + i);
        }
    }

    private static TH1D counts(String name, double... contents) {
        TH1D h = new TH1D(name, "", contents.length - 2, 0, contents.length - 2);
        for (int bin = 0; bin < contents.length; bin++) {
            for (int k = 0; k < contents[bin]; k++) {
                h.Fill(bin - 0.5); // bin 0 is the underflow, the last one the overflow
            }
        }
        return h;
    }

    @Test
    void unweightedResidualsAreHabermans() {
        TH1D a = counts("a", 0, 10, 20, 0, 40, 0);
        TH1D b = counts("b", 0, 12, 15, 0, 50, 0);
        double n = 70;
        double m = 77;
        double[] res = new double[4];
        a.Chi2Test(b, "UU", res);
        double[] ni = {10, 20, 0, 40};
        double[] mi = {12, 15, 0, 50};
        for (int i = 0; i < 4; i++) {
            if (ni[i] + mi[i] == 0) {
                assertEquals(0, res[i], 0, "an empty bin has no residual");
                continue;
            }
            double expected = n * (ni[i] + mi[i]) / (n + m);
            double haberman = (ni[i] - expected) / Math.sqrt(expected)
                    / Math.sqrt((1 - n / (n + m)) * (1 - (ni[i] + mi[i]) / (n + m)));
            assertEquals(haberman, res[i], 1e-12);
        }
    }

    @Test
    void normComparesScaledHistogramsByTheirEvents() {
        TH1D a = counts("a", 0, 10, 20, 5, 40, 0);
        TH1D b = counts("b", 0, 12, 15, 7, 50, 0);
        double expected = a.Chi2Test(b, "UU CHI2");
        a.Sumw2();
        b.Sumw2();
        a.Scale(0.37);
        b.Scale(2.5);
        assertEquals(expected, a.Chi2Test(b, "UU NORM CHI2"), 1e-12);
    }

    @Test
    void underflowAndOverflowJoinWithUfAndOf() {
        TH1D a = counts("a", 6, 10, 20, 40, 9);
        TH1D b = counts("b", 3, 12, 15, 50, 14);
        double[] ni = {6, 10, 20, 40, 9};
        double[] mi = {3, 12, 15, 50, 14};
        double n = 0;
        double m = 0;
        for (int i = 0; i < 5; i++) {
            n += ni[i];
            m += mi[i];
        }
        double chi2 = 0;
        for (int i = 0; i < 5; i++) {
            chi2 += Math.pow(m * ni[i] - n * mi[i], 2) / (ni[i] + mi[i]);
        }
        chi2 /= n * m;
        assertEquals(chi2, a.Chi2Test(b, "UU UF OF CHI2"), 1e-12);
        assertEquals(TMath.Prob(chi2, 4), a.Chi2Test(b, "UU UF OF"), 1e-12);
    }

    @Test
    void emptyHistogramIsROOTsError() {
        TH1D a = counts("a", 0, 10, 20, 0);
        TH1D empty = new TH1D("e", "", 2, 0, 2);
        assertEquals(0, a.Chi2Test(empty, "UU"));
        assertEquals("Error in <TH1D::Chi2TestX>: one histogram is empty\n", err.toString());
    }
}
