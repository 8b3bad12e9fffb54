#!/usr/bin/env python3
"""Reference values for HistogramFitTest: a chi-square fit of a Gaussian to a fixed histogram,
done independently with SciPy (curve_fit with sigma = sqrt(n), absolute_sigma=True, the function
evaluated at bin centres, empty bins skipped: ROOT's default chi-square fit).

Run: /usr/bin/python3 bench/reference/gaus_fit_reference.py   (Debian's python3-scipy)
"""
import math
import numpy as np
from scipy.optimize import curve_fit

# 40 bins on [-4, 4]; contents round(1000 * exp(-0.5 ((x - 0.3) / 1.1)^2) * (1 + 0.05 sin(7 x))), the
# same formula the Java test fills, so the data are identical and need no random numbers.
nbins, lo, hi = 40, -4.0, 4.0
width = (hi - lo) / nbins
centres = np.array([lo + (i + 0.5) * width for i in range(nbins)])
contents = np.array([round(1000 * math.exp(-0.5 * ((x - 0.3) / 1.1) ** 2) * (1 + 0.05 * math.sin(7 * x)))
                     for x in centres])
mask = contents > 0
x, y = centres[mask], contents[mask]

def gaus(x, c, m, s):
    return c * np.exp(-0.5 * ((x - m) / s) ** 2)

p, cov = curve_fit(gaus, x, y, p0=[900, 0.2, 1.0], sigma=np.sqrt(y), absolute_sigma=True,
                   xtol=1e-14, ftol=1e-14, gtol=1e-14, maxfev=100000)
chi2 = float(np.sum(((y - gaus(x, *p)) / np.sqrt(y)) ** 2))
print("points", int(mask.sum()))
print("params", repr(list(p)))
print("errors", repr(list(np.sqrt(np.diag(cov)))))
print("chi2", repr(chi2))
