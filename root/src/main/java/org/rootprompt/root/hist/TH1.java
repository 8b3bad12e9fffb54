package org.rootprompt.root.hist;

import org.rootprompt.root.core.CFormat;
import org.rootprompt.root.core.TAttFill;
import org.rootprompt.root.core.TAttLine;
import org.rootprompt.root.core.TAttMarker;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TNamed;
import org.rootprompt.root.core.TObject;

/**
 * ROOT's one-dimensional histogram. Contents live in a primitive array of the subclass (TH1F:
 * float, TH1D: double, …); the statistics come, as in ROOT, from sums kept at fill time
 * (fTsumw, fTsumw2, fTsumwx, fTsumwx2) and from the bin contents once a range is set or the
 * contents were set by hand.
 */
public abstract class TH1 extends TNamed
        implements org.rootprompt.root.core.TDirectory.Member, TAttLine, TAttFill, TAttMarker {
    /** The length of a statistics array, as ROOT's kNstat (2-D histograms use seven entries). */
    public static final int kNstat = 13;

    /** Sum of weights, sum of squared weights, of weight × x and of weight × x² (stats[0..3]). */
    protected double fTsumw;
    protected double fTsumw2;
    protected double fTsumwx;
    protected double fTsumwx2;
    protected double fEntries;
    /** Sum of squared weights per bin; null until {@link #Sumw2()} (or a weighted fill) asks for it. */
    protected double[] fSumw2;
    protected TAxis fXaxis;
    protected int fNcells;
    protected double fMaximum = -1111;
    protected double fMinimum = -1111;

    private static boolean fgDefaultSumw2;
    private static boolean fgStatOverflows;
    private static boolean fgAddDirectory = true;
    /** The directory that owns this histogram, or null. */
    protected org.rootprompt.root.core.TDirectory fDirectory;

    protected TH1(String name, String title, int nbins, double xlow, double xup) {
        super(name, title);
        if (nbins <= 0) {
            warnAs("TH1", "nbins is <=0 - set to nbins = 1");
            nbins = 1;
        }
        fXaxis = new TAxis(nbins, xlow, xup);
        init();
    }

    protected TH1(String name, String title, int nbins, double[] xbins) {
        super(name, title);
        if (nbins <= 0) {
            warnAs("TH1", "nbins is <=0 - set to nbins = 1");
            nbins = 1;
        }
        fXaxis = new TAxis(nbins, xbins);
        init();
    }

    /** For histograms of more dimensions: the subclass sets its axes, then calls {@link #init(int)}. */
    protected TH1(String name, String title, TAxis xaxis) {
        super(name, title);
        fXaxis = xaxis;
    }

    private void init() {
        init(fXaxis.GetNbins() + 2);
    }

    protected void init(int ncells) {
        fXaxis.SetName("xaxis");
        SetTitle(fTitle); // splits "title;x title;y title" now that the axes exist
        fNcells = ncells;
        allocate(fNcells);
        if (fgDefaultSumw2) {
            Sumw2();
        }
        if (fgAddDirectory && org.rootprompt.root.core.TROOT.gDirectory != null) {
            fDirectory = org.rootprompt.root.core.TROOT.gDirectory;
            // ROOT adds from TH1's constructor, so the warning names the class TH1
            fDirectory.Append(this, true, "TH1");
        }
    }

    /**
     * Sets the title; as in ROOT, {@code "title;x axis;y axis;z axis"} also titles the axes (write
     * {@code #;} for a semicolon in a title).
     */
    @Override
    public void SetTitle(String title) {
        String t = title == null ? "" : title;
        if (!t.contains(";") || fXaxis == null) {
            super.SetTitle(t.replace("#;", ";"));
            return;
        }
        String[] parts = t.replace("#;", "\u0000").split(";", -1);
        super.SetTitle(parts[0].replace('\u0000', ';'));
        TAxis[] axes = {fXaxis, yAxisForTitle(), zAxisForTitle()};
        for (int i = 1; i < parts.length && i <= 3; i++) {
            if (axes[i - 1] != null) {
                axes[i - 1].SetTitle(parts[i].replace('\u0000', ';'));
            }
        }
    }

    /** The y axis for titles: a 1-D histogram keeps one so that "t;x;y" titles it, as in ROOT. */
    TAxis yAxisForTitle() {
        if (fYaxisTitleHolder == null) {
            fYaxisTitleHolder = new TAxis(1, 0, 1);
            fYaxisTitleHolder.SetName("yaxis");
        }
        return fYaxisTitleHolder;
    }

    TAxis zAxisForTitle() {
        if (fZaxisTitleHolder == null) {
            fZaxisTitleHolder = new TAxis(1, 0, 1);
            fZaxisTitleHolder.SetName("zaxis");
        }
        return fZaxisTitleHolder;
    }

    private TAxis fYaxisTitleHolder;
    private TAxis fZaxisTitleHolder;

    /** The y axis (for a 1-D histogram it only carries the y title and display settings). */
    public TAxis GetYaxis() {
        return yAxisForTitle();
    }

    public TAxis GetZaxis() {
        return zAxisForTitle();
    }

    /** Whether new histograms join the current directory (ROOT's TH1::AddDirectory, default true). */
    public static void AddDirectory(boolean add) {
        fgAddDirectory = add;
    }

    public static boolean AddDirectoryStatus() {
        return fgAddDirectory;
    }

    public org.rootprompt.root.core.TDirectory GetDirectory() {
        return fDirectory;
    }

    /** Moves this histogram to another directory (null: owned by no directory). */
    public void SetDirectory(org.rootprompt.root.core.TDirectory dir) {
        if (fDirectory == dir) {
            return;
        }
        if (fDirectory != null) {
            org.rootprompt.root.core.TDirectory old = fDirectory;
            fDirectory = null;
            old.Remove(this);
        }
        fDirectory = dir;
        if (dir != null) {
            dir.Append(this);
        }
    }

    @Override
    public void directoryRemoved(org.rootprompt.root.core.TDirectory directory) {
        if (fDirectory == directory) {
            fDirectory = null;
        }
    }

    /** Warnings from TH1's own constructor carry ROOT's location, {@code TH1::TH1}. */
    private static void warnAs(String method, String text) {
        org.rootprompt.root.core.ErrorHandler.report(org.rootprompt.root.core.ErrorHandler.kWarning,
                "TH1::" + method, text);
    }

    // ---- storage: one primitive array of the subclass's type ----

    /** The contents, under/overflows included; the subclass chooses the element type. */
    protected BinArray fArray;

    /** A content array of ncells bins of this histogram's type. */
    abstract BinArray newArray(int ncells);

    protected void allocate(int ncells) {
        fArray = newArray(ncells);
    }

    protected double RetrieveBinContent(int bin) {
        return fArray.get(bin);
    }

    protected void UpdateBinContent(int bin, double content) {
        fArray.set(bin, content);
    }

    /** Adds w to a bin, with the rounding or saturation of the subclass's type. */
    public void AddBinContent(int bin, double w) {
        fArray.add(bin, w);
    }

    public void AddBinContent(int bin) {
        fArray.add(bin, 1);
    }

    // ---- global switches ----

    /** Makes every new histogram call {@link #Sumw2()} (ROOT's TH1::SetDefaultSumw2). */
    public static void SetDefaultSumw2(boolean on) {
        fgDefaultSumw2 = on;
    }

    /** Counts under- and overflows in the statistics (ROOT's TH1::StatOverflows). */
    public static void StatOverflows(boolean on) {
        fgStatOverflows = on;
    }

    protected static boolean statOverflows() {
        return fgStatOverflows;
    }

    // ---- filling ----

    /** Fills x with weight 1; returns the bin, or -1 when x fell outside and does not count in the stats. */
    public int Fill(double x) {
        fEntries++;
        int bin = fXaxis.FindBin(x);
        AddBinContent(bin);
        if (fSumw2 != null) {
            fSumw2[bin] += 1;
        }
        if ((bin == 0 || bin > fXaxis.GetNbins()) && !fgStatOverflows) {
            return -1;
        }
        fTsumw += 1;
        fTsumw2 += 1;
        fTsumwx += x;
        fTsumwx2 += x * x;
        return bin;
    }

    /** Fills x with weight w; the first weight other than 1 switches on {@link #Sumw2()}. */
    public int Fill(double x, double w) {
        fEntries++;
        int bin = fXaxis.FindBin(x);
        if (fSumw2 == null && w != 1.0) {
            Sumw2();
        }
        if (fSumw2 != null) {
            fSumw2[bin] += w * w;
        }
        AddBinContent(bin, w);
        if ((bin == 0 || bin > fXaxis.GetNbins()) && !fgStatOverflows) {
            return -1;
        }
        fTsumw += w;
        fTsumw2 += w * w;
        fTsumwx += w * x;
        fTsumwx2 += w * x * x;
        return bin;
    }

    /** Fills the bin labelled name (a new label takes the next bin; the axis grows when all are used). */
    public int Fill(String name) {
        return Fill(name, 1.0);
    }

    public int Fill(String name, double w) {
        fEntries++;
        int bin = fXaxis.findLabel(name);
        if (bin == -2) {
            inflateLabels();
            bin = fXaxis.findLabel(name);
        }
        if (bin < 0) {
            return -1;
        }
        if (fSumw2 == null && w != 1.0) {
            Sumw2();
        }
        if (fSumw2 != null) {
            fSumw2[bin] += w * w;
        }
        AddBinContent(bin, w);
        fTsumw += w;
        fTsumw2 += w * w;
        if (!fXaxis.IsAlphanumeric()) { // x statistics mean nothing on a growing alphanumeric axis
            double x = fXaxis.GetBinCenter(bin);
            fTsumwx += w * x;
            fTsumwx2 += w * x * x;
        }
        return bin;
    }

    /** Doubles the bins of an alphanumeric axis, keeping each bin's content and error. */
    private void inflateLabels() {
        double[] content = new double[fNcells];
        for (int i = 0; i < fNcells; i++) {
            content[i] = RetrieveBinContent(i);
        }
        double[] sumw2 = fSumw2;
        int oldNbins = GetNbinsX();
        fXaxis.inflate();
        fNcells = fXaxis.GetNbins() + 2;
        allocate(fNcells);
        fSumw2 = sumw2 == null ? null : new double[fNcells];
        for (int i = 0; i <= oldNbins; i++) {
            UpdateBinContent(i, content[i]);
            if (sumw2 != null) {
                fSumw2[i] = sumw2[i];
            }
        }
    }

    /** Fills the first n values, with weights when {@code w} is not null. */
    public void FillN(int n, double[] x, double[] w) {
        FillN(n, x, w, 1);
    }

    public void FillN(int n, double[] x, double[] w, int stride) {
        for (int i = 0; i < n; i += stride) {
            if (w == null) {
                Fill(x[i]);
            } else {
                Fill(x[i], w[i]);
            }
        }
    }

    /** Fills n random values drawn from the function of that name (see {@link TF1#GetFunction}), with gRandom. */
    public void FillRandom(String fname, int ntimes) {
        FillRandom(fname, ntimes, null);
    }

    public void FillRandom(String fname, int ntimes, org.rootprompt.root.math.TRandom rng) {
        TF1 f = TF1.GetFunction(fname);
        if (f == null) {
            Error("FillRandom", "Unknown function: %s", fname);
            return;
        }
        FillRandom(f, ntimes, rng);
    }

    public void FillRandom(TF1 f, int ntimes) {
        FillRandom(f, ntimes, null);
    }

    /**
     * ROOT's algorithm: the cumulative integral of f over this histogram's bins in range, then for each
     * entry one uniform number r, the bin where the cumulative crosses r, and x placed linearly inside it.
     */
    public void FillRandom(TF1 f, int ntimes, org.rootprompt.root.math.TRandom rng) {
        org.rootprompt.root.math.TRandom random = rng != null ? rng : org.rootprompt.root.math.TRandom.gRandom;
        int first = fXaxis.GetFirst();
        int last = fXaxis.GetLast();
        int nbins = last - first + 1;
        double[] integral = new double[nbins + 1];
        for (int i = 1; i <= nbins; i++) {
            int bin = i + first - 1;
            integral[i] = integral[i - 1] + f.Integral(fXaxis.GetBinLowEdge(bin), fXaxis.GetBinUpEdge(bin), 1e-9);
        }
        if (integral[nbins] == 0) {
            Error("FillRandom", "Integral = zero");
            return;
        }
        for (int i = 1; i <= nbins; i++) {
            integral[i] /= integral[nbins];
        }
        // a guide table gives, for r in [k/K, (k+1)/K), the range of bins to look in: the same bin as
        // ROOT's binary search (the search result is monotonic in r), found in a step or two
        int guideSize = 4 * nbins;
        int[] guide = new int[guideSize + 1];
        for (int k = 0; k <= guideSize; k++) {
            guide[k] = Math.max(0, org.rootprompt.root.math.TMath.BinarySearch(nbins, integral, (double) k / guideSize));
        }
        for (int loop = 0; loop < ntimes; loop++) {
            double r = random.Rndm();
            int ibin = guide[Math.min((int) (r * guideSize), guideSize)];
            while (ibin + 1 < nbins && integral[ibin + 1] <= r) {
                ibin++;
            }
            double x = fXaxis.GetBinLowEdge(ibin + first)
                    + fXaxis.GetBinWidth(ibin + first) * (r - integral[ibin]) / (integral[ibin + 1] - integral[ibin]);
            Fill(x);
        }
    }

    // ---- fitting ----

    private TList fFunctions = new TList();

    /** Fits a function by name: ROOT's predefined shapes (gaus, expo, polN…) or a TF1 made earlier. */
    public TFitResult Fit(String fname) {
        return Fit(fname, "", "", 0, 0);
    }

    public TFitResult Fit(String fname, String option) {
        return Fit(fname, option, "", 0, 0);
    }

    public TFitResult Fit(String fname, String option, String goption, double xmin, double xmax) {
        TF1 f = HFit.byName(this, fname, GetXaxis().GetXmin(), GetXaxis().GetXmax());
        return f == null ? null : HFit.histogram(this, f, option, xmin, xmax);
    }

    /**
     * Fits f to the bins as ROOT does: by default a χ² with the bin errors (empty bins skipped);
     * options L (Poisson likelihood), WL (weighted likelihood), P (Pearson χ²), I (f's mean over each
     * bin), W / WW (errors 1, without / with the empty bins), E (Minos errors), M (improve: Minuit2's
     * Migrad), B (keep the values and limits of a predefined gaus or expo), Q (quiet), V (verbose),
     * R (the function's range), N (do not store), + (add to the functions), 0 and S (no effect here).
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
        return HFit.histogram(this, f, option, xmin, xmax);
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


    /** Error reporting for the package's helpers, with this histogram's class as the location. */
    void reportError(String method, String text) {
        Error(method, "%s", text);
    }

    // ---- contents and errors ----

    /** Creates the per-bin sum of squared weights, from the contents if there were fills. */
    public void Sumw2() {
        Sumw2(true);
    }

    public void Sumw2(boolean flag) {
        if (!flag) {
            fSumw2 = null;
            return;
        }
        if (fSumw2 != null) {
            if (!fgDefaultSumw2) {
                Warning("Sumw2", "Sum of squares of weights structure already created");
            }
            return;
        }
        fSumw2 = new double[fNcells];
        if (fEntries > 0) {
            for (int i = 0; i < fNcells; i++) {
                fSumw2[i] = Math.abs(RetrieveBinContent(i));
            }
        }
    }

    public int GetSumw2N() {
        return fSumw2 == null ? 0 : fSumw2.length;
    }

    public int GetNbinsX() {
        return fXaxis.GetNbins();
    }

    public int GetNcells() {
        return fNcells;
    }

    public int GetBin(int binx) {
        return Math.max(0, Math.min(binx, fNcells - 1));
    }

    public TAxis GetXaxis() {
        return fXaxis;
    }

    /** The bin of x (ROOT's TH1::FindBin). */
    public int FindBin(double x) {
        return fXaxis.FindBin(x);
    }

    /** The content of a bin; out-of-range bins are clamped to the under/overflow as in ROOT. */
    public double GetBinContent(int bin) {
        return RetrieveBinContent(GetBin(bin));
    }

    /** Sets a bin's content; the statistics will be recomputed from the contents. */
    public void SetBinContent(int bin, double content) {
        fEntries++;
        fTsumw = 0;
        if (bin < 0 || bin >= fNcells) {
            return;
        }
        UpdateBinContent(bin, content);
    }

    /** sqrt of the sum of squared weights, or sqrt(|content|) without {@link #Sumw2()}. */
    public double GetBinError(int bin) {
        bin = GetBin(bin);
        if (fSumw2 != null) {
            return Math.sqrt(fSumw2[bin]);
        }
        return Math.sqrt(Math.abs(RetrieveBinContent(bin)));
    }

    public void SetBinError(int bin, double error) {
        if (bin < 0 || bin >= fNcells) {
            return;
        }
        if (fSumw2 == null) {
            Sumw2();
        }
        fSumw2[bin] = error * error;
    }

    public double GetBinCenter(int bin) {
        return fXaxis.GetBinCenter(bin);
    }

    public double GetBinLowEdge(int bin) {
        return fXaxis.GetBinLowEdge(bin);
    }

    public double GetBinWidth(int bin) {
        return fXaxis.GetBinWidth(bin);
    }

    // ---- entries and statistics ----

    public double GetEntries() {
        return fEntries;
    }

    public void SetEntries(double n) {
        fEntries = n;
    }

    /**
     * stats[0..3] = sum w, sum w², sum w·x, sum w·x². From the fill-time sums, or from the bin
     * contents (at bin centres) when a range is set or contents were set directly.
     */
    public void GetStats(double[] stats) {
        if ((fTsumw == 0 && fEntries > 0) || fXaxis.IsRangeSet()) {
            stats[0] = stats[1] = stats[2] = stats[3] = 0;
            int first = fXaxis.GetFirst();
            int last = fXaxis.GetLast();
            if (fgStatOverflows && !fXaxis.IsRangeSet()) {
                first = 0;
                last = fXaxis.GetNbins() + 1;
            }
            for (int bin = first; bin <= last; bin++) {
                double x = fXaxis.GetBinCenter(bin);
                double w = RetrieveBinContent(bin);
                double err = Math.abs(GetBinError(bin));
                stats[0] += w;
                stats[1] += err * err;
                stats[2] += w * x;
                stats[3] += w * x * x;
            }
        } else {
            stats[0] = fTsumw;
            stats[1] = fTsumw2;
            stats[2] = fTsumwx;
            stats[3] = fTsumwx2;
        }
    }

    /** Replaces the statistics sums (ROOT's PutStats). */
    public void PutStats(double[] stats) {
        fTsumw = stats[0];
        fTsumw2 = stats[1];
        fTsumwx = stats[2];
        fTsumwx2 = stats[3];
    }

    /**
     * Recomputes the statistics from the bin contents; the entries become |sum of weights|, or the
     * effective entries for a weighted histogram, as in ROOT.
     */
    public void ResetStats() {
        fTsumw = 0;
        fEntries = 1; // so that GetStats reads the contents
        double[] stats = new double[kNstat];
        GetStats(stats);
        PutStats(stats);
        fEntries = Math.abs(fTsumw);
        if (fSumw2 != null && fTsumw > 0 && stats[1] > 0) {
            fEntries = stats[0] * stats[0] / stats[1];
        }
    }

    /** The squared error of a bin without range checks. */
    private double errorSquared(int bin) {
        return fSumw2 != null ? fSumw2[bin] : Math.abs(RetrieveBinContent(bin));
    }

    private boolean sameBinning(String method, TH1 other) {
        if (other == null) {
            Error(method, "Attempt to use a non-existing histogram");
            return false;
        }
        if (other.fNcells != fNcells) {
            Error(method, "Attempt to %s histograms with different number of bins : nbins h1 = %d , nbins h2 = %d",
                    method.toLowerCase(), GetNbinsX(), other.GetNbinsX());
            return false;
        }
        return true;
    }

    /** this = this × h1 bin by bin (under/overflows included), errors propagated, statistics recomputed. */
    public boolean Multiply(TH1 h1) {
        if (!sameBinning("Multiply", h1)) {
            return false;
        }
        if (fSumw2 == null && h1.fSumw2 != null) {
            Sumw2();
        }
        for (int i = 0; i < fNcells; i++) {
            double c0 = RetrieveBinContent(i);
            double c1 = h1.RetrieveBinContent(i);
            if (fSumw2 != null) {
                fSumw2[i] = errorSquared(i) * c1 * c1 + h1.errorSquared(i) * c0 * c0;
            }
            UpdateBinContent(i, c0 * c1);
        }
        SetMinimum();
        SetMaximum();
        ResetStats();
        return true;
    }

    /** this = c1·h1 × c2·h2. */
    public boolean Multiply(TH1 h1, TH1 h2, double c1, double c2) {
        if (!sameBinning("Multiply", h1) || !sameBinning("Multiply", h2)) {
            return false;
        }
        if (fSumw2 == null && (h1.fSumw2 != null || h2.fSumw2 != null)) {
            Sumw2();
        }
        double c1sq = c1 * c1;
        double c2sq = c2 * c2;
        for (int i = 0; i < fNcells; i++) {
            double b1 = h1.RetrieveBinContent(i);
            double b2 = h2.RetrieveBinContent(i);
            if (fSumw2 != null) {
                fSumw2[i] = c1sq * c2sq * (h1.errorSquared(i) * b2 * b2 + h2.errorSquared(i) * b1 * b1);
            }
            UpdateBinContent(i, c1 * b1 * c2 * b2);
        }
        SetMinimum();
        SetMaximum();
        ResetStats();
        return true;
    }

    /** this = this / h1 bin by bin (0 where h1 is 0), errors propagated, statistics recomputed. */
    public boolean Divide(TH1 h1) {
        if (!sameBinning("Divide", h1)) {
            return false;
        }
        if (fSumw2 == null && h1.fSumw2 != null) {
            Sumw2();
        }
        for (int i = 0; i < fNcells; i++) {
            double c0 = RetrieveBinContent(i);
            double c1 = h1.RetrieveBinContent(i);
            UpdateBinContent(i, c1 != 0 ? c0 / c1 : 0);
            if (fSumw2 != null) {
                if (c1 == 0) {
                    fSumw2[i] = 0;
                    continue;
                }
                double c1sq = c1 * c1;
                fSumw2[i] = (errorSquared(i) * c1sq + h1.errorSquared(i) * c0 * c0) / (c1sq * c1sq);
            }
        }
        SetMinimum();
        SetMaximum();
        ResetStats();
        return true;
    }

    /**
     * this = (c1·h1) / (c2·h2); with option "B" the errors are binomial (h1 a subset of h2, as for
     * efficiencies): e² = |(1 - 2w)·e1² + w²·e2²| / b2² with w = b1/b2.
     */
    public boolean Divide(TH1 h1, TH1 h2, double c1, double c2, String option) {
        if (!sameBinning("Divide", h1) || !sameBinning("Divide", h2)) {
            return false;
        }
        if (c2 == 0) {
            Error("Divide", "Coefficient of dividing histogram cannot be zero");
            return false;
        }
        boolean binomial = option != null && option.toUpperCase().contains("B");
        if (fSumw2 == null && (h1.fSumw2 != null || h2.fSumw2 != null || binomial)) {
            Sumw2();
        }
        for (int i = 0; i < fNcells; i++) {
            double b1 = h1.RetrieveBinContent(i);
            double b2 = h2.RetrieveBinContent(i);
            if (b2 == 0) {
                UpdateBinContent(i, 0);
                if (fSumw2 != null) {
                    fSumw2[i] = 0;
                }
                continue;
            }
            UpdateBinContent(i, c1 * b1 / (c2 * b2));
            if (fSumw2 != null) {
                double e1sq = h1.errorSquared(i);
                double e2sq = h2.errorSquared(i);
                if (binomial) {
                    double w = b1 / b2;
                    fSumw2[i] = b1 != b2 ? Math.abs(((1. - 2. * w) * e1sq + w * w * e2sq) / (b2 * b2)) : 0;
                } else {
                    double c1sq = c1 * c1;
                    double c2sq = c2 * c2;
                    double b1sq = b1 * b1;
                    double b2sq = b2 * b2;
                    fSumw2[i] = c1sq * c2sq * (e1sq * b2sq + e2sq * b1sq) / (c2sq * c2sq * b2sq * b2sq);
                }
            }
        }
        SetMinimum();
        SetMaximum();
        ResetStats();
        return true;
    }

    public boolean Divide(TH1 h1, TH1 h2) {
        return Divide(h1, h2, 1, 1, "");
    }

    /**
     * Merges groups of ngroup bins, in place (newname empty) or into a new histogram; bins left over
     * when ngroup does not divide nbins go to the overflow, with ROOT's warning, and the statistics
     * are then recomputed from the bins; otherwise statistics and entries are kept.
     */
    public TH1 Rebin(int ngroup) {
        return Rebin(ngroup, "");
    }

    public TH1 Rebin(int ngroup, String newname) {
        int nbins = GetNbinsX();
        if (ngroup < 1 || ngroup > nbins) {
            Error("Rebin", "Illegal value of ngroup=%d", ngroup);
            return null;
        }
        if (nbins % ngroup != 0) {
            Warning("Rebin", inexactRebinWarning(), ngroup, nbins);
        }
        TH1 h = newname == null || newname.isEmpty() ? this : (TH1) Clone(newname);
        int newbins = nbins / ngroup;
        int[] map = new int[h.fNcells];
        for (int bin = 0; bin < map.length; bin++) {
            map[bin] = groupedBin(bin, ngroup, newbins);
        }
        groupAxisBins(h.fXaxis, ngroup);
        h.regroupCells(map, newbins + 2);
        if (nbins % ngroup != 0) {
            h.fTsumw = 0; // the top bins moved to the overflow: statistics come from the bins now
        }
        return h;
    }

    /** ROOT words this warning differently for profiles. */
    String inexactRebinWarning() {
        return "ngroup=%d is not an exact divider of nbins=%d.";
    }

    /** The bin that an old bin joins when bins are merged ngroup at a time into newbins (leftovers: overflow). */
    static int groupedBin(int old, int ngroup, int newbins) {
        return old == 0 ? 0 : Math.min((old - 1) / ngroup + 1, newbins + 1);
    }

    /** Sets an axis to its bins taken ngroup at a time; leftover top bins leave the axis. */
    static void groupAxisBins(TAxis axis, int ngroup) {
        int newbins = axis.GetNbins() / ngroup;
        if (axis.IsVariableBinSize()) {
            double[] old = axis.GetXbins();
            double[] edges = new double[newbins + 1];
            for (int i = 0; i <= newbins; i++) {
                edges[i] = old[i * ngroup];
            }
            axis.Set(newbins, edges);
        } else {
            axis.Set(newbins, axis.GetXmin(), axis.GetBinUpEdge(newbins * ngroup));
        }
    }

    /** Sums per-cell values into the cells map[old] of a new array of ncells. */
    static double[] regroup(double[] values, int[] map, int ncells) {
        double[] out = new double[ncells];
        for (int i = 0; i < map.length; i++) {
            out[map[i]] += values[i];
        }
        return out;
    }

    /**
     * Rebinning: moves every cell's content and squared error into the cell map[old] of ncells new
     * cells. Profiles override it to move their per-cell sums too.
     */
    void regroupCells(int[] map, int ncells) {
        double[] content = new double[fNcells];
        for (int i = 0; i < fNcells; i++) {
            content[i] = RetrieveBinContent(i);
        }
        double[] grouped = regroup(content, map, ncells);
        fNcells = ncells;
        allocate(ncells);
        for (int i = 0; i < ncells; i++) {
            UpdateBinContent(i, grouped[i]);
        }
        fSumw2 = fSumw2 == null ? null : regroup(fSumw2, map, ncells);
        SetMinimum();
        SetMaximum();
    }

    /**
     * The Kolmogorov–Smirnov probability that this histogram and h2 come from the same distribution:
     * the largest distance between the normalised cumulative contents over bins 1..nbins, scaled by
     * the effective entries, through TMath::KolmogorovProb. Option "M" returns the distance instead;
     * "D" prints both.
     */
    public double KolmogorovTest(TH1 h2, String option) {
        String opt = option == null ? "" : option.toUpperCase();
        if (h2 == null || h2.GetNbinsX() != GetNbinsX()) {
            Error("KolmogorovTest", "Histograms must have the same number of bins");
            return 0;
        }
        int nbins = GetNbinsX();
        double sum1 = 0;
        double sum2 = 0;
        double w1 = 0;
        double w2 = 0;
        for (int bin = 1; bin <= nbins; bin++) {
            sum1 += RetrieveBinContent(bin);
            sum2 += h2.RetrieveBinContent(bin);
            double e1 = GetBinError(bin);
            double e2 = h2.GetBinError(bin);
            w1 += e1 * e1;
            w2 += e2 * e2;
        }
        if (sum1 == 0 || sum2 == 0) {
            Error("KolmogorovTest", "Integral is zero for %s", sum1 == 0 ? GetName() : h2.GetName());
            return 0;
        }
        // effective entries: a histogram with all-zero errors is an exact function
        boolean exact1 = w1 == 0;
        boolean exact2 = h2.fSumw2 != null && w2 == 0;
        double esum1 = fSumw2 != null && w1 > 0 ? sum1 * sum1 / w1 : sum1;
        double esum2 = h2.fSumw2 != null && w2 > 0 ? sum2 * sum2 / w2 : sum2;
        double rsum1 = 0;
        double rsum2 = 0;
        double dfmax = 0;
        for (int bin = 1; bin <= nbins; bin++) {
            rsum1 += RetrieveBinContent(bin) / sum1;
            rsum2 += h2.RetrieveBinContent(bin) / sum2;
            dfmax = Math.max(dfmax, Math.abs(rsum1 - rsum2));
        }
        double z = exact1 ? dfmax * Math.sqrt(esum2)
                : exact2 ? dfmax * Math.sqrt(esum1)
                : dfmax * Math.sqrt(esum1 * esum2 / (esum1 + esum2));
        double prob = org.rootprompt.root.math.TMath.KolmogorovProb(z);
        if (opt.contains("D")) {
            System.out.print(org.rootprompt.root.core.CFormat.format(
                    " Kolmo Prob  h1 = %s, sum bin content =%g  effective entries =%g\n", GetName(), sum1, esum1));
            System.out.print(org.rootprompt.root.core.CFormat.format(
                    " Kolmo Prob  h2 = %s, sum bin content =%g  effective entries =%g\n", h2.GetName(), sum2, esum2));
            System.out.print(org.rootprompt.root.core.CFormat.format(" Kolmo Prob     = %g, Max Dist = %g\n", prob, dfmax));
        }
        return opt.contains("M") ? dfmax : prob;
    }

    public double KolmogorovTest(TH1 h2) {
        return KolmogorovTest(h2, "");
    }

    /**
     * Gagunashvili's χ² test that this histogram and h2 come from one distribution: "UU" two
     * unweighted histograms (the default), "UW" unweighted against weighted, "WW" two weighted ones
     * (without any of them the kind is deduced from the effective entries); "NORM" for scaled
     * unweighted histograms, "UF"/"OF" to include under/overflows, the axis range if one is set.
     * Returns the p-value, or with "CHI2" the X², with "CHI2/NDF" X²/NDF; "P" prints the result.
     */
    public double Chi2Test(TH1 h2, String option, double[] res) {
        double[] chi2 = new double[1];
        int[] ndf = new int[1];
        int[] igood = new int[1];
        double prob = Chi2TestX(h2, chi2, ndf, igood, option, res);
        String opt = option == null ? "" : option.toUpperCase();
        if (opt.contains("P")) {
            System.out.print(CFormat.format("Chi2 = %f, Prob = %g, NDF = %d, igood = %d\n", chi2[0], prob, ndf[0],
                    igood[0]));
        }
        if (opt.contains("CHI2/NDF")) {
            return ndf[0] == 0 ? 0 : chi2[0] / ndf[0];
        }
        return opt.contains("CHI2") ? chi2[0] : prob;
    }

    public double Chi2Test(TH1 h2, String option) {
        return Chi2Test(h2, option, null);
    }

    public double Chi2Test(TH1 h2) {
        return Chi2Test(h2, "UU", null);
    }

    /**
     * The computation behind {@link #Chi2Test}: returns the p-value and fills chi2[0], ndf[0] and
     * igood[0] (1: a bin of this histogram with too few events, 2: one of h2, 3: both; "too few" is
     * under 1 event for unweighted and under 10 effective events for weighted histograms), and with
     * res the normalised residuals of the bins compared (null skips them).
     */
    public double Chi2TestX(TH1 h2, double[] chi2, int[] ndf, int[] igood, String option, double[] res) {
        String opt = option == null ? "" : option.toUpperCase();
        chi2[0] = 0;
        ndf[0] = 0;
        igood[0] = 0;
        if (h2 == null) {
            Error("Chi2TestX", "the second histogram is null");
            return 0;
        }
        if (h2.GetNbinsX() != GetNbinsX()) {
            Error("Chi2TestX", "different number of x channels");
            return 0;
        }
        int first = 1;
        int last = GetNbinsX();
        if (fXaxis.IsRangeSet()) {
            first = fXaxis.GetFirst();
            last = fXaxis.GetLast();
        }
        if (opt.contains("OF")) {
            last = GetNbinsX() + 1;
        }
        if (opt.contains("UF")) {
            first = 0;
        }
        ndf[0] = last - first;
        boolean uu = opt.contains("UU");
        boolean uw = opt.contains("UW");
        boolean ww = opt.contains("WW");
        boolean norm = opt.contains("NORM");
        if (norm && !uu) {
            Info("Chi2TestX", "NORM option should be used together with UU option. It is ignored");
        }
        // a histogram is unweighted when its effective entries equal its sum of weights
        boolean unweighted1 = isUnweighted(this);
        boolean unweighted2 = isUnweighted(h2);
        if (!uu && !uw && !ww) {
            uu = unweighted1 && unweighted2;
            uw = unweighted1 && !unweighted2;
            ww = !unweighted1;
        }
        if (uw && !unweighted1) {
            Warning("Chi2TestX", "First histogram is not unweighted and option UW has been requested");
        }
        if (uu && !norm && !(unweighted1 && unweighted2)) {
            Warning("Chi2TestX", "Both histograms are not unweighted and option UU has been requested");
        }
        boolean scaled = uu && norm;
        double sum1 = 0;
        double sum2 = 0;
        double sumw1 = 0;
        double sumw2 = 0;
        for (int bin = first; bin <= last; bin++) {
            sum1 += scaled ? effectiveCount(this, bin) : RetrieveBinContent(bin);
            sum2 += scaled ? effectiveCount(h2, bin) : h2.RetrieveBinContent(bin);
            sumw1 += scaled || ww ? errorSquared(bin) : 0;
            sumw2 += scaled || uw || ww ? h2.errorSquared(bin) : 0;
        }
        if (scaled && (sumw1 <= 0 || sumw2 <= 0)) {
            Error("Chi2TestX", "Cannot use option NORM when one histogram has all zero errors");
            return 0;
        }
        if (sum1 == 0 || sum2 == 0) {
            Error("Chi2TestX", "one histogram is empty");
            return 0;
        }
        if (ww && sumw1 <= 0 && sumw2 <= 0) {
            Error("Chi2TestX", "Hist1 and Hist2 have both all zero errors\n");
            return 0;
        }
        int few1 = 0; // bins with too few events in this histogram, and in h2
        int few2 = 0;
        for (int bin = first; bin <= last; bin++) {
            double cnt1 = scaled ? effectiveCount(this, bin) : RetrieveBinContent(bin);
            double cnt2 = scaled ? effectiveCount(h2, bin) : h2.RetrieveBinContent(bin);
            double e1sq = errorSquared(bin);
            double e2sq = h2.errorSquared(bin);
            if (uu ? (int) cnt1 == 0 && (int) cnt2 == 0 : cnt1 * cnt1 == 0 && cnt2 * cnt2 == 0) {
                ndf[0]--; // no data: one degree of freedom less
                continue;
            }
            double residual;
            if (uu) {
                double sum = sum1 + sum2;
                double cntsum = cnt1 + cnt2;
                double nexp1 = cntsum * sum1 / sum;
                // Haberman's adjusted residual
                residual = (cnt1 - nexp1) / Math.sqrt(nexp1) / Math.sqrt((1 - sum1 / sum) * (1 - cntsum / sum));
                few1 += cnt1 < 1 ? 1 : 0;
                few2 += cnt2 < 1 ? 1 : 0;
                double delta = sum2 * cnt1 - sum1 * cnt2;
                chi2[0] += delta * delta / cntsum; // divided by N·M after the loop
            } else if (uw) {
                if (cnt2 * cnt2 == 0 && e2sq == 0) {
                    if (sumw2 <= 0) { // an empty bin in a histogram without errors: infinitely unlikely
                        Error("Chi2TestX", "Hist2 has in bin (%d,%d,%d) zero content and zero errors\n", bin, 1, 1);
                        chi2[0] = 0;
                        return 0;
                    }
                    e2sq = sumw2 / sum2; // the mean squared weight per unit of content stands in
                }
                few1 += cnt1 < 1 ? 1 : 0;
                few2 += e2sq > 0 && cnt2 * cnt2 / e2sq < 10 ? 1 : 0;
                // the maximum-likelihood bin probability; when it would be 0, ROOT adds an event to h1
                double var1 = sum2 * cnt2 - sum1 * e2sq;
                double var2 = var1 * var1 + 4 * sum2 * sum2 * cnt1 * e2sq;
                while (var1 * var1 + cnt1 == 0 || var1 + var2 == 0 || var1 + Math.sqrt(var2) == 0) {
                    sum1++; // as ROOT, the added event stays in N for the following bins
                    cnt1++;
                    var1 = sum2 * cnt2 - sum1 * e2sq;
                    var2 = var1 * var1 + 4 * sum2 * sum2 * cnt1 * e2sq;
                }
                var2 = Math.sqrt(var2);
                double probb = (var1 + var2) / (2 * sum2 * sum2);
                double nexp1 = probb * sum1;
                double nexp2 = probb * sum2;
                double delta1 = cnt1 - nexp1;
                double delta2 = cnt2 - nexp2;
                chi2[0] += delta1 * delta1 / nexp1;
                if (e2sq > 0) {
                    chi2[0] += delta2 * delta2 / e2sq;
                    double temp1 = sum2 * e2sq / var2;
                    double temp2 = 1.0 + (sum1 * e2sq - sum2 * cnt2) / var2;
                    double z2 = temp1 * temp1 * sum1 * probb * (1.0 - probb) + temp2 * temp2 * e2sq / 4.0;
                    residual = -delta2 / Math.sqrt(z2);
                } else {
                    residual = delta1 / Math.sqrt(nexp1);
                }
            } else {
                if (e1sq == 0 && e2sq == 0) {
                    Error("Chi2TestX", "h1 and h2 both have bin %d,%d,%d with all zero errors\n", bin, 1, 1);
                    chi2[0] = 0;
                    return 0;
                }
                double sigma = sum1 * sum1 * e2sq + sum2 * sum2 * e1sq;
                double delta = sum2 * cnt1 - sum1 * cnt2;
                chi2[0] += delta * delta / sigma;
                double probb = (cnt1 * sum1 * e2sq + cnt2 * sum2 * e1sq) / sigma;
                if (e1sq > e2sq) {
                    residual = (cnt1 - sum1 * probb) / Math.sqrt(e1sq * (1 - e2sq * sum1 * sum1 / sigma));
                } else {
                    residual = -(cnt2 - sum2 * probb) / Math.sqrt(e2sq * (1 - e1sq * sum2 * sum2 / sigma));
                }
                few1 += e1sq > 0 && cnt1 * cnt1 / e1sq < 10 ? 1 : 0;
                few2 += e2sq > 0 && cnt2 * cnt2 / e2sq < 10 ? 1 : 0;
            }
            if (res != null) {
                res[bin - first] = residual;
            }
        }
        if (uu) {
            chi2[0] /= sum1 * sum2;
        }
        if (few1 > 0) {
            igood[0] += 1;
            Info("Chi2TestX", ww ? "There is a bin in h1 with less than 10 effective events.\n"
                    : "There is a bin in h1 with less than 1 event.\n");
        }
        if (few2 > 0) {
            igood[0] += 2;
            Info("Chi2TestX", uu ? "There is a bin in h2 with less than 1 event.\n"
                    : "There is a bin in h2 with less than 10 effective events.\n");
        }
        return org.rootprompt.root.math.TMath.Prob(chi2[0], ndf[0]);
    }

    /** Whether the sum of weights and the effective entries of h agree to within 1 (ROOT's test). */
    private static boolean isUnweighted(TH1 h) {
        double[] s = new double[kNstat];
        h.GetStats(s);
        double effective = s[1] != 0 ? s[0] * s[0] / s[1] : 0;
        return Math.abs(s[0] - effective) < 1;
    }

    /** A scaled bin's content turned back into its number of events, content² / error² rounded. */
    private static double effectiveCount(TH1 h, int bin) {
        double esq = h.errorSquared(bin);
        return esq > 0 ? Math.floor(h.RetrieveBinContent(bin) * h.RetrieveBinContent(bin) / esq + 0.5) : 0;
    }

    /**
     * Smooths the contents of bins 1..nbins (with option "R" of the axis range) ntimes with ROOT's
     * 353QH-twice smoother ({@link #SmoothArray}); the entries stay, the errors are not touched.
     */
    public void Smooth(int ntimes, String option) {
        int nbins = fXaxis.GetNbins();
        if (nbins < 3) {
            Error("Smooth", "Smooth only supported for histograms with >= 3 bins. Nbins = %d", nbins);
            return;
        }
        int first = 1;
        int last = nbins;
        if (option != null && option.toLowerCase().contains("r")) {
            first = fXaxis.GetFirst();
            last = fXaxis.GetLast();
        }
        double[] xx = new double[last - first + 1];
        for (int i = 0; i < xx.length; i++) {
            xx[i] = RetrieveBinContent(first + i);
        }
        SmoothArray(xx.length, xx, ntimes);
        for (int i = 0; i < xx.length; i++) {
            UpdateBinContent(first + i, xx[i]);
        }
    }

    public void Smooth(int ntimes) {
        Smooth(ntimes, "");
    }

    public void Smooth() {
        Smooth(1, "");
    }

    /**
     * ROOT's TH1::SmoothArray (HBOOK's hsmoof, Friedman's 353QH twice): running medians of 3, 5 and 3,
     * quadratic interpolation of flat stretches, a running mean (1/4, 1/2, 1/4); the same applied to
     * the residuals, and the two added. Without negative input the result is kept ≥ 0.
     */
    public static void SmoothArray(int nn, double[] xx, int ntimes) {
        if (nn < 3) {
            org.rootprompt.root.core.ErrorHandler.report(org.rootprompt.root.core.ErrorHandler.kError, "SmoothArray",
                    CFormat.format("Need at least 3 points for smoothing: n = %d", nn));
            return;
        }
        for (int pass = 0; pass < ntimes; pass++) {
            double[] smooth = smooth353QH(java.util.Arrays.copyOf(xx, nn));
            double[] residuals = new double[nn];
            for (int i = 0; i < nn; i++) {
                residuals[i] = xx[i] - smooth[i];
            }
            double[] rough = smooth353QH(residuals);
            boolean negative = java.util.Arrays.stream(xx, 0, nn).min().getAsDouble() < 0;
            for (int i = 0; i < nn; i++) {
                xx[i] = negative ? smooth[i] + rough[i] : Math.max(smooth[i] + rough[i], 0);
            }
        }
    }

    /** One 353QH pass over z (at least 3 values); returns the smoothed values. */
    private static double[] smooth353QH(double[] z) {
        int nn = z.length;
        double[] y;
        for (int kk = 0; kk < 3; kk++) {
            y = z.clone();
            int width = kk == 1 ? 5 : 3;
            int half = width / 2;
            for (int i = half; i < nn - half; i++) {
                z[i] = org.rootprompt.root.math.TMath.Median(width, java.util.Arrays.copyOfRange(y, i - half, i + half + 1));
            }
            if (kk == 0) { // end points: the median of the end, its neighbour, and the line through the next two
                z[0] = median3(z[1], z[0], 3 * z[1] - 2 * z[2]);
                z[nn - 1] = median3(z[nn - 2], z[nn - 1], 3 * z[nn - 2] - 2 * z[nn - 3]);
            } else if (kk == 1) { // the window of 5 shrinks to 3 next to the ends
                z[1] = median3(y[0], y[1], y[2]);
                z[nn - 2] = median3(y[nn - 3], y[nn - 2], y[nn - 1]);
            }
        }
        y = z.clone();
        // Q: a flat stretch of three at a peak or valley is replaced by a parabola through its neighbours
        for (int i = 2; i < nn - 2; i++) {
            if (z[i - 1] != z[i] || z[i] != z[i + 1]) {
                continue;
            }
            double below = z[i - 2] - z[i];
            double above = z[i + 2] - z[i];
            if (below * above <= 0) {
                continue;
            }
            int jk = Math.abs(above) > Math.abs(below) ? -1 : 1;
            y[i] = -0.5 * z[i - 2 * jk] + z[i] / 0.75 + z[i + 2 * jk] / 6.;
            y[i + jk] = 0.5 * (z[i + 2 * jk] - z[i - 2 * jk]) + z[i];
        }
        // H: running mean with weights 1/4, 1/2, 1/4, ends kept
        double[] h = y.clone();
        for (int i = 1; i < nn - 1; i++) {
            h[i] = 0.25 * y[i - 1] + 0.5 * y[i] + 0.25 * y[i + 1];
        }
        return h;
    }

    private static double median3(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /** The normalised cumulative contents of bins 1..nbins, with fEntries at the end as ROOT's cache key. */
    private double[] fIntegral;

    /**
     * Fills ROOT's normalised integral array (0 at index 0, 1 at nbins) and returns the total; NaN,
     * with an error, if onlyPositive and a bin is negative.
     */
    public double ComputeIntegral(boolean onlyPositive) {
        int nbins = GetNbinsX();
        double[] integral = new double[nbins + 2];
        for (int bin = 1; bin <= nbins; bin++) {
            double y = RetrieveBinContent(bin);
            if (onlyPositive && y < 0) {
                Error("ComputeIntegral", "Bin content is negative - return a NaN value");
                fIntegral = null;
                return Double.NaN;
            }
            integral[bin] = integral[bin - 1] + y;
        }
        double total = integral[nbins];
        if (total == 0) {
            Error("ComputeIntegral", "Integral = zero");
            fIntegral = null;
            return 0;
        }
        for (int bin = 1; bin <= nbins; bin++) {
            integral[bin] /= total;
        }
        integral[nbins + 1] = fEntries;
        fIntegral = integral;
        return total;
    }

    public double ComputeIntegral() {
        return ComputeIntegral(false);
    }

    /** A random number distributed as the contents: a bin by the cumulative integral, x uniform inside it. */
    public double GetRandom() {
        return GetRandom(org.rootprompt.root.math.TRandom.gRandom);
    }

    public double GetRandom(org.rootprompt.root.math.TRandom rng) {
        int nbins = GetNbinsX();
        double integral;
        if (fIntegral != null && fIntegral[nbins + 1] == fEntries) {
            integral = 1;
        } else {
            integral = ComputeIntegral(true);
        }
        if (integral == 0) {
            return 0;
        }
        if (Double.isNaN(integral)) {
            return Double.NaN;
        }
        double r = rng.Rndm();
        int ibin = org.rootprompt.root.math.TMath.BinarySearch(nbins, fIntegral, r);
        double x = GetBinLowEdge(ibin + 1);
        if (r > fIntegral[ibin]) {
            x += GetBinWidth(ibin + 1) * (r - fIntegral[ibin]) / (fIntegral[ibin + 1] - fIntegral[ibin]);
        }
        return x;
    }

    /**
     * The x below which the fractions probSum[i] of the contents lie, by linear interpolation in the
     * cumulative integral (ROOT's GetQuantiles); returns how many were computed.
     */
    public int GetQuantiles(int nprobSum, double[] xp, double[] probSum) {
        int nbins = GetNbinsX();
        if (Double.isNaN(ComputeIntegral(true)) || fIntegral == null) {
            return 0;
        }
        double[] prob = probSum;
        if (prob == null) {
            prob = new double[nprobSum];
            for (int i = 0; i < nprobSum; i++) {
                prob[i] = (i + 1.0) / nprobSum;
            }
        }
        for (int i = 0; i < nprobSum; i++) {
            int ibin = org.rootprompt.root.math.TMath.BinarySearch(nbins, fIntegral, prob[i]);
            xp[i] = GetBinLowEdge(ibin + 1);
            double dint = fIntegral[ibin + 1] - fIntegral[ibin];
            if (dint > 0) {
                xp[i] += GetBinWidth(ibin + 1) * (prob[i] - fIntegral[ibin]) / dint;
            }
        }
        return nprobSum;
    }

    /** The running sum of the contents over bins 1..nbins, as a new histogram named name + "_cumulative". */
    public TH1 GetCumulative() {
        return GetCumulative(true, "_cumulative");
    }

    public TH1 GetCumulative(boolean forward, String suffix) {
        TH1 h = (TH1) Clone(GetName() + suffix);
        h.Reset();
        double sum = 0;
        double esum = 0;
        int nbins = GetNbinsX();
        for (int k = 1; k <= nbins; k++) {
            int bin = forward ? k : nbins + 1 - k;
            sum += RetrieveBinContent(bin);
            h.AddBinContent(bin, sum);
            if (fSumw2 != null) {
                esum += fSumw2[bin];
                h.fSumw2[bin] = esum;
            }
        }
        return h;
    }

    /** (sum w)² / sum w², the number of unweighted entries with the same statistical power. */
    public double GetEffectiveEntries() {
        double[] s = new double[kNstat];
        GetStats(s);
        return s[1] != 0 ? s[0] * s[0] / s[1] : 0;
    }

    public double GetMean() {
        return GetMean(1);
    }

    /** Where each axis keeps Σw·v and Σw·v² in a statistics array (ROOT's layout: x at 2, y at 4, z at 7). */
    static final int[] MEAN_INDEX = {2, 4, 7};

    /** Where the cross sums Σw·x·y, Σw·x·z, Σw·y·z are kept. */
    static int crossIndex(int axis1, int axis2) {
        int a = Math.min(axis1, axis2);
        int b = Math.max(axis1, axis2);
        return a == 1 ? (b == 2 ? 6 : 9) : 10;
    }

    private static boolean isAxis(int axis) {
        return axis >= 1 && axis <= 3;
    }

    /**
     * The mean along axis 1, 2 or 3 (0 for an axis the histogram does not have); 11, 12 and 13 give
     * its error, the standard deviation / sqrt(effective entries).
     */
    public double GetMean(int axis) {
        if (axis >= 11 && axis <= 13) {
            double neff = GetEffectiveEntries();
            return neff > 0 ? GetStdDev(axis - 10) / Math.sqrt(neff) : 0;
        }
        if (!isAxis(axis)) {
            return 0;
        }
        double[] s = new double[kNstat];
        GetStats(s);
        return s[0] == 0 ? 0 : s[MEAN_INDEX[axis - 1]] / s[0];
    }

    public double GetMeanError() {
        return GetMean(11);
    }

    public double GetStdDev() {
        return GetStdDev(1);
    }

    /** The standard deviation along axis 1, 2 or 3; 11, 12 and 13 give its error, sqrt(σ² / (2 Neff)). */
    public double GetStdDev(int axis) {
        if (!isAxis(axis) && !isAxis(axis - 10)) {
            return 0;
        }
        int a = axis % 10;
        double[] s = new double[kNstat];
        GetStats(s);
        if (s[0] == 0) {
            return 0;
        }
        int m = MEAN_INDEX[a - 1];
        double mean = s[m] / s[0];
        double variance = Math.max(s[m + 1] / s[0] - mean * mean, 0.0);
        if (axis < 10) {
            return Math.sqrt(variance);
        }
        double neff = GetEffectiveEntries();
        return neff > 0 ? Math.sqrt(variance / (2 * neff)) : 0;
    }

    /**
     * The skewness along axis 1, 2 or 3, from the bin contents at the bin centres around the
     * statistics' mean and standard deviation, as ROOT computes it; 11, 12 and 13 give its error
     * for a normal parent, sqrt(6 / Neff).
     */
    public double GetSkewness(int axis) {
        return standardisedMoment(axis, 3, "GetSkewness", 6);
    }

    public double GetSkewness() {
        return GetSkewness(1);
    }

    /** The excess kurtosis (0 for a normal distribution) along axis 1, 2 or 3; 11–13: its error sqrt(24 / Neff). */
    public double GetKurtosis(int axis) {
        return standardisedMoment(axis, 4, "GetKurtosis", 24) - (isAxis(axis) ? 3 : 0);
    }

    public double GetKurtosis() {
        return GetKurtosis(1);
    }

    private double standardisedMoment(int axis, int order, String method, double errorFactor) {
        if (axis > 10 && axis <= 13) {
            double neff = GetEffectiveEntries();
            return neff > 0 ? Math.sqrt(errorFactor / neff) : 0;
        }
        if (!isAxis(axis)) {
            Error(method, "illegal value of parameter");
            return 0;
        }
        double mean = GetMean(axis);
        double sd = GetStdDev(axis);
        int dimension = this instanceof TH3 ? 3 : this instanceof TH2 ? 2 : 1;
        TAxis[] axes = {fXaxis, dimension > 1 ? GetYaxis() : null, dimension > 2 ? GetZaxis() : null};
        int[] first = new int[3];
        int[] last = new int[3];
        for (int i = 0; i < 3; i++) {
            if (axes[i] == null) {
                continue;
            }
            first[i] = axes[i].GetFirst();
            last[i] = axes[i].GetLast();
            if (fgStatOverflows && !axes[i].IsRangeSet()) { // the under/overflows count, as in GetStats
                first[i] = first[i] == 1 ? 0 : first[i];
                last[i] = last[i] == axes[i].GetNbins() ? last[i] + 1 : last[i];
            }
        }
        int nx = fXaxis.GetNbins() + 2;
        int ny = axes[1] == null ? 1 : axes[1].GetNbins() + 2;
        double sum = 0;
        double np = 0;
        for (int bz = first[2]; bz <= last[2]; bz++) {
            for (int by = first[1]; by <= last[1]; by++) {
                for (int bx = first[0]; bx <= last[0]; bx++) {
                    int[] bins = {bx, by, bz};
                    double x = axes[axis - 1].GetBinCenter(bins[axis - 1]);
                    double w = RetrieveBinContent(bx + nx * (by + ny * bz));
                    np += w;
                    sum += w * Math.pow(x - mean, order);
                }
            }
        }
        return sum / (np * Math.pow(sd, order));
    }

    /** The covariance of two axes (1, 2, 3); of an axis with itself, its variance. */
    public double GetCovariance(int axis1, int axis2) {
        if (!isAxis(axis1) || !isAxis(axis2)) {
            Error("GetCovariance", "Wrong parameters");
            return 0;
        }
        double[] s = new double[kNstat];
        GetStats(s);
        if (s[0] == 0) {
            return 0;
        }
        double mean1 = s[MEAN_INDEX[axis1 - 1]] / s[0];
        double mean2 = s[MEAN_INDEX[axis2 - 1]] / s[0];
        if (axis1 == axis2) {
            return Math.abs(s[MEAN_INDEX[axis1 - 1] + 1] / s[0] - mean1 * mean1);
        }
        return s[crossIndex(axis1, axis2)] / s[0] - mean1 * mean2;
    }

    /** The covariance divided by both standard deviations (1 for an axis with itself). */
    public double GetCorrelationFactor(int axis1, int axis2) {
        if (!isAxis(axis1) || !isAxis(axis2)) {
            Error("GetCorrelationFactor", "Wrong parameters");
            return 0;
        }
        if (axis1 == axis2) {
            return 1;
        }
        double sd1 = GetStdDev(axis1);
        double sd2 = GetStdDev(axis2);
        return sd1 == 0 || sd2 == 0 ? 0 : GetCovariance(axis1, axis2) / (sd1 * sd2);
    }

    public double GetStdDevError() {
        return GetStdDev(11);
    }

    /** ROOT's old name for {@link #GetStdDev()}. */
    public double GetRMS() {
        return GetStdDev(1);
    }

    public double GetRMS(int axis) {
        return GetStdDev(axis);
    }

    public double GetRMSError() {
        return GetStdDev(11);
    }

    // ---- extremes and integrals ----

    public void SetMaximum(double maximum) {
        fMaximum = maximum;
    }

    public void SetMaximum() {
        fMaximum = -1111;
    }

    public void SetMinimum(double minimum) {
        fMinimum = minimum;
    }

    public void SetMinimum() {
        fMinimum = -1111;
    }

    /** The largest content in range (or the value set with SetMaximum). */
    /** The maximum set by {@link #SetMaximum(double)}, -1111 when none (ROOT's fMaximum). */
    public double GetMaximumStored() {
        return fMaximum;
    }

    public double GetMinimumStored() {
        return fMinimum;
    }

    public double GetMaximum() {
        return GetMaximum(Float.MAX_VALUE);
    }

    /** The largest content in range that is below maxval. */
    public double GetMaximum(double maxval) {
        if (fMaximum != -1111) {
            return fMaximum;
        }
        double maximum = -Float.MAX_VALUE;
        for (int bin = fXaxis.GetFirst(); bin <= fXaxis.GetLast(); bin++) {
            double v = RetrieveBinContent(bin);
            if (v > maximum && v < maxval) {
                maximum = v;
            }
        }
        return maximum;
    }

    /** The first bin in range holding the largest content. */
    public int GetMaximumBin() {
        int best = fXaxis.GetFirst();
        double maximum = -Double.MAX_VALUE;
        for (int bin = fXaxis.GetFirst(); bin <= fXaxis.GetLast(); bin++) {
            double v = RetrieveBinContent(bin);
            if (v > maximum) {
                maximum = v;
                best = bin;
            }
        }
        return best;
    }

    public double GetMinimum() {
        return GetMinimum(-Float.MAX_VALUE);
    }

    /** The smallest content in range that is above minval (or the value set with SetMinimum). */
    public double GetMinimum(double minval) {
        if (fMinimum != -1111) {
            return fMinimum;
        }
        double minimum = Float.MAX_VALUE;
        for (int bin = fXaxis.GetFirst(); bin <= fXaxis.GetLast(); bin++) {
            double v = RetrieveBinContent(bin);
            if (v < minimum && v > minval) {
                minimum = v;
            }
        }
        return minimum;
    }

    public int GetMinimumBin() {
        int best = fXaxis.GetFirst();
        double minimum = Double.MAX_VALUE;
        for (int bin = fXaxis.GetFirst(); bin <= fXaxis.GetLast(); bin++) {
            double v = RetrieveBinContent(bin);
            if (v < minimum) {
                minimum = v;
                best = bin;
            }
        }
        return best;
    }

    /** The sum of the contents of bins 1..nbins (no under/overflow, any range ignored). */
    public double GetSumOfWeights() {
        double sum = 0;
        for (int bin = 1; bin <= fXaxis.GetNbins(); bin++) {
            sum += RetrieveBinContent(bin);
        }
        return sum;
    }

    /** The sum of the contents of the bins in range. */
    public double Integral() {
        return Integral(fXaxis.GetFirst(), fXaxis.GetLast(), "");
    }

    /** Integral(""), or with "width" the contents times the bin widths. */
    public double Integral(String option) {
        return Integral(fXaxis.GetFirst(), fXaxis.GetLast(), option);
    }

    public double Integral(int binx1, int binx2) {
        return Integral(binx1, binx2, "");
    }

    public double Integral(int binx1, int binx2, String option) {
        boolean width = option != null && option.toLowerCase().contains("width");
        int first = Math.max(binx1, 0);
        int last = Math.min(binx2, fXaxis.GetNbins() + 1);
        double sum = 0;
        for (int bin = first; bin <= last; bin++) {
            sum += width ? RetrieveBinContent(bin) * fXaxis.GetBinWidth(bin) : RetrieveBinContent(bin);
        }
        return sum;
    }

    // ---- operations ----

    /** Multiplies contents by c1 (with "width": also divides each bin by its width); errors follow. */
    public void Scale(double c1) {
        Scale(c1, "");
    }

    public void Scale(double c1, String option) {
        String opt = option == null ? "" : option.toLowerCase();
        if (!opt.contains("nosw2") && fSumw2 == null) {
            Sumw2();
        }
        if (opt.contains("width")) {
            for (int bin = 0; bin < fNcells; bin++) {
                double f = c1 / fXaxis.GetBinWidth(bin);
                UpdateBinContent(bin, f * RetrieveBinContent(bin));
                if (fSumw2 != null) {
                    fSumw2[bin] *= f * f;
                }
            }
            double entries = fEntries;
            ResetStats();
            fEntries = entries;
        } else {
            for (int bin = 0; bin < fNcells; bin++) {
                UpdateBinContent(bin, c1 * RetrieveBinContent(bin));
                if (fSumw2 != null) {
                    fSumw2[bin] *= c1 * c1;
                }
            }
            double[] s = new double[kNstat];
            GetStats(s);
            for (int i = 0; i < kNstat; i++) {
                s[i] *= i == 1 ? c1 * c1 : c1;
            }
            PutStats(s);
        }
        SetMinimum();
        SetMaximum();
    }

    /** this += c1 · h1, bin by bin, errors and statistics included. */
    public boolean Add(TH1 h1, double c1) {
        if (h1 == null) {
            Error("Add", "Attempt to add a non-existing histogram");
            return false;
        }
        if (h1.fNcells != fNcells) {
            Error("Add", "Attempt to add histograms with different number of bins : nbins h1 = %d , nbins h2 = %d",
                    GetNbinsX(), h1.GetNbinsX());
            return false;
        }
        if (fSumw2 == null && (h1.fSumw2 != null || c1 != 1)) {
            Sumw2();
        }
        double[] s1 = new double[kNstat];
        double[] s2 = new double[kNstat];
        GetStats(s1);
        h1.GetStats(s2);
        double entries = Math.abs(fEntries + c1 * h1.fEntries);
        for (int bin = 0; bin < fNcells; bin++) {
            UpdateBinContent(bin, RetrieveBinContent(bin) + c1 * h1.RetrieveBinContent(bin));
            if (fSumw2 != null) {
                double e = h1.GetBinError(bin);
                fSumw2[bin] += c1 * c1 * e * e;
            }
        }
        for (int i = 0; i < kNstat; i++) {
            s1[i] += i == 1 ? c1 * c1 * s2[i] : c1 * s2[i];
        }
        PutStats(s1);
        fEntries = entries;
        return true;
    }

    public boolean Add(TH1 h1) {
        return Add(h1, 1);
    }

    /** Empties the histogram: contents, errors, statistics and entries. */
    public void Reset() {
        Reset("");
    }

    public void Reset(String option) {
        for (int bin = 0; bin < fNcells; bin++) {
            UpdateBinContent(bin, 0);
        }
        if (fSumw2 != null) {
            java.util.Arrays.fill(fSumw2, 0);
        }
        fTsumw = fTsumw2 = fTsumwx = fTsumwx2 = 0;
        fEntries = 0;
    }

    // ---- printing and copying ----

    /**
     * ROOT's summary line, {@code TH1.Print Name  = h, Entries= 100, Total sum= 100}; "all" adds
     * every bin, "range" the bins in range, "base" the binning.
     */
    @Override
    public void Print(String option) {
        StringBuilder out = new StringBuilder();
        out.append(CFormat.format("TH1.Print Name  = %s, Entries= %d, Total sum= %g\n",
                GetName(), (int) fEntries, GetSumOfWeights()));
        String opt = option == null ? "" : option.toLowerCase();
        int first;
        int last;
        if (opt.contains("all")) {
            first = 0;
            last = fXaxis.GetNbins() + 1;
        } else if (opt.contains("range")) {
            first = fXaxis.GetFirst();
            last = fXaxis.GetLast();
        } else if (opt.contains("base")) {
            out.append(CFormat.format("          Title = %s\n", GetTitle()));
            out.append(CFormat.format("          NbinsX= %d, xmin= %g, xmax=%g\n",
                    fXaxis.GetNbins(), fXaxis.GetXmin(), fXaxis.GetXmax()));
            System.out.print(out);
            return;
        } else {
            System.out.print(out);
            return;
        }
        for (int bin = first; bin <= last; bin++) {
            double x = fXaxis.GetBinCenter(bin);
            double w = RetrieveBinContent(bin);
            if (fSumw2 != null) {
                out.append(CFormat.format(" fSumw[%d]=%g, x=%g, error=%g\n", bin, w, x, GetBinError(bin)));
            } else {
                out.append(CFormat.format(" fSumw[%d]=%g, x=%g\n", bin, w, x));
            }
        }
        System.out.print(out);
    }

    // ---- line, fill and marker attributes (ROOT's TAttLine, TAttFill, TAttMarker) ----

    private TAttLine.Line fAttLine = new TAttLine.Line(602, 1, 1);
    private TAttFill.Fill fAttFill = new TAttFill.Fill(0, 1001);
    private TAttMarker.Marker fAttMarker = new TAttMarker.Marker(1, 1, 1);

    @Override
    public TAttLine.Line attLine() { return fAttLine; }

    @Override
    public TAttFill.Fill attFill() { return fAttFill; }

    @Override
    public TAttMarker.Marker attMarker() { return fAttMarker; }

    /**
     * Draws a copy scaled so that its sum of weights is norm, and returns it; an empty histogram
     * gives ROOT's error and null (ROOT's DrawNormalized).
     */
    public TH1 DrawNormalized(String option, double norm) {
        double sum = GetSumOfWeights();
        if (sum == 0) {
            Error("DrawNormalized", "Sum of weights is null. Cannot normalize histogram: %s", GetName());
            return null;
        }
        boolean add = fgAddDirectory;
        fgAddDirectory = false;
        TH1 copy = Clone();
        fgAddDirectory = add;
        String opt = option == null ? "" : option.toUpperCase();
        if (fSumw2 == null) {
            // errors must scale as the contents; without them ROOT draws the copy as a plain histogram
            copy.Sumw2();
            if (opt.isEmpty() || opt.equals("SAME")) {
                opt += "HIST";
            }
        }
        copy.Scale(norm / sum);
        if (fMaximum != -1111) {
            copy.SetMaximum(fMaximum * norm / sum);
        }
        if (fMinimum != -1111) {
            copy.SetMinimum(fMinimum * norm / sum);
        }
        copy.Draw(opt);
        return copy;
    }

    public TH1 DrawNormalized(String option) {
        return DrawNormalized(option, 1);
    }

    // ---- members ROOT stores that have no ROOT getter (for the io descriptions) ----

    public double getTsumw() { return fTsumw; }
    public double getTsumw2() { return fTsumw2; }
    public double getTsumwx() { return fTsumwx; }
    public double getTsumwx2() { return fTsumwx2; }

    // Setters of the stored sums, for the file reader (ROOT's streamer sets the members directly).
    public void setTsumw(double v) { fTsumw = v; }
    public void setTsumw2(double v) { fTsumw2 = v; }
    public void setTsumwx(double v) { fTsumwx = v; }
    public void setTsumwx2(double v) { fTsumwx2 = v; }

    /** Per-bin sums of squared weights as read from a file; an empty array means none (no Sumw2). */
    public void setSumw2Array(double[] sumw2) {
        fSumw2 = sumw2 == null || sumw2.length == 0 ? null : sumw2.clone();
    }

    /**
     * Contents as read from a file (a primitive array of any type, under/overflows included); the
     * axes are read before, so the length is the number of cells.
     */
    public void setContentArray(Object values) {
        int n = java.lang.reflect.Array.getLength(values);
        fNcells = n;
        allocate(n);
        for (int i = 0; i < n; i++) {
            fArray.set(i, ((Number) java.lang.reflect.Array.get(values, i)).doubleValue());
        }
    }

    /** The per-bin sums of squared weights (ROOT's fSumw2), empty without {@link #Sumw2()}. */
    public double[] getSumw2Array() {
        return fSumw2 == null ? new double[0] : fSumw2.clone();
    }

    /** The bin contents, under/overflows included, in the subclass's element type (float[] for TH1F …). */
    public Object getContentArray() {
        return fArray.values();
    }

    /** ROOT's EStatOverflows as each histogram stores it: 2 (kConsider), follow the global switch. */
    public int getStatOverflowsMode() {
        return 2;
    }

    /** ROOT's kNoStats bit: no stat box is drawn for this histogram. */
    public static final int kNoStats = 1 << 9;

    private String fOption = "";

    /** Whether the stat box is drawn (ROOT's SetStats; false sets the kNoStats bit). */
    public void SetStats(boolean stats) {
        SetBit(kNoStats, !stats);
    }

    public void SetStats(int stats) {
        SetStats(stats != 0);
    }

    /** The draw option used when Draw has none (ROOT's fOption). */
    public void SetOption(String option) {
        fOption = option == null ? "" : option;
    }

    public String GetOption() {
        return fOption;
    }

    /** Draws a copy named name_copy, kept out of any directory, and returns it (ROOT's DrawCopy). */
    public TH1 DrawCopy(String option) {
        TH1 copy = Clone();
        copy.SetDirectory(null);
        copy.SetName(GetName() + "_copy");
        copy.SetBit(kCanDelete);
        copy.Draw(option);
        return copy;
    }

    /** A deep copy that joins the current directory (without replacing the original), as in ROOT. */
    @Override
    public TH1 Clone() {
        TH1 copy = (TH1) super.Clone();
        copy.fAttLine = fAttLine.copy();
        copy.fAttFill = fAttFill.copy();
        copy.fAttMarker = fAttMarker.copy();
        copy.fXaxis = fXaxis.Clone();
        copy.fYaxisTitleHolder = fYaxisTitleHolder == null ? null : fYaxisTitleHolder.Clone();
        copy.fZaxisTitleHolder = fZaxisTitleHolder == null ? null : fZaxisTitleHolder.Clone();
        copy.fSumw2 = fSumw2 == null ? null : fSumw2.clone();
        copy.fArray = fArray.copy();
        copy.fIntegral = fIntegral == null ? null : fIntegral.clone();
        copy.fFunctions = fFunctions.Clone();
        copy.fDirectory = null;
        if (fgAddDirectory && org.rootprompt.root.core.TROOT.gDirectory != null) {
            copy.fDirectory = org.rootprompt.root.core.TROOT.gDirectory;
            copy.fDirectory.Append(copy);
        }
        return copy;
    }

}
