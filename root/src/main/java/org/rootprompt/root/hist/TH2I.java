package org.rootprompt.root.hist;

/** A 2-D histogram with one int per cell; contents saturate at ±INT_MAX. */
public class TH2I extends TH2 {
    public TH2I(String name, String title, int nbinsx, double xlow, double xup, int nbinsy, double ylow, double yup) {
        super(name, title, nbinsx, xlow, xup, nbinsy, ylow, yup);
    }

    @Override
    BinArray newArray(int ncells) {
        return new BinArray.I(ncells);
    }

    /** The cells, bin = binx + (nx+2)·biny: the array itself, as ROOT's GetArray. */
    public int[] GetArray() {
        return ((BinArray.I) fArray).a;
    }

    @Override
    public TH2I Clone() {
        return (TH2I) super.Clone();
    }
}
