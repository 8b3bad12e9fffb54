package org.rootprompt.root.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionsTest {
    /** A generator that returns given numbers, to check which branch of an algorithm runs. */
    static final class Scripted extends TRandom {
        private final ArrayDeque<Double> values;

        Scripted(Double... values) {
            this.values = new ArrayDeque<>(List.of(values));
        }

        @Override
        public double Rndm() {
            return values.removeFirst();
        }
    }

    @Test
    void gausCentreUsesOneUniformNumberLinearly() {
        // ACR centre region: y > 0.516058551 gives 4.132731354 y - 3.132731354
        assertEquals(4.132731354 * 0.9 - 3.132731354, new Scripted(0.9).Gaus(), 1e-15);
        assertEquals(10 + 2 * (4.132731354 * 0.6 - 3.132731354), new Scripted(0.6).Gaus(10, 2), 1e-14);
        // the left region below 0.107981933: rn = 18.52161694 y - 1, result -1 + rn for rn <= 0
        assertEquals(-1 + (18.52161694 * 0.05 - 1), new Scripted(0.05).Gaus(), 1e-15);
    }

    /**
     * ROOT's TRandom::Gaus as written in TRandom.cxx, plain branches and all, transcribed again here
     * as the reference for the branch-free version in the library.
     */
    private static double rootGaus(TRandom r) {
        double c1 = 1.448242853, c2 = 3.307147487, c3 = 1.46754004, d1 = 1.036467755, d2 = 5.295844968;
        double d3 = 3.631288474, hm = 0.483941449, zm = 0.107981933, hp = 4.132731354, zp = 18.52161694;
        double phln = 0.4515827053, hm1 = 0.516058551, hp1 = 3.132731354, hzm = 0.375959516, hzmp = 0.591923442;
        double as = 0.8853395638, bs = 0.2452635696, cs = 0.2770276848, b = 0.5029324303, x0 = 0.4571828819;
        double ym = 0.187308492, s = 0.7270572718, t = 0.03895759111;
        double y = r.Rndm();
        double z;
        double rn;
        if (y > hm1) {
            return hp * y - hp1;
        } else if (y < zm) {
            rn = zp * y - 1;
            return rn > 0 ? 1 + rn : -1 + rn;
        } else if (y < hm) {
            rn = r.Rndm();
            rn = rn - 1 + rn;
            z = rn > 0 ? 2 - rn : -2 - rn;
            if ((c1 - y) * (c3 + Math.abs(z)) < c2) {
                return z;
            }
            double x = rn * rn;
            if ((y + d1) * (d3 + x) < d2) {
                return rn;
            } else if (hzmp - y < Math.exp(-(z * z + phln) / 2)) {
                return z;
            } else if (y + hzm < Math.exp(-(x + phln) / 2)) {
                return rn;
            }
        }
        while (true) {
            double x = r.Rndm();
            y = ym * r.Rndm();
            z = x0 - s * x - y;
            if (z > 0) {
                rn = 2 + y / x;
            } else {
                x = 1 - x;
                y = ym - y;
                rn = -(2 + y / x);
            }
            if ((y - as + x) * (cs + x) + bs < 0) {
                return rn;
            } else if (y < x + t && rn * rn < 4 * (b - Math.log(x))) {
                return rn;
            }
        }
    }

    @Test
    void gausGivesRootsSequenceBitForBit() {
        TRandom3 library = new TRandom3(4357);
        TRandom3 reference = new TRandom3(4357);
        for (int i = 0; i < 2_000_000; i++) { // every region, the tail included, many times over
            double expected = rootGaus(reference);
            double actual = library.Gaus();
            if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
                assertEquals(expected, actual, 0.0, "draw " + i);
            }
        }
        // and the generators are still in step
        assertEquals(reference.Rndm(), library.Rndm(), 0.0);
    }

    @Test
    void gausMomentsOverAMillionDraws() {
        TRandom3 r = new TRandom3(4357);
        int n = 1_000_000;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        for (int i = 0; i < n; i++) {
            double x = r.Gaus(1.5, 2.0);
            double d = (x - 1.5) / 2.0;
            s1 += x;
            s2 += d * d;
            s3 += d * d * d;
            s4 += d * d * d * d;
        }
        // statistical errors: mean 2/sqrt(n) = 0.002, var sqrt(2/n) = 0.0014, skew sqrt(6/n), kurt sqrt(24/n)
        assertEquals(1.5, s1 / n, 0.01);
        assertEquals(1.0, s2 / n, 0.007);
        assertEquals(0.0, s3 / n, 0.015);
        assertEquals(3.0, s4 / n, 0.03);
    }

    @Test
    void poissonMeanAndVarianceInEachRegime() {
        TRandom3 r = new TRandom3(11);
        for (double mean : new double[] {0.5, 3.2, 24.0, 40.0, 1000.0}) {
            int n = 200_000;
            double s = 0;
            double s2 = 0;
            for (int i = 0; i < n; i++) {
                int k = r.Poisson(mean);
                s += k;
                s2 += (double) k * k;
            }
            double m = s / n;
            double v = s2 / n - m * m;
            assertEquals(mean, m, 5 * Math.sqrt(mean / n), "mean for " + mean);
            assertEquals(mean, v, 6 * mean * Math.sqrt(2.0 / n) + 0.01, "variance for " + mean);
        }
        assertEquals(0, r.Poisson(-1));
    }

    @Test
    void binomialBreitWignerRannorCircle() {
        TRandom3 r = new TRandom3(5);
        double s = 0;
        for (int i = 0; i < 100_000; i++) {
            s += r.Binomial(10, 0.3);
        }
        assertEquals(3.0, s / 100_000, 0.03);
        assertEquals(0, r.Binomial(10, 1.5));
        // Breit-Wigner: half of the numbers fall within mean ± gamma/2
        int inside = 0;
        for (int i = 0; i < 100_000; i++) {
            if (Math.abs(r.BreitWigner(5, 2) - 5) < 1) {
                inside++;
            }
        }
        assertEquals(0.5, inside / 100_000.0, 0.01);
        double[] ab = new double[2];
        new Scripted(Math.exp(-0.5), 0.25).Rannor(ab);
        assertEquals(1.0, ab[0], 1e-12); // r = 1, angle pi/2
        assertEquals(0.0, ab[1], 1e-12);
        double[] xy = new double[2];
        r.Circle(xy, 3);
        assertEquals(3.0, Math.hypot(xy[0], xy[1]), 1e-12);
    }
}
