package org.rootprompt.root.hist;

/** A 1-D histogram with one short per bin; contents saturate at ±32767 as in ROOT. */
public class TH1S extends TH1 {
    public TH1S(String name, String title, int nbins, double xlow, double xup) {
        super(name, title, nbins, xlow, xup);
    }

    public TH1S(String name, String title, int nbins, double[] xbins) {
        super(name, title, nbins, xbins);
    }

    @Override
    BinArray newArray(int ncells) {
        return new BinArray.S(ncells);
    }

    /** The contents, bin 0 (underflow) to nbins+1 (overflow): the array itself, as ROOT's GetArray. */
    public short[] GetArray() {
        return ((BinArray.S) fArray).a;
    }

    @Override
    public TH1S Clone() {
        return (TH1S) super.Clone();
    }
}
