package org.rootprompt.root.gpad;

import org.rootprompt.root.core.TAttLine;
import org.rootprompt.root.core.TObject;

/** A line from (x1, y1) to (x2, y2), in user coordinates or, after {@link #SetNDC}, in NDC. */
public class TLine extends TObject implements TAttLine {
    private double fX1;
    private double fY1;
    private double fX2;
    private double fY2;
    private boolean fNDC;
    private TAttLine.Line fAttLine = new TAttLine.Line(1, 1, 1);

    public TLine() {}

    public TLine(double x1, double y1, double x2, double y2) {
        fX1 = x1;
        fY1 = y1;
        fX2 = x2;
        fY2 = y2;
    }

    public double GetX1() { return fX1; }
    public double GetY1() { return fY1; }
    public double GetX2() { return fX2; }
    public double GetY2() { return fY2; }
    public void SetX1(double v) { fX1 = v; }
    public void SetY1(double v) { fY1 = v; }
    public void SetX2(double v) { fX2 = v; }
    public void SetY2(double v) { fY2 = v; }
    public boolean GetNDC() { return fNDC; }
    public void SetNDC(boolean ndc) { fNDC = ndc; }

    /** ROOT keeps "the coordinates are NDC" in fBits. */
    public static final int kLineNDC = 1 << 14;

    @Override
    public int GetBits() {
        return super.GetBits() | (fNDC ? kLineNDC : 0);
    }
    public void SetNDC() { SetNDC(true); }

    /** Draws a copy with this line's attributes between two points and returns it. */
    public TLine DrawLine(double x1, double y1, double x2, double y2) {
        TLine copy = Clone();
        copy.fX1 = x1;
        copy.fY1 = y1;
        copy.fX2 = x2;
        copy.fY2 = y2;
        copy.fNDC = false;
        copy.SetBit(kCanDelete);
        copy.Draw();
        return copy;
    }

    public TLine DrawLineNDC(double x1, double y1, double x2, double y2) {
        TLine copy = DrawLine(x1, y1, x2, y2);
        copy.fNDC = true;
        return copy;
    }

    @Override
    public TAttLine.Line attLine() { return fAttLine; }

    @Override
    public TLine Clone() {
        TLine copy = (TLine) super.Clone();
        copy.fAttLine = fAttLine.copy();
        return copy;
    }
}
