package org.rootprompt.root.hist;

import java.util.Arrays;

/** A TGraph with symmetric errors ex and ey on each point. */
public class TGraphErrors extends TGraph {
    protected double[] fEX;
    protected double[] fEY;

    public TGraphErrors() {
        this(0);
    }

    public TGraphErrors(int n) {
        super(n);
        fEX = new double[fX.length];
        fEY = new double[fX.length];
    }

    /** The first n points; null error arrays mean zero errors. */
    public TGraphErrors(int n, double[] x, double[] y, double[] ex, double[] ey) {
        super(n, x, y);
        fEX = new double[fX.length];
        fEY = new double[fX.length];
        if (ex != null) {
            System.arraycopy(ex, 0, fEX, 0, fNpoints);
        }
        if (ey != null) {
            System.arraycopy(ey, 0, fEY, 0, fNpoints);
        }
    }

    public TGraphErrors(int n, double[] x, double[] y) {
        this(n, x, y, null, null);
    }

    public void SetPointError(int i, double ex, double ey) {
        if (i < 0 || i >= fNpoints) {
            return;
        }
        fEX[i] = ex;
        fEY[i] = ey;
    }

    /** Sets the errors of the last point (ROOT's SetPointError(ex, ey)). */
    public void SetPointError(double ex, double ey) {
        SetPointError(fNpoints - 1, ex, ey);
    }

    public double GetErrorX(int i) {
        return i >= 0 && i < fNpoints ? fEX[i] : -1;
    }

    public double GetErrorY(int i) {
        return i >= 0 && i < fNpoints ? fEY[i] : -1;
    }

    public double[] GetEX() {
        return fEX;
    }

    public double[] GetEY() {
        return fEY;
    }

    @Override
    double errorY(int i) {
        return fEY[i];
    }

    @Override
    double errorX(int i) {
        return fEX[i];
    }

    @Override
    boolean hasErrors() {
        return true;
    }

    @Override
    protected void grow(int n) {
        super.grow(n);
        if (fEX != null && fX.length > fEX.length) {
            fEX = Arrays.copyOf(fEX, fX.length);
            fEY = Arrays.copyOf(fEY, fX.length);
        }
    }

    @Override
    public void Set(int n) {
        int old = fNpoints;
        super.Set(n);
        for (int i = old; i < n; i++) {
            fEX[i] = 0;
            fEY[i] = 0;
        }
    }

    @Override
    protected void removeAt(int i) {
        super.removeAt(i);
        System.arraycopy(fEX, i + 1, fEX, i, fNpoints - i - 1);
        System.arraycopy(fEY, i + 1, fEY, i, fNpoints - i - 1);
    }

    @Override
    protected void permute(Integer[] order) {
        super.permute(order);
        double[] ex = new double[fEX.length];
        double[] ey = new double[fEY.length];
        for (int i = 0; i < order.length; i++) {
            ex[i] = fEX[order[i]];
            ey[i] = fEY[order[i]];
        }
        fEX = ex;
        fEY = ey;
    }

    @Override
    public void Print(String option) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fNpoints; i++) {
            out.append(org.rootprompt.root.core.CFormat.format("x[%d]=%g, y[%d]=%g, ex[%d]=%g, ey[%d]=%g\n",
                    i, fX[i], i, fY[i], i, fEX[i], i, fEY[i]));
        }
        System.out.print(out);
    }

    @Override
    public TGraphErrors Clone() {
        TGraphErrors copy = (TGraphErrors) super.Clone();
        copy.fEX = fEX.clone();
        copy.fEY = fEY.clone();
        return copy;
    }
}
