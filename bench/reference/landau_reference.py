#!/usr/bin/env python3
"""Reference values for the Landau tests, computed without CERNLIB's approximations.

The standard Landau density is p(v) = 1/pi * integral_0^inf exp(-t ln t - v t) sin(pi t) dt; the
cumulative is the integral of that density (a nested quad); the fit is SciPy's curve_fit of
c * p((x - mpv)/sigma) (ROOT's "landau" shape, p by the characteristic-function form) to a fixed histogram, with sigma = sqrt(n),
absolute_sigma=True, bin centres and empty bins skipped, as ROOT's default chi-square fit.

Run: /usr/bin/python3 bench/reference/landau_reference.py   (SciPy 1.10)
"""
import math
import numpy as np
from scipy.integrate import quad
from scipy.optimize import curve_fit


def landau(v):
    f = lambda t: math.exp(-t * math.log(t) - v * t) * math.sin(math.pi * t) if t > 0 else 0.0
    value, _ = quad(f, 0, np.inf, limit=500, epsabs=1e-14, epsrel=1e-12)
    return value / math.pi


def landau_fourier(v):
    # the same density from the characteristic function: 1/pi * integral_0^inf exp(-pi t/2) cos(t ln t + v t) dt.
    # The form above cancels catastrophically below v = -3 (terms of exp(e^(-v-1)) summing to ~0);
    # this one stays accurate in absolute terms, which is what the fit needs.
    f = lambda t: math.exp(-math.pi * t / 2) * math.cos(t * math.log(t) + v * t) if t > 0 else 1.0
    value, _ = quad(f, 0, np.inf, limit=1000, epsabs=1e-15, epsrel=1e-12)
    return value / math.pi


def landau_cdf(v):
    # 1 - integral_v^inf p, exchanging the order of integration: the same integrand divided by t
    f = lambda t: math.exp(-t * math.log(t) - v * t) * math.sin(math.pi * t) / t if t > 0 else 1.0
    value, _ = quad(f, 0, np.inf, limit=500, epsabs=1e-14, epsrel=1e-12)
    return 1 - value / math.pi


print("pdf")
for v in [-3, -2.5, -1.5, -1, -0.5, 0, 0.5, 1, 2, 3, 4.5, 7, 10, 20, 40, 80]:
    print(v, repr(landau(v)))
print("the two forms agree where both are accurate:",
      max(abs(landau(v) - landau_fourier(v)) for v in [-3, -2, -1, 0, 1, 3, 10, 40]))
print("cdf")
for v in [-2, -1.5, -1, 0, 1, 2.5, 5, 10, 30]:
    print(v, repr(landau_cdf(v)))

# 60 bins on [-1, 14]; contents round(1000 * exp(-0.5 (v + exp(-v))) * (1 + 0.05 sin(7 x))),
# v = (x - 2)/0.8: a Moyal shape, close to a Landau but not one, filled identically by the Java test.
nbins, lo, hi = 60, -1.0, 14.0
width = (hi - lo) / nbins
centres = np.array([lo + (i + 0.5) * width for i in range(nbins)])


def content(x):
    v = (x - 2) / 0.8
    return round(1000 * math.exp(-0.5 * (v + math.exp(-v))) * (1 + 0.05 * math.sin(7 * x)))


contents = np.array([content(x) for x in centres])
mask = contents > 0
x, y = centres[mask], contents[mask]


def shape(x, c, mpv, sigma):
    return np.array([c * landau_fourier((xi - mpv) / sigma) for xi in x])


p, cov = curve_fit(shape, x, y, p0=[3000, 2, 0.8], sigma=np.sqrt(y), absolute_sigma=True,
                   xtol=1e-12, ftol=1e-12, gtol=1e-12, maxfev=100000)
chi2 = float(np.sum(((y - shape(x, *p)) / np.sqrt(y)) ** 2))
print("points", int(mask.sum()))
print("params", repr(list(p)))
print("chi2", repr(chi2))
# curve_fit's covariance is the Gauss-Newton one, (J^T W J)^-1. Minuit's Hesse differentiates the chi2
# itself, which keeps the terms in the residuals times the second derivatives of the model: with
# chi2/ndf ~ 24 (a Moyal histogram is not a Landau) they matter, so the errors to compare with are
# those of the full Hessian, cov = 2 H^-1, H by central differences of the chi2.
def chi2_of(q):
    return float(np.sum(((y - shape(x, *q)) / np.sqrt(y)) ** 2))


def hessian(q, rel):
    h = rel * np.abs(q)
    n = len(q)
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            def f(di, dj):
                r = np.array(q, dtype=float)
                r[i] += di * h[i]
                r[j] += dj * h[j]
                return chi2_of(r)
            H[i, j] = H[j, i] = (f(1, 1) - f(1, -1) - f(-1, 1) + f(-1, -1)) / (4 * h[i] * h[j])
    return H


for rel in (1e-3, 3e-4):
    print("errors, full Hessian, step", rel, repr(list(np.sqrt(np.diag(2 * np.linalg.inv(hessian(p, rel)))))))
print("errors, Gauss-Newton (not compared)", repr(list(np.sqrt(np.diag(cov)))))
