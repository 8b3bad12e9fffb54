package org.rootprompt.root.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Landau functions against an exact integral representation evaluated by SciPy
 * ({@code /usr/bin/python3 bench/reference/landau_reference.py}, SciPy 1.10, 2026-11-25), and
 * against each other.
 */
class LandauTest {
    /** {v, p(v)} with p(v) = 1/π ∫0^∞ exp(-t ln t - v t) sin(π t) dt. */
    private static final double[][] PDF = {
        {-3, 0.0006737286136736614}, {-2.5, 0.009636924803421553}, {-1.5, 0.10055075172901964},
        {-1, 0.15139191152148557}, {-0.5, 0.17733354699252188}, {0, 0.1788541606752494},
        {0.5, 0.16523227548265737}, {1, 0.1452066370964019}, {2, 0.10491298948062602},
        {3, 0.07424765459960143}, {4.5, 0.04552484015408646}, {7, 0.022868479523695088},
        {10, 0.011976487388788534}, {20, 0.003004979395692256}, {40, 0.000714425391416559},
        {80, 0.00017025363480496246},
    };
    /** {v, Φ(v)} with Φ(v) = 1 - 1/π ∫0^∞ exp(-t ln t - v t) sin(π t)/t dt. */
    private static final double[][] CDF = {
        {-2, 0.014094357934147816}, {-1.5, 0.049824274974910265}, {-1, 0.11361464105054242},
        {0, 0.2868328801254175}, {1, 0.45101809281952576}, {2.5, 0.623697040354872},
        {5, 0.7730267799428359}, {10, 0.8829388659135639}, {30, 0.9632501729103133},
    };

    @Test
    void theDensityAgreesWithTheIntegral() {
        for (double[] point : PDF) {
            double v = point[0];
            // CERNLIB's rational approximations are good to a few parts in 10^8 of the peak
            assertEquals(point[1], RootMath.landau_pdf(v), 2e-8, "landau_pdf(" + v + ")");
            // scale and location: p((x - x0)/xi)/xi
            assertEquals(point[1] / 2.5, RootMath.landau_pdf(1.5 + 2.5 * v, 2.5, 1.5), 1e-8);
            assertEquals(point[1], TMath.Landau(3 + 2 * v, 3, 2), 2e-8);
            assertEquals(point[1] / 2, TMath.Landau(3 + 2 * v, 3, 2, true), 1e-8);
        }
    }

    @Test
    void theCumulativeAgreesWithTheIntegral() {
        for (double[] point : CDF) {
            double v = point[0];
            assertEquals(point[1], RootMath.landau_cdf(v), 2e-7, "landau_cdf(" + v + ")");
            assertEquals(point[1], TMath.LandauI(v), 2e-7);
            assertEquals(1 - point[1], RootMath.landau_cdf_c(v), 2e-7);
            assertEquals(point[1], RootMath.landau_cdf(1 + 3 * v, 3, 1), 2e-7);
        }
    }

    @Test
    void theCumulativeIsTheIntegralOfTheDensity() {
        for (double v = -3; v <= 50; v += 0.75) {
            double integral = Integrator.integrate(RootMath::landau_pdf, -8, v, 1e-14, 1e-12, 1000);
            assertEquals(integral, RootMath.landau_cdf(v), 3e-7, "at " + v);
        }
    }

    @Test
    void theQuantileInvertsTheCumulative() {
        // RANLAN's table has six decimals and is interpolated: good to about 2e-5 in probability
        for (double z = 0.001; z < 0.9995; z += 0.0173) {
            assertEquals(z, RootMath.landau_cdf(RootMath.landau_quantile(z)), 2e-5, "z = " + z);
        }
        assertEquals(2 * RootMath.landau_quantile(0.3), RootMath.landau_quantile(0.3, 2), 1e-15);
        assertEquals(RootMath.landau_quantile(0.8), RootMath.landau_quantile_c(0.2), 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, RootMath.landau_quantile(0));
        assertEquals(Double.POSITIVE_INFINITY, RootMath.landau_quantile(1));
        assertEquals(0, RootMath.landau_quantile(0.5, -1));
        assertEquals(0, RootMath.landau_pdf(0.5, 0, 0));
        assertEquals(0, TMath.Landau(0.5, 0, -1));
    }

    @Test
    void theMaximumIsAt022278SigmaBelowTheLocation() {
        // the well-known most probable value of the standard Landau: -0.22278
        double best = -1;
        for (double v = -1; v <= 1; v += 1e-5) {
            if (RootMath.landau_pdf(v) > RootMath.landau_pdf(best)) {
                best = v;
            }
        }
        assertEquals(-0.22278, best, 1e-4);
    }

    @Test
    void seededLandauNumbersAreTheQuantilesOfTheSameUniformNumbers() {
        TRandom uniform = new TRandom3(4357);
        TRandom landau = new TRandom3(4357);
        for (int i = 0; i < 1000; i++) {
            double u = uniform.Rndm();
            assertEquals(5 + RootMath.landau_quantile(u, 0.7), landau.Landau(5, 0.7), 0, "draw " + i);
        }
        assertEquals(0, landau.Landau(5, 0));
        // and they follow the distribution: the fraction below the median of the cumulative
        int below = 0;
        TRandom rng = new TRandom3(1);
        for (int i = 0; i < 20000; i++) {
            if (rng.Landau() < RootMath.landau_quantile(0.5)) {
                below++;
            }
        }
        assertTrue(Math.abs(below - 10000) < 4 * Math.sqrt(5000), "below the median: " + below);
    }
}
