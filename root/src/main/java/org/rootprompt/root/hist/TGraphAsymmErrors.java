package org.rootprompt.root.hist;

import java.util.Arrays;

/** A TGraph with asymmetric errors: low and high in x and in y. */
public class TGraphAsymmErrors extends TGraph {
    protected double[] fEXlow;
    protected double[] fEXhigh;
    protected double[] fEYlow;
    protected double[] fEYhigh;

    public TGraphAsymmErrors() {
        this(0);
    }

    public TGraphAsymmErrors(int n) {
        super(n);
        allocateErrors();
    }

    /** The first n points; null error arrays mean zero errors. */
    public TGraphAsymmErrors(int n, double[] x, double[] y, double[] exl, double[] exh, double[] eyl, double[] eyh) {
        super(n, x, y);
        allocateErrors();
        copy(exl, fEXlow);
        copy(exh, fEXhigh);
        copy(eyl, fEYlow);
        copy(eyh, fEYhigh);
    }

    private void allocateErrors() {
        fEXlow = new double[fX.length];
        fEXhigh = new double[fX.length];
        fEYlow = new double[fX.length];
        fEYhigh = new double[fX.length];
    }

    private void copy(double[] from, double[] to) {
        if (from != null) {
            System.arraycopy(from, 0, to, 0, fNpoints);
        }
    }

    public void SetPointError(int i, double exl, double exh, double eyl, double eyh) {
        if (i < 0 || i >= fNpoints) {
            return;
        }
        fEXlow[i] = exl;
        fEXhigh[i] = exh;
        fEYlow[i] = eyl;
        fEYhigh[i] = eyh;
    }

    public double GetErrorXlow(int i) { return i >= 0 && i < fNpoints ? fEXlow[i] : -1; }
    public double GetErrorXhigh(int i) { return i >= 0 && i < fNpoints ? fEXhigh[i] : -1; }
    public double GetErrorYlow(int i) { return i >= 0 && i < fNpoints ? fEYlow[i] : -1; }
    public double GetErrorYhigh(int i) { return i >= 0 && i < fNpoints ? fEYhigh[i] : -1; }

    /** ROOT's combined error: sqrt((low² + high²) / 2). */
    public double[] GetEXlow() { return java.util.Arrays.copyOf(fEXlow, fNpoints); }
    public double[] GetEXhigh() { return java.util.Arrays.copyOf(fEXhigh, fNpoints); }
    public double[] GetEYlow() { return java.util.Arrays.copyOf(fEYlow, fNpoints); }
    public double[] GetEYhigh() { return java.util.Arrays.copyOf(fEYhigh, fNpoints); }

    public double GetErrorX(int i) {
        return i >= 0 && i < fNpoints ? Math.sqrt(0.5 * (fEXlow[i] * fEXlow[i] + fEXhigh[i] * fEXhigh[i])) : -1;
    }

    public double GetErrorY(int i) {
        return i >= 0 && i < fNpoints ? Math.sqrt(0.5 * (fEYlow[i] * fEYlow[i] + fEYhigh[i] * fEYhigh[i])) : -1;
    }

    @Override
    double errorY(int i) {
        return GetErrorY(i);
    }

    @Override
    double errorX(int i) {
        return GetErrorX(i);
    }

    @Override
    boolean hasErrors() {
        return true;
    }

    @Override
    protected void grow(int n) {
        super.grow(n);
        if (fEXlow != null && fX.length > fEXlow.length) {
            fEXlow = Arrays.copyOf(fEXlow, fX.length);
            fEXhigh = Arrays.copyOf(fEXhigh, fX.length);
            fEYlow = Arrays.copyOf(fEYlow, fX.length);
            fEYhigh = Arrays.copyOf(fEYhigh, fX.length);
        }
    }

    @Override
    protected void removeAt(int i) {
        super.removeAt(i);
        for (double[] a : new double[][] {fEXlow, fEXhigh, fEYlow, fEYhigh}) {
            System.arraycopy(a, i + 1, a, i, fNpoints - i - 1);
        }
    }

    @Override
    protected void permute(Integer[] order) {
        super.permute(order);
        fEXlow = reorder(fEXlow, order);
        fEXhigh = reorder(fEXhigh, order);
        fEYlow = reorder(fEYlow, order);
        fEYhigh = reorder(fEYhigh, order);
    }

    private static double[] reorder(double[] a, Integer[] order) {
        double[] b = new double[a.length];
        for (int i = 0; i < order.length; i++) {
            b[i] = a[order[i]];
        }
        return b;
    }

    @Override
    public TGraphAsymmErrors Clone() {
        TGraphAsymmErrors copy = (TGraphAsymmErrors) super.Clone();
        copy.fEXlow = fEXlow.clone();
        copy.fEXhigh = fEXhigh.clone();
        copy.fEYlow = fEYlow.clone();
        copy.fEYhigh = fEYhigh.clone();
        return copy;
    }
}
