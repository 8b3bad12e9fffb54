package org.rootprompt.root.hist;

/** A 1-D histogram with one byte per bin; contents saturate at ±127 as in ROOT. */
public class TH1C extends TH1 {
    private byte[] fArray;

    public TH1C(String name, String title, int nbins, double xlow, double xup) {
        super(name, title, nbins, xlow, xup);
    }

    public TH1C(String name, String title, int nbins, double[] xbins) {
        super(name, title, nbins, xbins);
    }

    @Override
    protected void allocate(int ncells) {
        fArray = new byte[ncells];
    }

    @Override
    protected double RetrieveBinContent(int bin) {
        return fArray[bin];
    }

    @Override
    protected void UpdateBinContent(int bin, double content) {
        fArray[bin] = (byte) saturate((long) content, Byte.MAX_VALUE);
    }

    @Override
    public void AddBinContent(int bin, double w) {
        fArray[bin] = (byte) saturate((long) fArray[bin] + (long) w, Byte.MAX_VALUE);
    }

    /** The contents, bin 0 (underflow) to nbins+1 (overflow); the array itself, as ROOT's GetArray. */
    public byte[] GetArray() {
        return fArray;
    }

    @Override
    public TH1C Clone() {
        return (TH1C) super.Clone();
    }

    @Override
    protected void copyArray() {
        fArray = fArray.clone();
    }
}
