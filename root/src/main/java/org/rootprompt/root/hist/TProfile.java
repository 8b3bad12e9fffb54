package org.rootprompt.root.hist;

/**
 * ROOT's profile histogram: for each x bin, the mean of the y values filled into it and its error.
 * As in ROOT, the content array holds Σw·y, the sum of squares Σw·y², and the profile cells Σw and
 * Σw² per bin; GetBinContent returns the mean and GetBinError the error of the mean ("" option) or
 * the spread ("s").
 */
public class TProfile extends TH1D implements ProfileCells.Owner {
    private ProfileCells fCells;
    private double fYmin;
    private double fYmax;
    private double fTsumwy;
    private double fTsumwy2;

    public TProfile(String name, String title, int nbins, double xlow, double xup) {
        this(name, title, nbins, xlow, xup, "");
    }

    /** Option "s": bin errors are the spread of y instead of the error of the mean. */
    public TProfile(String name, String title, int nbins, double xlow, double xup, String option) {
        this(name, title, nbins, xlow, xup, 0, 0, option);
    }

    /** y outside [ylow, yup] is not filled (unless ylow == yup). */
    public TProfile(String name, String title, int nbins, double xlow, double xup, double ylow, double yup,
            String option) {
        super(name, title, nbins, xlow, xup);
        fYmin = ylow;
        fYmax = yup;
        fCells = new ProfileCells(GetNcells());
        if (fSumw2 == null) {
            fSumw2 = new double[GetNcells()]; // Σw·y² per bin
        }
        SetErrorOption(option);
    }

    public double GetYmin() { return fYmin; }
    public double GetYmax() { return fYmax; }

    /** ROOT's fErrorMode: 0 error of the mean, 1 spread (option "s"). */
    public int getErrorMode() { return fCells.spread ? 1 : 0; }

    /** Σw per cell (ROOT's fBinEntries). */
    public double[] getBinEntriesArray() { return fCells.entries.clone(); }

    /** Σw² per cell (ROOT's fBinSumw2). */
    public double[] getBinSumw2Array() { return fCells.sumw2.clone(); }

    public double getTsumwy() { return fTsumwy; }
    public double getTsumwy2() { return fTsumwy2; }

    // the setters restore a profile as read from a file
    public void setBinEntriesArray(double[] entries) { fCells.entries = entries.clone(); }
    public void setBinSumw2Array(double[] sumw2) { fCells.restoreSumw2(sumw2); }
    public void setErrorMode(int mode) { fCells.spread = mode == 1; }
    public void setYmin(double v) { fYmin = v; }
    public void setYmax(double v) { fYmax = v; }
    public void setTsumwy(double v) { fTsumwy = v; }
    public void setTsumwy2(double v) { fTsumwy2 = v; }

    @Override
    public ProfileCells cells() {
        return fCells;
    }

    /** "" for the error of the mean, "s" for the spread. */
    public void SetErrorOption(String option) {
        fCells.setErrorOption(option);
    }

    @Override
    public int Fill(double x) {
        Error("Fill", "Invalid signature - do nothing (a profile is filled with x and y)");
        return -1;
    }

    /** Adds y to the bin of x. */
    @Override
    public int Fill(double x, double y) {
        return Fill(x, y, 1);
    }

    public int Fill(double x, double y, double w) {
        if (fYmin != fYmax && (y < fYmin || y > fYmax || Double.isNaN(y))) {
            return -1;
        }
        fEntries++;
        int bin = fXaxis.FindBin(x);
        AddBinContent(bin, w * y);
        fSumw2[bin] += w * y * y;
        fCells.fill(bin, w);
        if ((bin == 0 || bin > fXaxis.GetNbins()) && !statOverflows()) {
            return -1;
        }
        fTsumw += w;
        fTsumw2 += w * w;
        fTsumwx += w * x;
        fTsumwx2 += w * x * x;
        fTsumwy += w * y;
        fTsumwy2 += w * y * y;
        return bin;
    }

    /** The mean of y in the bin (0 for an empty bin). */
    @Override
    public double GetBinContent(int bin) {
        return fCells.mean(this, GetBin(bin));
    }

    /** Σw in the bin. */
    public double GetBinEntries(int bin) {
        return fCells.entries[GetBin(bin)];
    }

    /** (Σw)² / Σw² in the bin. */
    public double GetBinEffectiveEntries(int bin) {
        return fCells.effectiveEntries(GetBin(bin));
    }

    /** The error of the mean, spread / sqrt(effective entries), or the spread with option "s". */
    @Override
    public double GetBinError(int bin) {
        return fCells.error(this, GetBin(bin));
    }

    /**
     * stats[0..5]: Σw, Σw², Σwx, Σwx², Σwy, Σwy²; from the bins (at their centres) once a range is set or
     * a rebinning moved bins to the overflow, as ROOT does.
     */
    @Override
    public void GetStats(double[] stats) {
        if ((fTsumw == 0 && fEntries > 0) || fXaxis.IsRangeSet()) {
            java.util.Arrays.fill(stats, 0, 6, 0);
            for (int bin = fXaxis.GetFirst(); bin <= fXaxis.GetLast(); bin++) {
                double w = fCells.entries[bin];
                double x = fXaxis.GetBinCenter(bin);
                stats[0] += w;
                stats[1] += fCells.sumw2[bin];
                stats[2] += w * x;
                stats[3] += w * x * x;
                stats[4] += RetrieveBinContent(bin);
                stats[5] += fSumw2[bin];
            }
            return;
        }
        stats[0] = fTsumw;
        stats[1] = fTsumw2;
        stats[2] = fTsumwx;
        stats[3] = fTsumwx2;
        stats[4] = fTsumwy;
        stats[5] = fTsumwy2;
    }

    @Override
    public void PutStats(double[] stats) {
        super.PutStats(stats);
        fTsumwy = stats[4];
        fTsumwy2 = stats[5];
    }

    @Override
    public void Reset(String option) {
        super.Reset(option);
        fCells.reset();
        fTsumwy = fTsumwy2 = 0;
    }

    @Override
    public TProfile Clone() {
        TProfile copy = (TProfile) super.Clone();
        copy.fCells = fCells.copy();
        return copy;
    }

    /** ROOT's profile Scale: the means and their errors scale by c1; entries and statistics stay. */
    @Override
    public void Scale(double c1, String option) {
        ProfileCells.scale(this, c1);
    }

    /** this += c1·h1 for a profile of the same bins, with ROOT's TProfileHelper rules. */
    @Override
    public boolean Add(TH1 h1, double c1) {
        return ProfileCells.add(this, TProfile.class, h1, c1);
    }

    /** Profiles always keep Σw² per bin, so there is nothing to switch. */
    @Override
    public void Sumw2(boolean flag) {
    }

    @Override
    String inexactRebinWarning() {
        return "ngroup=%d must be an exact divider of nbins=%d";
    }

    @Override
    void regroupCells(int[] map, int ncells) {
        super.regroupCells(map, ncells);
        fCells.regroup(map, ncells);
    }

    @Override
    public TProfile Rebin(int ngroup, String newname) {
        return (TProfile) super.Rebin(ngroup, newname);
    }
}
