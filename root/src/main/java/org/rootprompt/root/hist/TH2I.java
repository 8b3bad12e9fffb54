package org.rootprompt.root.hist;

/** A 2-D histogram with one int per cell; contents saturate at ±INT_MAX. */
public class TH2I extends TH2 {
    private int[] fArray;

    public TH2I(String name, String title, int nbinsx, double xlow, double xup, int nbinsy, double ylow, double yup) {
        super(name, title, nbinsx, xlow, xup, nbinsy, ylow, yup);
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

    public int[] GetArray() {
        return fArray;
    }

    @Override
    public TH2I Clone() {
        return (TH2I) super.Clone();
    }

    @Override
    protected void copyArray() {
        fArray = fArray.clone();
    }
}
