package org.rootprompt.root.hist;

import org.rootprompt.root.core.ErrorHandler;

/**
 * What a profile keeps per cell beside its histogram arrays (which hold Σw·v and Σw·v²): Σw and Σw²
 * (ROOT's fBinEntries and fBinSumw2), and ROOT's TProfileHelper rules for errors, Add and Scale,
 * shared by {@link TProfile} and {@link TProfile2D}.
 */
final class ProfileCells {
    /** Profiles expose their cells to the shared rules. */
    interface Owner {
        ProfileCells cells();
    }

    double[] entries;
    double[] sumw2;
    /** Option "s": the error is the spread, not the error of the mean. */
    boolean spread;

    ProfileCells(int ncells) {
        entries = new double[ncells];
        sumw2 = new double[ncells];
    }

    void fill(int bin, double w) {
        entries[bin] += w;
        sumw2[bin] += w * w;
    }

    /** ROOT leaves fBinSumw2 empty for a profile never filled with weights: then Σw² = Σw. */
    void restoreSumw2(double[] stored) {
        sumw2 = stored.length == entries.length ? stored.clone() : entries.clone();
    }

    void setErrorOption(String option) {
        spread = option != null && option.toLowerCase().contains("s");
    }

    /** (Σw)² / Σw² of a cell. */
    double effectiveEntries(int bin) {
        return sumw2[bin] > 0 ? entries[bin] * entries[bin] / sumw2[bin] : 0;
    }

    /** The mean of the profiled values in a cell (0 when empty). */
    double mean(TH1 p, int bin) {
        return entries[bin] == 0 ? 0 : p.RetrieveBinContent(bin) / entries[bin];
    }

    /** ROOT's profile error: the spread of the values, divided by sqrt(effective entries) unless option "s". */
    double error(TH1 p, int bin) {
        double sum = entries[bin];
        if (sum == 0) {
            return 0;
        }
        double mean = p.RetrieveBinContent(bin) / sum;
        double spreadOfValues = Math.sqrt(Math.abs(p.fSumw2[bin] / sum - mean * mean));
        if (spread) {
            return spreadOfValues;
        }
        double neff = effectiveEntries(bin);
        return neff > 0 ? spreadOfValues / Math.sqrt(neff) : 0;
    }

    void reset() {
        java.util.Arrays.fill(entries, 0);
        java.util.Arrays.fill(sumw2, 0);
    }

    ProfileCells copy() {
        ProfileCells c = new ProfileCells(0);
        c.entries = entries.clone();
        c.sumw2 = sumw2.clone();
        c.spread = spread;
        return c;
    }

    void regroup(int[] map, int ncells) {
        entries = TH1.regroup(entries, map, ncells);
        sumw2 = TH1.regroup(sumw2, map, ncells);
    }

    /**
     * ROOT's TProfileHelper::Add for p += c·h: sums of values add with c, everything else (entries,
     * Σw·v², Σw, statistics) with |c|, and Σw² with c².
     */
    static boolean add(TH1 p, Class<? extends TH1> kind, TH1 h, double c) {
        if (h == null) {
            p.reportError("Add", "Attempt to add a non-existing profile");
            return false;
        }
        if (!kind.isInstance(h)) {
            p.reportError("Add", "Attempt to add a non-profile object");
            return false;
        }
        if (h.GetNcells() != p.GetNcells() || h.GetNbinsX() != p.GetNbinsX()) {
            ErrorHandler.report(ErrorHandler.kError, "TProfileHelper::Add",
                    "Attempt to add profiles with different number of bins");
            return false;
        }
        double ac = Math.abs(c);
        double[] s = new double[TH1.kNstat];
        double[] sh = new double[TH1.kNstat];
        p.GetStats(s);
        h.GetStats(sh);
        for (int i = 0; i < TH1.kNstat; i++) {
            s[i] += (i == 1 ? c * c : ac) * sh[i];
        }
        double entries = p.GetEntries() + ac * h.GetEntries();
        ProfileCells mine = ((Owner) p).cells();
        ProfileCells theirs = ((Owner) h).cells();
        for (int bin = 0; bin < p.GetNcells(); bin++) {
            p.UpdateBinContent(bin, p.RetrieveBinContent(bin) + c * h.RetrieveBinContent(bin));
            p.fSumw2[bin] += ac * h.fSumw2[bin];
            mine.entries[bin] += ac * theirs.entries[bin];
            mine.sumw2[bin] += c * c * theirs.sumw2[bin];
        }
        p.PutStats(s);
        p.SetEntries(entries);
        return true;
    }

    /** ROOT's TProfileHelper::Scale: the values scale by c, their squares by c²; entries and statistics stay. */
    static void scale(TH1 p, double c) {
        for (int bin = 0; bin < p.GetNcells(); bin++) {
            p.UpdateBinContent(bin, c * p.RetrieveBinContent(bin));
            p.fSumw2[bin] *= c * c;
        }
    }
}
