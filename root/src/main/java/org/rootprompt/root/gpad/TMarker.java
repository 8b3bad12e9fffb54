package org.rootprompt.root.gpad;

import org.rootprompt.root.core.TAttMarker;
import org.rootprompt.root.core.TObject;

/** One marker at (x, y) of a ROOT marker style (20 full circle, 21 square, 3 star …). */
public class TMarker extends TObject implements TAttMarker {
    private double fX;
    private double fY;
    private boolean fNDC;
    private TAttMarker.Marker fAttMarker = new TAttMarker.Marker(1, 1, 1);

    public TMarker() {}

    public TMarker(double x, double y, int style) {
        fX = x;
        fY = y;
        fAttMarker = new TAttMarker.Marker(1, style, 1);
    }

    public double GetX() { return fX; }
    public double GetY() { return fY; }
    public void SetX(double x) { fX = x; }
    public void SetY(double y) { fY = y; }
    public boolean GetNDC() { return fNDC; }
    public void SetNDC(boolean ndc) { fNDC = ndc; }

    /** ROOT keeps "the coordinates are NDC" in fBits. */
    public static final int kMarkerNDC = 1 << 14;

    @Override
    public int GetBits() {
        return super.GetBits() | (fNDC ? kMarkerNDC : 0);
    }
    public void SetNDC() { SetNDC(true); }

    /** Draws a copy with this marker's attributes at (x, y) and returns it. */
    public TMarker DrawMarker(double x, double y) {
        TMarker copy = Clone();
        copy.fX = x;
        copy.fY = y;
        copy.SetBit(kCanDelete);
        copy.Draw();
        return copy;
    }

    @Override
    public TAttMarker.Marker attMarker() { return fAttMarker; }

    @Override
    public TMarker Clone() {
        TMarker copy = (TMarker) super.Clone();
        copy.fAttMarker = fAttMarker.copy();
        return copy;
    }
}
