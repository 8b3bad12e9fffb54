package org.rootprompt.root.hist;

/** A 2-D histogram with one double per cell. */
public class TH2D extends TH2 {
    public TH2D(String name, String title, int nbinsx, double xlow, double xup, int nbinsy, double ylow, double yup) {
        super(name, title, nbinsx, xlow, xup, nbinsy, ylow, yup);
    }

    /** Variable bins on both axes: nx+1 and ny+1 increasing edges. */
    public TH2D(String name, String title, int nbinsx, double[] xbins, int nbinsy, double[] ybins) {
        this(name, title, new TAxis(nbinsx, xbins), new TAxis(nbinsy, ybins));
    }

    TH2D(String name, String title, TAxis xaxis, TAxis yaxis) {
        super(name, title, xaxis, yaxis);
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
