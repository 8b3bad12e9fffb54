package org.rootprompt.root.hist;

/** A 1-D histogram with one int per bin; contents saturate at ±INT_MAX as in ROOT. */
public class TH1I extends TH1 {
    private int[] fArray;

    public TH1I(String name, String title, int nbins, double xlow, double xup) {
        super(name, title, nbins, xlow, xup);
    }

    public TH1I(String name, String title, int nbins, double[] xbins) {
        super(name, title, nbins, xbins);
    }

    @Override
    protected void allocate(int ncells) {
        fArray = new int[ncells];
    }

    @Override
    protected double RetrieveBinContent(int bin) {
        return fArray[bin];
    }

    @Override
    protected void UpdateBinContent(int bin, double content) {
        fArray[bin] = (int) saturate((long) content, Integer.MAX_VALUE);
    }

    @Override
    public void AddBinContent(int bin, double w) {
        fArray[bin] = (int) saturate((long) fArray[bin] + (long) w, Integer.MAX_VALUE);
    }

    /** The contents, bin 0 (underflow) to nbins+1 (overflow); the array itself, as ROOT's GetArray. */
    public int[] GetArray() {
        return fArray;
    }

    @Override
    public TH1I Clone() {
        return (TH1I) super.Clone();
    }

    @Override
    protected void copyArray() {
        fArray = fArray.clone();
    }
}
