package org.rootprompt.root.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TRandom3Test {
    /**
     * std::mt19937 outputs, from: g++ -o mt mt.cpp && ./mt with
     * {@code std::mt19937 g(4357); for (i < 10) printf("%u\n", g());} (g++ 12.2, 2026-11-25).
     */
    private static final long[] MT19937_4357 = {4293858116L, 699692587L, 1213834231L, 4068197670L,
        994957275L, 2082945813L, 4112332215L, 3196767107L, 2319469851L, 3178073856L};

    @Test
    void theDefaultSequenceIsMt19937Scaled() {
        TRandom3 r = new TRandom3();
        for (long expected : MT19937_4357) {
            assertEquals(expected * 0x1p-32, r.Rndm(), 0.0);
        }
    }

    @Test
    void reseedingRestartsTheSequenceAcrossTwists() {
        // same program: std::mt19937 h(12345), 1000 draws, then the 1001st is 984001283
        TRandom3 r = new TRandom3(12345);
        for (int i = 0; i < 1000; i++) {
            r.Rndm();
        }
        assertEquals(984001283L * 0x1p-32, r.Rndm(), 0.0);
        r.SetSeed(4357);
        assertEquals(MT19937_4357[0] * 0x1p-32, r.Rndm(), 0.0);
    }

    @Test
    void numbersLieInTheOpenUnitIntervalAndSeedZeroVaries() {
        TRandom3 r = new TRandom3(7);
        double[] a = new double[100_000];
        r.RndmArray(a.length, a);
        double sum = 0;
        for (double x : a) {
            assertTrue(x > 0 && x < 1);
            sum += x;
        }
        assertEquals(0.5, sum / a.length, 0.005);
        assertNotEquals(new TRandom3(0).Rndm(), new TRandom3(0).Rndm());
    }

    @Test
    void uniformIntegerAndExp() {
        TRandom3 r = new TRandom3(99);
        for (int i = 0; i < 1000; i++) {
            double u = r.Uniform(-2, 3);
            assertTrue(u > -2 && u <= 3);
            long k = r.Integer(6);
            assertTrue(k >= 0 && k < 6);
        }
        double mean = 0;
        for (int i = 0; i < 200_000; i++) {
            mean += r.Exp(2.0);
        }
        assertEquals(2.0, mean / 200_000, 0.03);
    }

    @Test
    void theBaseGeneratorIsRootsLcg() {
        // ROOT's TRandom: seed = (1103515245 * seed + 12345) & 0x7fffffff, x = seed * 2^-31; from 65539
        TRandom r = new TRandom();
        long seed = 65539;
        for (int i = 0; i < 5; i++) {
            seed = (1103515245L * seed + 12345) & 0x7fffffffL;
            assertEquals(seed * 4.6566128730774E-10, r.Rndm(), 0.0);
        }
    }

    @Test
    void gRandomStartsAsATRandom3() {
        assertTrue(TRandom.gRandom instanceof TRandom3);
    }
}
