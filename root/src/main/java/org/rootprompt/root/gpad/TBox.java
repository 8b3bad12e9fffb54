package org.rootprompt.root.gpad;

import org.rootprompt.root.core.TAttFill;
import org.rootprompt.root.core.TAttLine;
import org.rootprompt.root.core.TObject;

/** A rectangle from (x1, y1) to (x2, y2) in user coordinates, outlined and filled. */
public class TBox extends TObject implements TAttLine, TAttFill {
    private double fX1;
    private double fY1;
    private double fX2;
    private double fY2;
    private TAttLine.Line fAttLine = new TAttLine.Line(1, 1, 1);
    private TAttFill.Fill fAttFill = new TAttFill.Fill(0, 1001);

    public TBox() {}

    public TBox(double x1, double y1, double x2, double y2) {
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

    /** Draws a copy with this box's attributes and returns it. */
    public TBox DrawBox(double x1, double y1, double x2, double y2) {
        TBox copy = Clone();
        copy.fX1 = x1;
        copy.fY1 = y1;
        copy.fX2 = x2;
        copy.fY2 = y2;
        copy.SetBit(kCanDelete);
        copy.Draw();
        return copy;
    }

    @Override
    public TAttLine.Line attLine() { return fAttLine; }

    @Override
    public TAttFill.Fill attFill() { return fAttFill; }

    @Override
    public TBox Clone() {
        TBox copy = (TBox) super.Clone();
        copy.fAttLine = fAttLine.copy();
        copy.fAttFill = fAttFill.copy();
        return copy;
    }
}
