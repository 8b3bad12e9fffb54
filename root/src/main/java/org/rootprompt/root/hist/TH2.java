package org.rootprompt.root.hist;

/**
 * ROOT's two-dimensional histogram: cells (nx+2)·(ny+2) with under/overflows on both axes, bin
 * numbering bin = binx + (nx+2)·biny, and the 2-D statistics (Σw·y, Σw·y², Σw·x·y) kept at fill time.
 */
public abstract class TH2 extends TH1 {
    protected TAxis fYaxis;
    protected double fTsumwy;
    protected double fTsumwy2;
    protected double fTsumwxy;

    public double getTsumwy() { return fTsumwy; }
    public double getTsumwy2() { return fTsumwy2; }
    public double getTsumwxy() { return fTsumwxy; }
    public void setTsumwy(double v) { fTsumwy = v; }
    public void setTsumwy2(double v) { fTsumwy2 = v; }
    public void setTsumwxy(double v) { fTsumwxy = v; }

    protected TH2(String name, String title, int nbinsx, double xlow, double xup, int nbinsy, double ylow, double yup) {
        this(name, title, new TAxis(Math.max(nbinsx, 1), xlow, xup), new TAxis(Math.max(nbinsy, 1), ylow, yup));
    }

    /** On given axes (variable bins, projections, rebinning). */
    protected TH2(String name, String title, TAxis xaxis, TAxis yaxis) {
        super(name, title, xaxis);
        fYaxis = yaxis;
        fYaxis.SetName("yaxis");
        init((fXaxis.GetNbins() + 2) * (fYaxis.GetNbins() + 2));
    }

    @Override
    public TAxis GetYaxis() {
        return fYaxis;
    }

    @Override
    TAxis yAxisForTitle() {
        return fYaxis;
    }

    public int GetNbinsY() {
        return fYaxis.GetNbins();
    }

    /** The global bin number of (binx, biny), each clamped to its under/overflow. */
    public int GetBin(int binx, int biny) {
        int nx = fXaxis.GetNbins() + 2;
        binx = Math.max(0, Math.min(binx, nx - 1));
        biny = Math.max(0, Math.min(biny, fYaxis.GetNbins() + 1));
        return binx + nx * biny;
    }

    public int FindBin(double x, double y) {
        return GetBin(fXaxis.FindBin(x), fYaxis.FindBin(y));
    }

    public double GetBinContent(int binx, int biny) {
        return GetBinContent(GetBin(binx, biny));
    }

    public void SetBinContent(int binx, int biny, double content) {
        SetBinContent(GetBin(binx, biny), content);
    }

    public double GetBinError(int binx, int biny) {
        return GetBinError(GetBin(binx, biny));
    }

    public void SetBinError(int binx, int biny, double error) {
        SetBinError(GetBin(binx, biny), error);
    }

    /** A 2-D histogram is filled with (x, y): ROOT refuses Fill(x). */
    @Override
    public int Fill(double x) {
        Error("Fill", "Invalid signature - do nothing");
        return -1;
    }

    /** Fills (x, y) with weight 1; -1 when it fell in an under/overflow and does not count in the stats. */
    public int Fill(double x, double y) {
        return fill(x, y, 1, false);
    }

    /** Fills (x, y) with weight w. (For a TH2, Fill(x, w) of TH1 would be ambiguous: this is (x, y).) */
    public int Fill(double x, double y, double w) {
        return fill(x, y, w, true);
    }

    private int fill(double x, double y, double w, boolean weighted) {
        fEntries++;
        int binx = fXaxis.FindBin(x);
        int biny = fYaxis.FindBin(y);
        int bin = binx + (fXaxis.GetNbins() + 2) * biny;
        if (weighted && fSumw2 == null && w != 1.0) {
            Sumw2();
        }
        if (fSumw2 != null) {
            fSumw2[bin] += w * w;
        }
        AddBinContent(bin, w);
        if (binx == 0 || binx > fXaxis.GetNbins() || biny == 0 || biny > fYaxis.GetNbins()) {
            if (!statOverflows()) {
                return -1;
            }
        }
        fTsumw += w;
        fTsumw2 += w * w;
        fTsumwx += w * x;
        fTsumwx2 += w * x * x;
        fTsumwy += w * y;
        fTsumwy2 += w * y * y;
        fTsumwxy += w * x * y;
        return bin;
    }

    /** stats[0..6]: Σw, Σw², Σwx, Σwx², Σwy, Σwy², Σwxy; from the cells once a range is set or cells were set. */
    @Override
    public void GetStats(double[] stats) {
        if ((fTsumw == 0 && fEntries > 0) || fXaxis.IsRangeSet() || fYaxis.IsRangeSet()) {
            java.util.Arrays.fill(stats, 0, 7, 0);
            for (int biny = fYaxis.GetFirst(); biny <= fYaxis.GetLast(); biny++) {
                double y = fYaxis.GetBinCenter(biny);
                for (int binx = fXaxis.GetFirst(); binx <= fXaxis.GetLast(); binx++) {
                    double x = fXaxis.GetBinCenter(binx);
                    int bin = GetBin(binx, biny);
                    double w = RetrieveBinContent(bin);
                    double err = GetBinError(bin);
                    stats[0] += w;
                    stats[1] += err * err;
                    stats[2] += w * x;
                    stats[3] += w * x * x;
                    stats[4] += w * y;
                    stats[5] += w * y * y;
                    stats[6] += w * x * y;
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
        }
    }

    @Override
    public void PutStats(double[] stats) {
        super.PutStats(stats);
        fTsumwy = stats[4];
        fTsumwy2 = stats[5];
        fTsumwxy = stats[6];
    }

    @Override
    public void Reset(String option) {
        super.Reset(option);
        fTsumwy = fTsumwy2 = fTsumwxy = 0;
    }

    /** The covariance of x and y (ROOT's GetCovariance(1, 2)). */
    public double GetCovariance() {
        return GetCovariance(1, 2);
    }

    public double GetCorrelationFactor() {
        return GetCorrelationFactor(1, 2);
    }

    /** The sum of the cells in range on both axes. */
    @Override
    public double Integral() {
        return Integral(fXaxis.GetFirst(), fXaxis.GetLast(), fYaxis.GetFirst(), fYaxis.GetLast());
    }

    public double Integral(int binx1, int binx2, int biny1, int biny2) {
        double sum = 0;
        for (int by = Math.max(biny1, 0); by <= Math.min(biny2, fYaxis.GetNbins() + 1); by++) {
            for (int bx = Math.max(binx1, 0); bx <= Math.min(binx2, fXaxis.GetNbins() + 1); bx++) {
                sum += RetrieveBinContent(GetBin(bx, by));
            }
        }
        return sum;
    }

    /** The sum over bins 1..nx × 1..ny. */
    @Override
    public double GetSumOfWeights() {
        return Integral(1, fXaxis.GetNbins(), 1, fYaxis.GetNbins());
    }

    /** The x distribution summed over y bins [firstybin, lastybin] (all, with under/overflows, by default). */
    public TH1D ProjectionX() {
        return ProjectionX(GetName() + "_px", 0, -1);
    }

    public TH1D ProjectionX(String name, int firstybin, int lastybin) {
        return project(name, true, firstybin, lastybin);
    }

    public TH1D ProjectionY() {
        return ProjectionY(GetName() + "_py", 0, -1);
    }

    public TH1D ProjectionY(String name, int firstxbin, int lastxbin) {
        return project(name, false, firstxbin, lastxbin);
    }

    private TH1D project(String name, boolean onX, int first, int last) {
        TAxis keep = onX ? fXaxis : fYaxis;
        TAxis sum = onX ? fYaxis : fXaxis;
        boolean all = last < first;
        if (all) {
            first = 0;
            last = sum.GetNbins() + 1;
        }
        TH1D h = keep.IsVariableBinSize()
                ? new TH1D(name, GetTitle(), keep.GetNbins(), keep.GetXbins())
                : new TH1D(name, GetTitle(), keep.GetNbins(), keep.GetXmin(), keep.GetXmax());
        if (fSumw2 != null) {
            h.Sumw2();
        }
        for (int k = 0; k <= keep.GetNbins() + 1; k++) {
            double c = 0;
            double e2 = 0;
            for (int j = Math.max(first, 0); j <= Math.min(last, sum.GetNbins() + 1); j++) {
                int bin = onX ? GetBin(k, j) : GetBin(j, k);
                c += RetrieveBinContent(bin);
                double e = GetBinError(bin);
                e2 += e * e;
            }
            h.UpdateBinContent(k, c);
            if (h.fSumw2 != null) {
                h.fSumw2[k] = e2;
            }
        }
        double entries = fEntries;
        h.ResetStats();
        if (all) {
            h.SetEntries(entries);
        }
        return h;
    }

    /** The mean of y in each x bin, over y bins [firstybin, lastybin] (all by default), as ROOT's ProfileX. */
    public TProfile ProfileX() {
        return ProfileX(GetName() + "_pfx", 1, -1);
    }

    public TProfile ProfileX(String name, int firstybin, int lastybin) {
        return profile(name, true, firstybin, lastybin);
    }

    public TProfile ProfileY() {
        return ProfileY(GetName() + "_pfy", 1, -1);
    }

    public TProfile ProfileY(String name, int firstxbin, int lastxbin) {
        return profile(name, false, firstxbin, lastxbin);
    }

    private TProfile profile(String name, boolean onX, int first, int last) {
        TAxis keep = onX ? fXaxis : fYaxis;
        TAxis over = onX ? fYaxis : fXaxis;
        if (last < first) {
            first = 1;
            last = over.GetNbins();
        }
        TProfile p = new TProfile(name, GetTitle(), keep.GetNbins(), keep.GetXmin(), keep.GetXmax());
        for (int k = 0; k <= keep.GetNbins() + 1; k++) {
            for (int j = Math.max(first, 0); j <= Math.min(last, over.GetNbins() + 1); j++) {
                double w = RetrieveBinContent(onX ? GetBin(k, j) : GetBin(j, k));
                if (w != 0) {
                    p.Fill(keep.GetBinCenter(k), over.GetBinCenter(j), w);
                }
            }
        }
        p.SetEntries(fEntries);
        return p;
    }

    // ---- 1-D operations that a 2-D histogram does not have yet: one clear error each ----

    /**
     * ROOT's TH2::FillRandom: the cumulative integral of a TF2 over the cells, one uniform number
     * per entry to pick a cell, and the entry at the cell's centre.
     */
    @Override
    public void FillRandom(TF1 f, int ntimes, org.rootprompt.root.math.TRandom rng) {
        if (!(f instanceof TF2 f2)) {
            Error("FillRandom", "a 2-D histogram needs a TF2");
            return;
        }
        org.rootprompt.root.math.TRandom random = rng != null ? rng : org.rootprompt.root.math.TRandom.gRandom;
        int nx = fXaxis.GetNbins();
        int ny = fYaxis.GetNbins();
        int nbins = nx * ny;
        double[] integral = new double[nbins + 1];
        int ibin = 0;
        for (int biny = 1; biny <= ny; biny++) {
            for (int binx = 1; binx <= nx; binx++) {
                ibin++;
                integral[ibin] = integral[ibin - 1] + f2.Integral(fXaxis.GetBinLowEdge(binx), fXaxis.GetBinUpEdge(binx),
                        fYaxis.GetBinLowEdge(biny), fYaxis.GetBinUpEdge(biny), 1e-6);
            }
        }
        if (integral[nbins] == 0) {
            Error("FillRandom", "Integral = zero");
            return;
        }
        for (int i = 1; i <= nbins; i++) {
            integral[i] /= integral[nbins];
        }
        for (int loop = 0; loop < ntimes; loop++) {
            double r = random.Rndm();
            int bin = org.rootprompt.root.math.TMath.BinarySearch(nbins, integral, r);
            int biny = bin / nx;
            int binx = 1 + bin - nx * biny;
            biny++;
            Fill(fXaxis.GetBinCenter(binx), fYaxis.GetBinCenter(biny));
        }
    }

    /** As in ROOT, Rebin of a 2-D histogram is {@link #RebinX}. */
    @Override
    public TH2 Rebin(int ngroup, String newname) {
        return RebinX(ngroup, newname);
    }

    public TH2 RebinX(int ngroup) {
        return Rebin2D(ngroup, 1, "");
    }

    public TH2 RebinX(int ngroup, String newname) {
        return Rebin2D(ngroup, 1, newname);
    }

    public TH2 RebinY(int ngroup) {
        return Rebin2D(1, ngroup, "");
    }

    public TH2 RebinY(int ngroup, String newname) {
        return Rebin2D(1, ngroup, newname);
    }

    public TH2 Rebin2D(int nxgroup, int nygroup) {
        return Rebin2D(nxgroup, nygroup, "");
    }

    /**
     * ROOT's Rebin2D: merges nxgroup × nygroup cells, in place (newname empty) or into a copy named
     * newname. Bins left over at the top of an axis go to its overflow, and then the statistics are
     * recomputed from the cells; otherwise statistics and entries are kept.
     */
    public TH2 Rebin2D(int nxgroup, int nygroup, String newname) {
        int nx = fXaxis.GetNbins();
        int ny = fYaxis.GetNbins();
        if (nxgroup <= 0 || nxgroup > nx) {
            Error("Rebin", "Illegal value of nxgroup=%d", nxgroup);
            return null;
        }
        if (nygroup <= 0 || nygroup > ny) {
            Error("Rebin", "Illegal value of nygroup=%d", nygroup);
            return null;
        }
        TH2 h = newname == null || newname.isEmpty() ? this : (TH2) Clone(newname);
        int newx = nx / nxgroup;
        int newy = ny / nygroup;
        int[] map = new int[h.fNcells];
        for (int by = 0; by <= ny + 1; by++) {
            for (int bx = 0; bx <= nx + 1; bx++) {
                map[bx + (nx + 2) * by] = groupedBin(bx, nxgroup, newx) + (newx + 2) * groupedBin(by, nygroup, newy);
            }
        }
        groupAxisBins(h.fXaxis, nxgroup);
        groupAxisBins(h.fYaxis, nygroup);
        h.regroupCells(map, (newx + 2) * (newy + 2));
        if (nx % nxgroup != 0 || ny % nygroup != 0) {
            h.fTsumw = 0; // the top bins moved to the overflows: statistics come from the cells now
        }
        return h;
    }

    @Override
    public double Chi2TestX(TH1 h2, double[] chi2, int[] ndf, int[] igood, String option, double[] res) {
        Error("Chi2TestX", "not available for 2-D histograms yet");
        return 0;
    }

    @Override
    public void Smooth(int ntimes, String option) {
        Error("Smooth", "not available for 2-D histograms yet");
    }

    @Override
    public TH1 GetCumulative(boolean forward, String suffix) {
        Error("GetCumulative", "not available for 2-D histograms yet");
        return null;
    }

    @Override
    public TH2 Clone() {
        TH2 copy = (TH2) super.Clone();
        copy.fYaxis = fYaxis.Clone();
        return copy;
    }

    /** ROOT's Print for a 2-D histogram: the summary line, and the cells with "all". */
    @Override
    public void Print(String option) {
        String opt = option == null ? "" : option.toLowerCase();
        if (!opt.contains("all")) {
            super.Print(option);
            return;
        }
        StringBuilder out = new StringBuilder(org.rootprompt.root.core.CFormat.format(
                "TH1.Print Name  = %s, Entries= %d, Total sum= %g\n", GetName(), (int) fEntries, GetSumOfWeights()));
        for (int by = 0; by <= fYaxis.GetNbins() + 1; by++) {
            for (int bx = 0; bx <= fXaxis.GetNbins() + 1; bx++) {
                int bin = GetBin(bx, by);
                out.append(org.rootprompt.root.core.CFormat.format(" fSumw[%d][%d]=%g, x=%g, y=%g", bx, by,
                        RetrieveBinContent(bin), fXaxis.GetBinCenter(bx), fYaxis.GetBinCenter(by)));
                if (fSumw2 != null) {
                    out.append(org.rootprompt.root.core.CFormat.format(", error=%g", GetBinError(bin)));
                }
                out.append('\n');
            }
        }
        System.out.print(out);
    }
}
