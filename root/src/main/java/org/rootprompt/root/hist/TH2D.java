package org.rootprompt.root.hist;

/** A 2-D histogram with one double per cell. */
public class TH2D extends TH2 {
    private double[] fArray;

    public TH2D(String name, String title, int nbinsx, double xlow, double xup, int nbinsy, double ylow, double yup) {
        super(name, title, nbinsx, xlow, xup, nbinsy, ylow, yup);
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

    public double[] GetArray() {
        return fArray;
    }

    @Override
    public TH2D Clone() {
        return (TH2D) super.Clone();
    }

    @Override
    protected void copyArray() {
        fArray = fArray.clone();
    }
}
