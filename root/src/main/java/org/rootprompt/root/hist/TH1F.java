package org.rootprompt.root.hist;

/** A 1-D histogram with one float per bin (4 bytes: a 10^7-bin TH1F takes 40 MB). */
public class TH1F extends TH1 {
    private float[] fArray;

    public TH1F(String name, String title, int nbins, double xlow, double xup) {
        super(name, title, nbins, xlow, xup);
    }

    public TH1F(String name, String title, int nbins, double[] xbins) {
        super(name, title, nbins, xbins);
    }

    @Override
    protected void allocate(int ncells) {
        fArray = new float[ncells];
    }

    @Override
    protected double RetrieveBinContent(int bin) {
        return fArray[bin];
    }

    @Override
    protected void UpdateBinContent(int bin, double content) {
        fArray[bin] = (float) content;
    }

    @Override
    public void AddBinContent(int bin, double w) {
        fArray[bin] += (float) w;
    }

    /** The contents, bin 0 (underflow) to nbins+1 (overflow); the array itself, as ROOT's GetArray. */
    public float[] GetArray() {
        return fArray;
    }

    @Override
    public TH1F Clone() {
        return (TH1F) super.Clone();
    }

    @Override
    protected void copyArray() {
        fArray = fArray.clone();
    }
}
