#!/usr/bin/env python3
"""Reference values for RootMathTest, computed independently with SciPy's distributions.

Run: /usr/bin/python3 bench/reference/distributions_reference.py   (Debian's python3-scipy)
Each line: function|arguments|value, in ROOT::Math's argument order.
"""
from scipy import stats

rows = [
    ("normal_pdf", (0.7, 1.5, 0.2), stats.norm.pdf(0.7, loc=0.2, scale=1.5)),
    ("normal_cdf", (0.7, 1.5, 0.2), stats.norm.cdf(0.7, loc=0.2, scale=1.5)),
    ("normal_cdf_c", (3.0, 1.0, 0.0), stats.norm.sf(3.0)),
    ("normal_quantile", (0.975, 2.0), stats.norm.ppf(0.975, scale=2.0)),
    ("poisson_pdf", (3, 2.5), stats.poisson.pmf(3, 2.5)),
    ("poisson_cdf", (3, 2.5), stats.poisson.cdf(3, 2.5)),
    ("binomial_pdf", (3, 0.3, 10), stats.binom.pmf(3, 10, 0.3)),
    ("binomial_cdf", (3, 0.3, 10), stats.binom.cdf(3, 10, 0.3)),
    ("chisquared_pdf", (2.5, 3.0, 0.0), stats.chi2.pdf(2.5, 3)),
    ("chisquared_cdf", (2.5, 3.0, 0.0), stats.chi2.cdf(2.5, 3)),
    ("chisquared_cdf_c", (11.3, 4.0, 0.0), stats.chi2.sf(11.3, 4)),
    ("chisquared_quantile", (0.95, 5.0), stats.chi2.ppf(0.95, 5)),
    ("gamma_pdf", (2.0, 2.5, 1.5, 0.0), stats.gamma.pdf(2.0, 2.5, scale=1.5)),
    ("gamma_cdf", (2.0, 2.5, 1.5, 0.0), stats.gamma.cdf(2.0, 2.5, scale=1.5)),
    ("exponential_pdf", (1.2, 0.5, 0.0), stats.expon.pdf(1.2, scale=2.0)),
    ("exponential_cdf", (1.2, 0.5, 0.0), stats.expon.cdf(1.2, scale=2.0)),
    ("lognormal_pdf", (1.7, 0.3, 0.6, 0.0), stats.lognorm.pdf(1.7, 0.6, scale=__import__("math").exp(0.3))),
    ("lognormal_cdf", (1.7, 0.3, 0.6, 0.0), stats.lognorm.cdf(1.7, 0.6, scale=__import__("math").exp(0.3))),
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
]
for name, args, value in rows:
    print(f"{name}|{','.join(repr(a) for a in args)}|{float(value)!r}")
