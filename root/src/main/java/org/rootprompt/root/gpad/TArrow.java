package org.rootprompt.root.gpad;

import org.rootprompt.root.core.TAttFill;

/**
 * A line with arrow heads: option ">" at the end, "<" at the start, "<>" or "<|>" (filled) both,
 * "|>" filled; the head's size is a fraction of the pad, its opening angle 60° by default.
 */
public class TArrow extends TLine implements TAttFill {
    private double fArrowSize = 0.05;
    private double fAngle = 60;
    private String fOption = ">";
    private TAttFill.Fill fAttFill = new TAttFill.Fill(1, 1001);

    public TArrow() {}

    public TArrow(double x1, double y1, double x2, double y2, double arrowsize, String option) {
        super(x1, y1, x2, y2);
        fArrowSize = arrowsize;
        fOption = option == null || option.isEmpty() ? ">" : option;
    }

    public TArrow(double x1, double y1, double x2, double y2, double arrowsize) {
        this(x1, y1, x2, y2, arrowsize, ">");
    }

    public TArrow(double x1, double y1, double x2, double y2) {
        this(x1, y1, x2, y2, 0.05, ">");
    }

    public double GetArrowSize() { return fArrowSize; }
    public void SetArrowSize(double size) { fArrowSize = size; }
    public double GetAngle() { return fAngle; }
    public void SetAngle(double angle) { fAngle = angle; }
    public String GetOption() { return fOption; }
    public void SetOption(String option) { fOption = option; }

    /** Draws a copy with this arrow's attributes and returns it. */
    public TArrow DrawArrow(double x1, double y1, double x2, double y2, double arrowsize, String option) {
        TArrow copy = (TArrow) DrawLine(x1, y1, x2, y2);
        if (arrowsize > 0) {
            copy.fArrowSize = arrowsize;
        }
        if (option != null && !option.isEmpty()) {
            copy.fOption = option;
        }
        return copy;
    }

    @Override
    public TAttFill.Fill attFill() { return fAttFill; }

    @Override
    public TArrow Clone() {
        TArrow copy = (TArrow) super.Clone();
        copy.fAttFill = fAttFill.copy();
        return copy;
    }
}
