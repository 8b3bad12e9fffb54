#!/usr/bin/env python3
"""Reference values for FitOptionsTest: the fit options of TH1::Fit (L, WL, P, I, E) done
independently with SciPy on the same histogram contents.

  L   minimise the Poisson -log likelihood ratio  sum f - n + n log(n/f)  over all bins (empty ones
      too); errors from the inverse Hessian (ErrorDef 1/2); Chi2 = 2 * MinFCN (Baker-Cousins).
  P   minimise Pearson's chi2  sum (n - f)^2 / f  over all bins; errors from 2 * inverse Hessian.
  I   chi2 with the function's mean over each bin (scipy.integrate.quad) instead of its centre value.
  E   Minos: the profile likelihood interval where min over the other parameters rises by 1/2.
  WL  weighted bins: the same likelihood on the contents, errors H1^-1 H2 H1^-1 with H2 the Hessian
      of the likelihood whose bin terms are weighted by w = error^2 / content.

Run: /usr/bin/python3 bench/reference/fit_options_reference.py   (Debian's python3-scipy 1.10)
"""
import math
import numpy as np
from scipy.integrate import quad
from scipy.optimize import brentq, curve_fit, minimize


def gaus(x, c, m, s):
    return c * np.exp(-0.5 * ((x - m) / s) ** 2)


def hessian(fun, p, rel=1e-4):
    """Central second differences."""
    p = np.asarray(p, float)
    n = len(p)
    h = rel * np.maximum(np.abs(p), 1e-2)
    hess = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            ei = np.zeros(n); ei[i] = h[i]
            ej = np.zeros(n); ej[j] = h[j]
            hess[i, j] = (fun(p + ei + ej) - fun(p + ei - ej) - fun(p - ei + ej) + fun(p - ei - ej)) / (4 * h[i] * h[j])
    return hess


def tight_min(fun, p0):
    r = minimize(fun, p0, method="Nelder-Mead", options={"xatol": 1e-12, "fatol": 1e-14, "maxiter": 200000, "maxfev": 200000})
    r = minimize(fun, r.x, method="BFGS", options={"gtol": 1e-10})
    return r


# --- the small histogram: 30 bins on [-3, 3], few counts and empty bins at the edges ---
nb, lo, hi = 30, -3.0, 3.0
w = (hi - lo) / nb
xc = np.array([lo + (i + 0.5) * w for i in range(nb)])
n = np.array([round(20 * math.exp(-0.5 * ((x - 0.2) / 0.9) ** 2) * (1 + 0.3 * math.sin(5 * x))) for x in xc], float)
print("small contents", [int(v) for v in n])


def nll(p, y=n):
    f = np.maximum(gaus(xc, *p), 0)
    t = f - y
    pos = y > 0
    t[pos] += y[pos] * (np.log(y[pos]) - np.log(f[pos]))
    return float(np.sum(t))


r = tight_min(nll, [15, 0.2, 1.0])
pL = r.x
covL = np.linalg.inv(hessian(nll, pL))
print("L params", repr(list(pL)))
print("L errors", repr(list(np.sqrt(np.diag(covL)))))
print("L minfcn", repr(nll(pL)))

# Minos: profile -log L over the other two parameters
for k in range(3):
    def profile(v, k=k):
        def sub(q):
            full = np.insert(q, k, v)
            return nll(full)
        start = np.delete(pL, k)
        return tight_min(sub, start).fun
    sig = math.sqrt(covL[k, k])
    target = nll(pL) + 0.5
    low = brentq(lambda v: profile(v) - target, pL[k] - 5 * sig, pL[k], xtol=1e-12)
    up = brentq(lambda v: profile(v) - target, pL[k], pL[k] + 5 * sig, xtol=1e-12)
    print("E minos", k, repr(low - pL[k]), repr(up - pL[k]))


def pearson(p):
    f = gaus(xc, *p)
    good = f > 0
    return float(np.sum((n[good] - f[good]) ** 2 / f[good]))


r = tight_min(pearson, [15, 0.2, 1.0])
pP = r.x
covP = 2 * np.linalg.inv(hessian(pearson, pP))
print("P params", repr(list(pP)))
print("P errors", repr(list(np.sqrt(np.diag(covP)))))
print("P chi2", repr(pearson(pP)))

# --- weighted: bin i holds n_i entries of weight 1 + 0.5 (i % 3) ---
wt = np.array([1 + 0.5 * (i % 3) for i in range(nb)])
yw = n * wt
e2 = n * wt * wt
r = tight_min(lambda p: nll(p, yw), [30, 0.2, 1.0])
pW = r.x
glob = e2.sum() / yw.sum()


def nll_w2(p):
    f = np.maximum(gaus(xc, *p), 0)
    t = np.where(yw > 0, wt * (f - yw), glob * f)
    pos = yw > 0
    t[pos] += wt[pos] * yw[pos] * (np.log(yw[pos]) - np.log(f[pos]))
    return float(np.sum(t))


h1 = np.linalg.inv(hessian(lambda p: nll(p, yw), pW))
covW = h1 @ hessian(nll_w2, pW) @ h1
print("WL params", repr(list(pW)))
print("WL errors", repr(list(np.sqrt(np.diag(covW)))))
print("WL minfcn", repr(nll(pW, yw)))

# --- integral option on the big histogram of gaus_fit_reference.py ---
nb2, lo2, hi2 = 40, -4.0, 4.0
w2 = (hi2 - lo2) / nb2
edges = np.array([lo2 + i * w2 for i in range(nb2 + 1)])
c2 = (edges[:-1] + edges[1:]) / 2
y2 = np.array([round(1000 * math.exp(-0.5 * ((x - 0.3) / 1.1) ** 2) * (1 + 0.05 * math.sin(7 * x))) for x in c2], float)
mask = y2 > 0
idx = np.arange(nb2)[mask]


def bin_mean(i, c, m, s):
    i = int(i)
    return quad(lambda x: c * math.exp(-0.5 * ((x - m) / s) ** 2), edges[i], edges[i + 1], epsabs=1e-12, epsrel=1e-12)[0] / w2


def model(ii, c, m, s):
    return np.array([bin_mean(i, c, m, s) for i in ii])


pI, covI = curve_fit(model, idx, y2[mask], p0=[900, 0.2, 1.0], sigma=np.sqrt(y2[mask]), absolute_sigma=True,
                     xtol=1e-14, ftol=1e-14, gtol=1e-14, maxfev=100000)
chiI = float(np.sum(((y2[mask] - model(idx, *pI)) / np.sqrt(y2[mask])) ** 2))
print("I params", repr(list(pI)))
print("I errors", repr(list(np.sqrt(np.diag(covI)))))
print("I chi2", repr(chiI))
