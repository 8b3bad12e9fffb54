"""Independent reference for TH2 rebinning tests: numpy sums over groups of cells.

Run: python3 bench/reference/th2_rebin_reference.py
Histogram: 5 x 4 bins on [0,5) x [0,4); every cell (binx 0..6, biny 0..5, flows included) filled
once at its centre with weight w = 10 (binx + 1) + biny + 1.
Rebin2D(2, 3): x groups [0] [1 2] [3 4] [5 6] (bin 5 left over joins the overflow),
y groups [0] [1 2 3] [4 5].
"""
import numpy as np

bx, by = np.meshgrid(np.arange(7), np.arange(6), indexing="ij")
w = 10.0 * (bx + 1) + by + 1
cells = w.copy()
sumw2 = w * w
xg = [0, 1, 3, 5]
yg = [0, 1, 4]
grouped = np.add.reduceat(np.add.reduceat(cells, xg, axis=0), yg, axis=1)
grouped2 = np.add.reduceat(np.add.reduceat(sumw2, xg, axis=0), yg, axis=1)
print("new cells (binx 0..3, biny 0..2):")
print(grouped.tolist())
print("errors:", np.sqrt(grouped2).tolist())
# statistics recomputed from the new cells 1..2 x 1..1, centres x = 1, 3 and y = 1.5
inner = grouped[1:3, 1:2]
xc = np.array([1.0, 3.0])[:, None]
print("mean x", float((inner * xc).sum() / inner.sum()), "mean y", 1.5)
