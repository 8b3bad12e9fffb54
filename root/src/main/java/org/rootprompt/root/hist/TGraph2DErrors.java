package org.rootprompt.root.hist;

import java.util.Arrays;
import org.rootprompt.root.core.CFormat;

/** A TGraph2D with errors ex, ey, ez on each point; fits weigh the points by ez. */
public class TGraph2DErrors extends TGraph2D {
    protected double[] fEX;
    protected double[] fEY;
    protected double[] fEZ;

    public TGraph2DErrors() {
        fEX = new double[0];
        fEY = new double[0];
        fEZ = new double[0];
    }

    public TGraph2DErrors(int n) {
        this(n, new double[Math.max(n, 0)], new double[Math.max(n, 0)], new double[Math.max(n, 0)], null, null, null);
    }

    /** The first n points; null error arrays mean zero errors. */
    public TGraph2DErrors(int n, double[] x, double[] y, double[] z, double[] ex, double[] ey, double[] ez) {
        super(n, x, y, z);
        fEX = new double[fX.length];
        fEY = new double[fX.length];
        fEZ = new double[fX.length];
        for (int i = 0; i < fNpoints; i++) {
            fEX[i] = ex == null ? 0 : ex[i];
            fEY[i] = ey == null ? 0 : ey[i];
            fEZ[i] = ez == null ? 0 : ez[i];
        }
    }

    /** Sets the errors of point i, growing the graph when i is past its end. */
    public void SetPointError(int i, double ex, double ey, double ez) {
        if (i < 0) {
            return;
        }
        if (i >= fNpoints) {
            SetPoint(i, 0, 0, 0);
        }
        fEX[i] = ex;
        fEY[i] = ey;
        fEZ[i] = ez;
    }

    @Override
    public double GetErrorX(int i) {
        return i >= 0 && i < fNpoints ? fEX[i] : -1;
    }

    @Override
    public double GetErrorY(int i) {
        return i >= 0 && i < fNpoints ? fEY[i] : -1;
    }

    @Override
    public double GetErrorZ(int i) {
        return i >= 0 && i < fNpoints ? fEZ[i] : -1;
    }

    public double[] GetEX() {
        return fEX;
    }

    public double[] GetEY() {
        return fEY;
    }

    public double[] GetEZ() {
        return fEZ;
    }

    @Override
    double[] errors(int axis) {
        return axis == 0 ? fEX : axis == 1 ? fEY : fEZ;
    }

    @Override
    boolean hasErrors() {
        return true;
    }

    @Override
    protected void grow(int n) {
        super.grow(n);
        fEX = Arrays.copyOf(fEX, n);
        fEY = Arrays.copyOf(fEY, n);
        fEZ = Arrays.copyOf(fEZ, n);
    }

    @Override
    protected void removeAt(int i) {
        super.removeAt(i);
        for (double[] a : new double[][] {fEX, fEY, fEZ}) {
            System.arraycopy(a, i + 1, a, i, fNpoints - i - 1);
        }
    }

    @Override
    String printErrors(int i) {
        return CFormat.format(", ex[%d]=%g, ey[%d]=%g, ez[%d]=%g", i, fEX[i], i, fEY[i], i, fEZ[i]);
    }

    @Override
    public TGraph2DErrors Clone() {
        TGraph2DErrors copy = (TGraph2DErrors) super.Clone();
        copy.fEX = fEX.clone();
        copy.fEY = fEY.clone();
        copy.fEZ = fEZ.clone();
        return copy;
    }
}
