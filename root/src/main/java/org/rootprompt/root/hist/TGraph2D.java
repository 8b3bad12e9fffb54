package org.rootprompt.root.hist;

import java.util.Arrays;
import org.rootprompt.root.core.CFormat;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TNamed;
import org.rootprompt.root.core.TObject;

/**
 * ROOT's TGraph2D: points (x, y, z). Between the points z is interpolated linearly in the triangles
 * of their Delaunay triangulation (ROOT's default, TGraphDelaunay2D); {@link #GetHistogram()} samples
 * that surface at the centres of an fNpx × fNpy grid over the points' range widened by fMargin.
 */
public class TGraph2D extends TNamed {
    protected int fNpoints;
    protected double[] fX;
    protected double[] fY;
    protected double[] fZ;
    private int fNpx = 40;
    private int fNpy = 40;
    private double fMargin;
    private double fZout;
    private double fMinimum = -1111;
    private double fMaximum = -1111;
    /** The interpolated histogram and the triangulation; both dropped whenever the points change. */
    private TH2D fHistogram;
    private Delaunay2D fDelaunay;
    private TList fFunctions = new TList();

    public TGraph2D() {
        super("Graph2D", "Graph2D");
        fX = new double[0];
        fY = new double[0];
        fZ = new double[0];
    }

    /** n points at (0, 0, 0), to be set with SetPoint. */
    public TGraph2D(int n) {
        this();
        if (n <= 0) {
            Error("TGraph2D", "Invalid number of points (%d)", n);
            return;
        }
        fNpoints = n;
        fX = new double[n];
        fY = new double[n];
        fZ = new double[n];
    }

    /** The first n points of the arrays (copied). */
    public TGraph2D(int n, double[] x, double[] y, double[] z) {
        this(n);
        for (int i = 0; i < fNpoints; i++) {
            fX[i] = x[i];
            fY[i] = y[i];
            fZ[i] = z[i];
        }
    }

    public TGraph2D(int n, float[] x, float[] y, float[] z) {
        this(n);
        for (int i = 0; i < fNpoints; i++) {
            fX[i] = x[i];
            fY[i] = y[i];
            fZ[i] = z[i];
        }
    }

    public TGraph2D(String name, String title, int n, double[] x, double[] y, double[] z) {
        this(n, x, y, z);
        SetNameTitle(name, title);
    }

    public int GetN() {
        return fNpoints;
    }

    /** The x values; the array itself, as ROOT's GetX, possibly longer than GetN(). */
    public double[] GetX() {
        return fX;
    }

    public double[] GetY() {
        return fY;
    }

    public double[] GetZ() {
        return fZ;
    }

    /** Copies point i into xyz[0..2]; returns i, or -1 if there is no such point. */
    public int GetPoint(int i, double[] xyz) {
        if (i < 0 || i >= fNpoints) {
            return -1;
        }
        xyz[0] = fX[i];
        xyz[1] = fY[i];
        xyz[2] = fZ[i];
        return i;
    }

    /** Sets point i, growing the graph when i is past its end. */
    public void SetPoint(int i, double x, double y, double z) {
        if (i < 0) {
            return;
        }
        if (i >= fX.length) {
            grow(Math.max(2 * fX.length, i + 1));
        }
        fX[i] = x;
        fY[i] = y;
        fZ[i] = z;
        fNpoints = Math.max(fNpoints, i + 1);
        pointsChanged();
    }

    /** Appends a point (ROOT's AddPoint). */
    public void AddPoint(double x, double y, double z) {
        SetPoint(fNpoints, x, y, z);
    }

    /** Changes the number of points (new ones at 0). */
    public void Set(int n) {
        n = Math.max(n, 0);
        if (n > fNpoints) {
            SetPoint(n - 1, 0, 0, 0);
        }
        fNpoints = n;
        pointsChanged();
    }

    /** Removes point i; returns i, or -1 if there is no such point. */
    public int RemovePoint(int i) {
        if (i < 0 || i >= fNpoints) {
            return -1;
        }
        removeAt(i);
        fNpoints--;
        pointsChanged();
        return i;
    }

    /** Room for n points; subclasses grow their error arrays too. */
    protected void grow(int n) {
        fX = Arrays.copyOf(fX, n);
        fY = Arrays.copyOf(fY, n);
        fZ = Arrays.copyOf(fZ, n);
    }

    protected void removeAt(int i) {
        for (double[] a : new double[][] {fX, fY, fZ}) {
            System.arraycopy(a, i + 1, a, i, fNpoints - i - 1);
        }
    }

    /** The triangles and the histogram describe the old points; ROOT keeps them, we rebuild them. */
    private void pointsChanged() {
        fHistogram = null;
        fDelaunay = null;
    }

    // ---- extremes ----

    private double extreme(double[] v, double[] error, int sign) {
        if (fNpoints == 0) {
            return 0;
        }
        double best = v[0] + sign * (error == null ? 0 : error[0]);
        for (int i = 1; i < fNpoints; i++) {
            double value = v[i] + sign * (error == null ? 0 : error[i]);
            best = sign > 0 ? Math.max(best, value) : Math.min(best, value);
        }
        return best;
    }

    public double GetXmin() {
        return extreme(fX, null, -1);
    }

    public double GetXmax() {
        return extreme(fX, null, 1);
    }

    public double GetYmin() {
        return extreme(fY, null, -1);
    }

    public double GetYmax() {
        return extreme(fY, null, 1);
    }

    public double GetZmin() {
        return extreme(fZ, null, -1);
    }

    public double GetZmax() {
        return extreme(fZ, null, 1);
    }

    /** The extremes including the point errors (the plain ones for a graph without errors). */
    public double GetXminE() {
        return extreme(fX, errors(0), -1);
    }

    public double GetXmaxE() {
        return extreme(fX, errors(0), 1);
    }

    public double GetYminE() {
        return extreme(fY, errors(1), -1);
    }

    public double GetYmaxE() {
        return extreme(fY, errors(1), 1);
    }

    public double GetZminE() {
        return extreme(fZ, errors(2), -1);
    }

    public double GetZmaxE() {
        return extreme(fZ, errors(2), 1);
    }

    /** The error array along x (0), y (1) or z (2), or null for a graph without errors. */
    double[] errors(int axis) {
        return null;
    }

    // ---- interpolation and the histogram ----

    /** The number of grid cells along x of the histogram, within [4, 500] as ROOT clamps it. */
    public void SetNpx(int npx) {
        fNpx = clampNp("SetNpx", "fNpx", npx);
        fHistogram = null;
    }

    public void SetNpy(int npy) {
        fNpy = clampNp("SetNpy", "fNpy", npy);
        fHistogram = null;
    }

    private int clampNp(String method, String field, int np) {
        if (np < 4 || np > 500) {
            int clamped = np < 4 ? 4 : 500;
            Warning(method, "Number of points must be >4 && < 500, %s set to %d", field, clamped);
            return clamped;
        }
        return np;
    }

    public int GetNpx() {
        return fNpx;
    }

    public int GetNpy() {
        return fNpy;
    }

    /** The extra space around the points in the histogram, as a fraction of their range (0 by default). */
    public void SetMargin(double m) {
        if (m < 0 || m > 1) {
            Warning("SetMargin", "The margin must be >= 0 && <= 1, fMargin set to 0.1");
            m = 0.1;
        }
        fMargin = m;
        fHistogram = null;
    }

    public double GetMargin() {
        return fMargin;
    }

    /** The value outside the points' convex hull (0 by default). */
    public void SetMarginBinsContent(double z) {
        fZout = z;
        pointsChanged();
    }

    public double GetMarginBinsContent() {
        return fZout;
    }

    public void SetMinimum(double minimum) {
        fMinimum = minimum;
        if (fHistogram != null) {
            fHistogram.SetMinimum(minimum);
        }
    }

    public void SetMaximum(double maximum) {
        fMaximum = maximum;
        if (fHistogram != null) {
            fHistogram.SetMaximum(maximum);
        }
    }

    @Override
    public void SetTitle(String title) {
        super.SetTitle(title);
        if (fHistogram != null) {
            fHistogram.SetTitle(title);
        }
    }

    /**
     * z at (x, y): linear in the Delaunay triangle that holds the point, the margin value (0) outside
     * the convex hull of the points and when they are fewer than three or on one line.
     */
    public double Interpolate(double x, double y) {
        if (fNpoints <= 0) {
            Error("Interpolate", "Empty TGraph2D");
            return 0;
        }
        if (fDelaunay == null) {
            fDelaunay = new Delaunay2D(fNpoints, fX, fY, fZ, fZout);
        }
        return fDelaunay.Interpolate(x, y);
    }

    public TH2D GetHistogram() {
        return GetHistogram("");
    }

    /**
     * The histogram of the interpolated surface, booked on the range of the points (with their errors)
     * widened by fMargin, each cell filled at its centre with {@link #Interpolate}. Option "empty"
     * books it without filling, its z range from the points. The histogram belongs to the graph.
     */
    public TH2D GetHistogram(String option) {
        boolean empty = option != null && option.toLowerCase().contains("empty");
        if (fHistogram != null && (empty || fHistogram.GetEntries() > 0)) {
            return fHistogram;
        }
        if (fHistogram == null) {
            fHistogram = bookHistogram();
        }
        if (fNpoints <= 0) {
            return fHistogram;
        }
        if (empty) {
            double zmin = fMinimum != -1111 ? fMinimum : GetZminE();
            double zmax = fMaximum != -1111 ? fMaximum : GetZmaxE();
            if (zmin == zmax) {
                double z = zmin == 0 ? 1 : zmin;
                zmin = z - 0.01 * z;
                zmax = z + 0.01 * z;
            }
            fHistogram.SetMinimum(zmin);
            fHistogram.SetMaximum(zmax);
            return fHistogram;
        }
        TAxis xaxis = fHistogram.GetXaxis();
        TAxis yaxis = fHistogram.GetYaxis();
        double dx = (xaxis.GetXmax() - xaxis.GetXmin()) / fNpx;
        double dy = (yaxis.GetXmax() - yaxis.GetXmin()) / fNpy;
        for (int ix = 1; ix <= fNpx; ix++) {
            double x = xaxis.GetXmin() + (ix - 0.5) * dx;
            for (int iy = 1; iy <= fNpy; iy++) {
                double y = yaxis.GetXmin() + (iy - 0.5) * dy;
                fHistogram.Fill(x, y, Interpolate(x, y));
            }
        }
        if (fMinimum != -1111) {
            fHistogram.SetMinimum(fMinimum);
        }
        if (fMaximum != -1111) {
            fHistogram.SetMaximum(fMaximum);
        }
        return fHistogram;
    }

    private TH2D bookHistogram() {
        double[] xr = {0, 1};
        double[] yr = {0, 1};
        if (fNpoints > 0) {
            xr = widened(GetXminE(), GetXmaxE());
            yr = widened(GetYminE(), GetYmaxE());
        }
        boolean add = TH1.AddDirectoryStatus();
        TH1.AddDirectory(false); // the histogram is the graph's, not gDirectory's
        try {
            return new TH2D(GetName(), GetTitle(), fNpx, xr[0], xr[1], fNpy, yr[0], yr[1]);
        } finally {
            TH1.AddDirectory(add);
        }
    }

    /** ROOT's histogram limits: the margin around [min, max], and a small width when they coincide. */
    private double[] widened(double min, double max) {
        double lo = min - fMargin * (max - min);
        double hi = max + fMargin * (max - min);
        if (Math.abs(hi - lo) < 0.0001) {
            if (Math.abs(lo) < 0.0001) {
                lo = -0.01;
                hi = 0.01;
            } else {
                lo -= Math.abs(lo) * 0.01;
                hi += Math.abs(hi) * 0.01;
            }
        }
        return new double[] {lo, hi};
    }

    // ---- fitting ----

    /** The errors of point i: -1 for a graph without errors, as in ROOT. */
    public double GetErrorX(int i) {
        return -1;
    }

    public double GetErrorY(int i) {
        return -1;
    }

    public double GetErrorZ(int i) {
        return -1;
    }

    /** Whether the points carry errors; without them every point weighs 1 in a fit. */
    boolean hasErrors() {
        return false;
    }

    /** Fits a TF2 made earlier, by name; "Unknown function" when there is none. */
    public TFitResult Fit(String fname) {
        return Fit(fname, "");
    }

    public TFitResult Fit(String fname, String option) {
        TF1 f = TF1.GetFunction(fname);
        if (!(f instanceof TF2 f2)) {
            System.out.println(CFormat.format("Unknown function: %s", fname));
            return null;
        }
        return Fit(f2, option);
    }

    /**
     * A χ² fit of z = f(x, y) to the points (as TGraph::Fit: unit weights and errors scaled by
     * sqrt(χ²/NDF) without errors, the z errors for a TGraph2DErrors); options Q, V, R, N, +.
     */
    public TFitResult Fit(TF2 f) {
        return Fit(f, "");
    }

    public TFitResult Fit(TF2 f, String option) {
        if (f == null) {
            Error("Fit", "function may not be null");
            return null;
        }
        return HFit.graph2D(this, f, option);
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


    // ---- printing and copies ----

    @Override
    public void Print(String option) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fNpoints; i++) {
            out.append(CFormat.format("x[%d]=%g, y[%d]=%g, z[%d]=%g", i, fX[i], i, fY[i], i, fZ[i]));
            out.append(printErrors(i)).append('\n');
        }
        System.out.print(out);
    }

    /** What a subclass adds to the printed line of point i. */
    String printErrors(int i) {
        return "";
    }

    @Override
    public TGraph2D Clone() {
        TGraph2D copy = (TGraph2D) super.Clone();
        copy.fX = fX.clone();
        copy.fY = fY.clone();
        copy.fZ = fZ.clone();
        copy.fHistogram = null;
        copy.fDelaunay = null;
        copy.fFunctions = fFunctions.Clone();
        return copy;
    }
}
