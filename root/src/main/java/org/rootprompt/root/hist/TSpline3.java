package org.rootprompt.root.hist;

import org.rootprompt.root.core.TNamed;

/**
 * ROOT's cubic interpolating spline through knots with increasing x (de Boor's CUBSPL). Without
 * options both ends use the not-a-knot condition; "b1"/"e1" prescribe the first derivative at the
 * first/last knot (valbeg, valend), "b2"/"e2" the second. Outside the knots the end cubic extrapolates.
 */
public class TSpline3 extends TNamed {
    private final int fNp;
    private final double[] fX;
    private final double[] fY;
    /** Per knot the cubic y + b·dx + c·dx² + d·dx³ on [x_i, x_i+1], dx = x − x_i. */
    private final double[] fB;
    private final double[] fC;
    private final double[] fD;
    private final double fValBeg;
    private final double fValEnd;
    private int fBegCond;
    private int fEndCond;

    /** n knots (x[i], y[i]), x increasing. */
    public TSpline3(String title, double[] x, double[] y, int n) {
        this(title, x, y, n, "", 0, 0);
    }

    public TSpline3(String title, double[] x, double[] y, int n, String opt) {
        this(title, x, y, n, opt, 0, 0);
    }

    public TSpline3(String title, double[] x, double[] y, int n, String opt, double valbeg, double valend) {
        super("Spline3", title);
        fNp = Math.max(n, 0);
        fX = java.util.Arrays.copyOf(x, fNp);
        fY = java.util.Arrays.copyOf(y, fNp);
        fB = new double[fNp];
        fC = new double[fNp];
        fD = new double[fNp];
        fValBeg = valbeg;
        fValEnd = valend;
        SetCond(opt);
        if (fNp < 2) {
            Error("BuildCoeff", "a spline needs at least 2 knots (%d given)", fNp);
            return;
        }
        BuildCoeff();
    }

    /** The graph's points as knots (they must be sorted in x). */
    public TSpline3(String title, TGraph g) {
        this(title, g, "", 0, 0);
    }

    public TSpline3(String title, TGraph g, String opt) {
        this(title, g, opt, 0, 0);
    }

    public TSpline3(String title, TGraph g, String opt, double valbeg, double valend) {
        this(title, g.GetX(), g.GetY(), g.GetN(), opt, valbeg, valend);
    }

    private void SetCond(String opt) {
        String o = opt == null ? "" : opt;
        boolean b1 = o.contains("b1");
        boolean b2 = o.contains("b2");
        boolean e1 = o.contains("e1");
        boolean e2 = o.contains("e2");
        if (b1 && b2) {
            Error("SetCond", "Cannot specify first and second derivative at first point");
        }
        if (e1 && e2) {
            Error("SetCond", "Cannot specify first and second derivative at last point");
        }
        fBegCond = b1 ? 1 : b2 ? 2 : 0;
        fEndCond = e1 ? 1 : e2 ? 2 : 0;
    }

    /**
     * Solves the tridiagonal system for the slopes s_i at the knots (first and last rows from the
     * end conditions), then turns value and slope at both ends of each interval into the cubic.
     */
    private void BuildCoeff() {
        int n = fNp;
        double[] h = new double[n];     // h[i] = x[i] − x[i−1]
        double[] delta = new double[n]; // delta[i] = (y[i] − y[i−1]) / h[i]
        for (int i = 1; i < n; i++) {
            h[i] = fX[i] - fX[i - 1];
            delta[i] = (fY[i] - fY[i - 1]) / h[i];
        }
        // row i: sub[i]·s[i−1] + diag[i]·s[i] + sup[i]·s[i+1] = rhs[i]
        double[] sub = new double[n];
        double[] diag = new double[n];
        double[] sup = new double[n];
        double[] rhs = new double[n];
        if (fBegCond == 1) {
            diag[0] = 1;
            rhs[0] = fValBeg;
        } else if (fBegCond == 2) { // 2 s0 + s1 = 3 δ1 − h1 y''/2
            diag[0] = 2;
            sup[0] = 1;
            rhs[0] = 3 * delta[1] - h[1] / 2 * fValBeg;
        } else if (n == 2) { // too few knots for not-a-knot
            diag[0] = 1;
            sup[0] = 1;
            rhs[0] = 2 * delta[1];
        } else { // not-a-knot: the third derivative is continuous at x[1]
            diag[0] = h[2];
            sup[0] = h[1] + h[2];
            rhs[0] = ((h[1] + 2 * sup[0]) * delta[1] * h[2] + h[1] * h[1] * delta[2]) / sup[0];
        }
        for (int i = 1; i < n - 1; i++) { // continuity of the second derivative at x[i]
            sub[i] = h[i + 1];
            diag[i] = 2 * (h[i] + h[i + 1]);
            sup[i] = h[i];
            rhs[i] = 3 * (h[i] * delta[i + 1] + h[i + 1] * delta[i]);
        }
        int l = n - 1;
        if (fEndCond == 1) {
            diag[l] = 1;
            rhs[l] = fValEnd;
        } else if (fEndCond == 2) { // s[n−2] + 2 s[n−1] = 3 δ + h y''/2
            sub[l] = 1;
            diag[l] = 2;
            rhs[l] = 3 * delta[l] + h[l] / 2 * fValEnd;
        } else if (n == 2 || (n == 3 && fBegCond == 0)) {
            // with three knots not-a-knot at both ends is one parabola: its slopes average to δ
            sub[l] = 1;
            diag[l] = 1;
            rhs[l] = 2 * delta[l];
            if (n == 2 && fBegCond == 0) { // both ends free with two knots: the straight line
                sub[l] = 0;
                rhs[l] = delta[l];
            }
        } else { // not-a-knot at x[n−2]
            double g = h[l - 1] + h[l];
            sub[l] = g;
            diag[l] = h[l - 1];
            rhs[l] = ((h[l] + 2 * g) * delta[l] * h[l - 1] + h[l] * h[l] * delta[l - 1]) / g;
        }
        double[] s = solveTridiagonal(sub, diag, sup, rhs);
        for (int i = 0; i < n - 1; i++) {
            double dtau = h[i + 1];
            double divdf3 = s[i] + s[i + 1] - 2 * delta[i + 1];
            fB[i] = s[i];
            fC[i] = (delta[i + 1] - s[i] - divdf3) / dtau;
            fD[i] = divdf3 / (dtau * dtau);
        }
        fB[n - 1] = s[n - 1];
    }

    /** Gaussian elimination without pivoting (the systems are diagonally dominant or nearly so). */
    private static double[] solveTridiagonal(double[] sub, double[] diag, double[] sup, double[] rhs) {
        int n = diag.length;
        double[] d = diag.clone();
        double[] u = sup.clone();
        double[] r = rhs.clone();
        for (int i = 1; i < n; i++) {
            double m = sub[i] / d[i - 1];
            d[i] -= m * u[i - 1];
            r[i] -= m * r[i - 1];
        }
        double[] s = new double[n];
        s[n - 1] = r[n - 1] / d[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            s[i] = (r[i] - u[i] * s[i + 1]) / d[i];
        }
        return s;
    }

    /** The interval whose cubic serves x: the end ones outside the knots (ROOT's FindX). */
    private int interval(double x) {
        int klow = 0;
        int khig = fNp - 1;
        if (x >= fX[khig]) {
            klow = khig;
        } else if (x > fX[0]) {
            while (khig - klow > 1) {
                int khalf = (klow + khig) / 2;
                if (x > fX[khalf]) {
                    klow = khalf;
                } else {
                    khig = khalf;
                }
            }
        }
        return Math.min(klow, Math.max(fNp - 2, 0));
    }

    public double Eval(double x) {
        if (fNp == 0) {
            return 0;
        }
        int k = interval(x);
        double dx = x - fX[k];
        return fY[k] + dx * (fB[k] + dx * (fC[k] + dx * fD[k]));
    }

    public double Derivative(double x) {
        if (fNp == 0) {
            return 0;
        }
        int k = interval(x);
        double dx = x - fX[k];
        return fB[k] + dx * (2 * fC[k] + 3 * dx * fD[k]);
    }

    public int GetNp() {
        return fNp;
    }

    public double GetXmin() {
        return fNp > 0 ? fX[0] : 0;
    }

    public double GetXmax() {
        return fNp > 0 ? fX[fNp - 1] : 0;
    }

    /** Copies knot i into xy[0], xy[1] (ROOT's GetKnot with references). */
    public void GetKnot(int i, double[] xy) {
        if (i < 0 || i >= fNp) {
            return;
        }
        xy[0] = fX[i];
        xy[1] = fY[i];
    }

    /** Copies x, y, b, c, d of knot i into xybcd[0..4] (ROOT's GetCoeff). */
    public void GetCoeff(int i, double[] xybcd) {
        if (i < 0 || i >= fNp) {
            return;
        }
        xybcd[0] = fX[i];
        xybcd[1] = fY[i];
        xybcd[2] = fB[i];
        xybcd[3] = fC[i];
        xybcd[4] = fD[i];
    }

    @Override
    public TSpline3 Clone() {
        return (TSpline3) super.Clone(); // the arrays are never changed after construction
    }
}
