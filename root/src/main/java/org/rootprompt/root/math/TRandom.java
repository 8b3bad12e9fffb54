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

    /** A standard normal number, mean 0 and sigma 1. */
    public double Gaus() {
        // 0 + 1 · x is x for every x standardNormal returns (it never returns -0.0), one call less.
        return standardNormal();
    }

    /**
     * A normal number by the acceptance-complement ratio method of Hörmann and Derflinger (OR
     * Spektrum 12 (1990) 181), the method and constants ROOT uses, so that a seeded generator gives
     * ROOT's numbers.
     */
    public double Gaus(double mean, double sigma) {
        return mean + sigma * standardNormal();
    }

    /** Same as {@link #Gaus(double, double)} with sigma 1. */
    public double Gaus(double mean) {
        return Gaus(mean, 1);
    }

    /*
     * The tests of the method are coin flips for the processor (the centre takes 48 % of the calls,
     * the left region 11 %, the quick acceptance of z 16 % and of rn 20 %, rn's sign is even), and a
     * mispredicted branch costs as much as a uniform number. So regions that end alike share one
     * branch, and values are picked with select(): the same numbers, half the time.
     */
    private double standardNormal() {
        double y = Rndm();
        boolean centre = y > Acr.HM1;
        if (centre | y < Acr.ZM) { // one uniform number, transformed linearly
            double rn = Acr.ZP * y - 1;
            double left = select(rn > 0, 1.0, -1.0) + rn;
            return select(centre, Acr.HP * y - Acr.HP1, left);
        }
        if (y < Acr.HM) {
            double rn = Rndm();
            rn = rn - 1 + rn;
            double z = select(rn > 0, 2.0, -2.0) - rn;
            double x = rn * rn;
            boolean acceptZ = (Acr.C1 - y) * (Acr.C3 + Math.abs(z)) < Acr.C2;
            if (acceptZ | (y + Acr.D1) * (Acr.D3 + x) < Acr.D2) { // the two quick acceptance tests
                return select(acceptZ, z, rn);
            }
            if (Acr.HZMP - y < Math.exp(-(z * z + Acr.PHLN) / 2)) {
                return z;
            }
            if (y + Acr.HZM < Math.exp(-(x + Acr.PHLN) / 2)) {
                return rn;
            }
        }
        return tail();
    }

    /**
     * condition ? a : b without a branch: the JIT compiles a choice between doubles into a jump on
     * x86, but a choice between longs into a conditional move.
     */
    private static double select(boolean condition, double a, double b) {
        return Double.longBitsToDouble(condition ? Double.doubleToRawLongBits(a) : Double.doubleToRawLongBits(b));
    }

    /** The complement region: rejection from the tails until a number is accepted. */
    private double tail() {
        while (true) {
            double x = Rndm();
            double y = Acr.YM * Rndm();
            double rn;
            if (Acr.X0 - Acr.S * x - y > 0) {
                rn = 2 + y / x;
            } else {
                x = 1 - x;
                y = Acr.YM - y;
                rn = -(2 + y / x);
            }
            if ((y - Acr.AS + x) * (Acr.CS + x) + Acr.BS < 0) {
                return rn;
            }
            if (y < x + Acr.T && rn * rn < 4 * (Acr.B - Math.log(x))) {
                return rn;
            }
        }
    }

    /** The constants of the acceptance-complement ratio method (Hörmann and Derflinger 1990). */
    private static final class Acr {
        static final double C1 = 1.448242853;
        static final double C2 = 3.307147487;
        static final double C3 = 1.46754004;
        static final double D1 = 1.036467755;
        static final double D2 = 5.295844968;
        static final double D3 = 3.631288474;
        static final double HM = 0.483941449;
        static final double ZM = 0.107981933;
        static final double HP = 4.132731354;
        static final double ZP = 18.52161694;
        static final double PHLN = 0.4515827053;
        static final double HM1 = 0.516058551;
        static final double HP1 = 3.132731354;
        static final double HZM = 0.375959516;
        static final double HZMP = 0.591923442;
        static final double AS = 0.8853395638;
        static final double BS = 0.2452635696;
        static final double CS = 0.2770276848;
        static final double B = 0.5029324303;
        static final double X0 = 0.4571828819;
        static final double YM = 0.187308492;
        static final double S = 0.7270572718;
        static final double T = 0.03895759111;
    }

    /** Two independent standard normal numbers by the Box–Muller transform, as ROOT's Rannor. */
    public void Rannor(double[] ab) {
        double y = Rndm();
        double z = Rndm();
        double x = z * 6.28318530717958623;
        double r = Math.sqrt(-2 * Math.log(y));
        ab[0] = r * Math.sin(x);
        ab[1] = r * Math.cos(x);
    }

    /** Breit–Wigner (Cauchy) with the given mean and full width gamma. */
    public double BreitWigner(double mean, double gamma) {
        double rval = 2 * Rndm() - 1;
        return mean + 0.5 * gamma * Math.tan(rval * Math.PI / 2);
    }

    /** A Landau number: mu + landau_quantile(Rndm(), sigma), one uniform number as ROOT; 0 for sigma <= 0. */
    public double Landau(double mu, double sigma) {
        if (sigma <= 0) {
            return 0;
        }
        return mu + RootMath.landau_quantile(Rndm(), sigma);
    }

    public double Landau() {
        return Landau(0, 1);
    }

    /** A point uniformly on a circle of radius r: {x, y}. */
    public void Circle(double[] xy, double r) {
        double phi = Uniform(0, 2 * Math.PI);
        xy[0] = r * Math.cos(phi);
        xy[1] = r * Math.sin(phi);
    }

    /**
     * A point uniformly on a sphere of radius r: {x, y, z} (Marsaglia's method, as ROOT's Sphere:
     * two uniform numbers in a disc, no trigonometry).
     */
    public void Sphere(double[] xyz, double r) {
        double a = 0;
        double b = 0;
        double r2 = 1;
        while (r2 > 0.25) {
            a = Rndm() - 0.5;
            b = Rndm() - 0.5;
            r2 = a * a + b * b;
        }
        xyz[2] = r * (-1. + 8.0 * r2);
        double scale = 8.0 * r * Math.sqrt(0.25 - r2);
        xyz[0] = a * scale;
        xyz[1] = b * scale;
    }

    /** Binomial by counting successes, one uniform number per trial, as ROOT does. */
    public int Binomial(int ntot, double prob) {
        if (prob < 0 || prob > 1) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < ntot; i++) {
            if (Rndm() <= prob) {
                n++;
            }
        }
        return n;
    }

    /**
     * Poisson with ROOT's three regimes: multiplying uniform numbers below a mean of 25, rejection
     * against a Lorentzian below 10^9, and the normal approximation above.
     */
    public int Poisson(double mean) {
        return (int) PoissonD(mean);
    }

    /** {@link #Poisson(double)} as a double, for means beyond the range of an int. */
    public double PoissonD(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 25) {
            double limit = Math.exp(-mean);
            double product = 1;
            int n = -1;
            do {
                n++;
                product *= Rndm();
            } while (product > limit);
            return n;
        }
        if (mean < 1e9) {
            double sq = Math.sqrt(2.0 * mean);
            double logMean = Math.log(mean);
            double g = mean * logMean - SpecialFunctions.lnGamma(mean + 1.0);
            double em;
            double t;
            do {
                double y;
                do {
                    y = Math.tan(Math.PI * Rndm());
                    em = sq * y + mean;
                } while (em < 0.0);
                em = Math.floor(em);
                t = 0.9 * (1.0 + y * y) * Math.exp(em * logMean - SpecialFunctions.lnGamma(em + 1.0) - g);
            } while (Rndm() > t);
            return em;
        }
        return Gaus(0, 1) * Math.sqrt(mean) + mean + 0.5;
    }
}
