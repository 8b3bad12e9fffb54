#!/usr/bin/env python3
"""Reference values for AxisTicksTest: the axis range ROOT's THistPainter::PaintInit gives a
TH1F(-4, 4) of 100 bins holding 1000 Gaussian entries (contents round(1000 * (Phi(b) - Phi(a))),
no random numbers), computed independently with SciPy from ROOT's documented rules:
linear: [0, max + 5% of the range]; with error bars: max(content + sqrt(content)) + 5%;
log: [0.5 * smallest positive content, 2 * 0.9 / 0.95 * max].

Run: /usr/bin/python3 bench/reference/axis_range_reference.py   (Debian's python3-scipy)
"""
import numpy as np
from scipy.stats import norm

nbins, lo, hi = 100, -4.0, 4.0
edges = np.linspace(lo, hi, nbins + 1)
contents = np.round(1000 * (norm.cdf(edges[1:]) - norm.cdf(edges[:-1])))
cmax = contents.max()
print("max", repr(float(cmax)))
print("linear", 0.0, repr(float(cmax + 0.05 * cmax)))
emax = float(np.max(contents + np.sqrt(contents)))
print("errors", 0.0, repr(emax + 0.05 * emax))
print("log", repr(float(0.5 * contents[contents > 0].min())), repr(float(cmax * 2 * 0.9 / 0.95)))
