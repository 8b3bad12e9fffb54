package org.rootprompt.root.gpad;

/**
 * A box with a border and a shadow: the base of text boxes, labels, legends and the stat box.
 * With "NDC" in the option its corners are NDC (fractions of the pad), else user coordinates.
 * The option's letters place the shadow: "br" bottom right (ROOT's default), "tr", "bl", "tl".
 */
public class TPave extends TBox {
    private int fBorderSize;
    private String fOption;
    private String fName = "";
    private int fShadowColor = 1;
    private double fCornerRadius;

    public TPave() {
        this(0, 0, 0, 0, 4, "br");
    }

    public TPave(double x1, double y1, double x2, double y2, int bordersize, String option) {
        super(x1, y1, x2, y2);
        fBorderSize = bordersize;
        fOption = option == null ? "br" : option;
        SetFillColor(0);
    }

    public TPave(double x1, double y1, double x2, double y2) {
        this(x1, y1, x2, y2, 4, "br");
    }

    @Override
    public String GetName() { return fName; }
    public void SetName(String name) { fName = name == null ? "" : name; }
    public int GetBorderSize() { return fBorderSize; }
    public void SetBorderSize(int size) { fBorderSize = size; }
    public String GetOption() { return fOption; }
    public void SetOption(String option) { fOption = option == null ? "" : option; }
    public int GetShadowColor() { return fShadowColor; }
    public void SetShadowColor(int color) { fShadowColor = color; }
    public double GetCornerRadius() { return fCornerRadius; }
    public void SetCornerRadius(double radius) { fCornerRadius = radius; }

    /** Whether the corners are NDC ("NDC" in the option). */
    public boolean IsNDC() {
        return fOption.toUpperCase().contains("NDC");
    }

    /** The corners in NDC (ROOT's SetX1NDC …): the option gains "NDC". */
    public void SetX1NDC(double v) { toNDC(); SetX1(v); }
    public void SetY1NDC(double v) { toNDC(); SetY1(v); }
    public void SetX2NDC(double v) { toNDC(); SetX2(v); }
    public void SetY2NDC(double v) { toNDC(); SetY2(v); }
    public double GetX1NDC() { return GetX1(); }
    public double GetY1NDC() { return GetY1(); }
    public double GetX2NDC() { return GetX2(); }
    public double GetY2NDC() { return GetY2(); }

    private void toNDC() {
        if (!IsNDC()) {
            fOption = fOption + "NDC";
        }
    }
}
