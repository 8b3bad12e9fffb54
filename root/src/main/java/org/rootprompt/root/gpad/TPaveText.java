package org.rootprompt.root.gpad;

import org.rootprompt.root.core.TAttText;
import org.rootprompt.root.core.TList;

/**
 * A box of text lines ({@link #AddText}); lines are TLatex, centred by default, and sized to fit
 * the box when the text size is 0.
 */
public class TPaveText extends TPave implements TAttText {
    private TList fLines = new TList();
    private double fMargin = 0.05;
    private String fLabel = "";
    private TAttText.Text fAttText = new TAttText.Text(22, 0, 1, 42, 0);

    public TPaveText() {
        super();
    }

    public TPaveText(double x1, double y1, double x2, double y2, String option) {
        super(x1, y1, x2, y2, 4, option);
    }

    public TPaveText(double x1, double y1, double x2, double y2) {
        this(x1, y1, x2, y2, "br");
    }

    /** Adds a line of text (TLatex markup allowed) and returns it, so that its attributes can be set. */
    public TText AddText(String text) {
        TLatex line = new TLatex(0, 0, text);
        line.SetTextAlign(0);
        line.SetTextSize(0);
        line.SetTextColor(0);
        line.SetTextFont(0);
        fLines.Add(line);
        return line;
    }

    /** Adds a line of text at (x, y) in the box's own NDC. */
    public TText AddText(double x, double y, String text) {
        TLatex line = (TLatex) AddText(text);
        line.SetX(x);
        line.SetY(y);
        return line;
    }

    /** Adds a horizontal separator line at y in the box's NDC (0 puts it after the last line). */
    public TLine AddLine(double x1, double y1, double x2, double y2) {
        TLine line = new TLine(x1, y1, x2, y2);
        fLines.Add(line);
        return line;
    }

    /** The n-th line (0 first), or null. */
    public TText GetLine(int n) {
        return fLines.At(n) instanceof TText t ? t : null;
    }

    public TText GetLineWith(String text) {
        for (var o : fLines) {
            if (o instanceof TText t && t.GetTitle().contains(text)) {
                return t;
            }
        }
        return null;
    }

    public TList GetListOfLines() { return fLines; }
    public int GetSize() { return fLines.GetSize(); }

    /** Removes every line. */
    public void Clear() { fLines.Clear(); }

    public void DeleteText() { fLines.Clear(); }

    public double GetMargin() { return fMargin; }
    public void SetMargin(double margin) { fMargin = margin; }
    public String GetLabel() { return fLabel; }
    public void SetLabel(String label) { fLabel = label == null ? "" : label; }

    @Override
    public TAttText.Text attText() { return fAttText; }

    @Override
    public TPaveText Clone() {
        TPaveText copy = (TPaveText) super.Clone();
        copy.fAttText = fAttText.copy();
        copy.fLines = fLines.Clone();
        return copy;
    }
}
