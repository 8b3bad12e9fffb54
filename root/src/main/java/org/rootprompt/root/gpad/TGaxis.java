package org.rootprompt.root.gpad;

import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TAttText;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.hist.TF1;

/**
 * An axis drawn anywhere in a pad, from (xmin, ymin) to (xmax, ymax) in the pad's coordinates,
 * labelled from wmin to wmax, as ROOT's TGaxis: the classic use is a second y axis on the right
 * of a frame ({@code new TGaxis(gPad.GetUxmax(), gPad.GetUymin(), gPad.GetUxmax(), gPad.GetUymax(),
 * 0, rightmax, 510, "+L")}). The option string is TGaxis's: "G" logarithmic, "+" / "-" tick side
 * (both: across the axis), "L" / "R" / "C" label alignment, "S" tick size from SetTickSize,
 * "N" no optimisation of the divisions, "U" no labels, "B" no axis line, "=" labels on the tick
 * side. The title takes the text attributes (SetTitleFont, SetTitleColor).
 */
public class TGaxis extends TLine implements TAttText {
    // TAxis's bits, which TGaxis keeps in its own fBits as ROOT does
    public static final int kCenterLabels = 1 << 14;
    public static final int kCenterTitle = 1 << 12;
    public static final int kRotateTitle = 1 << 15;
    public static final int kNoExponent = 1 << 17;
    public static final int kMoreLogLabels = 1 << 23;

    private static int fgMaxDigits = 5;

    private double fWmin;
    private double fWmax;
    private double fGridLength;
    private double fTickSize = 0.03;
    private double fLabelOffset = 0.005;
    private double fLabelSize = 0.04;
    private double fTitleOffset = 1;
    private double fTitleSize = 0.04;
    private int fNdiv;
    private int fLabelColor = 1;
    private int fLabelFont = 62;
    private String fChopt = "";
    private String fName = "";
    private String fTitle = "";
    private String fFunctionName = "";
    private TAttText.Text fAttText = new TAttText.Text(11, 0, 1, 62, 0.04);

    public TGaxis() {}

    public TGaxis(double xmin, double ymin, double xmax, double ymax, double wmin, double wmax, int ndiv, String chopt,
            double gridlength) {
        super(xmin, ymin, xmax, ymax);
        fWmin = wmin;
        fWmax = wmax;
        fNdiv = ndiv;
        fChopt = chopt == null ? "" : chopt;
        fGridLength = gridlength;
    }

    public TGaxis(double xmin, double ymin, double xmax, double ymax, double wmin, double wmax, int ndiv, String chopt) {
        this(xmin, ymin, xmax, ymax, wmin, wmax, ndiv, chopt, 0);
    }

    public TGaxis(double xmin, double ymin, double xmax, double ymax, double wmin, double wmax, int ndiv) {
        this(xmin, ymin, xmax, ymax, wmin, wmax, ndiv, "", 0);
    }

    public TGaxis(double xmin, double ymin, double xmax, double ymax, double wmin, double wmax) {
        this(xmin, ymin, xmax, ymax, wmin, wmax, 510, "", 0);
    }

    /**
     * An axis whose labels are the values of function funcname (a TF1 known to gROOT) over its
     * range, placed where the function maps them; an unknown name gives ROOT's error and 0..1.
     */
    public TGaxis(double xmin, double ymin, double xmax, double ymax, String funcname, int ndiv, String chopt,
            double gridlength) {
        this(xmin, ymin, xmax, ymax, 0, 1, ndiv, chopt, gridlength);
        fFunctionName = funcname == null ? "" : funcname;
        TF1 f = GetFunction();
        if (f == null) {
            ErrorHandler.report(ErrorHandler.kError, "TGaxis::TGaxis",
                    "calling constructor with an unknown function: " + fFunctionName);
        } else {
            fWmin = f.GetXmin();
            fWmax = f.GetXmax();
        }
    }

    public TGaxis(double xmin, double ymin, double xmax, double ymax, String funcname, int ndiv, String chopt) {
        this(xmin, ymin, xmax, ymax, funcname, ndiv, chopt, 0);
    }

    public TGaxis(double xmin, double ymin, double xmax, double ymax, String funcname, int ndiv) {
        this(xmin, ymin, xmax, ymax, funcname, ndiv, "", 0);
    }

    public TGaxis(double xmin, double ymin, double xmax, double ymax, String funcname) {
        this(xmin, ymin, xmax, ymax, funcname, 510, "", 0);
    }

    /** The function that maps the axis values, found by name when asked (as TGaxis::PaintAxis does); null if none. */
    public TF1 GetFunction() {
        return fFunctionName.isEmpty() || !(TROOT.gROOT.GetFunction(fFunctionName) instanceof TF1 f) ? null : f;
    }

    /** Maps the axis values with function funcname from now on; "" for none. */
    public void SetFunction(String funcname) {
        fFunctionName = funcname == null ? "" : funcname;
        if (fFunctionName.isEmpty()) {
            return;
        }
        TF1 f = GetFunction();
        if (f == null) {
            ErrorHandler.report(ErrorHandler.kError, "TGaxis::SetFunction", "unknown function: " + fFunctionName);
        } else {
            fWmin = f.GetXmin();
            fWmax = f.GetXmax();
        }
    }

    public String GetFunctionName() { return fFunctionName; }

    /** Draws a new axis with this one's attributes and returns it (ROOT's DrawAxis). */
    public TGaxis DrawAxis(double xmin, double ymin, double xmax, double ymax, double wmin, double wmax, int ndiv,
            String chopt, double gridlength) {
        TGaxis copy = Clone();
        copy.SetX1(xmin);
        copy.SetY1(ymin);
        copy.SetX2(xmax);
        copy.SetY2(ymax);
        copy.fWmin = wmin;
        copy.fWmax = wmax;
        copy.fNdiv = ndiv;
        copy.fChopt = chopt == null ? "" : chopt;
        copy.fGridLength = gridlength;
        copy.SetBit(kCanDelete);
        copy.Draw();
        return copy;
    }

    public TGaxis DrawAxis(double xmin, double ymin, double xmax, double ymax, double wmin, double wmax, int ndiv,
            String chopt) {
        return DrawAxis(xmin, ymin, xmax, ymax, wmin, wmax, ndiv, chopt, 0);
    }

    public TGaxis DrawAxis(double xmin, double ymin, double xmax, double ymax, double wmin, double wmax) {
        return DrawAxis(xmin, ymin, xmax, ymax, wmin, wmax, 510, "", 0);
    }

    // ---- the axis's values and options ----

    public double GetWmin() { return fWmin; }
    public double GetWmax() { return fWmax; }
    public void SetWmin(double wmin) { fWmin = wmin; }
    public void SetWmax(double wmax) { fWmax = wmax; }
    public int GetNdiv() { return fNdiv; }
    public void SetNdivisions(int ndiv) { fNdiv = ndiv; }
    public String GetOption() { return fChopt; }
    public void SetOption(String option) { fChopt = option == null ? "" : option; }
    public double GetGridLength() { return fGridLength; }
    public void SetGridLength(double gridlength) { fGridLength = gridlength; }

    @Override
    public String GetName() { return fName; }
    public void SetName(String name) { fName = name == null ? "" : name; }
    @Override
    public String GetTitle() { return fTitle; }
    public void SetTitle(String title) { fTitle = title == null ? "" : title; }
    public void SetTitle() { SetTitle(""); }

    /** TGaxis::fgMaxDigits: labels with more digits than this get a ×10^{n} factor (at least 1; default 5). */
    public static void SetMaxDigits(int maxd) {
        fgMaxDigits = Math.max(maxd, 1);
    }

    public static void SetMaxDigits() {
        SetMaxDigits(5);
    }

    public static int GetMaxDigits() {
        return fgMaxDigits;
    }

    // ---- labels, ticks and title ----

    public double GetTickSize() { return fTickSize; }
    public void SetTickSize(double ticksize) { fTickSize = ticksize; }
    public void SetTickLength(double ticklength) { SetTickSize(ticklength); }
    public double GetLabelOffset() { return fLabelOffset; }
    public void SetLabelOffset(double offset) { fLabelOffset = offset; }
    public double GetLabelSize() { return fLabelSize; }
    public void SetLabelSize(double size) { fLabelSize = size; }
    public int GetLabelColor() { return fLabelColor; }
    public void SetLabelColor(int color) { fLabelColor = color; }
    public int GetLabelFont() { return fLabelFont; }
    public void SetLabelFont(int font) { fLabelFont = font; }
    public double GetTitleOffset() { return fTitleOffset; }
    public void SetTitleOffset(double offset) { fTitleOffset = offset; }
    public void SetTitleOffset() { SetTitleOffset(1); }
    public double GetTitleSize() { return fTitleSize; }
    public void SetTitleSize(double size) { fTitleSize = size; }
    public void SetTitleFont(int font) { SetTextFont(font); }
    public void SetTitleColor(int color) { SetTextColor(color); }

    public void CenterTitle(boolean center) { SetBit(kCenterTitle, center); }
    public void CenterTitle() { CenterTitle(true); }
    public void CenterLabels(boolean center) { SetBit(kCenterLabels, center); }
    public void CenterLabels() { CenterLabels(true); }
    public void RotateTitle(boolean rotate) { SetBit(kRotateTitle, rotate); }
    public void RotateTitle() { RotateTitle(true); }
    public void SetNoExponent(boolean noExponent) { SetBit(kNoExponent, noExponent); }
    public void SetNoExponent() { SetNoExponent(true); }
    public void SetMoreLogLabels(boolean more) { SetBit(kMoreLogLabels, more); }
    public void SetMoreLogLabels() { SetMoreLogLabels(true); }

    @Override
    public TAttText.Text attText() { return fAttText; }

    @Override
    public TGaxis Clone() {
        TGaxis copy = (TGaxis) super.Clone();
        copy.fAttText = fAttText.copy();
        return copy;
    }
}
