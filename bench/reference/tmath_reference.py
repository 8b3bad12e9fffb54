#!/usr/bin/env python3
"""Reference values for TMathTest's statistics functions.

Run: /usr/bin/python3 bench/reference/tmath_reference.py   (Debian's python3-scipy 1.10)

Two kinds of rows, printed as CSV for @CsvSource:
- "exact": the distribution's value from SciPy, which TMath must match to 1e-12.
- "root": ROOT's approximate algorithms for StudentQuantile (Hill, Algorithm 396) and
  ChisquareQuantile (AS 91 with ROOT's early stop), transcribed here from ROOT's TMath.cxx a
  second time in Python, with SciPy's ndtri/gammainc/lgamma beneath. TMath must reproduce these
  digits (to 1e-12), whatever their distance from the exact quantile, which is printed beside them.
"""
import math

from scipy import special, stats

AS91 = [0, 0.01, 0.222222, 0.32, 0.4, 1.24, 2.2, 4.67, 6.66, 6.73, 13.32, 60.0, 70.0, 84.0, 105.0,
        120.0, 127.0, 140.0, 175.0, 210.0, 252.0, 264.0, 294.0, 346.0, 420.0, 462.0, 606.0, 672.0,
        707.0, 735.0, 889.0, 932.0, 966.0, 1141.0, 1182.0, 1278.0, 1740.0, 2520.0, 5040.0]


def root_chisquare_quantile(p, ndf):
    c = AS91
    e, ln2 = 5e-7, 0.6931471806
    g, xx = math.lgamma(0.5 * ndf), 0.5 * ndf
    cp = xx - 1
    if ndf >= math.log(p) * -c[5]:
        if ndf > c[3]:
            p1 = c[2] / ndf
            ch = ndf * (special.ndtri(p) * math.sqrt(p1) + 1 - p1) ** 3
            if ch > c[6] * ndf + 6:
                ch = -2 * (math.log(1 - p) - cp * math.log(0.5 * ch) + g)
        else:
            ch, a = c[4], math.log(1 - p)
            while True:
                q = ch
                p1 = 1 + ch * (c[7] + ch)
                p2 = ch * (c[9] + ch * (c[8] + ch))
                t = -0.5 + (c[7] + 2 * ch) / p1 - (c[9] + ch * (c[10] + 3 * ch)) / p2
                ch = ch - (1 - math.exp(a + g + 0.5 * ch + cp * ln2) * p2 / p1) / t
                if abs(q / ch - 1) <= c[1]:
                    break
    else:
        ch = (p * xx * math.exp(g + xx * ln2)) ** (1 / xx)
        if ch < e:
            return ch
    for _ in range(20):
        q = ch
        t = (p - special.gammainc(xx, 0.5 * ch)) * math.exp(xx * ln2 + g + 0.5 * ch - cp * math.log(ch))
        b = t / ch
        a = 0.5 * t - b * cp
        s1 = (c[19] + a * (c[17] + a * (c[14] + a * (c[13] + a * (c[12] + c[11] * a))))) / c[24]
        s2 = (c[24] + a * (c[29] + a * (c[32] + a * (c[33] + c[35] * a)))) / c[37]
        s3 = (c[19] + a * (c[25] + a * (c[28] + c[31] * a))) / c[37]
        s4 = (c[20] + a * (c[27] + c[34] * a) + cp * (c[22] + a * (c[30] + c[36] * a))) / c[38]
        s5 = (c[13] + c[21] * a + cp * (c[18] + c[26] * a)) / c[37]
        s6 = (c[15] + cp * (c[23] + c[16] * cp)) / c[38]
        ch = ch + t * (1 + 0.5 * t * s1 - b * cp * (s1 - b * (s2 - b * (s3 - b * (s4 - b * (s5 - b * s6))))))
        if abs(q / ch - 1) > e:  # as in ROOT: leaves after the first step that still moves
            break
    return ch


def root_student_quantile(p, ndf, lower_tail=True):
    negative = p <= 0.5 if lower_tail else p >= 0.5
    q = 2 * (p if negative == lower_tail else 1 - p)
    if ndf - 1 < 1e-8:
        return (-1 if negative else 1) * math.cos(math.pi / 2 * q) / math.sin(math.pi / 2 * q)
    if ndf - 2 < 1e-8:
        return (-1 if negative else 1) * math.sqrt(2 / (q * (2 - q)) - 2)
    a = 1 / (ndf - 0.5)
    b = 48 / (a * a)
    c = ((20700 * a / b - 98) * a - 16) * a + 96.36
    d = ((94.5 / (b + c) - 3) / b + 1) * math.sqrt(a * math.pi / 2) * ndf
    y = (q * d) ** (2 / ndf)
    if y > 0.05 + a:
        x = special.ndtri(q * 0.5)
        y = x * x
        if ndf < 5:
            c += 0.3 * (ndf - 4.5) * (x + 0.6)
        c += (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b
        y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x
        y = a * y * y
        y = math.exp(y) - 1 if y > 0.002 else y + 0.5 * y * y
    else:
        y = ((1 / (((ndf + 6) / (ndf * y) - 0.089 * d - 0.822) * (ndf + 2) * 3) + 0.5 / (ndf + 4)) * y - 1) \
            * (ndf + 1) / (ndf + 2) + 1 / y
    return (-1 if negative else 1) * math.sqrt(ndf * y)


print("# exact: function, arguments..., SciPy value")
exact = [
    ("Student", (1.3, 4.0), stats.t.pdf(1.3, 4)),
    ("StudentI", (-2.1, 7.0), stats.t.cdf(-2.1, 7)),
    ("FDist", (1.8, 3.0, 7.0), stats.f.pdf(1.8, 3, 7)),
    ("FDistI", (1.8, 3.0, 7.0), stats.f.cdf(1.8, 3, 7)),
    ("BetaDist", (0.3, 2.0, 5.0), stats.beta.pdf(0.3, 2, 5)),
    ("BetaDistI", (0.3, 2.0, 5.0), stats.beta.cdf(0.3, 2, 5)),
    ("BetaIncomplete", (0.6, 0.5, 3.5), special.betainc(0.5, 3.5, 0.6)),
    ("LogNormal", (1.7, 0.6, 0.2, 1.5), stats.lognorm.pdf(1.7, 0.6, loc=0.2, scale=1.5)),
    ("GammaDist", (2.0, 2.5, 0.5, 1.5), stats.gamma.pdf(2.0, 2.5, loc=0.5, scale=1.5)),
    ("CauchyDist", (0.8, 0.2, 1.5), stats.cauchy.pdf(0.8, loc=0.2, scale=1.5)),
    ("LaplaceDist", (0.8, 0.2, 1.5), stats.laplace.pdf(0.8, loc=0.2, scale=1.5)),
    ("LaplaceDistI", (0.8, 0.2, 1.5), stats.laplace.cdf(0.8, loc=0.2, scale=1.5)),
    ("BinomialI", (0.3, 10, 4), stats.binom.sf(3, 10, 0.3)),
]
for name, args, value in exact:
    print(f'"{name}, {", ".join(repr(a) for a in args)}, {float(value)!r}",')

print("# root: p, ndf, ROOT's StudentQuantile (lower tail), exact quantile")
for p, ndf in [(0.975, 1.0), (1e-8, 2.0), (0.05, 3.0), (0.99, 4.0), (0.3, 10.0), (1e-6, 30.0), (0.999, 2.5)]:
    print(f'"{p!r}, {ndf!r}, {root_student_quantile(p, ndf)!r}, {stats.t.ppf(p, ndf)!r}",')
print("# root: p, ndf, ROOT's ChisquareQuantile, exact quantile")
for p, ndf in [(0.95, 5.0), (0.001, 10.0), (0.999, 0.3), (1e-5, 0.1), (0.5, 1000.0), (1e-12, 50.0)]:
    print(f'"{p!r}, {ndf!r}, {root_chisquare_quantile(p, ndf)!r}, {stats.chi2.ppf(p, ndf)!r}",')
