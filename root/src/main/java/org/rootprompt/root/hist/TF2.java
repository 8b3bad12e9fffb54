package org.rootprompt.root.hist;

import org.rootprompt.root.math.Integrator;
import org.rootprompt.root.math.TMath;
import org.rootprompt.root.math.TRandom;

/**
 * A function of x and y with parameters on a rectangle: from a formula ({@code "xygaus"},
 * {@code "[0]*exp(-x*x-y*y)"}) or from Java code reading x[0] and x[1].
 */
public class TF2 extends TF1 {
    private double fYmin;
    private double fYmax;
    private int fNpy = 30;
    private double[] fIntegral2;

    public TF2(String name, String formula, double xmin, double xmax, double ymin, double ymax) {
        super(name, formula, xmin, xmax);
        fYmin = ymin;
        fYmax = ymax;
        SetNpx(30);
    }

    public TF2(String name, Function function, double xmin, double xmax, double ymin, double ymax, int npar) {
        super(name, function, xmin, xmax, npar);
        fYmin = ymin;
        fYmax = ymax;
        SetNpx(30);
    }

    public double Eval(double x, double y) {
        return Eval(x, y, 0);
    }

    public double GetYmin() {
        return fYmin;
    }

    public double GetYmax() {
        return fYmax;
    }

    public void SetRange(double xmin, double ymin, double xmax, double ymax) {
        super.SetRange(xmin, xmax);
        fYmin = ymin;
        fYmax = ymax;
        fIntegral2 = null;
    }

    public void SetNpy(int npy) {
        fNpy = Math.max(4, npy);
        fIntegral2 = null;
    }

    public int GetNpy() {
        return fNpy;
    }

    /** The integral over the rectangle [ax, bx] × [ay, by]: nested adaptive Gauss–Kronrod. */
    public double Integral(double ax, double bx, double ay, double by) {
        return Integral(ax, bx, ay, by, 1e-9);
    }

    public double Integral(double ax, double bx, double ay, double by, double epsrel) {
        return Integrator.integrate(
                x -> Integrator.integrate(y -> Eval(x, y), ay, by, 0, epsrel, 200), ax, bx, 0, epsrel, 200);
    }

    /**
     * A random point (x, y) distributed as this function (ROOT's GetRandom2): a cell of the
     * fNpx × fNpy grid by its cumulative integral, x interpolated within it, y uniform.
     */
    public void GetRandom2(double[] xy) {
        GetRandom2(xy, TRandom.gRandom);
    }

    public void GetRandom2(double[] xy, TRandom rng) {
        int npx = GetNpx();
        double dx = (GetXmax() - GetXmin()) / npx;
        double dy = (fYmax - fYmin) / fNpy;
        if (fIntegral2 == null) {
            int ncells = npx * fNpy;
            double[] integral = new double[ncells + 1];
            int cell = 0;
            for (int j = 0; j < fNpy; j++) {
                for (int i = 0; i < npx; i++) {
                    double x0 = GetXmin() + i * dx;
                    double y0 = fYmin + j * dy;
                    double v = Math.abs(Integral(x0, x0 + dx, y0, y0 + dy, 1e-6));
                    integral[cell + 1] = integral[cell] + v;
                    cell++;
                }
            }
            if (integral[ncells] == 0) {
                Error("GetRandom2", "Integral of function is zero");
                xy[0] = xy[1] = 0;
                return;
            }
            for (int k = 1; k <= ncells; k++) {
                integral[k] /= integral[ncells];
            }
            fIntegral2 = integral;
        }
        double r = rng.Rndm();
        int cell = Math.max(0, TMath.BinarySearch(npx * fNpy, fIntegral2, r));
        double dxint = fIntegral2[cell + 1] - fIntegral2[cell];
        double ddx = dxint > 0 ? dx * (r - fIntegral2[cell]) / dxint : 0;
        double ddy = dy * rng.Rndm();
        int j = cell / npx;
        int i = cell % npx;
        xy[0] = GetXmin() + dx * i + ddx;
        xy[1] = fYmin + dy * j + ddy;
    }

    @Override
    public void SetParameter(int i, double value) {
        super.SetParameter(i, value);
        fIntegral2 = null;
    }

    @Override
    public void SetParameters(double... values) {
        super.SetParameters(values);
        fIntegral2 = null;
    }

    @Override
    public TF2 Clone() {
        return (TF2) super.Clone();
    }
}
