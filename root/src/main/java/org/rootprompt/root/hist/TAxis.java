package org.rootprompt.root.hist;

import java.util.Arrays;
import org.rootprompt.root.core.TAttAxis;
import org.rootprompt.root.core.TNamed;

/**
 * A histogram axis: fixed bins between xmin and xmax, or variable bin edges; bin 0 is the underflow
 * and bin nbins+1 the overflow. A range ({@link #SetRange}) restricts statistics and integrals.
 */
public class TAxis extends TNamed implements TAttAxis {
    private TAttAxis.Axis fAttAxis = new TAttAxis.Axis();
    private int fNbins;
    private double fXmin;
    private double fXmax;
    /** Bin edges for variable bins, null for fixed bins. */
    private double[] fXbins;
    private int fFirst;
    private int fLast;
    /** Bin labels by bin number (index 0 unused); null until a label is set. */
    private String[] fLabels;
    private boolean fAlphanumeric;

    @Override
    public TAttAxis.Axis attAxis() {
        return fAttAxis;
    }

    public TAxis() {
        this(1, 0, 1);
    }

    public TAxis(int nbins, double xmin, double xmax) {
        Set(nbins, xmin, xmax);
    }

    public TAxis(int nbins, double[] xbins) {
        Set(nbins, xbins);
    }

    /** Fixed bins. */
    public void Set(int nbins, double xmin, double xmax) {
        fNbins = nbins;
        fXmin = xmin;
        fXmax = xmax;
        fXbins = null;
        fFirst = 0;
        fLast = 0;
    }

    /** Variable bins from nbins+1 increasing edges. */
    public void Set(int nbins, double[] xbins) {
        fNbins = nbins;
        fXbins = Arrays.copyOf(xbins, nbins + 1);
        for (int i = 0; i < nbins; i++) {
            if (fXbins[i] > fXbins[i + 1]) {
                Error("Set", "bins must be in increasing order");
            }
        }
        fXmin = fXbins[0];
        fXmax = fXbins[nbins];
        fFirst = 0;
        fLast = 0;
    }

    public int GetNbins() {
        return fNbins;
    }

    public double GetXmin() {
        return fXmin;
    }

    public double GetXmax() {
        return fXmax;
    }

    /** The variable bin edges, or null for fixed bins. */
    public double[] GetXbins() {
        return fXbins == null ? null : fXbins.clone();
    }

    public boolean IsVariableBinSize() {
        return fXbins != null;
    }

    /** The bin of x: 0 below xmin, nbins+1 at or above xmax, NaN in the overflow as ROOT does. */
    public int FindBin(double x) {
        if (x < fXmin) {
            return 0;
        }
        if (!(x < fXmax)) { // also NaN
            return fNbins + 1;
        }
        if (fXbins == null) {
            return 1 + (int) (fNbins * (x - fXmin) / (fXmax - fXmin));
        }
        int bin = Arrays.binarySearch(fXbins, x);
        // an exact edge belongs to the bin it starts; otherwise the insertion point follows the bin
        return bin >= 0 ? bin + 1 : -bin - 1;
    }

    /** Like {@link #FindBin} but never changes the axis (ROOT's FindFixBin). */
    public int FindFixBin(double x) {
        return FindBin(x);
    }

    public double GetBinLowEdge(int bin) {
        if (fXbins != null && bin >= 1 && bin <= fNbins + 1) {
            return fXbins[bin - 1];
        }
        double width = (fXmax - fXmin) / fNbins;
        return fXmin + (bin - 1) * width;
    }

    public double GetBinUpEdge(int bin) {
        if (fXbins != null && bin >= 0 && bin <= fNbins) {
            return fXbins[bin];
        }
        double width = (fXmax - fXmin) / fNbins;
        return fXmin + bin * width;
    }

    public double GetBinCenter(int bin) {
        if (fXbins == null || bin < 1 || bin > fNbins) {
            double width = (fXmax - fXmin) / fNbins;
            return fXmin + (bin - 0.5) * width;
        }
        return 0.5 * (fXbins[bin - 1] + fXbins[bin]);
    }

    public double GetBinWidth(int bin) {
        if (fNbins <= 0) {
            return 0;
        }
        if (fXbins == null || bin < 1 || bin > fNbins) {
            return (fXmax - fXmin) / fNbins;
        }
        return fXbins[bin] - fXbins[bin - 1];
    }

    /**
     * Restricts the axis to bins [first, last], clipped to [1, nbins]; last <= 0 means nbins. The
     * whole axis means no range.
     */
    public void SetRange(int first, int last) {
        if (last <= 0 || last > fNbins) {
            last = fNbins;
        }
        if (last < first) {
            first = 1;
        }
        if (first <= 0) {
            first = 1;
        }
        if (first == 1 && last == fNbins) {
            fFirst = 0;
            fLast = 0;
        } else {
            fFirst = first;
            fLast = last;
        }
    }

    /** Names a bin; once every bin has a name the axis is alphanumeric and grows as new names come. */
    public void SetBinLabel(int bin, String label) {
        if (bin < 1 || bin > fNbins) {
            Error("SetBinLabel", "Illegal bin number: %d", bin);
            return;
        }
        if (fLabels == null) {
            fLabels = new String[fNbins + 1];
        }
        fLabels[bin] = label;
        if (labelCount() == fNbins) {
            fAlphanumeric = true;
        }
    }

    /** The label of a bin, or "" when it has none. */
    public String GetBinLabel(int bin) {
        return fLabels != null && bin >= 1 && bin <= fNbins && fLabels[bin] != null ? fLabels[bin] : "";
    }

    public boolean IsAlphanumeric() {
        return fAlphanumeric;
    }

    private int labelCount() {
        int n = 0;
        if (fLabels != null) {
            for (int i = 1; i <= fNbins; i++) {
                n += fLabels[i] != null ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * The bin named label. An axis without labels becomes alphanumeric; a new name takes the next free
     * bin; when none is free the caller must inflate (double) the axis: -2 says so. -1: the axis has
     * labels but is not alphanumeric, and the name is unknown.
     */
    int findLabel(String label) {
        if (fLabels == null) {
            fLabels = new String[fNbins + 1];
            fAlphanumeric = true;
        }
        for (int i = 1; i <= fNbins; i++) {
            if (label.equals(fLabels[i])) {
                return i;
            }
        }
        if (!fAlphanumeric) {
            Info("FindBin", "Label %s is not in the list and the axis is not alphanumeric - ignore it", label);
            return -1;
        }
        int used = labelCount();
        if (used < fNbins) {
            fLabels[used + 1] = label;
            return used + 1;
        }
        return -2;
    }

    /** Doubles the number of bins (and the range) keeping bins and labels in place (ROOT's LabelsInflate). */
    void inflate() {
        String[] labels = fLabels;
        double width = (fXmax - fXmin) / fNbins;
        int n = 2 * fNbins;
        Set(n, fXmin, fXmin + n * width);
        fAlphanumeric = true;
        fLabels = java.util.Arrays.copyOf(labels, n + 1);
    }

    /** Restricts the axis to the bins that contain [ufirst, ulast]. */
    public void SetRangeUser(double ufirst, double ulast) {
        int first = FindFixBin(ufirst);
        int last = FindFixBin(ulast);
        // an upper value on a bin's low edge does not take that bin in
        if (last > first && GetBinLowEdge(last) == ulast) {
            last--;
        }
        SetRange(Math.max(first, 1), Math.min(last, fNbins));
    }

    /** True when a range is set. */
    public boolean IsRangeSet() {
        return fFirst != 0 || fLast != 0;
    }

    /** The first bin in range (1 without a range). */
    public int GetFirst() {
        return IsRangeSet() ? fFirst : 1;
    }

    /** The last bin in range (nbins without a range). */
    public int GetLast() {
        return IsRangeSet() ? fLast : fNbins;
    }

    /** A new axis made of bins first..last of this one (their edges, fixed or variable), with no range. */
    TAxis subAxis(int first, int last) {
        int n = last - first + 1;
        if (fXbins == null) {
            return new TAxis(n, GetBinLowEdge(first), GetBinUpEdge(last));
        }
        return new TAxis(n, Arrays.copyOfRange(fXbins, first - 1, last));
    }

    /**
     * ROOT keeps the axis drawing flags in fBits: kTickPlus BIT(9), kTickMinus BIT(10), kCenterTitle
     * BIT(12), kCenterLabels BIT(14), kRotateTitle BIT(15), kNoExponent BIT(17), kMoreLogLabels BIT(23).
     */
    @Override
    public int GetBits() {
        String ticks = GetTicks();
        return super.GetBits() | (ticks.contains("+") ? 1 << 9 : 0) | (ticks.contains("-") ? 1 << 10 : 0)
                | (GetCenterTitle() ? 1 << 12 : 0) | (GetCenterLabels() ? 1 << 14 : 0)
                | (GetRotateTitle() ? 1 << 15 : 0) | (GetNoExponent() ? 1 << 17 : 0)
                | (GetMoreLogLabels() ? 1 << 23 : 0);
    }

    /** The bin labels as ROOT stores them (a THashList of TObjString whose fUniqueID is the bin), or null. */
    public org.rootprompt.root.core.THashList GetLabels() {
        if (fLabels == null) {
            return null;
        }
        org.rootprompt.root.core.THashList list = new org.rootprompt.root.core.THashList();
        for (int bin = 1; bin < fLabels.length; bin++) {
            if (fLabels[bin] != null) {
                org.rootprompt.root.core.TObjString label = new org.rootprompt.root.core.TObjString(fLabels[bin]);
                label.SetUniqueID(bin);
                list.Add(label);
            }
        }
        return list;
    }

    @Override
    public TAxis Clone() {
        TAxis copy = (TAxis) super.Clone();
        copy.fXbins = fXbins == null ? null : fXbins.clone();
        copy.fLabels = fLabels == null ? null : fLabels.clone();
        copy.fAttAxis = fAttAxis.copy();
        return copy;
    }
}
