package org.rootprompt.root.hist;

/** A 2-D histogram with one float per cell. */
public class TH2F extends TH2 {
    private float[] fArray;

    public TH2F(String name, String title, int nbinsx, double xlow, double xup, int nbinsy, double ylow, double yup) {
        super(name, title, nbinsx, xlow, xup, nbinsy, ylow, yup);
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

    public float[] GetArray() {
        return fArray;
    }

    @Override
    public TH2F Clone() {
        return (TH2F) super.Clone();
    }

    @Override
    protected void copyArray() {
        fArray = fArray.clone();
    }
}
