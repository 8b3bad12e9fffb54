package org.rootprompt.root.hist;

import java.util.Arrays;
import org.rootprompt.root.core.TAttFill;
import org.rootprompt.root.core.TAttLine;
import org.rootprompt.root.core.TAttMarker;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TNamed;
import org.rootprompt.root.core.TObject;

/** A set of points (x, y): ROOT's TGraph, stored in two primitive arrays. */
public class TGraph extends TNamed implements TAttLine, TAttFill, TAttMarker {
    protected int fNpoints;
    protected double[] fX;
    protected double[] fY;

    public TGraph() {
        this(0);
    }

    /** n points, all at (0, 0). */
    public TGraph(int n) {
        super("Graph", "Graph");
        if (n < 0) {
            Error("TGraph", "illegal number of points (%d)", n);
            n = 0;
        }
        fNpoints = n;
        fX = new double[n];
        fY = new double[n];
    }

    /** The first n points of the arrays (copied). */
    public TGraph(int n, double[] x, double[] y) {
        this(n);
        System.arraycopy(x, 0, fX, 0, fNpoints);
        System.arraycopy(y, 0, fY, 0, fNpoints);
    }

    public TGraph(int n, float[] x, float[] y) {
        this(n);
        for (int i = 0; i < fNpoints; i++) {
            fX[i] = x[i];
            fY[i] = y[i];
        }
    }

    /** Points 1, 2, …, n with the given y values (ROOT's TGraph(n, y)). */
    public TGraph(int n, double[] y) {
        this(n);
        for (int i = 0; i < fNpoints; i++) {
            fX[i] = i + 1;
            fY[i] = y[i];
        }
    }

    public int GetN() {
        return fNpoints;
    }

    /** The x values; the array itself, as ROOT's GetX, longer than GetN() after growth. */
    public double[] GetX() {
        return fX;
    }

    public double[] GetY() {
        return fY;
    }

    public double GetPointX(int i) {
        return i >= 0 && i < fNpoints ? fX[i] : -1;
    }

    public double GetPointY(int i) {
        return i >= 0 && i < fNpoints ? fY[i] : -1;
    }

    /** Copies point i into xy[0], xy[1]; returns i, or -1 if there is no such point (ROOT's GetPoint). */
    public int GetPoint(int i, double[] xy) {
        if (i < 0 || i >= fNpoints) {
            return -1;
        }
        xy[0] = fX[i];
        xy[1] = fY[i];
        return i;
    }

    /** Sets point i, growing the graph when i is past its end. */
    public void SetPoint(int i, double x, double y) {
        if (i < 0) {
            return;
        }
        if (i >= fNpoints) {
            grow(i + 1);
            fNpoints = i + 1;
        }
        fX[i] = x;
        fY[i] = y;
    }

    /** Appends a point (ROOT's AddPoint). */
    public void AddPoint(double x, double y) {
        SetPoint(fNpoints, x, y);
    }

    /** Changes the number of points (new ones at 0). */
    public void Set(int n) {
        if (n < 0) {
            return;
        }
        grow(n);
        for (int i = fNpoints; i < n; i++) {
            fX[i] = 0;
            fY[i] = 0;
        }
        fNpoints = n;
    }

    /** Room for n points; subclasses grow their error arrays too. */
    protected void grow(int n) {
        if (n > fX.length) {
            int size = Math.max(n, 2 * fX.length);
            fX = Arrays.copyOf(fX, size);
            fY = Arrays.copyOf(fY, size);
        }
    }

    /** Removes point i; returns i, or -1 if there is no such point. */
    public int RemovePoint(int i) {
        if (i < 0 || i >= fNpoints) {
            return -1;
        }
        removeAt(i);
        fNpoints--;
        return i;
    }

    protected void removeAt(int i) {
        System.arraycopy(fX, i + 1, fX, i, fNpoints - i - 1);
        System.arraycopy(fY, i + 1, fY, i, fNpoints - i - 1);
    }

    /**
     * y at x by linear interpolation between the nearest points below and above x (the two nearest
     * on one side when x is outside the points), as ROOT's Eval; the points need not be sorted.
     */
    public double Eval(double x) {
        if (fNpoints == 0) {
            return 0;
        }
        if (fNpoints == 1) {
            return fY[0];
        }
        int low = -1;
        int low2 = -1;
        int up = -1;
        int up2 = -1;
        for (int i = 0; i < fNpoints; i++) {
            if (fX[i] < x) {
                if (low == -1 || fX[i] > fX[low]) {
                    low2 = low;
                    low = i;
                } else if (low2 == -1 || fX[i] > fX[low2]) {
                    low2 = i;
                }
            } else if (fX[i] > x) {
                if (up == -1 || fX[i] < fX[up]) {
                    up2 = up;
                    up = i;
                } else if (up2 == -1 || fX[i] < fX[up2]) {
                    up2 = i;
                }
            } else {
                return fY[i];
            }
        }
        if (up == -1) { // beyond the last point: extrapolate the last two
            up = low;
            low = low2;
        }
        if (low == -1) {
            low = up;
            up = up2;
        }
        if (fX[low] == fX[up]) {
            return fY[low];
        }
        return fY[up] + (x - fX[up]) * (fY[low] - fY[up]) / (fX[low] - fX[up]);
    }

    /**
     * y at x from the given spline, or with spline null and option "S" from a TSpline3 through the
     * points sorted in x; otherwise the linear {@link #Eval(double)}.
     */
    public double Eval(double x, TSpline3 spline, String option) {
        if (spline != null) {
            return spline.Eval(x);
        }
        if (fNpoints >= 2 && option != null && option.toLowerCase().contains("s")) {
            Integer[] order = orderInX();
            double[] xs = new double[fNpoints];
            double[] ys = new double[fNpoints];
            for (int i = 0; i < fNpoints; i++) {
                xs[i] = fX[order[i]];
                ys[i] = fY[order[i]];
            }
            return new TSpline3("", xs, ys, fNpoints).Eval(x);
        }
        return Eval(x);
    }

    /** The mean of the x values (axis 1) or of the y values (axis 2). */
    public double GetMean(int axis) {
        if (fNpoints <= 0 || (axis != 1 && axis != 2)) {
            return 0;
        }
        double[] v = axis == 1 ? fX : fY;
        double sum = 0;
        for (int i = 0; i < fNpoints; i++) {
            sum += v[i];
        }
        return sum / fNpoints;
    }

    /** The RMS around the mean of the x (axis 1) or y (axis 2) values, dividing by n. */
    public double GetRMS(int axis) {
        if (fNpoints <= 0 || (axis != 1 && axis != 2)) {
            return 0;
        }
        double[] v = axis == 1 ? fX : fY;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < fNpoints; i++) {
            sum += v[i];
            sum2 += v[i] * v[i];
        }
        double mean = sum / fNpoints;
        return Math.sqrt(Math.max(0, sum2 / fNpoints - mean * mean));
    }

    /** The area of the polygon through the points (ROOT's TGraph::Integral). */
    public double Integral() {
        return Integral(0, fNpoints - 1);
    }

    public double Integral(int first, int last) {
        if (first < 0) {
            first = 0;
        }
        if (last < 0 || last > fNpoints - 1) {
            last = fNpoints - 1;
        }
        if (first >= last) {
            return 0;
        }
        int np = last - first + 1;
        double sum = 0;
        for (int i = first; i <= last; i++) {
            int j = first + (i - first + 1) % np;
            sum += (fX[i] + fX[j]) * (fY[j] - fY[i]);
        }
        return 0.5 * Math.abs(sum);
    }

    /** Sorts the points by increasing x. */
    public void Sort() {
        permute(orderInX());
    }

    /** The point indices by increasing x. */
    private Integer[] orderInX() {
        Integer[] order = new Integer[fNpoints];
        for (int i = 0; i < fNpoints; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(fX[a], fX[b]));
        return order;
    }

    /** Rearranges the points in the given order; subclasses move their errors too. */
    protected void permute(Integer[] order) {
        double[] x = new double[fX.length];
        double[] y = new double[fY.length];
        for (int i = 0; i < order.length; i++) {
            x[i] = fX[order[i]];
            y[i] = fY[order[i]];
        }
        fX = x;
        fY = y;
    }

    /** Replaces each y by f(x) (ROOT's Apply with a TF1). */
    public void Apply(TF1 f) {
        for (int i = 0; i < fNpoints; i++) {
            fY[i] = f.Eval(fX[i]);
        }
    }

    // ---- fitting ----

    private TList fFunctions = new TList();

    /** The y error of point i for fits (0 for a graph without errors). */
    double errorY(int i) {
        return 0;
    }

    double errorX(int i) {
        return 0;
    }

    /** Whether the points carry errors; without them every point weighs 1 in a fit. */
    boolean hasErrors() {
        return false;
    }

    /** Fits a function by name (gaus, expo, polN, a formula or a TF1 made earlier), as TH1::Fit. */
    public TFitResult Fit(String fname) {
        return Fit(fname, "", "", 0, 0);
    }

    public TFitResult Fit(String fname, String option) {
        return Fit(fname, option, "", 0, 0);
    }

    public TFitResult Fit(String fname, String option, String goption, double xmin, double xmax) {
        double lo = fNpoints > 0 ? Arrays.stream(fX, 0, fNpoints).min().getAsDouble() : 0;
        double hi = fNpoints > 0 ? Arrays.stream(fX, 0, fNpoints).max().getAsDouble() : 1;
        TF1 f = HFit.byName(this, fname, lo, hi);
        return f == null ? null : HFit.graph(this, f, option, xmin, xmax);
    }

    /**
     * A χ² fit of f to the points: σy as errors (1 without errors, or with "W"), the effective variance
     * for x errors unless "EX0"; options P, E, M, B, Q, V, R, N, + as for histograms, while L is
     * ignored with ROOT's message.
     */
    public TFitResult Fit(TF1 f) {
        return Fit(f, "", "", 0, 0);
    }

    public TFitResult Fit(TF1 f, String option) {
        return Fit(f, option, "", 0, 0);
    }

    public TFitResult Fit(TF1 f, String option, String goption, double xmin, double xmax) {
        if (f == null) {
            Error("Fit", "function may not be null");
            return null;
        }
        return HFit.graph(this, f, option, xmin, xmax);
    }

    /**
     * ROOT's list of functions: the fitted functions, what the user adds, and the stat box
     * ("stats", a TPaveStats) once the object was painted with one.
     */
    public TList GetListOfFunctions() {
        return fFunctions;
    }

    /** An object of that name in the list of functions (the fit, "stats"…), or null, as ROOT's FindObject. */
    @Override
    public TObject FindObject(String name) {
        return fFunctions.FindObject(name);
    }

    public TObject FindObject(TObject obj) {
        return fFunctions.FindObject(obj);
    }

    /** The function of that name in the list of functions, or null. */
    public TF1 GetFunction(String name) {
        return fFunctions.FindObject(name) instanceof TF1 f ? f : null;
    }


    @Override
    public void Print(String option) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fNpoints; i++) {
            out.append(org.rootprompt.root.core.CFormat.format("x[%d]=%g, y[%d]=%g\n", i, fX[i], i, fY[i]));
        }
        System.out.print(out);
    }

    // ---- line, fill and marker attributes (ROOT's TAttLine, TAttFill, TAttMarker) ----

    private TAttLine.Line fAttLine = new TAttLine.Line(1, 1, 1);
    private TAttFill.Fill fAttFill = new TAttFill.Fill(0, 1000);
    private TAttMarker.Marker fAttMarker = new TAttMarker.Marker(1, 1, 1);

    @Override
    public TAttLine.Line attLine() { return fAttLine; }

    @Override
    public TAttFill.Fill attFill() { return fAttFill; }

    @Override
    public TAttMarker.Marker attMarker() { return fAttMarker; }

    @Override
    public TGraph Clone() {
        TGraph copy = (TGraph) super.Clone();
        copy.fAttLine = fAttLine.copy();
        copy.fAttFill = fAttFill.copy();
        copy.fAttMarker = fAttMarker.copy();
        copy.fX = fX.clone();
        copy.fY = fY.clone();
        copy.fFunctions = fFunctions.Clone();
        return copy;
    }
}
