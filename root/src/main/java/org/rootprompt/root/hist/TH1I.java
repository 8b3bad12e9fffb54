package org.rootprompt.root.hist;

/** A 1-D histogram with one int per bin; contents saturate at ±INT_MAX as in ROOT. */
public class TH1I extends TH1 {
    public TH1I(String name, String title, int nbins, double xlow, double xup) {
        super(name, title, nbins, xlow, xup);
    }

    public TH1I(String name, String title, int nbins, double[] xbins) {
        super(name, title, nbins, xbins);
    }

    @Override
    BinArray newArray(int ncells) {
        return new BinArray.I(ncells);
    }

    /** The contents, bin 0 (underflow) to nbins+1 (overflow): the array itself, as ROOT's GetArray. */
    public int[] GetArray() {
        return ((BinArray.I) fArray).a;
    }

    @Override
    public TH1I Clone() {
        return (TH1I) super.Clone();
    }
}
