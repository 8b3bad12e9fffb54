package org.rootprompt.root.gpad;

import org.rootprompt.root.core.TAttLine;

/**
 * Text with ROOT's TLatex markup: {@code #alpha}, {@code x^{2}}, {@code x_{i}}, {@code #frac{a}{b}},
 * {@code #sqrt{x}}, {@code #bf{…}} … (the painter lays it out).
 */
public class TLatex extends TText implements TAttLine {
    private TAttLine.Line fAttLine = new TAttLine.Line(1, 1, 2);

    public TLatex() {
        super();
    }

    public TLatex(double x, double y, String text) {
        super(x, y, text);
    }

    /** Draws a copy with this object's attributes at (x, y) and returns it (ROOT's DrawLatex). */
    public TLatex DrawLatex(double x, double y, String text) {
        return (TLatex) DrawText(x, y, text);
    }

    public TLatex DrawLatexNDC(double x, double y, String text) {
        return (TLatex) DrawTextNDC(x, y, text);
    }

    @Override
    public TAttLine.Line attLine() { return fAttLine; }

    @Override
    public TLatex Clone() {
        TLatex copy = (TLatex) super.Clone();
        copy.fAttLine = fAttLine.copy();
        return copy;
    }
}
