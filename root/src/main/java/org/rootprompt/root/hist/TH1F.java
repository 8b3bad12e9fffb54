package org.rootprompt.root.hist;

/** A 1-D histogram with one float per bin (4 bytes: a 10^7-bin TH1F takes 40 MB). */
public class TH1F extends TH1 {
    public TH1F(String name, String title, int nbins, double xlow, double xup) {
        super(name, title, nbins, xlow, xup);
    }

    public TH1F(String name, String title, int nbins, double[] xbins) {
        super(name, title, nbins, xbins);
    }

    @Override
    BinArray newArray(int ncells) {
        return new BinArray.F(ncells);
    }

    /** The contents, bin 0 (underflow) to nbins+1 (overflow): the array itself, as ROOT's GetArray. */
    public float[] GetArray() {
        return ((BinArray.F) fArray).a;
    }

    @Override
    public TH1F Clone() {
        return (TH1F) super.Clone();
    }
}
