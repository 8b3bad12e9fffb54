package org.rootprompt.root.hist;

/** A 2-D histogram with one double per cell. */
public class TH2D extends TH2 {
    public TH2D(String name, String title, int nbinsx, double xlow, double xup, int nbinsy, double ylow, double yup) {
        super(name, title, nbinsx, xlow, xup, nbinsy, ylow, yup);
    }

    @Override
    BinArray newArray(int ncells) {
        return new BinArray.D(ncells);
    }

    /** The cells, bin = binx + (nx+2)·biny: the array itself, as ROOT's GetArray. */
    public double[] GetArray() {
        return ((BinArray.D) fArray).a;
    }

    @Override
    public TH2D Clone() {
        return (TH2D) super.Clone();
    }
}
