package org.rootprompt.root.math;

/**
 * ROOT's base random generator: a linear congruential generator (period 2^31) with ROOT's constants
 * and default seed 65539, and the distributions that every generator shares. Subclasses replace
 * {@link #Rndm()}; the distributions follow.
 */
public class TRandom {
    /** ROOT's global generator, a {@link TRandom3} at start; macros may replace it. */
    public static TRandom gRandom = new TRandom3();

    /** The seed (the state, for this generator). */
    protected long fSeed;

    public TRandom() {
        this(65539);
    }

    public TRandom(long seed) {
        fSeed = lcgSeed(seed); // not SetSeed: a subclass's override would see its fields unset
    }

    /** Sets the seed; 0 picks one from the clock. */
    public void SetSeed(long seed) {
        fSeed = lcgSeed(seed);
    }

    private static long lcgSeed(long seed) {
        return seed == 0 ? (System.nanoTime() & 0x7fffffffL) | 1 : seed;
    }

    public long GetSeed() {
        return fSeed;
    }

    /** A uniform number in ]0, 1]: never 0, as in ROOT. */
    public double Rndm() {
        do {
            fSeed = (1103515245L * fSeed + 12345) & 0x7fffffffL;
        } while (fSeed == 0);
        return fSeed * 4.6566128730774E-10; // 2^-31
    }

    /** Fills the first n elements with {@link #Rndm()} numbers. */
    public void RndmArray(int n, double[] array) {
        for (int i = 0; i < n; i++) {
            array[i] = Rndm();
        }
    }

    /** Fills the first n elements with {@link #Rndm()} numbers. */
    public void RndmArray(int n, float[] array) {
        for (int i = 0; i < n; i++) {
            array[i] = (float) Rndm();
        }
    }

    /** Uniform in ]0, x1]. */
    public double Uniform(double x1) {
        return x1 * Rndm();
    }

    /** Uniform in ]x1, x2]. */
    public double Uniform(double x1, double x2) {
        return x1 + (x2 - x1) * Rndm();
    }

    /** A uniform integer in [0, imax - 1]. */
    public long Integer(long imax) {
        return (long) (imax * Rndm()) & 0xffffffffL;
    }

    /** Exponential with mean {@code tau}. */
    public double Exp(double tau) {
        return -tau * Math.log(Rndm());
    }
}
