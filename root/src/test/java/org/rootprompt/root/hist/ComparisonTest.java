package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.math.TMath;

/** The two-histogram tests against their textbook formulas, computed independently here. */
class ComparisonTest {
    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    private static TH1D of(String name, double... contents) {
        TH1D h = new TH1D(name, "", contents.length, 0, contents.length);
        for (int i = 0; i < contents.length; i++) {
            for (int k = 0; k < contents[i]; k++) {
                h.Fill(i + 0.5);
            }
        }
        return h;
    }

    @Test
    void kolmogorovProbabilityIsTheAlternatingSeries() {
        for (double z : new double[] {0.8, 1.0, 1.36, 2.0}) {
            double series = 0;
            for (int j = 1; j <= 100; j++) {
                series += 2 * Math.pow(-1, j - 1) * Math.exp(-2.0 * j * j * z * z);
            }
            assertEquals(series, TMath.KolmogorovProb(z), 1e-7, "z = " + z);
        }
        assertEquals(1, TMath.KolmogorovProb(0.1));
        assertEquals(0, TMath.KolmogorovProb(7));
    }

    @Test
    void kolmogorovTestOfTwoHistograms() {
        TH1D a = of("a", 10, 20, 30, 40);
        TH1D b = of("b", 40, 30, 20, 10);
        // cumulative fractions: a .1 .3 .6 1, b .4 .7 .9 1 -> largest distance 0.4
        assertEquals(0.4, a.KolmogorovTest(b, "M"), 1e-15);
        double z = 0.4 * Math.sqrt(100.0 * 100.0 / 200.0);
        assertEquals(TMath.KolmogorovProb(z), a.KolmogorovTest(b), 1e-15);
        assertEquals(1, a.KolmogorovTest(a.Clone()), 1e-15);
    }

    @Test
    void chi2TestOfTwoUnweightedHistograms() {
        TH1D a = of("a", 10, 20, 0, 40);
        TH1D b = of("b", 12, 15, 0, 50);
        double n = 70;
        double m = 77;
        double chi2 = (Math.pow(m * 10 - n * 12, 2) / 22 + Math.pow(m * 20 - n * 15, 2) / 35
                + Math.pow(m * 40 - n * 50, 2) / 90) / (n * m);
        assertEquals(chi2, a.Chi2Test(b, "UU CHI2"), 1e-12);
        assertEquals(TMath.Prob(chi2, 2), a.Chi2Test(b), 1e-15, "the empty bin takes a degree of freedom");
        assertTrue(a.Chi2Test(a.Clone()) > 0.999);
    }
}
