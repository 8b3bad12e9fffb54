package org.rootprompt.root.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** References: Python's math.erf/erfc/gamma and statistics.NormalDist (C library values), and closed forms. */
class TMathTest {
    private static void close(double expected, double actual, double relative) {
        assertEquals(expected, actual, relative * Math.max(Math.abs(expected), 1e-300));
    }

    @ParameterizedTest
    @CsvSource({"0.1, 0.1124629160182849, 0.8875370839817152", "0.5, 0.5204998778130465, 0.4795001221869535",
        "1, 0.8427007929497149, 0.15729920705028513", "2, 0.9953222650189527, 0.004677734981047265",
        "3, 0.9999779095030014, 2.2090496998585438e-05", "-1.5, -0.9661051464753108, 1.9661051464753108",
        "5, 0.9999999999984626, 1.5374597944280351e-12"})
    void erfAndErfc(double x, double erf, double erfc) {
        close(erf, TMath.Erf(x), 1e-14);
        close(erfc, TMath.Erfc(x), 1e-13);
    }

    @ParameterizedTest
    @CsvSource({"1e-10, -6.361340902404056", "0.001, -3.090232306167813", "0.025, -1.9599639845400538",
        "0.3, -0.5244005127080407", "0.9, 1.2815515655446008", "0.999999, 4.753424308817089"})
    void normQuantileInvertsFreq(double p, double expected) {
        close(expected, TMath.NormQuantile(p), 1e-13);
        close(p, TMath.Freq(TMath.NormQuantile(p)), 1e-13);
        assertEquals(0.0, TMath.NormQuantile(0.5), 1e-16);
        close(0.3, TMath.Erf(TMath.ErfInverse(0.3)), 1e-14);
    }

    @Test
    void probIsTheChiSquareUpperTail() {
        // even ndf: Q = exp(-x/2) * sum_{k < ndf/2} (x/2)^k / k!
        assertEquals(Math.exp(-1), TMath.Prob(2, 2), 1e-15);
        assertEquals(Math.exp(-2.5) * (1 + 2.5 + 2.5 * 2.5 / 2), TMath.Prob(5, 6), 1e-14);
        assertEquals(0.0500435, TMath.Prob(3.84, 1), 1e-7); // the 95% point of a one-dof chi-square
        assertEquals(1, TMath.Prob(0, 3));
        assertEquals(0, TMath.Prob(1, 0));
    }

    @Test
    void gammaFactorialBinomialBeta() {
        close(1.7724538509055159, TMath.Gamma(0.5), 1e-14);
        close(4.170651783796603, TMath.Gamma(3.7), 1e-13);
        assertEquals(362880.0, TMath.Gamma(10));
        assertEquals(3628800.0, TMath.Factorial(10));
        assertEquals(252, TMath.Binomial(10, 5), 1e-9);
        assertTrue(Double.isNaN(TMath.Binomial(3, 5)));
        close(0.05, TMath.Beta(2, 4), 1e-14); // Γ(2)Γ(4)/Γ(6) = 6/120
        close(0.5, TMath.Gamma(1, Math.log(2)), 1e-14); // P(1, x) = 1 - exp(-x)
    }

    @Test
    void densities() {
        assertEquals(1, TMath.Gaus(0));
        close(Math.exp(-0.5) / (2.50662827463100024 * 2), TMath.Gaus(3, 1, 2, true), 1e-15);
        assertEquals(0, TMath.Gaus(100));
        assertEquals(1e30, TMath.Gaus(1, 0, 0));
        close(2 / Math.PI, TMath.BreitWigner(0, 0, 1), 1e-15); // the peak is 2/(pi*gamma)
        close(Math.exp(-3) * 27 / 6, TMath.Poisson(3, 3), 1e-13);
        assertEquals(Math.exp(-2), TMath.Poisson(0, 2), 1e-15);
        assertEquals(TMath.Poisson(3, 3), TMath.PoissonI(3.7, 3), 0);
    }

    @Test
    void roundingAndSigns() {
        assertEquals(2, TMath.Nint(2.5));
        assertEquals(4, TMath.Nint(3.5));
        assertEquals(-2, TMath.Nint(-2.5));
        assertEquals(3, TMath.Nint(2.6));
        assertEquals(-3.0, TMath.Sign(3, -0.1));
        assertEquals(3.0, TMath.Sign(-3, 2));
    }

    @Test
    void arrays() {
        double[] a = {3, 1, 4, 1, 5, 9, 2, 6};
        assertEquals(31.0 / 8, TMath.Mean(8, a), 1e-15);
        double mean = 31.0 / 8;
        double ss = 0;
        for (double x : a) {
            ss += (x - mean) * (x - mean);
        }
        assertEquals(Math.sqrt(ss / 7), TMath.RMS(8, a), 1e-15);
        assertEquals(3.5, TMath.Median(8, a));
        assertEquals(5, TMath.LocMax(8, a));
        assertEquals(1, TMath.LocMin(8, a));
        int[] index = new int[8];
        TMath.Sort(8, a, index);
        assertEquals(5, index[0]);
        TMath.Sort(8, a, index, false);
        assertEquals(1, index[0]);
        double[] sorted = {1, 2, 4, 8};
        assertEquals(-1, TMath.BinarySearch(4, sorted, 0.5));
        assertEquals(1, TMath.BinarySearch(4, sorted, 2));
        assertEquals(3, TMath.BinarySearch(4, sorted, 100));
        assertArrayEquals(new double[] {3, 1, 4, 1, 5, 9, 2, 6}, a, "inputs are not modified");
    }
}
