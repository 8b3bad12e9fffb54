#!/usr/bin/env python3
"""Reference values for TGraph2DTest.

1. Interpolation: SciPy's LinearNDInterpolator (Qhull's Delaunay triangulation, linear in each
   triangle, fill_value 0 outside the convex hull) on the points moved to the unit square as ROOT's
   Delaunay2D does ((x - centre) / range in x and in y), sampled at the centres of TGraph2D's default
   40 x 40 histogram grid (margin 0: the grid spans exactly [xmin, xmax] x [ymin, ymax]).
2. Fit: z = p0 + p1 x + p2 y by least squares (numpy.linalg.lstsq) with unit weights; the errors are
   sqrt(diag(s^2 (A^T A)^-1)) with s^2 = chi2 / ndf, ROOT's error scaling for points without errors.

The points come from a formula that the Java test repeats (golden-ratio and sqrt(2) sequences).
Run: /usr/bin/python3 bench/reference/graph2d_reference.py
"""
import math
import numpy as np
from scipy.interpolate import LinearNDInterpolator

n = 60
x = np.array([10.0 * ((i * 0.6180339887498949) % 1.0) for i in range(n)])
y = np.array([((i * 0.41421356237309503) % 1.0) for i in range(n)])
z = np.array([math.sin(x[i] / 3) + 2 * y[i] * y[i] for i in range(n)])

xmin, xmax, ymin, ymax = x.min(), x.max(), y.min(), y.max()
def norm(a, lo, hi):
    return (a - (hi + lo) / 2) / (hi - lo)
interp = LinearNDInterpolator(np.column_stack([norm(x, xmin, xmax), norm(y, ymin, ymax)]), z, fill_value=0.0)
raw = LinearNDInterpolator(np.column_stack([x, y]), z, fill_value=0.0)

npx = npy = 40
dx, dy = (xmax - xmin) / npx, (ymax - ymin) / npy
grid = []
differ = 0
for ix in range(1, npx + 1):
    for iy in range(1, npy + 1):
        cx, cy = xmin + (ix - 0.5) * dx, ymin + (iy - 0.5) * dy
        v = float(interp(norm(cx, xmin, xmax), norm(cy, ymin, ymax)))
        if abs(v - float(raw(cx, cy))) > 1e-9:
            differ += 1
        grid.append(v)
print("# cells where the triangulation of the raw (x, y) would differ:", differ)
print("# cells outside the hull:", sum(1 for v in grid if v == 0.0))
print("sum", repr(sum(grid)))
print("sumsq", repr(sum(v * v for v in grid)))
for ix, iy in [(1, 1), (5, 7), (20, 20), (33, 12), (40, 40), (13, 38)]:
    print("cell", ix, iy, repr(grid[(ix - 1) * npy + (iy - 1)]))

# linear fit with deterministic "noise"
zf = np.array([1 + 2 * x[i] - 3 * y[i] + 0.05 * math.sin(7 * i) for i in range(n)])
A = np.column_stack([np.ones(n), x, y])
p, res, _, _ = np.linalg.lstsq(A, zf, rcond=None)
chi2 = float(np.sum((zf - A @ p) ** 2))
cov = chi2 / (n - 3) * np.linalg.inv(A.T @ A)
print("fit params", " ".join(repr(float(v)) for v in p))
print("fit errors", " ".join(repr(float(v)) for v in np.sqrt(np.diag(cov))))
print("fit chi2", repr(chi2))
