package org.rootprompt.root.math;

import java.security.SecureRandom;

/**
 * ROOT's default generator, the Mersenne Twister MT19937 (period 2^19937 - 1), producing exactly
 * ROOT's sequence: seeded as ROOT seeds it (default 4357), each 32-bit output y mapped to
 * y · 2^-32, zero outputs skipped so that numbers lie in ]0, 1].
 */
public class TRandom3 extends TRandom {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER = 0x80000000;
    private static final int LOWER = 0x7fffffff;

    private final int[] fMt = new int[N];
    /**
     * The current block's outputs as uniform numbers (0 for a zero output, which Rndm skips), made
     * with the block so that Rndm is left with one read; fTempered holds them as integers on the way.
     */
    private final double[] fUniform = new double[N];
    private final int[] fTempered = new int[N];
    private int fCount624;

    /** Seeded with 4357, like ROOT's {@code TRandom3()}. */
    public TRandom3() {
        this(4357);
    }

    /** Seeded with {@code seed}; 0 gives a seed that differs from run to run. */
    public TRandom3(long seed) {
        super(1);
        SetSeed(seed);
    }

    @Override
    public void SetSeed(long seed) {
        fCount624 = N;
        if (seed > 0) {
            fSeed = seed & 0xffffffffL;
            fMt[0] = (int) seed;
            for (int i = 1; i < N; i++) { // Knuth's multiplier, the reference MT19937 seeding
                fMt[i] = 1812433253 * (fMt[i - 1] ^ (fMt[i - 1] >>> 30)) + i;
            }
        } else {
            SecureRandom random = new SecureRandom();
            for (int i = 0; i < N; i++) {
                fMt[i] = random.nextInt();
            }
            fSeed = fMt[0] & 0xffffffffL;
        }
    }

    @Override
    public double Rndm() {
        while (true) {
            if (fCount624 >= N) {
                twist();
            }
            double u = fUniform[fCount624++];
            if (u != 0) {
                return u;
            }
        }
    }

    @Override
    public void RndmArray(int n, double[] array) {
        for (int i = 0; i < n; i++) {
            array[i] = Rndm();
        }
    }

    /**
     * Regenerates the 624 words, split in three loops so that no index needs a modulo, then tempers
     * and scales them in loops of their own: the JIT vectorises the tempering, and each loop is
     * faster alone than fused with the others (measured, docs/performance.md).
     */
    private void twist() {
        int[] mt = fMt;
        int i = 0;
        for (; i < N - M; i++) {
            int y = (mt[i] & UPPER) | (mt[i + 1] & LOWER);
            mt[i] = mt[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; i < N - 1; i++) {
            int y = (mt[i] & UPPER) | (mt[i + 1] & LOWER);
            mt[i] = mt[i + M - N] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        int[] tempered = fTempered;
        for (int k = 0; k < N; k++) {
            int t = mt[k];
            t ^= t >>> 11;
            t ^= (t << 7) & 0x9d2c5680;
            t ^= (t << 15) & 0xefc60000;
            tempered[k] = t ^ (t >>> 18);
        }
        for (int k = 0; k < N; k++) {
            fUniform[k] = (tempered[k] & 0xffffffffL) * 2.3283064365386963e-10; // 2^-32
        }
        fCount624 = 0;
    }
}
