package org.rootprompt.root.hist;

import org.rootprompt.root.core.CFormat;

/**
 * ROOT's three-dimensional histogram: cells (nx+2)·(ny+2)·(nz+2) with under/overflows on every
 * axis, bin = binx + (nx+2)·(biny + (ny+2)·binz), and the 3-D statistics kept at fill time in
 * ROOT's layout (stats[4..10] = Σwy, Σwy², Σwxy, Σwz, Σwz², Σwxz, Σwyz).
 */
public abstract class TH3 extends TH1 {
    protected TAxis fYaxis;
    protected TAxis fZaxis;
    protected double fTsumwy;
    protected double fTsumwy2;
    protected double fTsumwxy;
    protected double fTsumwz;
    protected double fTsumwz2;
    protected double fTsumwxz;
    protected double fTsumwyz;

    protected TH3(String name, String title, int nbinsx, double xlow, double xup, int nbinsy, double ylow,
            double yup, int nbinsz, double zlow, double zup) {
        this(name, title, new TAxis(Math.max(nbinsx, 1), xlow, xup), new TAxis(Math.max(nbinsy, 1), ylow, yup),
                new TAxis(Math.max(nbinsz, 1), zlow, zup));
    }

    /** Variable bins: nbins+1 increasing edges per axis. */
    protected TH3(String name, String title, int nbinsx, double[] xbins, int nbinsy, double[] ybins, int nbinsz,
            double[] zbins) {
        this(name, title, new TAxis(nbinsx, xbins), new TAxis(nbinsy, ybins), new TAxis(nbinsz, zbins));
    }

    public double getTsumwy() { return fTsumwy; }
    public double getTsumwy2() { return fTsumwy2; }
    public double getTsumwxy() { return fTsumwxy; }
    public double getTsumwz() { return fTsumwz; }
    public double getTsumwz2() { return fTsumwz2; }
    public double getTsumwxz() { return fTsumwxz; }
    public double getTsumwyz() { return fTsumwyz; }
    // the setters restore the sums as read from a file
    public void setTsumwy(double v) { fTsumwy = v; }
    public void setTsumwy2(double v) { fTsumwy2 = v; }
    public void setTsumwxy(double v) { fTsumwxy = v; }
    public void setTsumwz(double v) { fTsumwz = v; }
    public void setTsumwz2(double v) { fTsumwz2 = v; }
    public void setTsumwxz(double v) { fTsumwxz = v; }
    public void setTsumwyz(double v) { fTsumwyz = v; }

    private TH3(String name, String title, TAxis xaxis, TAxis yaxis, TAxis zaxis) {
        super(name, title, xaxis);
        fYaxis = yaxis;
        fYaxis.SetName("yaxis");
        fZaxis = zaxis;
        fZaxis.SetName("zaxis");
        init((fXaxis.GetNbins() + 2) * (fYaxis.GetNbins() + 2) * (fZaxis.GetNbins() + 2));
    }

    @Override
    public TAxis GetYaxis() {
        return fYaxis;
    }

    @Override
    public TAxis GetZaxis() {
        return fZaxis;
    }

    @Override
    TAxis yAxisForTitle() {
        return fYaxis;
    }

    @Override
    TAxis zAxisForTitle() {
        return fZaxis;
    }

    public int GetNbinsY() {
        return fYaxis.GetNbins();
    }

    public int GetNbinsZ() {
        return fZaxis.GetNbins();
    }

    /** The global bin number of (binx, biny, binz), each clamped to its under/overflow. */
    public int GetBin(int binx, int biny, int binz) {
        int nx = fXaxis.GetNbins() + 2;
        int ny = fYaxis.GetNbins() + 2;
        binx = Math.max(0, Math.min(binx, nx - 1));
        biny = Math.max(0, Math.min(biny, ny - 1));
        binz = Math.max(0, Math.min(binz, fZaxis.GetNbins() + 1));
        return binx + nx * (biny + ny * binz);
    }

    public int FindBin(double x, double y, double z) {
        return GetBin(fXaxis.FindBin(x), fYaxis.FindBin(y), fZaxis.FindBin(z));
    }

    public double GetBinContent(int binx, int biny, int binz) {
        return GetBinContent(GetBin(binx, biny, binz));
    }

    public void SetBinContent(int binx, int biny, int binz, double content) {
        SetBinContent(GetBin(binx, biny, binz), content);
    }

    public double GetBinError(int binx, int biny, int binz) {
        return GetBinError(GetBin(binx, biny, binz));
    }

    public void SetBinError(int binx, int biny, int binz, double error) {
        SetBinError(GetBin(binx, biny, binz), error);
    }

    // ---- filling ----

    /** A 3-D histogram is filled with (x, y, z): ROOT refuses the shorter signatures. */
    @Override
    public int Fill(double x) {
        Error("Fill", "Invalid signature - do nothing");
        return -1;
    }

    @Override
    public int Fill(double x, double w) {
        Error("Fill", "Invalid signature - do nothing");
        return -1;
    }

    public int Fill(double x, double y, double z) {
        return fill(x, y, z, 1, false);
    }

    /** Fills (x, y, z) with weight w; the first weight other than 1 switches on Sumw2. */
    public int Fill(double x, double y, double z, double w) {
        return fill(x, y, z, w, true);
    }

    private int fill(double x, double y, double z, double w, boolean weighted) {
        fEntries++;
        int binx = fXaxis.FindBin(x);
        int biny = fYaxis.FindBin(y);
        int binz = fZaxis.FindBin(z);
        int bin = GetBin(binx, biny, binz);
        if (weighted && fSumw2 == null && w != 1.0) {
            Sumw2();
        }
        if (fSumw2 != null) {
            fSumw2[bin] += w * w;
        }
        AddBinContent(bin, w);
        boolean outside = binx == 0 || binx > fXaxis.GetNbins() || biny == 0 || biny > fYaxis.GetNbins()
                || binz == 0 || binz > fZaxis.GetNbins();
        if (outside && !statOverflows()) {
            return -1;
        }
        fTsumw += w;
        fTsumw2 += w * w;
        fTsumwx += w * x;
        fTsumwx2 += w * x * x;
        fTsumwy += w * y;
        fTsumwy2 += w * y * y;
        fTsumwxy += w * x * y;
        fTsumwz += w * z;
        fTsumwz2 += w * z * z;
        fTsumwxz += w * x * z;
        fTsumwyz += w * y * z;
        return bin;
    }

    // ---- statistics ----

    /** The bins of an axis that the statistics read: its range, or with StatOverflows and no range all of it. */
    private static int[] statBins(TAxis axis) {
        if (statOverflows() && !axis.IsRangeSet()) {
            return new int[] {0, axis.GetNbins() + 1};
        }
        return new int[] {axis.GetFirst(), axis.GetLast()};
    }

    /** stats[0..10]; from the cells (at their centres) once a range is set or cells were set by hand. */
    @Override
    public void GetStats(double[] stats) {
        if ((fTsumw == 0 && fEntries > 0) || fXaxis.IsRangeSet() || fYaxis.IsRangeSet() || fZaxis.IsRangeSet()) {
            java.util.Arrays.fill(stats, 0, 11, 0);
            int[] bx = statBins(fXaxis);
            int[] by = statBins(fYaxis);
            int[] bz = statBins(fZaxis);
            for (int binz = bz[0]; binz <= bz[1]; binz++) {
                double z = fZaxis.GetBinCenter(binz);
                for (int biny = by[0]; biny <= by[1]; biny++) {
                    double y = fYaxis.GetBinCenter(biny);
                    for (int binx = bx[0]; binx <= bx[1]; binx++) {
                        double x = fXaxis.GetBinCenter(binx);
                        int bin = GetBin(binx, biny, binz);
                        double w = RetrieveBinContent(bin);
                        double err = GetBinError(bin);
                        stats[0] += w;
                        stats[1] += err * err;
                        stats[2] += w * x;
                        stats[3] += w * x * x;
                        stats[4] += w * y;
                        stats[5] += w * y * y;
                        stats[6] += w * x * y;
                        stats[7] += w * z;
                        stats[8] += w * z * z;
                        stats[9] += w * x * z;
                        stats[10] += w * y * z;
                    }
                }
            }
        } else {
            stats[0] = fTsumw;
            stats[1] = fTsumw2;
            stats[2] = fTsumwx;
            stats[3] = fTsumwx2;
            stats[4] = fTsumwy;
            stats[5] = fTsumwy2;
            stats[6] = fTsumwxy;
            stats[7] = fTsumwz;
            stats[8] = fTsumwz2;
            stats[9] = fTsumwxz;
            stats[10] = fTsumwyz;
        }
    }

    @Override
    public void PutStats(double[] stats) {
        super.PutStats(stats);
        fTsumwy = stats[4];
        fTsumwy2 = stats[5];
        fTsumwxy = stats[6];
        fTsumwz = stats[7];
        fTsumwz2 = stats[8];
        fTsumwxz = stats[9];
        fTsumwyz = stats[10];
    }

    @Override
    public void Reset(String option) {
        super.Reset(option);
        fTsumwy = fTsumwy2 = fTsumwxy = fTsumwz = fTsumwz2 = fTsumwxz = fTsumwyz = 0;
    }

    // ---- integrals ----

    /** The sum of the cells in range on all three axes. */
    @Override
    public double Integral() {
        return Integral("");
    }

    @Override
    public double Integral(String option) {
        return Integral(fXaxis.GetFirst(), fXaxis.GetLast(), fYaxis.GetFirst(), fYaxis.GetLast(),
                fZaxis.GetFirst(), fZaxis.GetLast(), option);
    }

    public double Integral(int binx1, int binx2, int biny1, int biny2, int binz1, int binz2) {
        return Integral(binx1, binx2, biny1, biny2, binz1, binz2, "");
    }

    /**
     * The sum of the cells in the given bins (as in ROOT, a last bin beyond the overflow or before the
     * first means up to the overflow); with "width", each cell times its volume.
     */
    public double Integral(int binx1, int binx2, int biny1, int biny2, int binz1, int binz2, String option) {
        boolean width = option != null && option.toLowerCase().contains("width");
        int[] x = integralBins(fXaxis, binx1, binx2);
        int[] y = integralBins(fYaxis, biny1, biny2);
        int[] z = integralBins(fZaxis, binz1, binz2);
        double sum = 0;
        for (int bz = z[0]; bz <= z[1]; bz++) {
            for (int by = y[0]; by <= y[1]; by++) {
                for (int bx = x[0]; bx <= x[1]; bx++) {
                    double c = RetrieveBinContent(GetBin(bx, by, bz));
                    if (width) {
                        c *= fXaxis.GetBinWidth(bx) * fYaxis.GetBinWidth(by) * fZaxis.GetBinWidth(bz);
                    }
                    sum += c;
                }
            }
        }
        return sum;
    }

    private static int[] integralBins(TAxis axis, int first, int last) {
        int n = axis.GetNbins() + 2;
        first = Math.max(first, 0);
        if (last >= n || last < first) {
            last = n - 1;
        }
        return new int[] {first, last};
    }

    /** The sum over the cells 1..n of every axis. */
    @Override
    public double GetSumOfWeights() {
        return Integral(1, fXaxis.GetNbins(), 1, fYaxis.GetNbins(), 1, fZaxis.GetNbins(), "");
    }

    // ---- projections ----

    private TAxis axis(int i) {
        return i == 0 ? fXaxis : i == 1 ? fYaxis : fZaxis;
    }

    /** The global bin of the cell whose bin on axis i is b[i]. */
    private int cell(int[] b) {
        return GetBin(b[0], b[1], b[2]);
    }

    /** Bins [first, last] of an axis given by the caller, as ROOT's TAxis::SetRange reads them. */
    private static int[] callerRange(TAxis axis, int first, int last) {
        int n = axis.GetNbins();
        if (last < first || (first == 0 && last == 0) || (first < 0 && last < 0) || (first < 0 && last > n + 1)) {
            return new int[] {0, n + 1};
        }
        return new int[] {Math.max(first, 0), Math.min(last, n + 1)};
    }

    /** Bins an axis sums over in Project3D: its range if set, else all, less the under/overflow if refused. */
    private static int[] ownRange(TAxis axis, boolean useUF, boolean useOF) {
        if (axis.IsRangeSet()) {
            return new int[] {axis.GetFirst(), axis.GetLast()};
        }
        return new int[] {useUF ? 0 : 1, useOF ? axis.GetNbins() + 1 : axis.GetNbins()};
    }

    /** The bins of a projected axis that are kept: those in its range, under/overflows only without one. */
    private static int[] keptBins(TAxis axis) {
        return axis.IsRangeSet() ? new int[] {axis.GetFirst(), axis.GetLast()} : new int[] {0, axis.GetNbins() + 1};
    }

    /** The axis of a projection: the kept axis's bins in range. */
    private static TAxis projectedAxis(TAxis axis) {
        return axis.subAxis(Math.max(axis.GetFirst(), 1), Math.min(axis.GetLast(), axis.GetNbins()));
    }

    /** The x distribution summed over y bins [iymin, iymax] and z bins [izmin, izmax] (all, with under/overflows, by default). */
    public TH1D ProjectionX() {
        return ProjectionX("_px", 0, -1, 0, -1, "");
    }

    public TH1D ProjectionX(String name, int iymin, int iymax, int izmin, int izmax) {
        return ProjectionX(name, iymin, iymax, izmin, izmax, "");
    }

    /** Option "e" computes the errors (always done when Sumw2 is on). */
    public TH1D ProjectionX(String name, int iymin, int iymax, int izmin, int izmax, String option) {
        return projection1D(name, "_px", "X", 0, callerRange(fYaxis, iymin, iymax), callerRange(fZaxis, izmin, izmax),
                option, true);
    }

    public TH1D ProjectionY() {
        return ProjectionY("_py", 0, -1, 0, -1, "");
    }

    public TH1D ProjectionY(String name, int ixmin, int ixmax, int izmin, int izmax) {
        return ProjectionY(name, ixmin, ixmax, izmin, izmax, "");
    }

    public TH1D ProjectionY(String name, int ixmin, int ixmax, int izmin, int izmax, String option) {
        return projection1D(name, "_py", "Y", 1, callerRange(fXaxis, ixmin, ixmax), callerRange(fZaxis, izmin, izmax),
                option, true);
    }

    public TH1D ProjectionZ() {
        return ProjectionZ("_pz", 0, -1, 0, -1, "");
    }

    public TH1D ProjectionZ(String name, int ixmin, int ixmax, int iymin, int iymax) {
        return ProjectionZ(name, ixmin, ixmax, iymin, iymax, "");
    }

    public TH1D ProjectionZ(String name, int ixmin, int ixmax, int iymin, int iymax, String option) {
        return projection1D(name, "_pz", "Z", 2, callerRange(fXaxis, ixmin, ixmax), callerRange(fYaxis, iymin, iymax),
                option, true);
    }

    private TH1D projection1D(String name, String suffix, String axisName, int keep, int[] range1, int[] range2,
            String option, boolean withFlows) {
        String hname = name == null || name.isEmpty() || name.equals(suffix) ? GetName() + suffix : name;
        String title = GetTitle() + " ( Projection " + axisName + " )";
        boolean errors = fSumw2 != null || (option != null && option.toLowerCase().contains("e"));
        return project1D(hname, title, keep, range1, range2, errors, withFlows);
    }

    /**
     * ROOT's TH3::DoProject1D: the cells summed over the other two axes' bins [range1], [range2]; the
     * statistics are the TH3's own when nothing was left out, else recomputed from the cells.
     */
    private TH1D project1D(String name, String title, int keep, int[] range1, int[] range2, boolean errors,
            boolean withFlows) {
        TAxis kept = axis(keep);
        int other1 = keep == 0 ? 1 : 0;
        int other2 = keep == 2 ? 1 : 2;
        TH1D h = new TH1D(name, title, projectedAxis(kept));
        if (errors) {
            h.Sumw2();
        }
        int[] bins = keptBins(kept);
        int[] b = new int[3];
        double total = 0;
        for (int k = bins[0]; k <= bins[1]; k++) {
            b[keep] = k;
            double c = 0;
            double e2 = 0;
            for (int i = range1[0]; i <= range1[1]; i++) {
                b[other1] = i;
                for (int j = range2[0]; j <= range2[1]; j++) {
                    b[other2] = j;
                    int bin = cell(b);
                    c += RetrieveBinContent(bin);
                    double e = GetBinError(bin);
                    e2 += e * e;
                }
            }
            int target = h.FindBin(kept.GetBinCenter(k));
            h.UpdateBinContent(target, c);
            if (errors) {
                h.fSumw2[target] = e2;
            }
            total += c;
        }
        boolean keepStats = keepsTheStatistics(total);
        if (keepStats) {
            double[] s = new double[kNstat];
            GetStats(s);
            int m = MEAN_INDEX[keep];
            s[2] = s[m];
            s[3] = s[m + 1];
            h.PutStats(s);
        } else {
            h.ResetStats();
        }
        if (keepStats && withFlows) {
            h.SetEntries(fEntries);
        } else {
            h.SetEntries(errors ? h.GetEffectiveEntries() : Math.floor(total + 0.5));
        }
        return h;
    }

    /** The projection kept every weight that the statistics count (ROOT's test, to float precision for a TH3F). */
    private boolean keepsTheStatistics(double total) {
        double eps = this instanceof TH3F ? 1e-6 : 1e-12;
        return fTsumw != 0 && Math.abs(fTsumw - total) < Math.abs(fTsumw) * eps;
    }

    /**
     * ROOT's Project3D: "x", "y", "z" give a TH1D, "xy", "yx", "xz", "zx", "yz", "zy" a TH2D, where "ab"
     * puts a on the vertical axis and b on the horizontal one. The projection is named
     * name_option (the letters e, nuf, nof and o removed); it sums over the axis ranges set with
     * SetRange, under/overflows included unless "nuf"/"nof"; "e" computes the errors.
     */
    public TH1 Project3D(String option) {
        String opt = option == null ? "" : option.toLowerCase();
        String[] types = {"x", "y", "z", "xy", "yx", "xz", "zx", "yz", "zy"};
        String ptype = null;
        for (String t : types) {
            if (opt.contains(t)) {
                ptype = t;
            }
        }
        if (ptype == null) {
            Error("Project3D", "No projection axis specified - return a NULL pointer");
            return null;
        }
        boolean errors = fSumw2 != null;
        if (opt.contains("e")) {
            errors = true;
            opt = removeFirst(opt, "e");
        }
        boolean useUF = !opt.contains("nuf");
        opt = removeFirst(opt, "nuf");
        boolean useOF = !opt.contains("nof");
        opt = removeFirst(opt, "nof");
        opt = removeFirst(opt, "o"); // ROOT's "original range": the projection's axes are the same here
        String name = GetName() + "_" + opt;
        String title = GetTitle() + " " + ptype + " projection";
        int first = ptype.charAt(0) - 'x';
        if (ptype.length() == 1) {
            int o1 = first == 0 ? 1 : 0;
            int o2 = first == 2 ? 1 : 2;
            return project1D(name, title, first, ownRange(axis(o1), useUF, useOF), ownRange(axis(o2), useUF, useOF),
                    errors, useUF && useOF);
        }
        return project2D(name, title, first, ptype.charAt(1) - 'x', errors, useUF, useOF);
    }

    private static String removeFirst(String s, String part) {
        int i = s.indexOf(part);
        return i < 0 ? s : s.substring(0, i) + s.substring(i + part.length());
    }

    /** ROOT's DoProject2D: axis v of the TH3 becomes the vertical (y) axis, axis h the horizontal (x) one. */
    private TH2D project2D(String name, String title, int v, int h, boolean errors, boolean useUF, boolean useOF) {
        int out = 3 - v - h;
        TAxis vertical = axis(v);
        TAxis horizontal = axis(h);
        TH2D p = new TH2D(name, title, projectedAxis(horizontal), projectedAxis(vertical));
        if (errors) {
            p.Sumw2();
        }
        int[] vBins = keptBins(vertical);
        int[] hBins = keptBins(horizontal);
        int[] outBins = ownRange(axis(out), useUF, useOF);
        int[] b = new int[3];
        double total = 0;
        for (int i = vBins[0]; i <= vBins[1]; i++) {
            b[v] = i;
            int py = p.GetYaxis().FindBin(vertical.GetBinCenter(i));
            for (int j = hBins[0]; j <= hBins[1]; j++) {
                b[h] = j;
                int px = p.GetXaxis().FindBin(horizontal.GetBinCenter(j));
                double c = 0;
                double e2 = 0;
                for (int k = outBins[0]; k <= outBins[1]; k++) {
                    b[out] = k;
                    int bin = cell(b);
                    c += RetrieveBinContent(bin);
                    double e = GetBinError(bin);
                    e2 += e * e;
                }
                int target = p.GetBin(px, py);
                p.UpdateBinContent(target, c);
                if (errors) {
                    p.fSumw2[target] = e2;
                }
                total += c;
            }
        }
        boolean keepStats = keepsTheStatistics(total);
        if (keepStats) {
            double[] old = new double[kNstat];
            GetStats(old);
            double[] s = old.clone();
            s[2] = old[MEAN_INDEX[h]];
            s[3] = old[MEAN_INDEX[h] + 1];
            s[4] = old[MEAN_INDEX[v]];
            s[5] = old[MEAN_INDEX[v] + 1];
            s[6] = old[crossIndex(h + 1, v + 1)];
            p.PutStats(s);
        } else {
            p.ResetStats();
        }
        if (keepStats && useUF && useOF) {
            p.SetEntries(fEntries);
        } else {
            double entries = p.GetEffectiveEntries();
            p.SetEntries(errors ? entries : Math.floor(entries + 0.5));
        }
        return p;
    }

    @Override
    public TH1 Rebin(int ngroup, String newname) {
        Error("Rebin", "not available for 3-D histograms");
        return null;
    }

    @Override
    public TH1 GetCumulative(boolean forward, String suffix) {
        Error("GetCumulative", "not available for 3-D histograms");
        return null;
    }

    @Override
    public void FillRandom(TF1 f, int ntimes, org.rootprompt.root.math.TRandom rng) {
        Error("FillRandom", "not available for 3-D histograms");
    }

    @Override
    public TH3 Clone() {
        TH3 copy = (TH3) super.Clone();
        copy.fYaxis = fYaxis.Clone();
        copy.fZaxis = fZaxis.Clone();
        return copy;
    }

    /** ROOT's Print: the summary line; "all" adds every cell, "range" the cells in range, "base" the binning. */
    @Override
    public void Print(String option) {
        String opt = option == null ? "" : option.toLowerCase();
        StringBuilder out = new StringBuilder(CFormat.format("TH1.Print Name  = %s, Entries= %d, Total sum= %g\n",
                GetName(), (int) fEntries, GetSumOfWeights()));
        if (opt.contains("all") || opt.contains("range")) {
            boolean all = opt.contains("all");
            int[][] r = new int[3][];
            for (int i = 0; i < 3; i++) {
                TAxis a = axis(i);
                r[i] = all ? new int[] {0, a.GetNbins() + 1} : new int[] {a.GetFirst(), a.GetLast()};
            }
            for (int bz = r[2][0]; bz <= r[2][1]; bz++) {
                for (int by = r[1][0]; by <= r[1][1]; by++) {
                    for (int bx = r[0][0]; bx <= r[0][1]; bx++) {
                        int bin = GetBin(bx, by, bz);
                        String cellText = CFormat.format(" fSumw[%d][%d][%d]=%g, x=%g, y=%g, z=%g", bx, by, bz,
                                RetrieveBinContent(bin), fXaxis.GetBinCenter(bx), fYaxis.GetBinCenter(by),
                                fZaxis.GetBinCenter(bz));
                        out.append(cellText);
                        if (fSumw2 != null) {
                            out.append(CFormat.format(", error=%g", GetBinError(bin)));
                        }
                        out.append('\n');
                    }
                }
            }
        } else if (opt.contains("base")) {
            out.append(CFormat.format("          Title = %s\n", GetTitle()));
            out.append(CFormat.format("          NbinsX= %d, xmin= %g, xmax=%g, NbinsY= %d, ymin= %g, ymax=%g"
                    + ", NbinsZ= %d, zmin= %g, zmax=%g\n", fXaxis.GetNbins(), fXaxis.GetXmin(), fXaxis.GetXmax(),
                    fYaxis.GetNbins(), fYaxis.GetXmin(), fYaxis.GetXmax(), fZaxis.GetNbins(), fZaxis.GetXmin(),
                    fZaxis.GetXmax()));
        }
        System.out.print(out);
    }
}
