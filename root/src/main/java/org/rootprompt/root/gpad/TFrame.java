package org.rootprompt.root.gpad;

/**
 * The frame of a pad: the box inside the margins where the axes stand. Its fill and line are
 * what the painter fills and outlines the frame with ({@code c.GetFrame().SetFillColor(kYellow)}).
 * A pad makes its frame on first use ({@link TPad#GetFrame}); ROOT's TWbox border size and mode
 * are kept here.
 */
public class TFrame extends TBox {
    private int fBorderSize = 1;
    private int fBorderMode;

    public TFrame() {}

    public TFrame(double x1, double y1, double x2, double y2) {
        super(x1, y1, x2, y2);
    }

    public int GetBorderSize() { return fBorderSize; }
    public int GetBorderMode() { return fBorderMode; }
    public void SetBorderSize(int size) { fBorderSize = size; }
    public void SetBorderMode(int mode) { fBorderMode = mode; }

    @Override
    public TFrame Clone() {
        return (TFrame) super.Clone();
    }
}
