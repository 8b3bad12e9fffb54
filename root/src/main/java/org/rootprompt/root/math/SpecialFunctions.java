package org.rootprompt.root.math;

/** Special functions the library needs and the JDK lacks. */
public final class SpecialFunctions {
    /** Lanczos coefficients for g = 7, n = 9 (relative error near 1e-15). */
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};
    private static final double HALF_LOG_TWO_PI = 0.91893853320467274178;

    private SpecialFunctions() {}

    /** ln|Γ(x)|; +∞ at the poles (0, -1, -2, …). */
    public static double lnGamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0 && x == Math.rint(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < 0.5) { // reflection: Γ(x)Γ(1-x) = π / sin(πx)
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
        }
        double z = x - 1;
        double a = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
    }

    /** Γ(x), with its sign for negative x; NaN at the poles. */
    public static double gamma(double x) {
        if (x <= 0 && x == Math.rint(x)) {
            return Double.NaN;
        }
        if (x == Math.rint(x) && x <= 171) { // integers: (x-1)! exactly where a double can hold it
            double f = 1;
            for (int i = 2; i < x; i++) {
                f *= i;
            }
            return f;
        }
        double value = Math.exp(lnGamma(x));
        if (x < 0 && ((int) Math.floor(x)) % 2 != 0) {
            value = -value;
        }
        return value;
    }

    /**
     * The regularised lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a): its series below
     * a + 1, the continued fraction of its complement above.
     */
    public static double incompleteGammaP(double a, double x) {
        if (x <= 0 || a <= 0) {
            return x <= 0 ? 0 : Double.NaN;
        }
        return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
    }

    /** Q(a, x) = 1 - P(a, x), computed directly so that small tails keep their precision. */
    public static double incompleteGammaQ(double a, double x) {
        if (x <= 0 || a <= 0) {
            return x <= 0 ? 1 : Double.NaN;
        }
        return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
    }

    private static double gammaSeries(double a, double x) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < 10_000; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * 1e-17) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
    }

    /** Q(a, x) by Lentz's evaluation of the continued fraction. */
    private static double gammaContinuedFraction(double a, double x) {
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 10_000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
    }

    /** erf(x) = P(1/2, x²) with the sign of x. */
    public static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double p = incompleteGammaP(0.5, x * x);
        return x < 0 ? -p : p;
    }

    /** erfc(x) = 1 - erf(x), accurate far into the upper tail. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x < 0 ? 1 + incompleteGammaP(0.5, x * x) : incompleteGammaQ(0.5, x * x);
    }

    /** The standard normal cumulative distribution Φ(x). */
    public static double normalCdf(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    /**
     * The standard normal quantile: Newton steps on Φ from a logarithmic starting point, to full
     * double precision in both tails.
     */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            return p == 0 ? Double.NEGATIVE_INFINITY : p == 1 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        if (p > 0.5) {
            return -normalQuantile(1 - p);
        }
        // below the median: start from the tail approximation, then refine
        double t = Math.sqrt(-2 * Math.log(p));
        double x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t)
                / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
        for (int i = 0; i < 50; i++) {
            double f = normalCdf(x) - p;
            double density = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
            double step = f / density;
            x -= step / (1 + 0.5 * x * step); // Halley's correction
            if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(x))) {
                break;
            }
        }
        return x;
    }

    /** The regularised incomplete beta function I_x(a, b), by its continued fraction (Lentz). */
    public static double incompleteBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        // the fraction converges fast below the mean; use the symmetry I_x(a,b) = 1 - I_{1-x}(b,a) above it
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaFraction(x, a, b) / a;
        }
        return 1 - front * betaFraction(1 - x, b, a) / b;
    }

    private static double betaFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m < 10_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return h;
    }
}
