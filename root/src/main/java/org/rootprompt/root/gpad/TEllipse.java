package org.rootprompt.root.gpad;

import org.rootprompt.root.core.TAttFill;
import org.rootprompt.root.core.TAttLine;
import org.rootprompt.root.core.TObject;

/**
 * An ellipse (or arc) centred at (x1, y1) with radii r1, r2, from phimin to phimax degrees, rotated
 * by theta degrees; r2 = 0 makes a circle.
 */
public class TEllipse extends TObject implements TAttLine, TAttFill {
    private double fX1;
    private double fY1;
    private double fR1;
    private double fR2;
    private double fPhimin;
    private double fPhimax;
    private double fTheta;
    private TAttLine.Line fAttLine = new TAttLine.Line(1, 1, 1);
    private TAttFill.Fill fAttFill = new TAttFill.Fill(0, 1001);

    public TEllipse(double x1, double y1, double r1, double r2, double phimin, double phimax, double theta) {
        fX1 = x1;
        fY1 = y1;
        fR1 = r1;
        fR2 = r2 > 0 ? r2 : r1;
        fPhimin = phimin;
        fPhimax = phimax;
        fTheta = theta;
    }

    public TEllipse(double x1, double y1, double r1, double r2) {
        this(x1, y1, r1, r2, 0, 360, 0);
    }

    public TEllipse(double x1, double y1, double r1) {
        this(x1, y1, r1, 0);
    }

    public double GetX1() { return fX1; }
    public double GetY1() { return fY1; }
    public double GetR1() { return fR1; }
    public double GetR2() { return fR2; }
    public double GetPhimin() { return fPhimin; }
    public double GetPhimax() { return fPhimax; }
    public double GetTheta() { return fTheta; }
    public void SetX1(double v) { fX1 = v; }
    public void SetY1(double v) { fY1 = v; }
    public void SetR1(double v) { fR1 = v; }
    public void SetR2(double v) { fR2 = v; }
    public void SetPhimin(double v) { fPhimin = v; }
    public void SetPhimax(double v) { fPhimax = v; }
    public void SetTheta(double v) { fTheta = v; }

    @Override
    public TAttLine.Line attLine() { return fAttLine; }

    @Override
    public TAttFill.Fill attFill() { return fAttFill; }

    @Override
    public TEllipse Clone() {
        TEllipse copy = (TEllipse) super.Clone();
        copy.fAttLine = fAttLine.copy();
        copy.fAttFill = fAttFill.copy();
        return copy;
    }
}
