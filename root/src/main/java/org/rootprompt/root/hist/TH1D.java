package org.rootprompt.root.hist;

/** A 1-D histogram with one double per bin. */
public class TH1D extends TH1 {
    public TH1D(String name, String title, int nbins, double xlow, double xup) {
        super(name, title, nbins, xlow, xup);
    }

    public TH1D(String name, String title, int nbins, double[] xbins) {
        super(name, title, nbins, xbins);
    }

    /** On a copy of the binning of another histogram's axis (projections). */
    TH1D(String name, String title, TAxis xaxis) {
        super(name, title, xaxis);
        init(xaxis.GetNbins() + 2);
    }

    @Override
    BinArray newArray(int ncells) {
        return new BinArray.D(ncells);
    }

    /** The contents, bin 0 (underflow) to nbins+1 (overflow): the array itself, as ROOT's GetArray. */
    public double[] GetArray() {
        return ((BinArray.D) fArray).a;
    }

    @Override
    public TH1D Clone() {
        return (TH1D) super.Clone();
    }
}
