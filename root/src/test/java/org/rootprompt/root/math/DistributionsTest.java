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
