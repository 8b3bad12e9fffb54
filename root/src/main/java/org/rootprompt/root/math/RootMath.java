package org.rootprompt.root.math;

import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

/**
 * ROOT::Math's probability density, cumulative and quantile functions, with ROOT's names and
 * argument order (the variable first, then the shape, then the location x0): for example
 * {@code ROOT::Math::normal_pdf(x, sigma, x0)} is {@code RootMath.normal_pdf(x, sigma, x0)}. The
 * quantiles take the probability first and no location: {@code gamma_quantile(z, alpha, theta)};
 * the {@code _c} functions are the upper tails, computed on the tail itself so that small
 * probabilities keep their digits.
 */
public final class RootMath {
    private RootMath() {}

    // ---- normal ----
    public static double normal_pdf(double x) { return normal_pdf(x, 1, 0); }
    public static double normal_pdf(double x, double sigma) { return normal_pdf(x, sigma, 0); }
    public static double normal_pdf(double x, double sigma, double x0) {
        double t = (x - x0) / sigma;
        return Math.exp(-0.5 * t * t) / (Math.sqrt(2 * Math.PI) * Math.abs(sigma));
    }
    public static double normal_cdf(double x) { return normal_cdf(x, 1, 0); }
    public static double normal_cdf(double x, double sigma) { return normal_cdf(x, sigma, 0); }
    public static double normal_cdf(double x, double sigma, double x0) {
        return SpecialFunctions.normalCdf((x - x0) / sigma);
    }
    public static double normal_cdf_c(double x) { return normal_cdf_c(x, 1, 0); }
    public static double normal_cdf_c(double x, double sigma) { return normal_cdf_c(x, sigma, 0); }
    public static double normal_cdf_c(double x, double sigma, double x0) {
        return SpecialFunctions.normalCdf(-(x - x0) / sigma);
    }
    public static double normal_quantile(double z, double sigma) { return sigma * SpecialFunctions.normalQuantile(z); }
    public static double normal_quantile_c(double z, double sigma) { return -sigma * SpecialFunctions.normalQuantile(z); }

    // ---- discrete ----
    public static double poisson_pdf(int n, double mu) {
        if (n < 0) {
            return 0;
        }
        return n == 0 ? Math.exp(-mu) : Math.exp(n * Math.log(mu) - mu - SpecialFunctions.lnGamma(n + 1.0));
    }
    public static double poisson_cdf(int n, double mu) {
        return n < 0 ? 0 : SpecialFunctions.incompleteGammaQ(n + 1.0, mu);
    }
    public static double poisson_cdf_c(int n, double mu) {
        return n < 0 ? 1 : SpecialFunctions.incompleteGammaP(n + 1.0, mu);
    }
    public static double binomial_pdf(int k, double p, int n) {
        if (k < 0 || k > n) {
            return 0;
        }
        double logc = SpecialFunctions.lnGamma(n + 1.0) - SpecialFunctions.lnGamma(k + 1.0)
                - SpecialFunctions.lnGamma(n - k + 1.0);
        return Math.exp(logc + k * Math.log(p) + (n - k) * Math.log1p(-p));
    }
    public static double binomial_cdf(int k, double p, int n) {
        if (k < 0) {
            return 0;
        }
        if (k >= n) {
            return 1;
        }
        return SpecialFunctions.incompleteBeta(1 - p, n - k, k + 1.0);
    }
    public static double binomial_cdf_c(int k, double p, int n) {
        if (k < 0) {
            return 1;
        }
        if (k >= n) {
            return 0;
        }
        return SpecialFunctions.incompleteBeta(p, k + 1.0, n - k);
    }

    // ---- chi-square and gamma ----
    public static double chisquared_pdf(double x, double r) { return chisquared_pdf(x, r, 0); }
    public static double chisquared_pdf(double x, double r, double x0) {
        double y = x - x0;
        if (y < 0) {
            return 0;
        }
        double a = r / 2;
        return Math.exp((a - 1) * Math.log(y) - y / 2 - a * Math.log(2) - SpecialFunctions.lnGamma(a));
    }
    public static double chisquared_cdf(double x, double r) { return chisquared_cdf(x, r, 0); }
    public static double chisquared_cdf(double x, double r, double x0) {
        return SpecialFunctions.incompleteGammaP(r / 2, (x - x0) / 2);
    }
    public static double chisquared_cdf_c(double x, double r) { return chisquared_cdf_c(x, r, 0); }
    public static double chisquared_cdf_c(double x, double r, double x0) {
        return SpecialFunctions.incompleteGammaQ(r / 2, (x - x0) / 2);
    }
    /** The x with chisquared_cdf(x, r) = z. */
    public static double chisquared_quantile(double z, double r) { return 2 * gamma_quantile(z, r / 2, 1); }
    /** The x with chisquared_cdf_c(x, r) = z. */
    public static double chisquared_quantile_c(double z, double r) { return 2 * gamma_quantile_c(z, r / 2, 1); }
    public static double gamma_pdf(double x, double alpha, double theta) { return gamma_pdf(x, alpha, theta, 0); }
    public static double gamma_pdf(double x, double alpha, double theta, double x0) {
        double y = x - x0;
        if (y < 0) {
            return 0;
        }
        return Math.exp((alpha - 1) * Math.log(y) - y / theta - alpha * Math.log(theta) - SpecialFunctions.lnGamma(alpha));
    }
    public static double gamma_cdf(double x, double alpha, double theta) { return gamma_cdf(x, alpha, theta, 0); }
    public static double gamma_cdf(double x, double alpha, double theta, double x0) {
        return SpecialFunctions.incompleteGammaP(alpha, (x - x0) / theta);
    }
    public static double gamma_cdf_c(double x, double alpha, double theta) { return gamma_cdf_c(x, alpha, theta, 0); }
    public static double gamma_cdf_c(double x, double alpha, double theta, double x0) {
        return SpecialFunctions.incompleteGammaQ(alpha, (x - x0) / theta);
    }
    /** The x with gamma_cdf(x, alpha, theta) = z. */
    public static double gamma_quantile(double z, double alpha, double theta) {
        return theta * invert(y -> SpecialFunctions.incompleteGammaP(alpha, y), false, y -> gamma_pdf(y, alpha, 1),
                z, 0, Double.POSITIVE_INFINITY, Math.max(1, alpha));
    }
    /** The x with gamma_cdf_c(x, alpha, theta) = z, solved on the upper tail itself so that small z keep their digits. */
    public static double gamma_quantile_c(double z, double alpha, double theta) {
        return theta * invert(y -> SpecialFunctions.incompleteGammaQ(alpha, y), true, y -> gamma_pdf(y, alpha, 1),
                z, 0, Double.POSITIVE_INFINITY, Math.max(1, alpha));
    }

    // ---- continuous families ----
    public static double exponential_pdf(double x, double lambda) { return exponential_pdf(x, lambda, 0); }
    public static double exponential_pdf(double x, double lambda, double x0) {
        return x < x0 ? 0 : lambda * Math.exp(-lambda * (x - x0));
    }
    public static double exponential_cdf(double x, double lambda) { return exponential_cdf(x, lambda, 0); }
    public static double exponential_cdf(double x, double lambda, double x0) {
        return x < x0 ? 0 : -Math.expm1(-lambda * (x - x0));
    }
    public static double exponential_cdf_c(double x, double lambda) { return exponential_cdf_c(x, lambda, 0); }
    public static double exponential_cdf_c(double x, double lambda, double x0) {
        return x < x0 ? 1 : Math.exp(-lambda * (x - x0));
    }
    public static double exponential_quantile(double z, double lambda) { return -Math.log1p(-z) / lambda; }
    public static double exponential_quantile_c(double z, double lambda) { return -Math.log(z) / lambda; }
    public static double lognormal_pdf(double x, double m, double s) { return lognormal_pdf(x, m, s, 0); }
    public static double lognormal_pdf(double x, double m, double s, double x0) {
        double y = x - x0;
        if (y <= 0) {
            return 0;
        }
        double t = (Math.log(y) - m) / s;
        return Math.exp(-0.5 * t * t) / (y * Math.abs(s) * Math.sqrt(2 * Math.PI));
    }
    public static double lognormal_cdf(double x, double m, double s) { return lognormal_cdf(x, m, s, 0); }
    public static double lognormal_cdf(double x, double m, double s, double x0) {
        double y = x - x0;
        return y <= 0 ? 0 : SpecialFunctions.normalCdf((Math.log(y) - m) / s);
    }
    public static double lognormal_cdf_c(double x, double m, double s) { return lognormal_cdf_c(x, m, s, 0); }
    public static double lognormal_cdf_c(double x, double m, double s, double x0) {
        double y = x - x0;
        return y <= 0 ? 1 : SpecialFunctions.normalCdf(-(Math.log(y) - m) / s);
    }
    public static double lognormal_quantile(double z, double m, double s) {
        return Math.exp(m + s * SpecialFunctions.normalQuantile(z));
    }
    public static double lognormal_quantile_c(double z, double m, double s) {
        return Math.exp(m - s * SpecialFunctions.normalQuantile(z));
    }
    public static double uniform_pdf(double x, double a, double b) { return uniform_pdf(x, a, b, 0); }
    public static double uniform_pdf(double x, double a, double b, double x0) {
        double y = x - x0;
        return y < b && y >= a ? 1.0 / (b - a) : 0;
    }
    public static double uniform_cdf(double x, double a, double b) { return uniform_cdf(x, a, b, 0); }
    public static double uniform_cdf(double x, double a, double b, double x0) {
        double y = x - x0;
        return y < a ? 0 : y >= b ? 1 : (y - a) / (b - a);
    }
    public static double uniform_cdf_c(double x, double a, double b) { return uniform_cdf_c(x, a, b, 0); }
    public static double uniform_cdf_c(double x, double a, double b, double x0) {
        double y = x - x0;
        return y < a ? 1 : y >= b ? 0 : (b - y) / (b - a);
    }
    public static double uniform_quantile(double z, double a, double b) { return b * z + a * (1 - z); }
    public static double uniform_quantile_c(double z, double a, double b) { return a * z + b * (1 - z); }
    public static double cauchy_pdf(double x) { return cauchy_pdf(x, 1, 0); }
    public static double cauchy_pdf(double x, double b, double x0) {
        double t = (x - x0) / b;
        return 1 / (Math.PI * b * (1 + t * t));
    }
    public static double cauchy_cdf(double x, double b) { return cauchy_cdf(x, b, 0); }
    public static double cauchy_cdf(double x, double b, double x0) {
        return cauchy_cdf_c(-x, b, -x0);
    }
    public static double cauchy_cdf_c(double x, double b) { return cauchy_cdf_c(x, b, 0); }
    /** Beyond the centre atan(b / (x - x0)) / π, which keeps the digits of a small tail. */
    public static double cauchy_cdf_c(double x, double b, double x0) {
        double t = (x - x0) / b;
        return t > 0 ? Math.atan(1 / t) / Math.PI : 0.5 - Math.atan(t) / Math.PI;
    }
    /** tan(π(z - 1/2)), written with 1/tan(πz) below the median so that small z keep their digits. */
    public static double cauchy_quantile(double z, double b) {
        if (z == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (z == 1) {
            return Double.POSITIVE_INFINITY;
        }
        return z < 0.5 ? -b / Math.tan(Math.PI * z) : b * Math.tan(Math.PI * (z - 0.5));
    }
    public static double cauchy_quantile_c(double z, double b) { return -cauchy_quantile(z, b); }
    /** Breit–Wigner with full width gamma: a Cauchy of half width gamma/2. */
    public static double breitwigner_pdf(double x, double gamma) { return breitwigner_pdf(x, gamma, 0); }
    public static double breitwigner_pdf(double x, double gamma, double x0) { return cauchy_pdf(x, gamma / 2, x0); }
    public static double breitwigner_cdf(double x, double gamma) { return breitwigner_cdf(x, gamma, 0); }
    public static double breitwigner_cdf(double x, double gamma, double x0) { return cauchy_cdf(x, gamma / 2, x0); }
    public static double breitwigner_cdf_c(double x, double gamma) { return breitwigner_cdf_c(x, gamma, 0); }
    public static double breitwigner_cdf_c(double x, double gamma, double x0) { return cauchy_cdf_c(x, gamma / 2, x0); }
    public static double breitwigner_quantile(double z, double gamma) { return cauchy_quantile(z, gamma / 2); }
    public static double breitwigner_quantile_c(double z, double gamma) { return cauchy_quantile_c(z, gamma / 2); }

    // ---- Landau (CERNLIB G110, as ROOT) ----
    public static double landau_pdf(double x) { return landau_pdf(x, 1, 0); }
    public static double landau_pdf(double x, double xi) { return landau_pdf(x, xi, 0); }
    /** The Landau density of scale xi and location x0 (x0 is not the most probable value: that is x0 - 0.22278 xi). */
    public static double landau_pdf(double x, double xi, double x0) {
        return xi <= 0 ? 0 : Landau.density((x - x0) / xi) / xi;
    }
    public static double landau_cdf(double x) { return landau_cdf(x, 1, 0); }
    public static double landau_cdf(double x, double xi) { return landau_cdf(x, xi, 0); }
    public static double landau_cdf(double x, double xi, double x0) { return Landau.cumulative((x - x0) / xi); }
    public static double landau_cdf_c(double x) { return landau_cdf_c(x, 1, 0); }
    public static double landau_cdf_c(double x, double xi) { return landau_cdf_c(x, xi, 0); }
    public static double landau_cdf_c(double x, double xi, double x0) { return 1 - landau_cdf(x, xi, x0); }
    public static double landau_quantile(double z) { return landau_quantile(z, 1); }
    /** The x with landau_cdf(x, xi) = z (CERNLIB's RANLAN); 0 for xi <= 0, as ROOT. */
    public static double landau_quantile(double z, double xi) { return xi <= 0 ? 0 : xi * Landau.quantile(z); }
    public static double landau_quantile_c(double z) { return landau_quantile(1 - z, 1); }
    public static double landau_quantile_c(double z, double xi) { return landau_quantile(1 - z, xi); }

    // ---- Crystal Ball ----
    public static double crystalball_function(double x, double alpha, double n, double sigma) {
        return crystalball_function(x, alpha, n, sigma, 0);
    }
    /**
     * A Gaussian core exp(-z²/2), z = (x - mean)/sigma, joined at z = -|alpha| (the right side for
     * alpha < 0) to a power-law tail A (n/|alpha| - |alpha| - z)^-n; not normalised; 0 for sigma < 0.
     */
    public static double crystalball_function(double x, double alpha, double n, double sigma, double mean) {
        if (sigma < 0.) {
            return 0.;
        }
        double z = (x - mean) / sigma;
        if (alpha < 0) {
            z = -z;
        }
        double absAlpha = Math.abs(alpha);
        if (z > -absAlpha) {
            return Math.exp(-0.5 * z * z);
        }
        double nOverAlpha = n / absAlpha;
        return Math.exp(-0.5 * absAlpha * absAlpha) * Math.pow(nOverAlpha / (nOverAlpha - absAlpha - z), n);
    }
    public static double crystalball_pdf(double x, double alpha, double n, double sigma) {
        return crystalball_pdf(x, alpha, n, sigma, 0);
    }
    /** The Crystal Ball function normalised to unit area; NaN for n <= 1, where the tail's integral diverges. */
    public static double crystalball_pdf(double x, double alpha, double n, double sigma, double mean) {
        if (sigma < 0.) {
            return 0.;
        }
        if (n <= 1) {
            return Double.NaN;
        }
        double absAlpha = Math.abs(alpha);
        double tail = n / absAlpha / (n - 1.) * Math.exp(-alpha * alpha / 2.);
        double core = Math.sqrt(Math.PI / 2.) * (1. + SpecialFunctions.erf(absAlpha / Math.sqrt(2.)));
        return crystalball_function(x, alpha, n, sigma, mean) / (sigma * (tail + core));
    }

    public static double tdistribution_pdf(double x, double r) { return tdistribution_pdf(x, r, 0); }
    public static double tdistribution_pdf(double x, double r, double x0) {
        double t = x - x0;
        return Math.exp(SpecialFunctions.lnGamma((r + 1) / 2) - SpecialFunctions.lnGamma(r / 2))
                / Math.sqrt(r * Math.PI) * Math.pow(1 + t * t / r, -(r + 1) / 2);
    }
    public static double tdistribution_cdf(double x, double r) { return tdistribution_cdf(x, r, 0); }
    public static double tdistribution_cdf(double x, double r, double x0) {
        return tdistribution_cdf_c(-x, r, -x0);
    }
    public static double tdistribution_cdf_c(double x, double r) { return tdistribution_cdf_c(x, r, 0); }
    public static double tdistribution_cdf_c(double x, double r, double x0) {
        double t = x - x0;
        double tail = 0.5 * SpecialFunctions.incompleteBeta(r / (r + t * t), r / 2, 0.5);
        return t > 0 ? tail : 1 - tail;
    }
    /** The x with tdistribution_cdf(x, r) = z: by symmetry, minus the upper-tail quantile. */
    public static double tdistribution_quantile(double z, double r) { return -tdistribution_quantile_c(z, r); }
    /** The x with tdistribution_cdf_c(x, r) = z, solved on the tail beyond the median. */
    public static double tdistribution_quantile_c(double z, double r) {
        if (z > 0.5) {
            return -tdistribution_quantile_c(1 - z, r);
        }
        return invert(t -> tdistribution_cdf_c(t, r), true, t -> tdistribution_pdf(t, r), z, 0, Double.POSITIVE_INFINITY, 1);
    }
    public static double fdistribution_pdf(double x, double n, double m) { return fdistribution_pdf(x, n, m, 0); }
    public static double fdistribution_pdf(double x, double n, double m, double x0) {
        double y = x - x0;
        if (y < 0) {
            return 0;
        }
        double logb = SpecialFunctions.lnGamma(n / 2) + SpecialFunctions.lnGamma(m / 2) - SpecialFunctions.lnGamma((n + m) / 2);
        return Math.exp(0.5 * n * Math.log(n / m) + (0.5 * n - 1) * Math.log(y) - 0.5 * (n + m) * Math.log1p(n * y / m) - logb);
    }
    public static double fdistribution_cdf(double x, double n, double m) { return fdistribution_cdf(x, n, m, 0); }
    public static double fdistribution_cdf(double x, double n, double m, double x0) {
        double y = x - x0;
        return y <= 0 ? 0 : SpecialFunctions.incompleteBeta(n * y / (n * y + m), n / 2, m / 2);
    }
    public static double fdistribution_cdf_c(double x, double n, double m) { return fdistribution_cdf_c(x, n, m, 0); }
    public static double fdistribution_cdf_c(double x, double n, double m, double x0) {
        double y = x - x0;
        return y <= 0 ? 1 : SpecialFunctions.incompleteBeta(m / (n * y + m), m / 2, n / 2);
    }
    /** The x with fdistribution_cdf(x, n, m) = z. */
    public static double fdistribution_quantile(double z, double n, double m) {
        return invert(y -> fdistribution_cdf(y, n, m), false, y -> fdistribution_pdf(y, n, m), z, 0, Double.POSITIVE_INFINITY, 1);
    }
    /** The x with fdistribution_cdf_c(x, n, m) = z. */
    public static double fdistribution_quantile_c(double z, double n, double m) {
        return invert(y -> fdistribution_cdf_c(y, n, m), true, y -> fdistribution_pdf(y, n, m), z, 0, Double.POSITIVE_INFINITY, 1);
    }
    public static double beta_pdf(double x, double a, double b) {
        if (x < 0 || x > 1) {
            return 0;
        }
        return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x)
                + SpecialFunctions.lnGamma(a + b) - SpecialFunctions.lnGamma(a) - SpecialFunctions.lnGamma(b));
    }
    public static double beta_cdf(double x, double a, double b) {
        return SpecialFunctions.incompleteBeta(x, a, b);
    }
    /** I_{1-x}(b, a), the upper tail without the cancellation of 1 - I_x(a, b). */
    public static double beta_cdf_c(double x, double a, double b) {
        return SpecialFunctions.incompleteBeta(1 - x, b, a);
    }
    /** The x with beta_cdf(x, a, b) = z. */
    public static double beta_quantile(double z, double a, double b) {
        return invert(x -> beta_cdf(x, a, b), false, x -> beta_pdf(x, a, b), z, 0, 1, 0.5);
    }
    /** The x with beta_cdf_c(x, a, b) = z: one minus the quantile of the mirrored distribution. */
    public static double beta_quantile_c(double z, double a, double b) { return 1 - beta_quantile(z, b, a); }

    /**
     * Solves tail(x) = z on [lo, hi] for a lower tail (increasing) or an upper tail (decreasing):
     * brackets the root by doubling from the guess when hi is infinite, bisects to 13 digits, then
     * takes Newton steps with the density for as long as they stay inside the bracket.
     */
    private static double invert(DoubleUnaryOperator tail, boolean upper, DoubleUnaryOperator pdf,
            double z, double lo, double hi, double guess) {
        if (!(z > 0 && z < 1)) {
            return Double.isNaN(z) ? z : (z <= 0) != upper ? lo : hi;
        }
        // below(x): x lies below the root, whichever way the tail runs
        DoublePredicate below = x -> upper ? tail.applyAsDouble(x) > z : tail.applyAsDouble(x) < z;
        if (hi == Double.POSITIVE_INFINITY) {
            hi = guess;
            while (below.test(hi) && hi < Double.MAX_VALUE) {
                lo = hi;
                hi *= 2;
            }
        }
        for (int i = 0; i < 2000 && hi - lo > 1e-13 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (below.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double x = 0.5 * (lo + hi);
        for (int i = 0; i < 3; i++) {
            double step = (tail.applyAsDouble(x) - z) / pdf.applyAsDouble(x);
            double next = upper ? x + step : x - step;
            if (!(next >= lo && next <= hi)) {
                break;
            }
            x = next;
        }
        return x;
    }
}
