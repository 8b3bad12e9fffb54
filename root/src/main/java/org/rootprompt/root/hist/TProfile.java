package org.rootprompt.root.hist;

/**
 * ROOT's profile histogram: for each x bin, the mean of the y values filled into it and its error.
 * As in ROOT, the content array holds Σw·y, the sum of squares Σw·y², and fBinEntries Σw per bin;
 * GetBinContent returns the mean and GetBinError the error of the mean ("" option) or the spread ("s").
 */
public class TProfile extends TH1D {
    private double[] fBinEntries;
    private double[] fBinSumw2;
    private double fYmin;
    private double fYmax;
    private boolean fErrorSpread;
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
        fBinEntries = new double[GetNcells()];
        fBinSumw2 = new double[GetNcells()];
        if (fSumw2 == null) {
            fSumw2 = new double[GetNcells()]; // Σw·y² per bin
        }
        SetErrorOption(option);
    }

    /** "" for the error of the mean, "s" for the spread. */
    public void SetErrorOption(String option) {
        fErrorSpread = option != null && option.toLowerCase().contains("s");
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
        fBinEntries[bin] += w;
        fBinSumw2[bin] += w * w;
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
        bin = GetBin(bin);
        return fBinEntries[bin] == 0 ? 0 : RetrieveBinContent(bin) / fBinEntries[bin];
    }

    /** Σw in the bin. */
    public double GetBinEntries(int bin) {
        return fBinEntries[GetBin(bin)];
    }

    /** (Σw)² / Σw² in the bin. */
    public double GetBinEffectiveEntries(int bin) {
        bin = GetBin(bin);
        return fBinSumw2[bin] > 0 ? fBinEntries[bin] * fBinEntries[bin] / fBinSumw2[bin] : 0;
    }

    /** The error of the mean, spread / sqrt(effective entries), or the spread with option "s". */
    @Override
    public double GetBinError(int bin) {
        bin = GetBin(bin);
        double sum = fBinEntries[bin];
        if (sum == 0) {
            return 0;
        }
        double mean = RetrieveBinContent(bin) / sum;
        double spread = Math.sqrt(Math.abs(fSumw2[bin] / sum - mean * mean));
        if (fErrorSpread) {
            return spread;
        }
        double neff = GetBinEffectiveEntries(bin);
        return neff > 0 ? spread / Math.sqrt(neff) : 0;
    }

    /** stats[0..5]: Σw, Σw², Σwx, Σwx², Σwy, Σwy². */
    @Override
    public void GetStats(double[] stats) {
        stats[0] = fTsumw;
        stats[1] = fTsumw2;
        stats[2] = fTsumwx;
        stats[3] = fTsumwx2;
        stats[4] = fTsumwy;
        stats[5] = fTsumwy2;
    }

    @Override
    public void Reset(String option) {
        super.Reset(option);
        java.util.Arrays.fill(fBinEntries, 0);
        java.util.Arrays.fill(fBinSumw2, 0);
        fTsumwy = fTsumwy2 = 0;
    }

    @Override
    public TProfile Clone() {
        TProfile copy = (TProfile) super.Clone();
        copy.fBinEntries = fBinEntries.clone();
        copy.fBinSumw2 = fBinSumw2.clone();
        return copy;
    }

    // a profile's contents are sums, not counts: the TH1 arithmetic would be wrong, so it is refused
    @Override
    public void Scale(double c1, String option) {
        Error("Scale", "not available for profiles yet");
    }

    @Override
    public boolean Add(TH1 h1, double c1) {
        Error("Add", "not available for profiles yet");
        return false;
    }

    @Override
    public TH1 Rebin(int ngroup, String newname) {
        Error("Rebin", "not available for profiles yet");
        return null;
    }
}
