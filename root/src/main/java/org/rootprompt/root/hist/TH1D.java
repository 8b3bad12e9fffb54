package org.rootprompt.root.hist;

/** A 1-D histogram with one double per bin. */
public class TH1D extends TH1 {
    private double[] fArray;

    public TH1D(String name, String title, int nbins, double xlow, double xup) {
        super(name, title, nbins, xlow, xup);
    }

    public TH1D(String name, String title, int nbins, double[] xbins) {
        super(name, title, nbins, xbins);
    }

    @Override
    protected void allocate(int ncells) {
        fArray = new double[ncells];
    }

    @Override
    protected double RetrieveBinContent(int bin) {
        return fArray[bin];
    }

    @Override
    protected void UpdateBinContent(int bin, double content) {
        fArray[bin] = content;
    }

    @Override
    public void AddBinContent(int bin, double w) {
        fArray[bin] += w;
    }

    /** The contents, bin 0 (underflow) to nbins+1 (overflow); the array itself, as ROOT's GetArray. */
    public double[] GetArray() {
        return fArray;
    }

    @Override
    public TH1D Clone() {
        return (TH1D) super.Clone();
    }

    @Override
    protected void copyArray() {
        fArray = fArray.clone();
    }
}
