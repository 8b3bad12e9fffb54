"""Independent reference values for TH3Test: the moments, cells and projections of a weighted
3-D histogram, computed from the raw points with numpy (ROOT's definitions, not ROOT's code).

Run: python3 bench/reference/th3_reference.py
Histogram: 4 x 3 x 2 bins on [0,4) x [0,3) x [0,2); point i (0..29) at
x = (0.37 i) % 4.6 - 0.3, y = (0.53 i) % 3.4 - 0.2, z = (0.29 i) % 2.3 - 0.1, w = 1 + 0.5 (i % 3).
"""
import numpy as np

np.set_printoptions(precision=17)
repr = lambda v: float(v).__repr__()  # plain floats, all digits

N = 30
i = np.arange(N)
x = (i * 0.37) % 4.6 - 0.3
y = (i * 0.53) % 3.4 - 0.2
z = (i * 0.29) % 2.3 - 0.1
w = 1 + 0.5 * (i % 3)
axes = [(4, 0.0, 4.0), (3, 0.0, 3.0), (2, 0.0, 2.0)]


def binof(v, n, lo, hi):
    """bin 0 below, n+1 at or above the top, else 1 + floor(n (v - lo) / (hi - lo))"""
    b = 1 + np.floor(n * (v - lo) / (hi - lo)).astype(int)
    return np.where(v < lo, 0, np.where(v >= hi, n + 1, b))


bx, by, bz = (binof(v, *a) for v, a in zip((x, y, z), axes))
inside = (bx >= 1) & (bx <= 4) & (by >= 1) & (by <= 3) & (bz >= 1) & (bz <= 2)
ws = w[inside]
sw = ws.sum()
mean = [np.sum(ws * v[inside]) / sw for v in (x, y, z)]
var = [np.sum(ws * v[inside] ** 2) / sw - m * m for v, m in zip((x, y, z), mean)]
cov_xz = np.sum(ws * x[inside] * z[inside]) / sw - mean[0] * mean[2]
cov_yz = np.sum(ws * y[inside] * z[inside]) / sw - mean[1] * mean[2]
neff = sw ** 2 / np.sum(ws ** 2)
print("inside", int(inside.sum()), "sumw", repr(sw))
print("mean", [repr(m) for m in mean])
print("stddev", [repr(np.sqrt(v)) for v in var])
print("meanError_z", repr(np.sqrt(var[2]) / np.sqrt(neff)))
print("stddevError_y", repr(np.sqrt(var[1] / (2 * neff))))
print("cov_xz", repr(cov_xz), "corr_yz", repr(cov_yz / np.sqrt(var[1] * var[2])))

# cells with under/overflows, contents and sum of squared weights
cells = np.zeros((6, 5, 4))
cells2 = np.zeros((6, 5, 4))
np.add.at(cells, (bx, by, bz), w)
np.add.at(cells2, (bx, by, bz), w * w)
nz = np.argwhere(cells[1:5, 1:4, 1:3] > 0)[:3] + 1
print("cells", [(tuple(int(k) for k in c), cells[tuple(c)]) for c in nz], "x overflow sum", cells[5].sum())
print("Integral(1,4,1,3,1,2)", repr(cells[1:5, 1:4, 1:3].sum()))
print("Integral(2,3,0,4,2,2)", cells[2:4, 0:5, 2:3].sum())

# ProjectionX over everything: per x bin 0..5
px = cells.sum(axis=(1, 2))
px_e = np.sqrt(cells2.sum(axis=(1, 2)))
print("px", [repr(v) for v in px])
print("px errors", [repr(v) for v in px_e])
# the projection left weights the statistics never counted (flows) -> entries = effective entries of bins 1..4
print("px entries", repr(px[1:5].sum() ** 2 / cells2.sum(axis=(1, 2))[1:5].sum()))
# ProjectionZ over y bins 1..3 and x bins 1..4 only
pz = cells[1:5, 1:4, :].sum(axis=(0, 1))
print("pz(x 1..4, y 1..3)", [repr(v) for v in pz])
# Project3D("yx"): y vertical, x horizontal, summed over all z: cell (binx=xbin, biny=ybin)
yx = cells.sum(axis=2)
print("yx (bx=2, by=1)", repr(yx[2, 1]), "(bx=4, by=3)", repr(yx[4, 3]))
# Project3D("xz"): x vertical, z horizontal, summed over all y: cell (binx=zbin, biny=xbin)
xz = cells.sum(axis=1)
print("xz (bx=1, by=3)", repr(xz[3, 1]), "(bx=2, by=0)", repr(xz[0, 2]))
# Project3D("z") with x range 2..3 and y range 1..2 set on the axes
print("z (x 2..3, y 1..2) bins 1, 2", cells[2:4, 1:3, 1].sum(), cells[2:4, 1:3, 2].sum())
