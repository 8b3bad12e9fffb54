package org.rootprompt.root.hist;

/** A 2-D histogram with one float per cell. */
public class TH2F extends TH2 {
    public TH2F(String name, String title, int nbinsx, double xlow, double xup, int nbinsy, double ylow, double yup) {
        super(name, title, nbinsx, xlow, xup, nbinsy, ylow, yup);
    }

    @Override
    BinArray newArray(int ncells) {
        return new BinArray.F(ncells);
    }

    /** The cells, bin = binx + (nx+2)·biny: the array itself, as ROOT's GetArray. */
    public float[] GetArray() {
        return ((BinArray.F) fArray).a;
    }

    @Override
    public TH2F Clone() {
        return (TH2F) super.Clone();
    }
}
