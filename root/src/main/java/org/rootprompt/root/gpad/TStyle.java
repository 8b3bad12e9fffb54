package org.rootprompt.root.gpad;

import org.rootprompt.root.core.EColor;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TNamed;
import org.rootprompt.root.core.TObject;

/**
 * ROOT's style, {@code gStyle}: the defaults that new canvases, pads, axes and painted objects take,
 * and the options of the stat box, the fit box and the title. Values are those of ROOT 6's
 * "Modern" style (TStyle::Reset("Modern")), the default since ROOT 6.
 */
public class TStyle extends TNamed {
    /** The current style. */
    public static TStyle gStyle = new TStyle("Modern", "Modern Style");

    // pads and canvases
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
    private int fFrameFillColor = 0;
    private int fFrameLineColor = 1;
    private int fFrameLineWidth = 1;
    private int fGridColor = 0;
    private int fGridStyle = 3;
    private int fGridWidth = 1;

    // histograms, functions, error bars
    private int fHistLineColor = 602;
    private int fHistLineStyle = 1;
    private int fHistLineWidth = 1;
    private int fHistFillColor = 0;
    private int fHistFillStyle = 1001;
    private double fHistTopMargin = 0.05;
    private boolean fHistMinimumZero;
    private int fFuncColor = 2;
    private int fFuncStyle = 1;
    private int fFuncWidth = 2;
    private double fEndErrorSize = 2;
    private double fErrorX = 0.5;
    private double fBarWidth = 1;
    private double fBarOffset = 0;
    private int fNumberContours = 20;
    private String fPaintTextFormat = "g";

    // stat box, fit box, title
    private int fOptStat = 1111;
    private int fOptFit = 0;
    private int fOptTitle = 1;
    private String fStatFormat = "6.4g";
    private String fFitFormat = "5.4g";
    private int fStatColor = 0;
    private int fStatTextColor = 1;
    private int fStatBorderSize = 1;
    private int fStatFont = 42;
    private double fStatFontSize = 0;
    private int fStatStyle = 1001;
    private double fStatX = 0.98;
    private double fStatY = 0.935;
    private double fStatW = 0.20;
    private double fStatH = 0.16;
    private int fTitleAlign = 23;
    private int fTitleColor = 0;
    private int fTitleTextColor = 1;
    private int fTitleFont = 42;
    private double fTitleFontSize = 0.05;
    private int fTitleStyle = 0;
    private int fTitleBorderSize = 0;
    private double fTitleX = 0.5;
    private double fTitleY = 0.995;
    private double fTitleW = 0;
    private double fTitleH = 0;

    // legends
    private int fLegendBorderSize = 1;
    private int fLegendFillColor = 0;
    private int fLegendFont = 42;
    private double fLegendTextSize = 0;

    // axes, as TAttAxis defaults: x, y, z
    private final int[] fNdivisions = {510, 510, 510};
    private final double[] fLabelSize = {0.035, 0.035, 0.035};
    private final double[] fLabelOffset = {0.005, 0.005, 0.005};
    private final int[] fLabelFont = {42, 42, 42};
    private final double[] fTitleSize = {0.035, 0.035, 0.035};
    private final double[] fTitleOffset = {1, 0, 1}; // 0: ROOT places the y title automatically
    private final double[] fTickLength = {0.03, 0.03, 0.03};


    public TStyle(String name, String title) {
        super(name, title);
    }

    /** Makes this the current style (gStyle), as ROOT's TStyle::cd. */
    public void cd() {
        gStyle = this;
    }

    // ---- pads and canvases ----

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
    public int GetFrameFillColor() { return fFrameFillColor; }
    public void SetFrameFillColor(int color) { fFrameFillColor = color; }
    public int GetFrameLineColor() { return fFrameLineColor; }
    public void SetFrameLineColor(int color) { fFrameLineColor = color; }
    public int GetFrameLineWidth() { return fFrameLineWidth; }
    public void SetFrameLineWidth(int width) { fFrameLineWidth = width; }
    /** The grid's colour; 0 means the axis colour, as ROOT does. */
    public int GetGridColor() { return fGridColor; }
    public void SetGridColor(int color) { fGridColor = color; }
    public int GetGridStyle() { return fGridStyle; }
    public void SetGridStyle(int style) { fGridStyle = style; }
    public int GetGridWidth() { return fGridWidth; }
    public void SetGridWidth(int width) { fGridWidth = width; }

    // ---- histograms and functions ----

    public int GetHistLineColor() { return fHistLineColor; }
    public int GetHistLineStyle() { return fHistLineStyle; }
    public int GetHistLineWidth() { return fHistLineWidth; }
    public int GetHistFillColor() { return fHistFillColor; }
    public int GetHistFillStyle() { return fHistFillStyle; }
    public void SetHistLineColor(int color) { fHistLineColor = color; }
    public void SetHistLineStyle(int style) { fHistLineStyle = style; }
    public void SetHistLineWidth(int width) { fHistLineWidth = width; }
    public void SetHistFillColor(int color) { fHistFillColor = color; }
    public void SetHistFillStyle(int style) { fHistFillStyle = style; }
    /** The space above a histogram's maximum, as a fraction of its range. */
    public double GetHistTopMargin() { return fHistTopMargin; }
    public void SetHistTopMargin(double margin) { fHistTopMargin = margin; }
    public boolean GetHistMinimumZero() { return fHistMinimumZero; }
    public void SetHistMinimumZero(boolean zero) { fHistMinimumZero = zero; }
    public void SetHistMinimumZero() { SetHistMinimumZero(true); }
    public int GetFuncColor() { return fFuncColor; }
    public int GetFuncStyle() { return fFuncStyle; }
    public int GetFuncWidth() { return fFuncWidth; }
    public void SetFuncColor(int color) { fFuncColor = color; }
    public void SetFuncStyle(int style) { fFuncStyle = style; }
    public void SetFuncWidth(int width) { fFuncWidth = width; }
    public double GetEndErrorSize() { return fEndErrorSize; }
    public void SetEndErrorSize(double size) { fEndErrorSize = size; }
    public double GetErrorX() { return fErrorX; }
    public void SetErrorX(double errorx) { fErrorX = errorx; }
    public double GetBarWidth() { return fBarWidth; }
    public double GetBarOffset() { return fBarOffset; }
    public void SetBarWidth(double width) { fBarWidth = width; }
    public void SetBarOffset(double offset) { fBarOffset = offset; }
    public int GetNumberContours() { return fNumberContours; }

    /** Contours for 2-D drawings, 0 < n ≤ 1000 (ROOT's limit). */
    public void SetNumberContours(int n) {
        if (n <= 0 || n > 1000) {
            ErrorHandler.report(ErrorHandler.kError, "TStyle::SetNumberContours",
                    "Illegal number of contours: " + n + ", must be > 0 and < 1000");
            return;
        }
        fNumberContours = n;
    }

    public String GetPaintTextFormat() { return fPaintTextFormat; }
    public void SetPaintTextFormat(String format) { fPaintTextFormat = format; }

    // ---- stat box, fit box, title ----

    public int GetOptStat() { return fOptStat; }

    /**
     * Which lines the stat box shows, ROOT's digits "ksiourmen" read from the right: n name,
     * e entries, m mean, r std dev, u underflow, o overflow, i integral, s skewness, k kurtosis;
     * 1 shows the value, 2 also its error. 0 hides the box. (An int below 10 with a single 1, as
     * ROOT, means 1111.)
     */
    public void SetOptStat(int mode) {
        fOptStat = mode == 1 ? 1111 : mode;
        statBoxesTakeStyle();
    }

    /**
     * As ROOT's SetOptStat and SetOptFit: the stat boxes already made for the current pad's objects
     * show this style's options again (TPaveStats::kTakeStyle) until SetOptStat/SetOptFit on the box.
     */
    private void statBoxesTakeStyle() {
        if (TPad.gPad == null) {
            return;
        }
        for (TObject o : TPad.gPad.GetListOfPrimitives()) {
            if (o.FindObject("stats") instanceof TPaveStats stats) {
                stats.SetBit(TPaveStats.kTakeStyle);
            }
        }
    }

    /** ROOT's letters: "n" name, "e" entries, "m"/"M" mean (with error), "r"/"R" std dev, "u", "o", "i"/"I", "s"/"S", "k"/"K". */
    public void SetOptStat(String letters) {
        int mode = 0;
        String order = "nemruoiskNEMRUOISK";
        for (char c : letters.toCharArray()) {
            int i = order.indexOf(c);
            if (i < 0) {
                continue;
            }
            int digit = i % 9;
            int value = i >= 9 || Character.isUpperCase(c) ? 2 : 1;
            if (c == 'n' || c == 'e' || c == 'u' || c == 'o') {
                value = 1;
            }
            mode += value * (int) Math.pow(10, digit);
        }
        fOptStat = mode;
        statBoxesTakeStyle();
    }

    public int GetOptFit() { return fOptFit; }

    /** Which lines the fit box shows, ROOT's digits "pcev": v names and values, e errors, c χ²/ndf, p probability. 1 means 111. */
    public void SetOptFit(int mode) {
        fOptFit = mode == 1 ? 111 : mode;
        statBoxesTakeStyle();
    }

    public void SetOptFit() { SetOptFit(1); }
    public int GetOptTitle() { return fOptTitle; }
    public void SetOptTitle(int show) { fOptTitle = show; }
    public String GetStatFormat() { return fStatFormat; }
    public void SetStatFormat(String format) { fStatFormat = format == null ? "6.4g" : format; }
    public String GetFitFormat() { return fFitFormat; }
    public void SetFitFormat(String format) { fFitFormat = format == null ? "5.4g" : format; }
    public int GetStatColor() { return fStatColor; }
    public void SetStatColor(int color) { fStatColor = color; }
    public int GetStatTextColor() { return fStatTextColor; }
    public void SetStatTextColor(int color) { fStatTextColor = color; }
    public int GetStatBorderSize() { return fStatBorderSize; }
    public void SetStatBorderSize(int size) { fStatBorderSize = size; }
    public int GetStatFont() { return fStatFont; }
    public void SetStatFont(int font) { fStatFont = font; }
    public double GetStatFontSize() { return fStatFontSize; }
    public void SetStatFontSize(double size) { fStatFontSize = size; }
    public int GetStatStyle() { return fStatStyle; }
    public void SetStatStyle(int style) { fStatStyle = style; }
    /** The stat box's top right corner (x, y) and its width and height, in NDC. */
    public double GetStatX() { return fStatX; }
    public double GetStatY() { return fStatY; }
    public double GetStatW() { return fStatW; }
    public double GetStatH() { return fStatH; }
    public void SetStatX(double x) { fStatX = x; }
    public void SetStatY(double y) { fStatY = y; }
    public void SetStatW(double w) { fStatW = w; }
    public void SetStatH(double h) { fStatH = h; }
    public int GetTitleAlign() { return fTitleAlign; }
    public void SetTitleAlign(int align) { fTitleAlign = align; }
    /** The title box's fill colour. */
    public int GetTitleFillColor() { return fTitleColor; }
    public void SetTitleFillColor(int color) { fTitleColor = color; }
    public int GetTitleTextColor() { return fTitleTextColor; }
    public void SetTitleTextColor(int color) { fTitleTextColor = color; }
    public int GetTitleStyle() { return fTitleStyle; }
    public void SetTitleStyle(int style) { fTitleStyle = style; }
    public int GetTitleBorderSize() { return fTitleBorderSize; }
    public void SetTitleBorderSize(int size) { fTitleBorderSize = size; }
    public double GetTitleX() { return fTitleX; }
    public double GetTitleY() { return fTitleY; }
    public double GetTitleW() { return fTitleW; }
    public double GetTitleH() { return fTitleH; }
    public void SetTitleX(double x) { fTitleX = x; }
    public void SetTitleY(double y) { fTitleY = y; }
    public void SetTitleW(double w) { fTitleW = w; }
    public void SetTitleH(double h) { fTitleH = h; }
    /** The size of the histogram title ("" axis in ROOT's SetTitleSize). */
    public double GetTitleFontSize() { return fTitleFontSize; }
    public void SetTitleFontSize(double size) { fTitleFontSize = size; }

    // ---- legends ----

    public int GetLegendBorderSize() { return fLegendBorderSize; }
    public void SetLegendBorderSize(int size) { fLegendBorderSize = size; }
    public int GetLegendFillColor() { return fLegendFillColor; }
    public void SetLegendFillColor(int color) { fLegendFillColor = color; }
    public int GetLegendFont() { return fLegendFont; }
    public void SetLegendFont(int font) { fLegendFont = font; }
    public double GetLegendTextSize() { return fLegendTextSize; }
    public void SetLegendTextSize(double size) { fLegendTextSize = size; }

    // ---- axes: ROOT's axis letters "x", "y", "z" (any combination, e.g. "xy") ----

    public int GetNdivisions(String axis) { return fNdivisions[index(axis)]; }
    public double GetLabelSize(String axis) { return fLabelSize[index(axis)]; }
    public double GetLabelOffset(String axis) { return fLabelOffset[index(axis)]; }
    public int GetLabelFont(String axis) { return fLabelFont[index(axis)]; }
    public double GetTickLength(String axis) { return fTickLength[index(axis)]; }
    public double GetTitleOffset(String axis) { return fTitleOffset[index(axis)]; }

    /** With axis "" (ROOT's default for the one-argument call) the histogram title's size. */
    public double GetTitleSize(String axis) {
        return isTitle(axis) ? fTitleFontSize : fTitleSize[index(axis)];
    }

    public void SetNdivisions(int n, String axes) { for (int i : indices(axes)) fNdivisions[i] = n; }
    public void SetLabelSize(double size, String axes) { for (int i : indices(axes)) fLabelSize[i] = size; }
    public void SetLabelOffset(double offset, String axes) { for (int i : indices(axes)) fLabelOffset[i] = offset; }
    public void SetLabelFont(int font, String axes) { for (int i : indices(axes)) fLabelFont[i] = font; }
    public void SetTickLength(double length, String axes) { for (int i : indices(axes)) fTickLength[i] = length; }
    public void SetTitleOffset(double offset, String axes) { for (int i : indices(axes)) fTitleOffset[i] = offset; }

    public void SetTitleSize(double size, String axes) {
        if (isTitle(axes)) {
            fTitleFontSize = size;
            return;
        }
        for (int i : indices(axes)) {
            fTitleSize[i] = size;
        }
    }

    public void SetNdivisions(int n) { SetNdivisions(n, "x"); }
    public void SetLabelSize(double size) { SetLabelSize(size, "x"); }
    public void SetLabelOffset(double offset) { SetLabelOffset(offset, "x"); }
    public void SetTickLength(double length) { SetTickLength(length, "x"); }
    public void SetTitleOffset(double offset) { SetTitleOffset(offset, "x"); }
    public void SetTitleSize(double size) { SetTitleSize(size, "x"); }
    public void SetTitleXOffset(double offset) { SetTitleOffset(offset, "x"); }
    public void SetTitleYOffset(double offset) { SetTitleOffset(offset, "y"); }
    public void SetTitleXSize(double size) { SetTitleSize(size, "x"); }
    public void SetTitleYSize(double size) { SetTitleSize(size, "y"); }

    private static boolean isTitle(String axis) {
        return axis == null || axis.isEmpty() || !axis.toLowerCase().matches("[xyz]+");
    }

    private static int index(String axis) {
        String a = axis == null ? "x" : axis.toLowerCase();
        return a.startsWith("y") ? 1 : a.startsWith("z") ? 2 : 0;
    }

    private static int[] indices(String axes) {
        String a = axes == null ? "x" : axes.toLowerCase();
        return java.util.stream.IntStream.range(0, 3).filter(i -> a.indexOf("xyz".charAt(i)) >= 0).toArray();
    }

    // ---- palette ----

    /** The current palette, kept by {@link TColor}: {@code gStyle.SetPalette(kViridis)}; kBird by default. */
    public void SetPalette() { TColor.SetPalette(EColor.kBird); }
    public void SetPalette(int ncolors) { TColor.SetPalette(ncolors); }
    public void SetPalette(int ncolors, int[] colors) { TColor.SetPalette(ncolors, colors); }
    public void SetPalette(int ncolors, int[] colors, double alpha) { TColor.SetPalette(ncolors, colors, alpha); }
    public int GetColorPalette(int i) { return TColor.GetColorPalette(i); }
    public int GetNumberOfColors() { return TColor.GetNumberOfColors(); }
}
