#!/usr/bin/env python3
"""Reference values for RootMathTest, computed independently with SciPy's distributions.

Run: /usr/bin/python3 bench/reference/distributions_reference.py   (Debian's python3-scipy)
Each line: function|arguments|value, in ROOT::Math's argument order. Every quantile x is checked by
putting it back into SciPy's cdf or sf: one Newton step from there must move it by less than 5e-12·x.
Where SciPy 1.10 itself misses that (Boost's beta ppf, the F and t quantiles, off by up to 2e-8; the
Cauchy tails computed as 0.5 - atan(x)/pi), Cephes' incbi or a closed form gives the value instead.
"""
import math

from scipy import special, stats


def checked(x, dist, tail, z):
    """x, after checking that the Newton step back to tail(x) = z moves it by less than 5e-12 of itself (half the test tolerance)."""
    back = (dist.cdf if tail == "ppf" else dist.sf)(x)
    assert abs(back - z) / dist.pdf(x) <= 5e-12 * abs(x), (dist.dist.name, tail, z, x, back)
    return x


def inverse(dist, tail, z, *shape, **kw):
    """SciPy's quantile of z for tail "ppf" or "isf", checked."""
    frozen = dist(*shape, **kw)
    return checked(getattr(frozen, tail)(z), frozen, tail, z)


def beta_inverse(z, a, b):
    # stats.beta.ppf (Boost) fails in the far lower tail in SciPy 1.10; Cephes' incbi does not
    return checked(special.betaincinv(a, b, z), stats.beta(a, b), "ppf", z)


# stats.f and stats.t quantiles are off by up to 2e-8 in SciPy 1.10; both distributions are
# incomplete beta functions, so Cephes' incbi inverts them: F's cdf is I_{nx/(nx+m)}(n/2, m/2),
# t's upper tail beyond 0 is I_{r/(r+t^2)}(r/2, 1/2) / 2.
def f_inverse(z, n, m):
    y = special.betaincinv(n / 2, m / 2, z)
    return checked(m * y / (n * (1 - y)), stats.f(n, m), "ppf", z)


def f_upper_inverse(z, n, m):
    y = special.betaincinv(m / 2, n / 2, z)
    return checked(m * (1 - y) / (n * y), stats.f(n, m), "isf", z)


def t_upper_inverse(z, r):
    if z > 0.5:
        return -t_upper_inverse(1 - z, r)
    y = special.betaincinv(r / 2, 0.5, 2 * z)
    return checked(math.sqrt(r * (1 - y) / y), stats.t(r), "isf", z)


rows = [
    ("normal_pdf", (0.7, 1.5, 0.2), stats.norm.pdf(0.7, loc=0.2, scale=1.5)),
    ("normal_cdf", (0.7, 1.5, 0.2), stats.norm.cdf(0.7, loc=0.2, scale=1.5)),
    ("normal_cdf_c", (3.0, 1.0, 0.0), stats.norm.sf(3.0)),
    ("normal_quantile", (0.975, 2.0), inverse(stats.norm, "ppf", 0.975, scale=2.0)),
    ("poisson_pdf", (3, 2.5), stats.poisson.pmf(3, 2.5)),
    ("poisson_cdf", (3, 2.5), stats.poisson.cdf(3, 2.5)),
    ("binomial_pdf", (3, 0.3, 10), stats.binom.pmf(3, 10, 0.3)),
    ("binomial_cdf", (3, 0.3, 10), stats.binom.cdf(3, 10, 0.3)),
    ("chisquared_pdf", (2.5, 3.0, 0.0), stats.chi2.pdf(2.5, 3)),
    ("chisquared_cdf", (2.5, 3.0, 0.0), stats.chi2.cdf(2.5, 3)),
    ("chisquared_cdf_c", (11.3, 4.0, 0.0), stats.chi2.sf(11.3, 4)),
    ("chisquared_quantile", (0.95, 5.0), inverse(stats.chi2, "ppf", 0.95, 5)),
    ("gamma_pdf", (2.0, 2.5, 1.5, 0.0), stats.gamma.pdf(2.0, 2.5, scale=1.5)),
    ("gamma_cdf", (2.0, 2.5, 1.5, 0.0), stats.gamma.cdf(2.0, 2.5, scale=1.5)),
    ("exponential_pdf", (1.2, 0.5, 0.0), stats.expon.pdf(1.2, scale=2.0)),
    ("exponential_cdf", (1.2, 0.5, 0.0), stats.expon.cdf(1.2, scale=2.0)),
    ("lognormal_pdf", (1.7, 0.3, 0.6, 0.0), stats.lognorm.pdf(1.7, 0.6, scale=math.exp(0.3))),
    ("lognormal_cdf", (1.7, 0.3, 0.6, 0.0), stats.lognorm.cdf(1.7, 0.6, scale=math.exp(0.3))),
    ("uniform_pdf", (0.5, 0.0, 2.0, 0.0), stats.uniform.pdf(0.5, 0.0, 2.0)),
    ("uniform_cdf", (0.5, 0.0, 2.0, 0.0), stats.uniform.cdf(0.5, 0.0, 2.0)),
    ("cauchy_pdf", (0.8, 1.5, 0.2), stats.cauchy.pdf(0.8, loc=0.2, scale=1.5)),
    ("cauchy_cdf", (0.8, 1.5, 0.2), stats.cauchy.cdf(0.8, loc=0.2, scale=1.5)),
    ("breitwigner_pdf", (0.8, 3.0, 0.2), stats.cauchy.pdf(0.8, loc=0.2, scale=1.5)),
    ("tdistribution_pdf", (1.3, 4.0, 0.0), stats.t.pdf(1.3, 4)),
    ("tdistribution_cdf", (1.3, 4.0, 0.0), stats.t.cdf(1.3, 4)),
    ("fdistribution_pdf", (1.8, 3.0, 7.0, 0.0), stats.f.pdf(1.8, 3, 7)),
    ("fdistribution_cdf", (1.8, 3.0, 7.0, 0.0), stats.f.cdf(1.8, 3, 7)),
    ("beta_pdf", (0.3, 2.0, 5.0), stats.beta.pdf(0.3, 2, 5)),
    ("beta_cdf", (0.3, 2.0, 5.0), stats.beta.cdf(0.3, 2, 5)),
    # upper tails
    ("poisson_cdf_c", (9, 2.5), stats.poisson.sf(9, 2.5)),
    ("binomial_cdf_c", (8, 0.3, 10), stats.binom.sf(8, 10, 0.3)),
    ("gamma_cdf_c", (12.0, 2.5, 1.5, 0.0), stats.gamma.sf(12.0, 2.5, scale=1.5)),
    ("exponential_cdf_c", (30.0, 0.5, 1.0), stats.expon.sf(30.0, loc=1.0, scale=2.0)),
    ("lognormal_cdf_c", (9.0, 0.3, 0.6, 0.0), stats.lognorm.sf(9.0, 0.6, scale=math.exp(0.3))),
    ("uniform_cdf_c", (0.5, 0.0, 2.0, 0.0), stats.uniform.sf(0.5, 0.0, 2.0)),
    ("cauchy_cdf_c", (1e6, 1.5, 0.2), math.atan(1.5 / (1e6 - 0.2)) / math.pi),  # closed form, as for the tail quantile
    ("breitwigner_cdf_c", (0.8, 3.0, 0.2), stats.cauchy.sf(0.8, loc=0.2, scale=1.5)),
    ("tdistribution_cdf_c", (25.0, 4.0, 0.0), stats.t.sf(25.0, 4)),
    ("fdistribution_cdf_c", (40.0, 3.0, 7.0, 0.0), stats.f.sf(40.0, 3, 7)),
    ("beta_cdf_c", (0.9, 2.0, 5.0), stats.beta.sf(0.9, 2, 5)),
    # quantiles: ROOT's order (probability, shape); lower and upper tails, far tails included
    ("chisquared_quantile", (1e-6, 3.0), inverse(stats.chi2, "ppf", 1e-6, 3)),
    ("chisquared_quantile_c", (0.05, 5.0), inverse(stats.chi2, "isf", 0.05, 5)),
    ("chisquared_quantile_c", (1e-12, 2.5), inverse(stats.chi2, "isf", 1e-12, 2.5)),
    ("gamma_quantile", (0.3, 2.5, 1.5), inverse(stats.gamma, "ppf", 0.3, 2.5, scale=1.5)),
    ("gamma_quantile", (1e-9, 0.3, 2.0), inverse(stats.gamma, "ppf", 1e-9, 0.3, scale=2.0)),
    ("gamma_quantile", (0.999, 50.0, 0.1), inverse(stats.gamma, "ppf", 0.999, 50.0, scale=0.1)),
    ("gamma_quantile_c", (0.3, 2.5, 1.5), inverse(stats.gamma, "isf", 0.3, 2.5, scale=1.5)),
    ("gamma_quantile_c", (1e-10, 4.0, 1.0), inverse(stats.gamma, "isf", 1e-10, 4.0)),
    ("beta_quantile", (0.2, 2.0, 5.0), beta_inverse(0.2, 2, 5)),
    ("beta_quantile", (1e-8, 0.5, 3.0), beta_inverse(1e-8, 0.5, 3)),
    ("beta_quantile", (0.9, 30.0, 0.7), beta_inverse(0.9, 30, 0.7)),
    ("beta_quantile_c", (0.2, 2.0, 5.0), 1 - beta_inverse(0.2, 5, 2)),
    ("beta_quantile_c", (1e-7, 2.0, 5.0), 1 - beta_inverse(1e-7, 5, 2)),
    ("fdistribution_quantile", (0.95, 3.0, 7.0), f_inverse(0.95, 3, 7)),
    ("fdistribution_quantile", (1e-5, 4.0, 12.0), f_inverse(1e-5, 4, 12)),
    ("fdistribution_quantile_c", (0.01, 3.0, 7.0), f_upper_inverse(0.01, 3, 7)),
    ("fdistribution_quantile_c", (1e-9, 10.0, 2.5), f_upper_inverse(1e-9, 10, 2.5)),
    ("tdistribution_quantile", (0.975, 4.0), -t_upper_inverse(0.975, 4)),
    ("tdistribution_quantile", (1e-8, 2.5), -t_upper_inverse(1e-8, 2.5)),
    ("tdistribution_quantile", (0.3, 1.0), -t_upper_inverse(0.3, 1)),
    ("tdistribution_quantile_c", (0.025, 10.0), t_upper_inverse(0.025, 10)),
    ("tdistribution_quantile_c", (0.8, 3.0), t_upper_inverse(0.8, 3)),
    ("tdistribution_quantile_c", (1e-12, 30.0), t_upper_inverse(1e-12, 30)),
    ("exponential_quantile", (0.3, 0.5), inverse(stats.expon, "ppf", 0.3, scale=2.0)),
    ("exponential_quantile", (1e-12, 0.5), inverse(stats.expon, "ppf", 1e-12, scale=2.0)),
    ("exponential_quantile_c", (1e-12, 0.5), inverse(stats.expon, "isf", 1e-12, scale=2.0)),
    ("lognormal_quantile", (0.3, 0.3, 0.6), inverse(stats.lognorm, "ppf", 0.3, 0.6, scale=math.exp(0.3))),
    ("lognormal_quantile_c", (1e-6, 0.3, 0.6), inverse(stats.lognorm, "isf", 1e-6, 0.6, scale=math.exp(0.3))),
    ("cauchy_quantile", (0.3, 1.5), inverse(stats.cauchy, "ppf", 0.3, scale=1.5)),
    ("cauchy_quantile", (1e-9, 1.5), -1.5 / math.tan(math.pi * 1e-9)),  # closed form, see below
    ("cauchy_quantile_c", (0.8, 1.5), inverse(stats.cauchy, "isf", 0.8, scale=1.5)),
    ("breitwigner_quantile", (0.9, 3.0), inverse(stats.cauchy, "ppf", 0.9, scale=1.5)),
    ("breitwigner_quantile_c", (0.9, 3.0), inverse(stats.cauchy, "isf", 0.9, scale=1.5)),
    ("uniform_quantile", (0.3, -1.0, 2.0), inverse(stats.uniform, "ppf", 0.3, -1.0, 3.0)),
    ("uniform_quantile_c", (0.3, -1.0, 2.0), inverse(stats.uniform, "isf", 0.3, -1.0, 3.0)),
]
for name, args, value in rows:
    print(f"{name}|{','.join(repr(a) for a in args)}|{float(value)!r}")
