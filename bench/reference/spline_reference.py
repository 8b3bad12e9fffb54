#!/usr/bin/env python3
"""Reference values for TSpline3Test: cubic interpolating splines from SciPy's CubicSpline with the
end conditions that match ROOT's TSpline3 options (none: not-a-knot; "b1e1": first derivatives;
"b2e2": second derivatives; "b1e2": mixed). Values and first derivatives inside and outside the knots
(CubicSpline extrapolates with the end cubics, as TSpline3 does).

Run: /usr/bin/python3 bench/reference/spline_reference.py
"""
import numpy as np
from scipy.interpolate import CubicSpline

x = np.array([-3.0, -1.0, 0.0, 3.0, 4.0, 6.5])
y = np.array([7.0, 11.0, 26.0, 56.0, 29.0, 31.0])
at = [-3.5, -2.0, -0.25, 1.7, 3.0, 5.2, 7.0]
cases = {
    "": "not-a-knot",
    "b1e1": ((1, 2.5), (1, -4.0)),
    "b2e2": ((2, 0.0), (2, 0.0)),
    "b1e2": ((1, 2.5), (2, 3.0)),
}
for opt, bc in cases.items():
    s = CubicSpline(x, y, bc_type=bc)
    print(repr(opt), "eval", " ".join(repr(float(v)) for v in s(at)))
    print(repr(opt), "deriv", " ".join(repr(float(v)) for v in s(at, 1)))
# three knots, not-a-knot: the parabola through them
s3 = CubicSpline([0.0, 1.0, 3.0], [1.0, 2.0, 0.0], bc_type="not-a-knot")
print("three", " ".join(repr(float(v)) for v in s3([-1.0, 0.5, 2.0, 4.0])))
