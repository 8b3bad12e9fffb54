package org.rootprompt.root.math;

import java.util.Arrays;
import java.util.Comparator;
import org.rootprompt.root.core.Globals;

/**
 * ROOT's TMath: constants, elementary functions and the statistics functions that macros use,
 * with ROOT's names, arguments and conventions (for example {@code Nint} rounds halves to even,
 * {@code RMS} of an array divides by n - 1, {@code Sort} sorts downwards by default).
 */
public final class TMath {
    private TMath() {}

    // ---- constants ----

    public static double Pi() { return Math.PI; }
    public static double TwoPi() { return 2 * Math.PI; }
    public static double PiOver2() { return Math.PI / 2; }
    public static double PiOver4() { return Math.PI / 4; }
    public static double InvPi() { return 1 / Math.PI; }
    public static double RadToDeg() { return 180.0 / Math.PI; }
    public static double DegToRad() { return Math.PI / 180.0; }
    public static double Sqrt2() { return 1.4142135623730950488; }
    public static double E() { return Math.E; }
    public static double Ln10() { return 2.30258509299404568402; }
    public static double LogE() { return 0.43429448190325182765; }
    /** Speed of light in m/s. */
    public static double C() { return 2.99792458e8; }
    /** Speed of light in cm/s. */
    public static double Ccgs() { return 100.0 * C(); }
    /** Planck's constant in J·s. */
    public static double H() { return 6.62607015e-34; }
    public static double Hbar() { return H() / TwoPi(); }
    /** Boltzmann's constant in J/K. */
    public static double K() { return 1.380649e-23; }
    /** Avogadro's number in 1/mol. */
    public static double Na() { return 6.02214076e+23; }
    /** Elementary charge in C. */
    public static double Qe() { return 1.602176634e-19; }
    /** Gravitational constant in m³/(kg·s²). */
    public static double G() { return 6.67430e-11; }

    // ---- elementary functions ----

    public static double Sqrt(double x) { return Math.sqrt(x); }
    public static double Abs(double x) { return Math.abs(x); }
    public static int Abs(int x) { return Math.abs(x); }
    public static long Abs(long x) { return Math.abs(x); }
    public static double Min(double a, double b) { return Math.min(a, b); }
    public static int Min(int a, int b) { return Math.min(a, b); }
    public static double Max(double a, double b) { return Math.max(a, b); }
    public static int Max(int a, int b) { return Math.max(a, b); }
    public static double Power(double x, double y) { return Math.pow(x, y); }
    public static double Sq(double x) { return x * x; }
    public static double Exp(double x) { return Math.exp(x); }
    public static double Log(double x) { return Math.log(x); }
    public static double Log10(double x) { return Math.log10(x); }
    public static double Log2(double x) { return Math.log(x) / Math.log(2); }
    public static double Sin(double x) { return Math.sin(x); }
    public static double Cos(double x) { return Math.cos(x); }
    public static double Tan(double x) { return Math.tan(x); }
    public static double ASin(double x) { return Math.asin(x); }
    public static double ACos(double x) { return Math.acos(x); }
    public static double ATan(double x) { return Math.atan(x); }
    public static double ATan2(double y, double x) { return Math.atan2(y, x); }
    public static double SinH(double x) { return Math.sinh(x); }
    public static double CosH(double x) { return Math.cosh(x); }
    public static double TanH(double x) { return Math.tanh(x); }
    public static double Hypot(double x, double y) { return Math.hypot(x, y); }
    public static double Floor(double x) { return Math.floor(x); }
    public static double Ceil(double x) { return Math.ceil(x); }
    public static int FloorNint(double x) { return (int) Math.floor(x); }
    public static int CeilNint(double x) { return (int) Math.ceil(x); }
    public static boolean IsNaN(double x) { return Double.isNaN(x); }
    public static boolean Finite(double x) { return Double.isFinite(x); }
    public static boolean Even(long n) { return (n & 1) == 0; }
    public static boolean Odd(long n) { return (n & 1) != 0; }

    /** The nearest integer; halves go to the even neighbour, as ROOT's Nint. */
    public static int Nint(double x) {
        int i;
        if (x >= 0) {
            i = (int) (x + 0.5);
            if ((i & 1) != 0 && x + 0.5 == i) {
                i--;
            }
        } else {
            i = (int) (x - 0.5);
            if ((i & 1) != 0 && x - 0.5 == i) {
                i++;
            }
        }
        return i;
    }

    /** |a| with the sign of b. */
    public static double Sign(double a, double b) {
        return b >= 0 ? Math.abs(a) : -Math.abs(a);
    }

    // ---- special functions ----

    public static double Gamma(double x) { return SpecialFunctions.gamma(x); }
    public static double LnGamma(double x) { return SpecialFunctions.lnGamma(x); }

    /** The regularised incomplete gamma function P(a, x). */
    public static double Gamma(double a, double x) { return SpecialFunctions.incompleteGammaP(a, x); }

    public static double Beta(double p, double q) {
        return Math.exp(LnGamma(p) + LnGamma(q) - LnGamma(p + q));
    }

    public static double Erf(double x) { return SpecialFunctions.erf(x); }
    public static double Erfc(double x) { return SpecialFunctions.erfc(x); }

    /** The inverse of Erf on ]-1, 1[. */
    public static double ErfInverse(double x) {
        return SpecialFunctions.normalQuantile((x + 1) / 2) / Sqrt2();
    }

    /** The inverse of Erfc on ]0, 2[. */
    public static double ErfcInverse(double x) {
        return -SpecialFunctions.normalQuantile(x / 2) / Sqrt2();
    }

    /** The standard normal cumulative distribution. */
    public static double Freq(double x) { return SpecialFunctions.normalCdf(x); }

    /** The standard normal quantile: Freq(NormQuantile(p)) = p. */
    public static double NormQuantile(double p) { return SpecialFunctions.normalQuantile(p); }

    /** The probability that a χ² with ndf degrees of freedom exceeds chi2 (0 for ndf <= 0). */
    public static double Prob(double chi2, int ndf) {
        if (ndf <= 0) {
            return 0;
        }
        if (chi2 <= 0) {
            return chi2 < 0 ? 0 : 1;
        }
        return SpecialFunctions.incompleteGammaQ(0.5 * ndf, 0.5 * chi2);
    }

    /**
     * The Kolmogorov distribution's upper tail Q(z) = 2 Σ (-1)^(j-1) exp(-2 j² z²), computed as
     * CERNLIB's PROBKL (and ROOT) do: 1 below 0.2, the small-z series below 0.755, at most four terms
     * of the sum below 6.8116, 0 above.
     */
    public static double KolmogorovProb(double z) {
        double u = Math.abs(z);
        if (u < 0.2) {
            return 1;
        }
        if (u < 0.755) {
            double v = 1. / (u * u);
            double c1 = -1.2337005501361697; // -pi²/8
            return 1 - 2.50662827 * (Math.exp(c1 * v) + Math.exp(9 * c1 * v) + Math.exp(25 * c1 * v)) / u;
        }
        if (u < 6.8116) {
            double[] r = new double[4];
            double v = u * u;
            int maxj = Math.max(1, Nint(3. / u));
            for (int j = 0; j < maxj && j < 4; j++) {
                r[j] = Math.exp(-2.0 * (j + 1) * (j + 1) * v);
            }
            return 2 * (r[0] - r[1] + r[2] - r[3]);
        }
        return 0;
    }

    /** n! as a double (1 for n <= 0). */
    public static double Factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    /** The binomial coefficient n over k; NaN when it is not defined. */
    public static double Binomial(int n, int k) {
        if (n < 0 || k < 0 || n < k) {
            return Double.NaN;
        }
        if (k == 0 || n == k) {
            return 1;
        }
        int k1 = Math.min(k, n - k);
        int k2 = n - k1;
        double fact = k2 + 1;
        for (double i = k1; i > 1; --i) {
            fact *= (k2 + i) / i;
        }
        return fact;
    }

    // ---- densities ----

    public static double Gaus(double x) { return Gaus(x, 0, 1, false); }
    public static double Gaus(double x, double mean) { return Gaus(x, mean, 1, false); }
    public static double Gaus(double x, double mean, double sigma) { return Gaus(x, mean, sigma, false); }

    /** exp(-(x-mean)²/(2σ²)), divided by σ√(2π) when norm; 1e30 for σ = 0, as in ROOT. */
    public static double Gaus(double x, double mean, double sigma, boolean norm) {
        if (sigma == 0) {
            return 1.e30;
        }
        double arg = (x - mean) / sigma;
        if (arg < -39.0 || arg > 39.0) {
            return 0.0;
        }
        double res = Math.exp(-0.5 * arg * arg);
        return norm ? res / (2.50662827463100024 * sigma) : res;
    }

    public static double BreitWigner(double x) { return BreitWigner(x, 0, 1); }

    /** The normalised Breit–Wigner (Cauchy) density with full width gamma. */
    public static double BreitWigner(double x, double mean, double gamma) {
        double bw = gamma / ((x - mean) * (x - mean) + gamma * gamma / 4);
        return bw / TwoPi();
    }

    public static double Landau(double x) { return Landau(x, 0, 1, false); }
    public static double Landau(double x, double mpv) { return Landau(x, mpv, 1, false); }
    public static double Landau(double x, double mpv, double sigma) { return Landau(x, mpv, sigma, false); }

    /**
     * The Landau density at (x - mpv)/sigma, divided by sigma when norm; 0 for sigma <= 0. As in ROOT,
     * "mpv" is the location parameter: the maximum lies at mpv - 0.22278 sigma.
     */
    public static double Landau(double x, double mpv, double sigma, boolean norm) {
        if (sigma <= 0) {
            return 0;
        }
        double den = RootMath.landau_pdf((x - mpv) / sigma);
        return norm ? den / sigma : den;
    }

    /** The standard Landau cumulative distribution (CERNLIB's DISLAN). */
    public static double LandauI(double x) {
        return RootMath.landau_cdf(x);
    }

    /** The Poisson density continued to real x: exp(x ln(par) - par - lnΓ(x+1)). */
    public static double Poisson(double x, double par) {
        if (x < 0) {
            return 0;
        }
        if (x == 0.0) {
            return 1. / Math.exp(par);
        }
        return Math.exp(x * Math.log(par) - par - LnGamma(x + 1.));
    }

    /** The Poisson probability of the integer part of x. */
    public static double PoissonI(double x, double par) {
        return Poisson((int) x, par);
    }

    /** The incomplete beta function I_x(a, b), regularised. */
    public static double BetaIncomplete(double x, double a, double b) { return SpecialFunctions.incompleteBeta(x, a, b); }

    /** The probability of k or more successes in n trials of probability p. */
    public static double BinomialI(double p, int n, int k) {
        if (k <= 0) {
            return 1;
        }
        if (k > n) {
            return 0;
        }
        return k == n ? Math.pow(p, n) : BetaIncomplete(p, k, n - k + 1);
    }

    // ---- statistical distributions ----

    /** Student's t density; 0 for ndf < 1, as in ROOT. */
    public static double Student(double T, double ndf) {
        return ndf < 1 ? 0 : RootMath.tdistribution_pdf(T, ndf);
    }

    /** Student's t cumulative distribution: the probability of a value below T. */
    public static double StudentI(double T, double ndf) { return RootMath.tdistribution_cdf(T, ndf); }

    public static double StudentQuantile(double p, double ndf) { return StudentQuantile(p, ndf, true); }

    /**
     * The x with P(t < x) = p (lower_tail) or P(t > x) = p, by ROOT's algorithm, G. W. Hill's
     * Algorithm 396 (Comm. ACM 13 (1970) 619): exact for ndf 1 and 2, otherwise an expansion
     * about the normal quantile, good to about 1e-7 (see TMathTest).
     */
    public static double StudentQuantile(double p, double ndf, boolean lower_tail) {
        if (ndf < 1 || p >= 1 || p <= 0) {
            Globals.Error("TMath::StudentQuantile", "illegal parameter values");
            return 0;
        }
        boolean negative = lower_tail ? p <= 0.5 : p >= 0.5;
        double q = 2 * (negative == lower_tail ? p : 1 - p); // the probability of |t| beyond the answer
        double quantile;
        if (ndf - 1 < 1e-8) {
            double angle = PiOver2() * q;
            quantile = Math.cos(angle) / Math.sin(angle);
        } else if (ndf - 2 < 1e-8) {
            quantile = Math.sqrt(2. / (q * (2 - q)) - 2);
        } else {
            double a = 1. / (ndf - 0.5);
            double b = 48. / (a * a);
            double c = ((20700 * a / b - 98) * a - 16) * a + 96.36;
            double d = ((94.5 / (b + c) - 3.) / b + 1) * Math.sqrt(a * PiOver2()) * ndf;
            double y = Math.pow(q * d, 2. / ndf);
            if (y > 0.05 + a) { // the asymptotic expansion about the normal quantile
                double x = NormQuantile(q * 0.5);
                y = x * x;
                if (ndf < 5) {
                    c += 0.3 * (ndf - 4.5) * (x + 0.6);
                }
                c += (((0.05 * d * x - 5.) * x - 7.) * x - 2.) * x + b;
                y = (((((0.4 * y + 6.3) * y + 36.) * y + 94.5) / c - y - 3.) / b + 1) * x;
                y = a * y * y;
                y = y > 0.002 ? Math.exp(y) - 1 : y + 0.5 * y * y;
            } else {
                y = ((1. / (((ndf + 6.) / (ndf * y) - 0.089 * d - 0.822) * (ndf + 2.) * 3) + 0.5 / (ndf + 4.)) * y - 1.)
                        * (ndf + 1.) / (ndf + 2.) + 1 / y;
            }
            quantile = Math.sqrt(ndf * y);
        }
        return negative ? -quantile : quantile;
    }

    /** AS 91's constants, with its index (the first, 0, unused). */
    private static final double[] AS91 = {0, 0.01, 0.222222, 0.32, 0.4, 1.24, 2.2, 4.67, 6.66, 6.73, 13.32, 60.0, 70.0,
        84.0, 105.0, 120.0, 127.0, 140.0, 175.0, 210.0, 252.0, 264.0, 294.0, 346.0, 420.0, 462.0, 606.0, 672.0,
        707.0, 735.0, 889.0, 932.0, 966.0, 1141.0, 1182.0, 1278.0, 1740.0, 2520.0, 5040.0};

    /**
     * The χ² quantile by ROOT's algorithm, AS 91 (Appl. Statist. 24 (1975) 35) with AS R85: a
     * starting value, then Taylor steps of AS 239. Like ROOT, it stops after the first step that
     * still moves the value by more than 5e-7 relative, so its digits are ROOT's, not the exact
     * quantile's (RootMath.chisquared_quantile has those); 0 for ndf <= 0.
     */
    public static double ChisquareQuantile(double p, double ndf) {
        double[] c = AS91;
        double e = 5e-7;
        double ln2 = 0.6931471806;
        if (ndf <= 0) {
            return 0;
        }
        double g = LnGamma(0.5 * ndf);
        double xx = 0.5 * ndf;
        double cp = xx - 1;
        double ch;
        if (ndf >= Math.log(p) * (-c[5])) {
            if (ndf > c[3]) { // Wilson and Hilferty, or the tail form beyond it
                double x = NormQuantile(p);
                double p1 = c[2] / ndf;
                ch = ndf * Math.pow(x * Math.sqrt(p1) + 1 - p1, 3);
                if (ch > c[6] * ndf + 6) {
                    ch = -2 * (Math.log(1 - p) - cp * Math.log(0.5 * ch) + g);
                }
            } else { // ndf <= 0.32: Newton on a rational approximation
                ch = c[4];
                double a = Math.log(1 - p);
                double q;
                do {
                    q = ch;
                    double p1 = 1 + ch * (c[7] + ch);
                    double p2 = ch * (c[9] + ch * (c[8] + ch));
                    double t = -0.5 + (c[7] + 2 * ch) / p1 - (c[9] + ch * (c[10] + 3 * ch)) / p2;
                    ch = ch - (1 - Math.exp(a + g + 0.5 * ch + cp * ln2) * p2 / p1) / t;
                } while (Math.abs(q / ch - 1) > c[1]);
            }
        } else { // small p
            ch = Math.pow(p * xx * Math.exp(g + xx * ln2), 1. / xx);
            if (ch < e) {
                return ch;
            }
        }
        for (int i = 0; i < 20; i++) { // AS 239 and the seven-term Taylor series
            double q = ch;
            double p1 = 0.5 * ch;
            double p2 = p - Gamma(xx, p1);
            double t = p2 * Math.exp(xx * ln2 + g + p1 - cp * Math.log(ch));
            double b = t / ch;
            double a = 0.5 * t - b * cp;
            double s1 = (c[19] + a * (c[17] + a * (c[14] + a * (c[13] + a * (c[12] + c[11] * a))))) / c[24];
            double s2 = (c[24] + a * (c[29] + a * (c[32] + a * (c[33] + c[35] * a)))) / c[37];
            double s3 = (c[19] + a * (c[25] + a * (c[28] + c[31] * a))) / c[37];
            double s4 = (c[20] + a * (c[27] + c[34] * a) + cp * (c[22] + a * (c[30] + c[36] * a))) / c[38];
            double s5 = (c[13] + c[21] * a + cp * (c[18] + c[26] * a)) / c[37];
            double s6 = (c[15] + cp * (c[23] + c[16] * cp)) / c[38];
            ch = ch + t * (1 + 0.5 * t * s1 - b * cp * (s1 - b * (s2 - b * (s3 - b * (s4 - b * (s5 - b * s6))))));
            if (Math.abs(q / ch - 1) > e) { // ROOT's test, inverted with respect to AS 91: see above
                break;
            }
        }
        return ch;
    }

    /** The F distribution's density with N and M degrees of freedom. */
    public static double FDist(double F, double N, double M) { return RootMath.fdistribution_pdf(F, N, M); }

    /** The F distribution's cumulative distribution. */
    public static double FDistI(double F, double N, double M) { return RootMath.fdistribution_cdf(F, N, M); }

    /** The beta distribution's density; an error and 0 outside x in [0, 1], p > 0, q > 0. */
    public static double BetaDist(double x, double p, double q) {
        if (x < 0 || x > 1 || p <= 0 || q <= 0) {
            Globals.Error("TMath::BetaDist", "parameter value outside allowed range");
            return 0;
        }
        return Math.pow(x, p - 1) * Math.pow(1 - x, q - 1) / Beta(p, q);
    }

    /** The beta distribution's cumulative distribution; an error and 0 outside its range. */
    public static double BetaDistI(double x, double p, double q) {
        if (x < 0 || x > 1 || p <= 0 || q <= 0) {
            Globals.Error("TMath::BetaDistI", "parameter value outside allowed range");
            return 0;
        }
        return BetaIncomplete(x, p, q);
    }

    public static double LogNormal(double x, double sigma) { return LogNormal(x, sigma, 0, 1); }
    public static double LogNormal(double x, double sigma, double theta) { return LogNormal(x, sigma, theta, 1); }

    /** The log-normal density with shape sigma, location theta and scale m (the median is theta + m). */
    public static double LogNormal(double x, double sigma, double theta, double m) {
        if (x < theta || sigma <= 0 || m <= 0) {
            Globals.Error("TMath::Lognormal", "illegal parameter values"); // ROOT's spelling of the location
            return 0;
        }
        return RootMath.lognormal_pdf(x, Math.log(m), sigma, theta);
    }

    public static double GammaDist(double x, double gamma) { return GammaDist(x, gamma, 0, 1); }
    public static double GammaDist(double x, double gamma, double mu) { return GammaDist(x, gamma, mu, 1); }

    /** The gamma density with shape gamma, location mu and scale beta. */
    public static double GammaDist(double x, double gamma, double mu, double beta) {
        if (x < mu || gamma <= 0 || beta <= 0) {
            Globals.Error("TMath::GammaDist", "illegal parameter values x = %f , gamma = %f beta = %f", x, gamma, beta);
            return 0;
        }
        return RootMath.gamma_pdf(x, gamma, beta, mu);
    }

    public static double CauchyDist(double x) { return CauchyDist(x, 0, 1); }
    public static double CauchyDist(double x, double t) { return CauchyDist(x, t, 1); }

    /** The Cauchy density with location t and scale s. */
    public static double CauchyDist(double x, double t, double s) { return RootMath.cauchy_pdf(x, s, t); }

    public static double LaplaceDist(double x) { return LaplaceDist(x, 0, 1); }
    public static double LaplaceDist(double x, double alpha) { return LaplaceDist(x, alpha, 1); }

    /** The Laplace (double exponential) density with location alpha and scale beta. */
    public static double LaplaceDist(double x, double alpha, double beta) {
        return Math.exp(-Math.abs((x - alpha) / beta)) / (2 * beta);
    }

    public static double LaplaceDistI(double x) { return LaplaceDistI(x, 0, 1); }
    public static double LaplaceDistI(double x, double alpha) { return LaplaceDistI(x, alpha, 1); }

    /** The Laplace cumulative distribution. */
    public static double LaplaceDistI(double x, double alpha, double beta) {
        double half = 0.5 * Math.exp(-Math.abs((x - alpha) / beta));
        return x <= alpha ? half : 1 - half;
    }

    // ---- arrays ----

    public static double Mean(int n, double[] a) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += a[i];
        }
        return n > 0 ? sum / n : 0;
    }

    /** The standard deviation of an array, with n - 1 in the denominator as ROOT's TMath::RMS. */
    public static double RMS(int n, double[] a) {
        double mean = Mean(n, a);
        double tot = 0;
        for (int i = 0; i < n; i++) {
            tot += (a[i] - mean) * (a[i] - mean);
        }
        return n > 1 ? Math.sqrt(tot / (n - 1)) : 0.0;
    }

    public static double StdDev(int n, double[] a) {
        return RMS(n, a);
    }

    /** The median; the mean of the two middle values for even n. */
    public static double Median(int n, double[] a) {
        if (n <= 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(a, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    /** The index of the first largest element (-1 for an empty array). */
    public static int LocMax(int n, double[] a) {
        if (n <= 0) {
            return -1;
        }
        int loc = 0;
        for (int i = 1; i < n; i++) {
            if (a[i] > a[loc]) {
                loc = i;
            }
        }
        return loc;
    }

    /** The index of the first smallest element (-1 for an empty array). */
    public static int LocMin(int n, double[] a) {
        if (n <= 0) {
            return -1;
        }
        int loc = 0;
        for (int i = 1; i < n; i++) {
            if (a[i] < a[loc]) {
                loc = i;
            }
        }
        return loc;
    }

    /** In a sorted array, the index of the last element <= value; -1 below the first. */
    public static int BinarySearch(int n, double[] array, double value) {
        int lo = 0;
        int hi = n - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (array[mid] <= value) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Fills index with the order of a: largest first (ROOT's default), or smallest first. */
    public static void Sort(int n, double[] a, int[] index, boolean down) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Comparator<Integer> up = Comparator.comparingDouble(i -> a[i]);
        Arrays.sort(order, down ? up.reversed() : up);
        for (int i = 0; i < n; i++) {
            index[i] = order[i];
        }
    }

    public static void Sort(int n, double[] a, int[] index) {
        Sort(n, a, index, true);
    }
}
