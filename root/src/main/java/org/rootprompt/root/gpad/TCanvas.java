package org.rootprompt.root.gpad;

import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;

/**
 * A canvas: the top pad, with a window size in pixels. Canvases join {@code
 * gROOT->GetListOfCanvases()}; one made with the name of an existing one replaces it, as in ROOT.
 * A notebook shows, at the end of a cell, each canvas drawn or updated during it ({@link #IsDrawn},
 * {@link #IsUpdated}, {@link #ResetDrawn}).
 */
public class TCanvas extends TPad {
    private static final String DEFAULT_NAME = "c1";

    public static final int kAutoExec = 1 << 16;
    public static final int kMenuBar = 1 << 17;
    public static final int kMoveOpaque = 1 << 20;
    public static final int kResizeOpaque = 1 << 21;
    /** The bits ROOT's TCanvas::Init sets on every canvas. */
    private static final int kCanvasBits = kMustCleanup | kAutoExec | kMenuBar | kMoveOpaque | kResizeOpaque;

    private int fWindowWidth;
    private int fWindowHeight;
    private boolean fDrawn;
    private boolean fUpdated;

    /** ROOT's default canvas: c1 (then c1_n2 …), gStyle's default size (700 × 500). */
    public TCanvas() {
        this(defaultName());
    }

    public TCanvas(String name) {
        this(name, name, TStyle.gStyle.GetCanvasDefW(), TStyle.gStyle.GetCanvasDefH());
    }

    /** With ROOT's "form" sizes: 1 is gStyle's default, 2 500 × 500, 3 500 × 500 too, 4 500 × 400, 5 400 × 300. */
    public TCanvas(String name, String title, int form) {
        this(name, title, formWidth(form), formHeight(form));
    }

    public TCanvas(String name, String title) {
        this(name, title, 1);
    }

    /** A canvas of ww × wh pixels. */
    public TCanvas(String name, String title, int ww, int wh) {
        super(name, title);
        fCanvas = this;
        if (ww <= 0 || wh <= 0) {
            ErrorHandler.report(ErrorHandler.kError, "TCanvas::TCanvas",
                    "illegal canvas size " + ww + " x " + wh + "; the default size is used");
            ww = TStyle.gStyle.GetCanvasDefW();
            wh = TStyle.gStyle.GetCanvasDefH();
        }
        fWindowWidth = ww;
        fWindowHeight = wh;
        SetBit(kCanvasBits); // as ROOT's TCanvas::Init
        SetFillColor(TStyle.gStyle.GetCanvasColor());
        TList canvases = TROOT.gROOT.GetListOfCanvases();
        TObject old = canvases.FindObject(name);
        if (old != null) {
            ErrorHandler.report(ErrorHandler.kWarning, "TCanvas::Constructor", "Deleting canvas with same name: " + name);
            ((TCanvas) old).Close();
        }
        canvases.Add(this);
        cd();
        fDrawn = false; // made, not yet drawn on: a notebook shows nothing for it
    }

    /** At a screen position (ignored: there is no screen) with a size. */
    public TCanvas(String name, String title, int wtopx, int wtopy, int ww, int wh) {
        this(name, title, ww, wh);
    }

    private static String defaultName() {
        TList canvases = TROOT.gROOT.GetListOfCanvases();
        if (canvases.FindObject(DEFAULT_NAME) == null) {
            return DEFAULT_NAME;
        }
        int n = canvases.GetSize() + 1;
        String name;
        do {
            name = DEFAULT_NAME + "_n" + n++;
        } while (canvases.FindObject(name) != null);
        return name;
    }

    /** The canvas that drawing with no canvas makes, with ROOT's message. */
    public static TCanvas MakeDefCanvas() {
        String name = defaultName();
        TCanvas c = new TCanvas(name, name, 1);
        // ROOT's message has two spaces after the colon
        ErrorHandler.report(ErrorHandler.kInfo, "TCanvas::MakeDefCanvas", " created default TCanvas with name " + name);
        return c;
    }

    private static int formWidth(int form) {
        return switch (form) {
            case 2, 3 -> 500;
            case 4 -> 500;
            case 5 -> 400;
            default -> TStyle.gStyle.GetCanvasDefW();
        };
    }

    private static int formHeight(int form) {
        return switch (form) {
            case 2, 3 -> 500;
            case 4 -> 400;
            case 5 -> 300;
            default -> TStyle.gStyle.GetCanvasDefH();
        };
    }

    // ---- size ----

    public int GetWindowWidth() { return fWindowWidth; }
    public int GetWindowHeight() { return fWindowHeight; }
    public int GetWw() { return fWindowWidth; }
    public int GetWh() { return fWindowHeight; }

    /** The window's size in pixels; the picture takes this size. */
    public void SetWindowSize(int ww, int wh) {
        if (ww > 0 && wh > 0) {
            fWindowWidth = ww;
            fWindowHeight = wh;
            Modified();
        }
    }

    /** The drawing area's size in pixels (here the same as the window). */
    public void SetCanvasSize(int ww, int wh) {
        SetWindowSize(ww, wh);
    }

    // ---- notebook display ----

    /** Draws the canvas: in a notebook it is shown at the end of the cell. */
    @Override
    public void Draw(String option) {
        fDrawn = true;
    }

    /** Whether something was drawn on this canvas, or it was drawn, since {@link #ResetDrawn}. */
    public boolean IsDrawn() {
        return fDrawn;
    }

    /** Whether {@link #Update} was called since {@link #ResetUpdated}. */
    public boolean IsUpdated() {
        return fUpdated;
    }

    public void ResetDrawn() {
        fDrawn = false;
    }

    public void ResetUpdated() {
        fUpdated = false;
    }

    void touched() {
        fDrawn = true;
    }

    void updated() {
        fUpdated = true;
    }

    /** Closes the canvas: it leaves gROOT's list of canvases, and gPad moves off it. */
    public void Close() {
        TROOT.gROOT.GetListOfCanvases().Remove(this);
        if (gPad != null && gPad.GetCanvas() == this) {
            TObject last = TROOT.gROOT.GetListOfCanvases().Last();
            gPad = last instanceof TCanvas c ? c : null;
        }
        SetEditable(false);
    }

    @Override
    public TCanvas GetCanvas() {
        return this;
    }
}
