package org.rootprompt.root.gpad;

import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TAttFill;
import org.rootprompt.root.core.TAttLine;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TNamed;
import org.rootprompt.root.core.TObject;

/**
 * A pad: a rectangle of a canvas (in NDC of its mother) holding primitives, each with its draw
 * option, and pads of its own after {@link #Divide}. {@code gPad} is the pad that Draw draws into.
 */
public class TPad extends TNamed implements TAttLine, TAttFill {
    /** The current pad: where Draw puts objects; null until the first canvas. */
    public static TPad gPad;

    static {
        PadDrawing.install();
    }

    private final TList fPrimitives = new TList();
    TPad fMother;
    TCanvas fCanvas;
    private double fXlowNDC;
    private double fYlowNDC;
    private double fWNDC = 1;
    private double fHNDC = 1;
    private double fLeftMargin = TStyle.gStyle.GetPadLeftMargin();
    private double fRightMargin = TStyle.gStyle.GetPadRightMargin();
    private double fTopMargin = TStyle.gStyle.GetPadTopMargin();
    private double fBottomMargin = TStyle.gStyle.GetPadBottomMargin();
    private int fLogx = TStyle.gStyle.GetOptLogx();
    private int fLogy = TStyle.gStyle.GetOptLogy();
    private int fLogz = TStyle.gStyle.GetOptLogz();
    private boolean fGridx = TStyle.gStyle.GetPadGridX();
    private boolean fGridy = TStyle.gStyle.GetPadGridY();
    private int fTickx = TStyle.gStyle.GetPadTickX();
    private int fTicky = TStyle.gStyle.GetPadTickY();
    private int fNumber;
    private boolean fModified;
    private boolean fEditable = true;
    private final TAttLine.Line fAttLine = new TAttLine.Line(1, 1, 1);
    private final TAttFill.Fill fAttFill = new TAttFill.Fill(TStyle.gStyle.GetPadColor(), 1001);
    // the pad's coordinates (fX1…fY2) and its frame's (fUxmin…, log10 on a log axis), as painting sets them
    private double fX1 = 0;
    private double fY1 = 0;
    private double fX2 = 1;
    private double fY2 = 1;
    private double fUxmin = 0;
    private double fUymin = 0;
    private double fUxmax = 1;
    private double fUymax = 1;
    private TFrame fFrame;

    /** The canvas itself: a pad covering the whole window. */
    TPad(String name, String title) {
        super(name, title);
    }

    /**
     * A pad in the current pad, at (xlow, ylow)–(xup, yup) in its NDC; it shows once drawn
     * ({@code pad.Draw()}). ROOT's rule: a canvas must exist first.
     */
    public TPad(String name, String title, double xlow, double ylow, double xup, double yup, int color) {
        super(name, title);
        if (gPad == null) {
            ErrorHandler.report(ErrorHandler.kError, "TPad::TPad", "You must create a TCanvas before creating a TPad");
            fEditable = false;
            return;
        }
        if (xlow < 0 || xlow > 1 || xup < 0 || xup > 1 || ylow < 0 || ylow > 1 || yup < 0 || yup > 1) {
            ErrorHandler.report(ErrorHandler.kError, "TPad::TPad", "illegal bottom left position: x=" + xlow + ", y=" + ylow);
        }
        if (xup < xlow || yup < ylow) {
            ErrorHandler.report(ErrorHandler.kError, "TPad::TPad", "illegal top right position: x=" + xup + ", y=" + yup);
        }
        fMother = gPad;
        fCanvas = gPad.GetCanvas();
        fXlowNDC = xlow;
        fYlowNDC = ylow;
        fWNDC = xup - xlow;
        fHNDC = yup - ylow;
        if (color >= 0) {
            SetFillColor(color);
        }
    }

    public TPad(String name, String title, double xlow, double ylow, double xup, double yup) {
        this(name, title, xlow, ylow, xup, yup, -1);
    }

    // ---- the current pad and sub-pads ----

    /** Makes this pad current (gPad) and returns it. */
    public TPad cd() {
        gPad = this;
        return this;
    }

    /** Makes sub-pad n (numbered by {@link #Divide}) current; 0 means this pad; null if there is no such pad. */
    public TPad cd(int subpadnumber) {
        if (subpadnumber == 0) {
            return cd();
        }
        TPad pad = GetPad(subpadnumber);
        return pad == null ? null : pad.cd();
    }

    /** Sub-pad n, without making it current; null if there is none. */
    public TPad GetPad(int subpadnumber) {
        if (subpadnumber == 0) {
            return this;
        }
        for (TObject o : fPrimitives) {
            if (o instanceof TPad pad && pad.fNumber == subpadnumber) {
                return pad;
            }
        }
        return null;
    }

    /**
     * Divides this pad into nx × ny pads, numbered 1, 2 … from the top left along rows, each
     * leaving margins xmargin, ymargin (fractions of this pad) around it, as ROOT's TPad::Divide.
     */
    public void Divide(int nx, int ny, double xmargin, double ymargin, int color) {
        if (!fEditable) {
            return;
        }
        TPad saved = gPad;
        cd();
        nx = Math.max(nx, 1);
        ny = Math.max(ny, 1);
        double dx = 1.0 / nx;
        double dy = 1.0 / ny;
        int n = 0;
        for (int iy = 0; iy < ny; iy++) {
            double y2 = 1 - iy * dy - ymargin;
            double y1 = Math.max(y2 - dy + 2 * ymargin, 0);
            if (y1 > y2) {
                continue;
            }
            for (int ix = 0; ix < nx; ix++) {
                double x1 = ix * dx + xmargin;
                double x2 = x1 + dx - 2 * xmargin;
                if (x1 > x2) {
                    continue;
                }
                n++;
                String name = GetName() + "_" + n;
                TPad pad = new TPad(name, name, x1, y1, x2, y2, color);
                pad.fNumber = n;
                pad.Draw();
            }
        }
        if (saved != null) {
            saved.cd();
        }
        Modified();
    }

    public void Divide(int nx, int ny, double xmargin, double ymargin) {
        Divide(nx, ny, xmargin, ymargin, 0);
    }

    public void Divide(int nx, int ny) {
        Divide(nx, ny, 0.01, 0.01, 0);
    }

    public void Divide(int nx) {
        Divide(nx, 1);
    }

    /** Removes every primitive and sub-pad, as ROOT's TPad::Clear. */
    public void Clear() {
        if (!fEditable) {
            return;
        }
        for (TObject o : fPrimitives) {
            if (o instanceof TPad pad && gPad == pad) {
                cd(); // the current pad is going away
            }
        }
        fPrimitives.Clear();
        fFrame = null; // ROOT deletes the frame with the other primitives
        Modified();
    }

    public void Clear(String option) {
        Clear();
    }

    // ---- primitives ----

    /** The objects drawn in this pad, in drawing order, each with its draw option. */
    public TList GetListOfPrimitives() {
        return fPrimitives;
    }

    /** The first primitive of that name here or in a sub-pad; null if there is none. */
    public TObject GetPrimitive(String name) {
        for (TObject o : fPrimitives) {
            if (name.equals(o.GetName())) {
                return o;
            }
            if (o instanceof TPad pad) {
                TObject found = pad.GetPrimitive(name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public TObject FindObject(String name) {
        return GetPrimitive(name);
    }

    /** Adds a primitive with its draw option (what TObject::AppendPad does). */
    void append(TObject obj, String option) {
        if (!fEditable) {
            return;
        }
        fPrimitives.Add(obj, option);
        Modified();
    }

    /** Removes a primitive; returns it, or null if it was not here. */
    public TObject RecursiveRemove(TObject obj) {
        TObject removed = fPrimitives.Remove(obj);
        for (TObject o : fPrimitives) {
            if (o instanceof TPad pad) {
                pad.RecursiveRemove(obj);
            }
        }
        if (removed != null) {
            Modified();
        }
        return removed;
    }

    /** Draws this pad into the current pad (sub-pads made by hand must be drawn to show). */
    @Override
    public void Draw(String option) {
        if (fMother == null && !(this instanceof TCanvas)) {
            return;
        }
        if (gPad != null && gPad != this) {
            gPad.append(this, option);
        }
    }

    /** Marks the pad as changed, so that its canvas is shown again at the end of the cell. */
    public void Modified(boolean flag) {
        fModified = flag;
        if (flag && GetCanvas() != null) {
            GetCanvas().touched();
        }
    }

    public void Modified() {
        Modified(true);
    }

    public boolean IsModified() {
        return fModified;
    }

    /**
     * Brings the pictures up to date; in a notebook the canvas is shown again at the end of the cell.
     * As ROOT's Update paints the canvas, the pads learn their coordinates here ({@link #GetUxmax} …).
     * As ROOT's painting does, it makes the stat boxes, so that {@code h.FindObject("stats")} finds one.
     */
    public void Update() {
        StatBoxes.update(this);
        fModified = false;
        for (TObject o : fPrimitives) {
            if (o instanceof TPad pad) {
                pad.fModified = false;
            }
        }
        if (GetCanvas() != null) {
            Updaters.UPDATER.ifPresent(u -> u.update(GetCanvas()));
            GetCanvas().updated();
        }
    }

    /** The display module's painter, looked up once. */
    private static final class Updaters {
        static final java.util.Optional<CanvasUpdater> UPDATER =
                java.util.ServiceLoader.load(CanvasUpdater.class, TPad.class.getClassLoader()).findFirst();
    }

    public boolean IsEditable() {
        return fEditable;
    }

    public void SetEditable(boolean editable) {
        fEditable = editable;
    }

    /**
     * A legend of this pad's histograms, graphs and functions, labelled by their titles, drawn in
     * the pad (ROOT's BuildLegend); x1 … y2 in NDC, or all 0 … the default for automatic placement.
     */
    public TLegend BuildLegend(double x1, double y1, double x2, double y2, String title, String option) {
        TLegend legend = x1 == x2 || y1 == y2 ? new TLegend() : new TLegend(x1, y1, x2, y2, title);
        if ((x1 == x2 || y1 == y2) && title != null && !title.isEmpty()) {
            legend.SetHeader(title);
        }
        for (int i = 0; i < fPrimitives.GetSize(); i++) {
            TObject o = fPrimitives.At(i);
            if (o instanceof org.rootprompt.root.hist.TH1 || o instanceof org.rootprompt.root.hist.TGraph
                    || o instanceof org.rootprompt.root.hist.TF1) {
                String entryOption = option == null || option.isEmpty() ? legendOption(o, fPrimitives.optionAt(i)) : option;
                legend.AddEntry(o, o.GetTitle(), entryOption);
            }
        }
        TPad saved = gPad;
        cd();
        legend.Draw();
        if (saved != null) {
            saved.cd();
        }
        return legend;
    }

    public TLegend BuildLegend() {
        return BuildLegend(0.3, 0.21, 0.3, 0.21, "", "");
    }

    /** What a legend entry shows of a primitive, from how it is drawn (ROOT's BuildLegend rules). */
    private static String legendOption(TObject o, String drawOption) {
        String opt = drawOption.toLowerCase();
        if (o instanceof org.rootprompt.root.hist.TF1) {
            return "l";
        }
        if (o instanceof org.rootprompt.root.hist.TGraph) {
            String shown = (opt.contains("l") || opt.contains("c") ? "l" : "") + (opt.contains("p") || opt.contains("*") ? "p" : "")
                    + (opt.contains("f") || opt.contains("b") ? "f" : "");
            return shown.isEmpty() ? "lp" : shown;
        }
        if (opt.contains("e") || opt.contains("p")) {
            return "lep";
        }
        return "lf";
    }

    // ---- saving ----

    /**
     * Saves the pad's canvas as a picture or a JSON file chosen by the file's extension (".png",
     * ".svg", ".pdf", ".json" …), as ROOT's SaveAs; ROOT's message tells where it went.
     */
    public void SaveAs(String filename, String option) {
        String name = filename == null || filename.isEmpty() ? GetName() + ".png" : filename;
        int dot = name.lastIndexOf('.');
        String format = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        String location = GetCanvas() == this ? "TCanvas::SaveAs" : "TPad::SaveAs";
        if (format.equals("c") || format.equals("cxx") || format.equals("root")) {
            ErrorHandler.report(ErrorHandler.kError, location, "saving a canvas as ." + format
                    + " is not supported; use .png, .svg, .pdf or .json");
            return;
        }
        CanvasWriter writer = null;
        for (CanvasWriter w : java.util.ServiceLoader.load(CanvasWriter.class, TPad.class.getClassLoader())) {
            if (w.formats().contains(format)) {
                writer = w;
                break;
            }
        }
        if (writer == null) {
            ErrorHandler.report(ErrorHandler.kError, location, "cannot save " + name + ": no writer for \"" + format
                    + "\" files (the formats are png, svg, pdf and json)");
            return;
        }
        java.nio.file.Path path = java.nio.file.Path.of(name);
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(path)) {
            writer.write(GetCanvas(), format, out);
        } catch (java.io.IOException | RuntimeException e) {
            ErrorHandler.report(ErrorHandler.kError, location, "cannot write " + name + ": " + e.getMessage());
            return;
        }
        String kind = format.equals("svg") ? "SVG" : format.equals("json") ? "ROOT JSON" : format;
        ErrorHandler.report(ErrorHandler.kInfo, GetCanvas() == this ? "TCanvas::Print" : "TPad::Print",
                kind + " file " + name + " has been created");
    }

    public void SaveAs(String filename) {
        SaveAs(filename, "");
    }

    /** Saves as a file, like {@link #SaveAs} (ROOT's Print with a file name). */
    @Override
    public void Print(String filename) {
        SaveAs(filename, "");
    }

    // ---- geometry ----

    public TCanvas GetCanvas() {
        return fCanvas;
    }

    public TPad GetMother() {
        return fMother;
    }

    public int GetNumber() {
        return fNumber;
    }

    public void SetNumber(int number) {
        fNumber = number;
    }

    public double GetXlowNDC() { return fXlowNDC; }
    public double GetYlowNDC() { return fYlowNDC; }
    public double GetWNDC() { return fWNDC; }
    public double GetHNDC() { return fHNDC; }

    /** Moves and resizes the pad in its mother's NDC. */
    public void SetPad(double xlow, double ylow, double xup, double yup) {
        fXlowNDC = xlow;
        fYlowNDC = ylow;
        fWNDC = xup - xlow;
        fHNDC = yup - ylow;
        Modified();
    }

    public double GetLeftMargin() { return fLeftMargin; }
    public double GetRightMargin() { return fRightMargin; }
    public double GetTopMargin() { return fTopMargin; }
    public double GetBottomMargin() { return fBottomMargin; }
    public void SetLeftMargin(double m) { fLeftMargin = m; Modified(); }
    public void SetRightMargin(double m) { fRightMargin = m; Modified(); }
    public void SetTopMargin(double m) { fTopMargin = m; Modified(); }
    public void SetBottomMargin(double m) { fBottomMargin = m; Modified(); }

    /** All four margins at once, as fractions of the pad: left, right, bottom, top. */
    public void SetMargin(double left, double right, double bottom, double top) {
        fLeftMargin = left;
        fRightMargin = right;
        fBottomMargin = bottom;
        fTopMargin = top;
        Modified();
    }

    // ---- coordinates ----

    /** The pad's left edge in its coordinates (set when the pad is painted: see {@link #Update}). */
    public double GetX1() { return fX1; }
    public double GetY1() { return fY1; }
    public double GetX2() { return fX2; }
    public double GetY2() { return fY2; }

    /** The frame's left edge in the pad's coordinates (log10 of the value on a log axis, as ROOT). */
    public double GetUxmin() { return fUxmin; }
    public double GetUymin() { return fUymin; }
    public double GetUxmax() { return fUxmax; }
    public double GetUymax() { return fUymax; }

    /**
     * Not ROOT API: what the painter calls when it has put a frame of user range [uxmin, uxmax] ×
     * [uymin, uymax] (log10 on a log axis) inside the margins; the pad's own coordinates extend that
     * range over the margins, as ROOT's painters call TPad::Range and RangeAxis.
     */
    public void setPaintedRange(double uxmin, double uymin, double uxmax, double uymax) {
        double dx = (uxmax - uxmin) / (1 - fLeftMargin - fRightMargin);
        double dy = (uymax - uymin) / (1 - fBottomMargin - fTopMargin);
        fX1 = uxmin - dx * fLeftMargin;
        fX2 = uxmax + dx * fRightMargin;
        fY1 = uymin - dy * fBottomMargin;
        fY2 = uymax + dy * fTopMargin;
        fUxmin = uxmin;
        fUymin = uymin;
        fUxmax = uxmax;
        fUymax = uymax;
        if (fFrame != null) {
            fFrame.SetX1(uxmin);
            fFrame.SetY1(uymin);
            fFrame.SetX2(uxmax);
            fFrame.SetY2(uymax);
        }
    }

    /**
     * The pad's frame, made on first use with gStyle's frame attributes (a frame fill colour of 0
     * takes the pad's own), as ROOT's TPad::GetFrame; Clear and a new histogram's Draw discard it.
     */
    public TFrame GetFrame() {
        if (fFrame == null) {
            TStyle s = TStyle.gStyle;
            fFrame = new TFrame(fUxmin, fUymin, fUxmax, fUymax);
            fFrame.SetFillColor(s.GetFrameFillColor() != 0 ? s.GetFrameFillColor() : GetFillColor());
            fFrame.SetFillStyle(1001);
            fFrame.SetLineColor(s.GetFrameLineColor());
            fFrame.SetLineWidth(s.GetFrameLineWidth());
        }
        return fFrame;
    }

    /** Not ROOT API: the frame if the pad has one, else null (for the JSON writer). */
    public TFrame frameIfMade() {
        return fFrame;
    }

    // ---- axes options ----

    public int GetLogx() { return fLogx; }
    public int GetLogy() { return fLogy; }
    public int GetLogz() { return fLogz; }
    public void SetLogx(int value) { fLogx = value; Modified(); }
    public void SetLogy(int value) { fLogy = value; Modified(); }
    public void SetLogz(int value) { fLogz = value; Modified(); }
    public void SetLogx() { SetLogx(1); }
    public void SetLogy() { SetLogy(1); }
    public void SetLogz() { SetLogz(1); }

    public boolean GetGridx() { return fGridx; }
    public boolean GetGridy() { return fGridy; }
    public void SetGridx(boolean value) { fGridx = value; Modified(); }
    public void SetGridy(boolean value) { fGridy = value; Modified(); }
    public void SetGridx() { SetGridx(true); }
    public void SetGridy() { SetGridy(true); }

    /** Grid lines on both axes (ROOT's SetGrid(valuex = 1, valuey = 1)). */
    public void SetGrid(int valuex, int valuey) {
        fGridx = valuex != 0;
        fGridy = valuey != 0;
        Modified();
    }

    public void SetGrid() {
        SetGrid(1, 1);
    }

    public int GetTickx() { return fTickx; }
    public int GetTicky() { return fTicky; }
    public void SetTickx(int value) { fTickx = value; Modified(); }
    public void SetTicky(int value) { fTicky = value; Modified(); }
    public void SetTickx() { SetTickx(1); }
    public void SetTicky() { SetTicky(1); }

    /** Ticks on the opposite axes too (ROOT's SetTicks(valuex = 1, valuey = 1)). */
    public void SetTicks(int valuex, int valuey) {
        fTickx = valuex;
        fTicky = valuey;
        Modified();
    }

    public void SetTicks() {
        SetTicks(1, 1);
    }

    // ---- attributes ----

    @Override
    public TAttLine.Line attLine() {
        return fAttLine;
    }

    @Override
    public TAttFill.Fill attFill() {
        return fAttFill;
    }

    @Override
    public void SetFillColor(int color) {
        TAttFill.super.SetFillColor(color);
        Modified();
    }

    /** Lists the pad and its primitives as ROOT's TPad::ls. */
    @Override
    public void ls() {
        System.out.print(listing(0));
    }

    String listing(int depth) {
        StringBuilder out = new StringBuilder();
        String indent = " ".repeat(depth);
        out.append(indent).append(ClassName()).append(" fXlowNDC=").append(fmt(fXlowNDC))
                .append(" fYlowNDC=").append(fmt(fYlowNDC)).append(" fWNDC=").append(fmt(fWNDC))
                .append(" fHNDC=").append(fmt(fHNDC)).append(" Name= ").append(GetName())
                .append(" Title= ").append(GetTitle()).append(" Option=\n");
        for (int i = 0; i < fPrimitives.GetSize(); i++) {
            TObject o = fPrimitives.At(i);
            if (o instanceof TPad pad) {
                out.append(pad.listing(depth + 1));
            } else {
                out.append(indent).append(" OBJ: ").append(o.ClassName()).append('\t').append(o.GetName())
                        .append('\t').append(o.GetTitle()).append(" : 0\n");
            }
        }
        return out.toString();
    }

    private static String fmt(double v) {
        return org.rootprompt.root.core.CFormat.format("%g", v);
    }
}
