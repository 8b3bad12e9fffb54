package org.rootprompt.root.gpad;

import org.rootprompt.root.core.TAttText;

/** A box with one label, centred and sized to the box (text size as a fraction of its height). */
public class TPaveLabel extends TPave implements TAttText {
    private String fLabel;
    private TAttText.Text fAttText = new TAttText.Text(22, 0, 1, 42, 0.99);

    public TPaveLabel(double x1, double y1, double x2, double y2, String label, String option) {
        super(x1, y1, x2, y2, 3, option);
        fLabel = label == null ? "" : label;
    }

    public TPaveLabel(double x1, double y1, double x2, double y2, String label) {
        this(x1, y1, x2, y2, label, "br");
    }

    public String GetLabel() { return fLabel; }
    public void SetLabel(String label) { fLabel = label == null ? "" : label; }

    @Override
    public String GetTitle() { return fLabel; }

    @Override
    public TAttText.Text attText() { return fAttText; }

    @Override
    public TPaveLabel Clone() {
        TPaveLabel copy = (TPaveLabel) super.Clone();
        copy.fAttText = fAttText.copy();
        return copy;
    }
}
