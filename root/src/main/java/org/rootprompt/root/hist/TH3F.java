package org.rootprompt.root.hist;

/** A 3-D histogram with one float per cell. */
public class TH3F extends TH3 {
    public TH3F(String name, String title, int nbinsx, double xlow, double xup, int nbinsy, double ylow, double yup,
            int nbinsz, double zlow, double zup) {
        super(name, title, nbinsx, xlow, xup, nbinsy, ylow, yup, nbinsz, zlow, zup);
    }

    /** Variable bins: nbins+1 increasing edges per axis. */
    public TH3F(String name, String title, int nbinsx, double[] xbins, int nbinsy, double[] ybins, int nbinsz,
            double[] zbins) {
        super(name, title, nbinsx, xbins, nbinsy, ybins, nbinsz, zbins);
    }

    @Override
    BinArray newArray(int ncells) {
        return new BinArray.F(ncells);
    }

    /** The cells, bin = binx + (nx+2)·(biny + (ny+2)·binz): the array itself, as ROOT's GetArray. */
    public float[] GetArray() {
        return ((BinArray.F) fArray).a;
    }

    @Override
    public TH3F Clone() {
        return (TH3F) super.Clone();
    }
}
