package org.rootprompt.root.gpad;

import org.rootprompt.root.core.EColor;
import org.rootprompt.root.core.TNamed;

/**
 * ROOT's style, {@code gStyle}: the defaults that new canvases, pads and painted objects take.
 * The values are those of ROOT 6's "Modern" style, the default since ROOT 6.
 */
public class TStyle extends TNamed {
    /** The current style. */
    public static TStyle gStyle = new TStyle("Modern", "Modern Style");

    private double fPadLeftMargin = 0.1;
    private double fPadRightMargin = 0.1;
    private double fPadTopMargin = 0.1;
    private double fPadBottomMargin = 0.1;
    private boolean fPadGridX;
    private boolean fPadGridY;
    private int fPadTickX;
    private int fPadTickY;
    private int fPadColor = 0;
    private int fCanvasColor = 0;
    private int fCanvasDefW = 700;
    private int fCanvasDefH = 500;
    private int fOptLogx;
    private int fOptLogy;
    private int fOptLogz;

    public TStyle(String name, String title) {
        super(name, title);
    }

    public double GetPadLeftMargin() { return fPadLeftMargin; }
    public double GetPadRightMargin() { return fPadRightMargin; }
    public double GetPadTopMargin() { return fPadTopMargin; }
    public double GetPadBottomMargin() { return fPadBottomMargin; }
    public void SetPadLeftMargin(double m) { fPadLeftMargin = m; }
    public void SetPadRightMargin(double m) { fPadRightMargin = m; }
    public void SetPadTopMargin(double m) { fPadTopMargin = m; }
    public void SetPadBottomMargin(double m) { fPadBottomMargin = m; }
    public boolean GetPadGridX() { return fPadGridX; }
    public boolean GetPadGridY() { return fPadGridY; }
    public void SetPadGridX(boolean on) { fPadGridX = on; }
    public void SetPadGridY(boolean on) { fPadGridY = on; }
    public int GetPadTickX() { return fPadTickX; }
    public int GetPadTickY() { return fPadTickY; }
    public void SetPadTickX(int tick) { fPadTickX = tick; }
    public void SetPadTickY(int tick) { fPadTickY = tick; }
    public int GetPadColor() { return fPadColor; }
    public void SetPadColor(int color) { fPadColor = color; }
    public int GetCanvasColor() { return fCanvasColor; }
    public void SetCanvasColor(int color) { fCanvasColor = color; }
    public int GetCanvasDefW() { return fCanvasDefW; }
    public int GetCanvasDefH() { return fCanvasDefH; }
    public void SetCanvasDefW(int w) { fCanvasDefW = w; }
    public void SetCanvasDefH(int h) { fCanvasDefH = h; }
    public int GetOptLogx() { return fOptLogx; }
    public int GetOptLogy() { return fOptLogy; }
    public int GetOptLogz() { return fOptLogz; }
    public void SetOptLogx(int log) { fOptLogx = log; }
    public void SetOptLogy(int log) { fOptLogy = log; }
    public void SetOptLogz(int log) { fOptLogz = log; }

    /** The current palette, shared with {@link TColor}: {@code gStyle.SetPalette(kViridis)}. */
    public void SetPalette() { TColor.SetPalette(EColor.kBird); }
    public void SetPalette(int ncolors) { TColor.SetPalette(ncolors); }
    public void SetPalette(int ncolors, int[] colors) { TColor.SetPalette(ncolors, colors); }
    public void SetPalette(int ncolors, int[] colors, double alpha) { TColor.SetPalette(ncolors, colors, alpha); }
    public int GetColorPalette(int i) { return TColor.GetColorPalette(i); }
    public int GetNumberOfColors() { return TColor.GetNumberOfColors(); }
}
