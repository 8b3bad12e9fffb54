package org.rootprompt.root.math;

import java.security.SecureRandom;

/**
 * ROOT's TRandom2: L'Ecuyer's maximally equidistributed combined Tausworthe generator (taus88,
 * period about 10^26, the same generator and seeding as GSL's gsl_rng_taus), outputs × 2^-32 with
 * zeros skipped. Fast and small: three 32-bit words of state.
 */
public class TRandom2 extends TRandom {
    private int fSeed1;
    private int fSeed2;
    private int fSeed3;

    /** Seeded with 1, like ROOT's TRandom2(). */
    public TRandom2() {
        this(1);
    }

    public TRandom2(long seed) {
        super(1);
        SetSeed(seed);
    }

    private static int lcg(int n) {
        return 69069 * n;
    }

    /** Seeds the three words from one number (0: from the system's entropy), then warms up with 6 draws. */
    @Override
    public void SetSeed(long seed) {
        int s = seed == 0 ? new SecureRandom().nextInt() | 1 : (int) seed;
        fSeed = s & 0xffffffffL;
        fSeed1 = lcg(s);
        if (Integer.compareUnsigned(fSeed1, 2) < 0) {
            fSeed1 += 2;
        }
        fSeed2 = lcg(fSeed1);
        if (Integer.compareUnsigned(fSeed2, 8) < 0) {
            fSeed2 += 8;
        }
        fSeed3 = lcg(fSeed2);
        if (Integer.compareUnsigned(fSeed3, 16) < 0) {
            fSeed3 += 16;
        }
        for (int i = 0; i < 6; i++) {
            next32();
        }
    }

    /** The next 32-bit output. */
    int next32() {
        fSeed1 = ((fSeed1 & 0xfffffffe) << 12) ^ (((fSeed1 << 13) ^ fSeed1) >>> 19);
        fSeed2 = ((fSeed2 & 0xfffffff8) << 4) ^ (((fSeed2 << 2) ^ fSeed2) >>> 25);
        fSeed3 = ((fSeed3 & 0xfffffff0) << 17) ^ (((fSeed3 << 3) ^ fSeed3) >>> 11);
        return fSeed1 ^ fSeed2 ^ fSeed3;
    }

    @Override
    public double Rndm() {
        int y;
        do {
            y = next32();
        } while (y == 0);
        return (y & 0xffffffffL) * 2.3283064365386963e-10;
    }
}
