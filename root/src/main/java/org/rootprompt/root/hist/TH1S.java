package org.rootprompt.root.hist;

/** A 1-D histogram with one short per bin; contents saturate at ±32767 as in ROOT. */
public class TH1S extends TH1 {
    private short[] fArray;

    public TH1S(String name, String title, int nbins, double xlow, double xup) {
        super(name, title, nbins, xlow, xup);
    }

    public TH1S(String name, String title, int nbins, double[] xbins) {
        super(name, title, nbins, xbins);
    }

    @Override
    protected void allocate(int ncells) {
        fArray = new short[ncells];
    }

    @Override
    protected double RetrieveBinContent(int bin) {
        return fArray[bin];
    }

    @Override
    protected void UpdateBinContent(int bin, double content) {
        fArray[bin] = (short) saturate((long) content, Short.MAX_VALUE);
    }

    @Override
    public void AddBinContent(int bin, double w) {
        fArray[bin] = (short) saturate((long) fArray[bin] + (long) w, Short.MAX_VALUE);
    }

    /** The contents, bin 0 (underflow) to nbins+1 (overflow); the array itself, as ROOT's GetArray. */
    public short[] GetArray() {
        return fArray;
    }

    @Override
    public TH1S Clone() {
        return (TH1S) super.Clone();
    }

    @Override
    protected void copyArray() {
        fArray = fArray.clone();
    }
}
