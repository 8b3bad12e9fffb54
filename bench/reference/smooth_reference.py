#!/usr/bin/env python3
"""Reference values for SmoothTest: the 353QH-twice smoother (J. Friedman, Proc. 1974 CERN School of
Computing; HBOOK's HSMOOF, which ROOT's TH1::SmoothArray translates), written here with numpy array
operations from that description, not from ROOT's loop:

  353   running medians of 3, then 5, then 3. End rules: after the first median of 3 the end value is
        the median of (end, neighbour, 3*neighbour - 2*next); in the median of 5 the second and
        second-to-last values take the median of 3 of the first/last three; ends are kept otherwise.
  Q     where three equal values sit at a peak or a valley (both second neighbours on the same side)
        the plateau is bent, with HSMOOF's coefficients: centre = -z[i-2k]/2 + z[i]/0.75 + z[i+2k]/6,
        and the side towards the smaller jump k: z[i] + (z[i+2k] - z[i-2k])/2.
  H     hanning: running mean with weights 1/4, 1/2, 1/4, ends kept.
  twice the same smoother applied to the residuals, added back; clipped at 0 when the input has no
        negative value.

Run: /usr/bin/python3 bench/reference/smooth_reference.py
"""
import math
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def running_median(y, w):
    out = y.copy()
    h = w // 2
    out[h:len(y) - h] = np.median(sliding_window_view(y, w), axis=1)
    return out


def s353qh(x):
    z = running_median(x, 3)
    z[0] = np.median([z[1], z[0], 3 * z[1] - 2 * z[2]])
    z[-1] = np.median([z[-2], z[-1], 3 * z[-2] - 2 * z[-3]])
    y = z
    z = running_median(y, 5)
    z[1] = np.median(y[:3])
    z[-2] = np.median(y[-3:])
    z = running_median(z, 3)
    q = z.copy()
    for i in range(2, len(z) - 2):
        if z[i - 1] == z[i] == z[i + 1]:
            lo, hi = z[i - 2] - z[i], z[i + 2] - z[i]
            if lo * hi > 0:
                k = -1 if abs(hi) > abs(lo) else 1
                q[i] = -0.5 * z[i - 2 * k] + z[i] / 0.75 + z[i + 2 * k] / 6.0
                q[i + k] = 0.5 * (z[i + 2 * k] - z[i - 2 * k]) + z[i]
    h = q.copy()
    h[1:-1] = 0.25 * q[:-2] + 0.5 * q[1:-1] + 0.25 * q[2:]
    return h


def smooth(x, ntimes=1):
    x = np.array(x, dtype=float)
    for _ in range(ntimes):
        s = s353qh(x)
        total = s + s353qh(x - s)
        x = total if x.min() < 0 else np.maximum(total, 0.0)
    return x


# the contents the Java test fills: a peak on a slope with deterministic noise, and a plateau peak
contents = [round(50 * math.exp(-0.5 * ((i - 12) / 3.0) ** 2) + 10 + 8 * math.sin(2.3 * i)) for i in range(30)]
contents[24] = contents[25] = contents[26] = 40  # a flat peak, for the Q step
print("contents", contents)
print("smooth1", " ".join(repr(float(v)) for v in smooth(contents, 1)))
print("smooth3", " ".join(repr(float(v)) for v in smooth(contents, 3)))
# option R with the axis range bins 6..20 (indices 5..19): only those are smoothed
print("range", " ".join(repr(float(v)) for v in smooth(contents[5:20], 1)))
signed = [c - 25 for c in contents]
print("signed", " ".join(repr(float(v)) for v in smooth(signed, 1)))
