"""Reference for GraphFitTest: pol2 through ROOT's gerrors.C points with x and y errors,
minimising the effective-variance chi2 sum (y - f)^2 / (ey^2 + (f'(x) ex)^2) as ROOT does.
Run: /usr/bin/python3 bench/reference/graph_effective_variance_reference.py (SciPy 1.10)."""
import numpy as np
from scipy.optimize import minimize

x = np.array([-0.22, 0.05, 0.25, 0.35, 0.5, 0.61, 0.7, 0.85, 0.89, 0.95])
y = np.array([1, 2.9, 5.6, 7.4, 9, 9.6, 8.7, 6.3, 4.5, 1])
ex = np.array([.05, .1, .07, .07, .04, .05, .06, .07, .08, .05])
ey = np.array([.8, .7, .6, .5, .4, .4, .5, .6, .7, .8])


def chi2(p):
    f = p[0] + p[1] * x + p[2] * x * x
    slope = p[1] + 2 * p[2] * x
    return np.sum((y - f) ** 2 / (ey ** 2 + (slope * ex) ** 2))


# the global minimum, from the least-squares start; (1, 1, 1) leads to a local one at chi2 = 137.38
r = minimize(chi2, (3.8, 19.9, -20.5), method="Nelder-Mead",
             options={"xatol": 1e-10, "fatol": 1e-12, "maxiter": 20000, "maxfev": 40000})
r = minimize(chi2, r.x, method="BFGS", options={"gtol": 1e-10})
print(repr(r.fun), [repr(v) for v in r.x])
# printed: 19.285451818863212 ['1.88045917...', '29.32955681...', '-29.36568362...']
