package org.rootprompt.root.hist;

/** A 1-D histogram with one byte per bin; contents saturate at ±127 as in ROOT. */
public class TH1C extends TH1 {
    public TH1C(String name, String title, int nbins, double xlow, double xup) {
        super(name, title, nbins, xlow, xup);
    }

    public TH1C(String name, String title, int nbins, double[] xbins) {
        super(name, title, nbins, xbins);
    }

    @Override
    BinArray newArray(int ncells) {
        return new BinArray.C(ncells);
    }

    /** The contents, bin 0 (underflow) to nbins+1 (overflow): the array itself, as ROOT's GetArray. */
    public byte[] GetArray() {
        return ((BinArray.C) fArray).a;
    }

    @Override
    public TH1C Clone() {
        return (TH1C) super.Clone();
    }
}
