package org.rootprompt.root.hist;

/**
 * ROOT's two-dimensional profile: for each (x, y) cell, the mean of the z values filled into it and
 * its error. As in ROOT, the cells hold Σw·z, the sum of squares Σw·z², and Σw and Σw² per cell;
 * GetBinContent returns the mean and GetBinError the error of the mean ("" option) or the spread ("s").
 */
public class TProfile2D extends TH2D implements ProfileCells.Owner {
    private ProfileCells fCells;
    private double fZmin;
    private double fZmax;
    private double fTsumwz;
    private double fTsumwz2;

    public TProfile2D(String name, String title, int nbinsx, double xlow, double xup, int nbinsy, double ylow,
            double yup) {
        this(name, title, nbinsx, xlow, xup, nbinsy, ylow, yup, "");
    }

    /** Option "s": cell errors are the spread of z instead of the error of the mean. */
    public TProfile2D(String name, String title, int nbinsx, double xlow, double xup, int nbinsy, double ylow,
            double yup, String option) {
        this(name, title, nbinsx, xlow, xup, nbinsy, ylow, yup, 0, 0, option);
    }

    public TProfile2D(String name, String title, int nbinsx, double xlow, double xup, int nbinsy, double ylow,
            double yup, double zlow, double zup) {
        this(name, title, nbinsx, xlow, xup, nbinsy, ylow, yup, zlow, zup, "");
    }

    /** z outside [zlow, zup] is not filled (unless zlow == zup). */
    public TProfile2D(String name, String title, int nbinsx, double xlow, double xup, int nbinsy, double ylow,
            double yup, double zlow, double zup, String option) {
        super(name, title, nbinsx, xlow, xup, nbinsy, ylow, yup);
        fZmin = zlow;
        fZmax = zup;
        fCells = new ProfileCells(GetNcells());
        if (fSumw2 == null) {
            fSumw2 = new double[GetNcells()]; // Σw·z² per cell
        }
        SetErrorOption(option);
    }

    public double GetZmin() { return fZmin; }
    public double GetZmax() { return fZmax; }

    /** ROOT's fErrorMode: 0 error of the mean, 1 spread (option "s"). */
    public int getErrorMode() { return fCells.spread ? 1 : 0; }

    /** Σw per cell (ROOT's fBinEntries). */
    public double[] getBinEntriesArray() { return fCells.entries.clone(); }

    /** Σw² per cell (ROOT's fBinSumw2). */
    public double[] getBinSumw2Array() { return fCells.sumw2.clone(); }

    public double getTsumwz() { return fTsumwz; }
    public double getTsumwz2() { return fTsumwz2; }

    // the setters restore a profile as read from a file
    public void setBinEntriesArray(double[] entries) { fCells.entries = entries.clone(); }
    public void setBinSumw2Array(double[] sumw2) { fCells.restoreSumw2(sumw2); }
    public void setErrorMode(int mode) { fCells.spread = mode == 1; }
    public void setZmin(double v) { fZmin = v; }
    public void setZmax(double v) { fZmax = v; }
    public void setTsumwz(double v) { fTsumwz = v; }
    public void setTsumwz2(double v) { fTsumwz2 = v; }

    @Override
    public ProfileCells cells() {
        return fCells;
    }

    /** "" for the error of the mean, "s" for the spread. */
    public void SetErrorOption(String option) {
        fCells.setErrorOption(option);
    }

    /** A profile is filled with (x, y, z): ROOT refuses Fill(x, y). */
    @Override
    public int Fill(double x, double y) {
        Error("Fill", "Invalid signature - do nothing");
        return -1;
    }

    /** Adds z to the cell of (x, y). (For a TProfile2D the third argument is z, not a weight, as in ROOT.) */
    @Override
    public int Fill(double x, double y, double z) {
        return Fill(x, y, z, 1);
    }

    public int Fill(double x, double y, double z, double w) {
        if (fZmin != fZmax && (z < fZmin || z > fZmax || Double.isNaN(z))) {
            return -1;
        }
        fEntries++;
        int binx = fXaxis.FindBin(x);
        int biny = fYaxis.FindBin(y);
        int bin = GetBin(binx, biny);
        AddBinContent(bin, w * z);
        fSumw2[bin] += w * z * z;
        fCells.fill(bin, w);
        boolean outside = binx == 0 || binx > fXaxis.GetNbins() || biny == 0 || biny > fYaxis.GetNbins();
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
        return bin;
    }

    /** The mean of z in the cell (0 for an empty cell). */
    @Override
    public double GetBinContent(int bin) {
        return fCells.mean(this, GetBin(bin));
    }

    /** Σw in the cell. */
    public double GetBinEntries(int bin) {
        return fCells.entries[GetBin(bin)];
    }

    /** (Σw)² / Σw² in the cell. */
    public double GetBinEffectiveEntries(int bin) {
        return fCells.effectiveEntries(GetBin(bin));
    }

    /** The error of the mean, spread / sqrt(effective entries), or the spread with option "s". */
    @Override
    public double GetBinError(int bin) {
        return fCells.error(this, GetBin(bin));
    }

    /**
     * stats[0..8]: Σw, Σw², Σwx, Σwx², Σwy, Σwy², Σwxy, Σwz, Σwz²; from the cells (at their centres)
     * once a range is set or a rebinning moved cells to the overflows, as ROOT does.
     */
    @Override
    public void GetStats(double[] stats) {
        if ((fTsumw == 0 && fEntries > 0) || fXaxis.IsRangeSet() || fYaxis.IsRangeSet()) {
            java.util.Arrays.fill(stats, 0, 9, 0);
            for (int by = fYaxis.GetFirst(); by <= fYaxis.GetLast(); by++) {
                double y = fYaxis.GetBinCenter(by);
                for (int bx = fXaxis.GetFirst(); bx <= fXaxis.GetLast(); bx++) {
                    double x = fXaxis.GetBinCenter(bx);
                    int bin = GetBin(bx, by);
                    double w = fCells.entries[bin];
                    stats[0] += w;
                    stats[1] += fCells.sumw2[bin];
                    stats[2] += w * x;
                    stats[3] += w * x * x;
                    stats[4] += w * y;
                    stats[5] += w * y * y;
                    stats[6] += w * x * y;
                    stats[7] += RetrieveBinContent(bin);
                    stats[8] += fSumw2[bin];
                }
            }
            return;
        }
        super.GetStats(stats);
        stats[7] = fTsumwz;
        stats[8] = fTsumwz2;
    }

    @Override
    public void PutStats(double[] stats) {
        super.PutStats(stats);
        fTsumwz = stats[7];
        fTsumwz2 = stats[8];
    }

    @Override
    public void Reset(String option) {
        super.Reset(option);
        fCells.reset();
        fTsumwz = fTsumwz2 = 0;
    }

    @Override
    public TProfile2D Clone() {
        TProfile2D copy = (TProfile2D) super.Clone();
        copy.fCells = fCells.copy();
        return copy;
    }

    /** ROOT's profile Scale: the means and their errors scale by c1; entries and statistics stay. */
    @Override
    public void Scale(double c1, String option) {
        ProfileCells.scale(this, c1);
    }

    /** this += c1·h1 for a TProfile2D of the same cells, with ROOT's TProfileHelper rules. */
    @Override
    public boolean Add(TH1 h1, double c1) {
        return ProfileCells.add(this, TProfile2D.class, h1, c1);
    }

    @Override
    void regroupCells(int[] map, int ncells) {
        super.regroupCells(map, ncells);
        fCells.regroup(map, ncells);
    }

    /** Profiles always keep Σw² per cell, so there is nothing to switch. */
    @Override
    public void Sumw2(boolean flag) {
    }

    // ROOT projects a TProfile2D into profiles; until that is written these say so instead of summing means
    @Override
    public TH1D ProjectionX(String name, int firstybin, int lastybin) {
        Error("ProjectionX", "not available for TProfile2D yet (use ProjectionXY)");
        return null;
    }

    @Override
    public TH1D ProjectionY(String name, int firstxbin, int lastxbin) {
        Error("ProjectionY", "not available for TProfile2D yet (use ProjectionXY)");
        return null;
    }

    @Override
    public TProfile ProfileX(String name, int firstybin, int lastybin) {
        Error("ProfileX", "not available for TProfile2D yet (use ProjectionXY)");
        return null;
    }

    @Override
    public TProfile ProfileY(String name, int firstxbin, int lastxbin) {
        Error("ProfileY", "not available for TProfile2D yet (use ProjectionXY)");
        return null;
    }

    /** The means as a TH2D named name_pxy, with their errors (ROOT's default option "e"). */
    public TH2D ProjectionXY() {
        return ProjectionXY("_pxy", "e");
    }

    /**
     * ROOT's ProjectionXY: a TH2D of the cell means ("e": with the profile's errors), or with "b" the
     * cell entries Σw, with "w" the sums Σw·z (errors from Σw·z²), with "c=e" the errors as contents.
     */
    public TH2D ProjectionXY(String name, String option) {
        String opt = option == null ? "" : option.toLowerCase();
        String pname = name == null || name.isEmpty() || name.equals("_pxy") ? GetName() + "_pxy" : name;
        boolean binEntries = opt.contains("b");
        boolean binWeight = opt.contains("w");
        boolean contentIsError = opt.contains("c=e");
        boolean errors = opt.contains("e") && !contentIsError;
        TH2D h = new TH2D(pname, GetTitle(), fXaxis.subAxis(1, fXaxis.GetNbins()),
                fYaxis.subAxis(1, fYaxis.GetNbins()));
        if (errors || binWeight || binEntries) {
            h.Sumw2();
        }
        for (int bin = 0; bin < GetNcells(); bin++) {
            double content = binEntries ? fCells.entries[bin]
                    : contentIsError ? GetBinError(bin)
                    : binWeight ? RetrieveBinContent(bin)
                    : GetBinContent(bin);
            h.SetBinContent(bin, content);
            if (errors) {
                h.SetBinError(bin, GetBinError(bin));
            }
            if (binWeight) {
                h.fSumw2[bin] = fSumw2[bin];
            }
            if (binEntries) {
                h.fSumw2[bin] = fCells.sumw2[bin];
            }
        }
        h.SetEntries(fEntries);
        return h;
    }
}
