package org.rootprompt.root.gpad;

import org.rootprompt.root.core.TAttText;
import org.rootprompt.root.core.TNamed;

/**
 * Text at (x, y), in the pad's user coordinates or, after {@link #SetNDC}, in NDC (0–1 across the
 * pad). The text is the title, as in ROOT.
 */
public class TText extends TNamed implements TAttText {
    private double fX;
    private double fY;
    private boolean fNDC;
    private TAttText.Text fAttText = new TAttText.Text(11, 0, 1, 62, 0.05);

    public TText() {
        this(0, 0, "");
    }

    public TText(double x, double y, String text) {
        super("", text);
        fX = x;
        fY = y;
    }

    public double GetX() { return fX; }
    public double GetY() { return fY; }
    public void SetX(double x) { fX = x; }
    public void SetY(double y) { fY = y; }

    /** Whether x and y are NDC (fractions of the pad) rather than user coordinates. */
    public boolean GetNDC() { return fNDC; }
    public void SetNDC(boolean ndc) { fNDC = ndc; }

    /** ROOT keeps "the coordinates are NDC" in fBits. */
    public static final int kTextNDC = 1 << 14;

    @Override
    public int GetBits() {
        return super.GetBits() | (fNDC ? kTextNDC : 0);
    }
    public void SetNDC() { SetNDC(true); }

    public void SetText(double x, double y, String text) {
        fX = x;
        fY = y;
        SetTitle(text);
    }

    /** Draws a copy of this text, with its attributes, at (x, y) and returns it. */
    public TText DrawText(double x, double y, String text) {
        TText copy = Clone();
        copy.SetText(x, y, text);
        copy.fNDC = false;
        copy.SetBit(kCanDelete);
        copy.Draw();
        return copy;
    }

    public TText DrawTextNDC(double x, double y, String text) {
        TText copy = DrawText(x, y, text);
        copy.fNDC = true;
        return copy;
    }

    @Override
    public TAttText.Text attText() { return fAttText; }

    @Override
    public TText Clone() {
        TText copy = (TText) super.Clone();
        copy.fAttText = fAttText.copy();
        return copy;
    }
}
