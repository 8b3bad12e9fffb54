package org.rootprompt.root.hist;

import org.rootprompt.root.math.Integrator;
import org.rootprompt.root.math.TMath;
import org.rootprompt.root.math.TRandom;

/**
 * A function of x, y and z with parameters in a box: from a formula ({@code "xyzgaus"},
 * {@code "[0]*x*y*z"}) or from Java code reading x[0], x[1] and x[2].
 */
public class TF3 extends TF2 {
    private double fZmin;
    private double fZmax;
    private int fNpz = 30;
    /** The cumulative sum of |f| at the centres of the fNpx × fNpy × fNpz cells, normalised to 1. */
    private double[] fIntegral3;

    public TF3(String name, String formula, double xmin, double xmax, double ymin, double ymax, double zmin,
            double zmax) {
        super(name, formula, xmin, xmax, ymin, ymax);
        fZmin = zmin;
        fZmax = zmax;
    }

    public TF3(String name, String formula) {
        this(name, formula, 0, 1, 0, 1, 0, 1);
    }

    public TF3(String name, Function function, double xmin, double xmax, double ymin, double ymax, double zmin,
            double zmax, int npar) {
        super(name, function, xmin, xmax, ymin, ymax, npar);
        fZmin = zmin;
        fZmax = zmax;
    }

    public double GetZmin() {
        return fZmin;
    }

    public double GetZmax() {
        return fZmax;
    }

    public void SetRange(double xmin, double ymin, double zmin, double xmax, double ymax, double zmax) {
        super.SetRange(xmin, ymin, xmax, ymax);
        fZmin = zmin;
        fZmax = zmax;
        fIntegral3 = null;
    }

    /** The number of points in z for drawing and GetRandom3 (ROOT's default 30, between 4 and 10000). */
    public void SetNpz(int npz) {
        if (npz < 4) {
            Warning("SetNpz", "Number of points must be >=4 && <= 10000, fNpz set to 4");
            fNpz = 4;
        } else if (npz > 10000) {
            Warning("SetNpz", "Number of points must be >=4 && <= 10000, fNpz set to 10000");
            fNpz = 10000;
        } else {
            fNpz = npz;
        }
        fIntegral3 = null;
    }

    public int GetNpz() {
        return fNpz;
    }

    /** The integral over the box: nested adaptive Gauss–Kronrod to ROOT's default relative precision 1e-6. */
    public double Integral(double ax, double bx, double ay, double by, double az, double bz) {
        return Integral(ax, bx, ay, by, az, bz, 1e-6);
    }

    public double Integral(double ax, double bx, double ay, double by, double az, double bz, double epsrel) {
        return Integrator.integrate(x -> Integrator.integrate(y -> Integrator.integrate(
                z -> Eval(x, y, z), az, bz, 0, epsrel, 200), ay, by, 0, epsrel, 200), ax, bx, 0, epsrel, 200);
    }

    /**
     * A random point (x, y, z) distributed as this function, by ROOT's GetRandom3: a cell of the
     * fNpx × fNpy × fNpz grid chosen by the cumulative sum of |f| at the cell centres, then a uniform
     * point inside it (four uniform numbers per point, in that order).
     */
    public void GetRandom3(double[] xyz) {
        GetRandom3(xyz, TRandom.gRandom);
    }

    public void GetRandom3(double[] xyz, TRandom rng) {
        int npx = GetNpx();
        int npy = GetNpy();
        double dx = (GetXmax() - GetXmin()) / npx;
        double dy = (GetYmax() - GetYmin()) / npy;
        double dz = (fZmax - fZmin) / fNpz;
        int ncells = npx * npy * fNpz;
        if (fIntegral3 == null && !buildCells(npx, npy, dx, dy, dz)) {
            java.util.Arrays.fill(xyz, 0, 3, 0.0);
            return;
        }
        int cell = Math.min(ncells - 1, Math.max(0, TMath.BinarySearch(ncells, fIntegral3, rng.Rndm())));
        int k = cell / (npx * npy);
        int j = (cell - k * npx * npy) / npx;
        int i = cell - npx * (j + npy * k);
        xyz[0] = GetXmin() + dx * i + dx * rng.Rndm();
        xyz[1] = GetYmin() + dy * j + dy * rng.Rndm();
        xyz[2] = fZmin + dz * k + dz * rng.Rndm();
    }

    private boolean buildCells(int npx, int npy, double dx, double dy, double dz) {
        double[] integral = new double[npx * npy * fNpz + 1];
        int negative = 0;
        int cell = 0;
        for (int k = 0; k < fNpz; k++) {
            double z = fZmin + (k + 0.5) * dz;
            for (int j = 0; j < npy; j++) {
                double y = GetYmin() + (j + 0.5) * dy;
                for (int i = 0; i < npx; i++) {
                    double v = Eval(GetXmin() + (i + 0.5) * dx, y, z);
                    if (v < 0) {
                        negative++;
                        v = -v;
                    }
                    integral[cell + 1] = integral[cell] + v;
                    cell++;
                }
            }
        }
        if (negative > 0) {
            Warning("GetRandom3", "function:%s has %d negative values: abs assumed", GetName(), negative);
        }
        double total = integral[cell];
        if (total == 0) {
            Error("GetRandom3", "Integral of function is zero");
            return false;
        }
        for (int c = 1; c <= cell; c++) {
            integral[c] /= total;
        }
        fIntegral3 = integral;
        return true;
    }

    // anything that changes the function or the grid invalidates the cells

    @Override
    public void SetParameter(int i, double value) {
        super.SetParameter(i, value);
        fIntegral3 = null;
    }

    @Override
    public void SetParameter(String name, double value) {
        super.SetParameter(name, value);
        fIntegral3 = null;
    }

    @Override
    public void SetParameters(double... values) {
        super.SetParameters(values);
        fIntegral3 = null;
    }

    @Override
    public void SetNpx(int npx) {
        super.SetNpx(npx);
        fIntegral3 = null;
    }

    @Override
    public void SetNpy(int npy) {
        super.SetNpy(npy);
        fIntegral3 = null;
    }

    @Override
    public TF3 Clone() {
        return (TF3) super.Clone();
    }
}
