"""Independent reference for TProfile2DTest: per-cell weighted means of z, their spread, effective
entries and error of the mean, and the global means, from the raw points with numpy.

Run: python3 bench/reference/tprofile2d_reference.py
Profile: 3 x 2 cells on [0,3) x [0,2); point i (0..23) at x = (0.41 i) % 3.4 - 0.2,
y = (0.67 i) % 2.2 - 0.1, z = sin(i) * 5 + i * 0.1, weight w = 1 + (i % 4) * 0.25.
"""
import numpy as np

i = np.arange(24)
x = (i * 0.41) % 3.4 - 0.2
y = (i * 0.67) % 2.2 - 0.1
z = np.sin(i) * 5 + i * 0.1
w = 1 + (i % 4) * 0.25


def binof(v, n, lo, hi):
    b = 1 + np.floor(n * (v - lo) / (hi - lo)).astype(int)
    return np.where(v < lo, 0, np.where(v >= hi, n + 1, b))


bx = binof(x, 3, 0.0, 3.0)
by = binof(y, 2, 0.0, 2.0)
for cx, cy in [(1, 1), (2, 1), (3, 2), (0, 1)]:
    sel = (bx == cx) & (by == cy)
    sw, sw2 = w[sel].sum(), (w[sel] ** 2).sum()
    mean = np.sum(w[sel] * z[sel]) / sw
    spread = np.sqrt(np.sum(w[sel] * z[sel] ** 2) / sw - mean ** 2)
    neff = sw * sw / sw2
    print(f"cell({cx},{cy}) n={int(sel.sum())} sumw={sw!r} mean={float(mean)!r} spread={float(spread)!r} "
          f"neff={float(neff)!r} error={float(spread / np.sqrt(neff))!r} sumwz={float(np.sum(w[sel] * z[sel]))!r} "
          f"sumwz2={float(np.sum(w[sel] * z[sel] ** 2))!r}")
inside = (bx >= 1) & (bx <= 3) & (by >= 1) & (by <= 2)
sw = w[inside].sum()
print("GetMean(1..3)", [float(np.sum(w[inside] * v[inside]) / sw) for v in (x, y, z)])
print("entries", len(i), "outside", int((~inside).sum()))
