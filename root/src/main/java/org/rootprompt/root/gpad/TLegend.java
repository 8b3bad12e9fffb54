package org.rootprompt.root.gpad;

import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TAttText;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;

/**
 * A legend: entries of a symbol and a label, in NDC by default ("brNDC"). Without coordinates
 * ({@code new TLegend()}), the painter places it where it covers the least, as ROOT 6 does.
 */
public class TLegend extends TPave implements TAttText {
    private TList fPrimitives = new TList();
    private double fEntrySeparation = 0.1;
    private double fMargin = 0.25;
    private int fNColumns = 1;
    private double fColumnSeparation;
    private boolean fAutoPlace;
    private double fAutoWidth;
    private double fAutoHeight;
    private TAttText.Text fAttText = new TAttText.Text(12, 0, 1, TStyle.gStyle.GetLegendFont(),
            TStyle.gStyle.GetLegendTextSize());

    public TLegend(double x1, double y1, double x2, double y2, String header, String option) {
        super(x1, y1, x2, y2, 4, option == null ? "brNDC" : option);
        SetBorderSize(TStyle.gStyle.GetLegendBorderSize());
        SetFillColor(TStyle.gStyle.GetLegendFillColor());
        if (header != null && !header.isEmpty()) {
            SetHeader(header);
        }
    }

    public TLegend(double x1, double y1, double x2, double y2, String header) {
        this(x1, y1, x2, y2, header, "brNDC");
    }

    public TLegend(double x1, double y1, double x2, double y2) {
        this(x1, y1, x2, y2, "", "brNDC");
    }

    /** A legend of w × h (NDC) that the painter places automatically (ROOT 6's TLegend(w, h)). */
    public TLegend(double w, double h) {
        this(0, 0, 0, 0, "", "brNDC");
        fAutoPlace = true;
        fAutoWidth = w;
        fAutoHeight = h;
    }

    /** An automatically placed legend of ROOT's default size (0.3 × 0.15 of the pad). */
    public TLegend() {
        this(0.3, 0.15);
    }

    /** Whether the painter chooses the position. */
    public boolean IsAutoPlaced() { return fAutoPlace; }
    public double GetAutoWidth() { return fAutoWidth; }
    public double GetAutoHeight() { return fAutoHeight; }

    /** Adds an entry for an object; option "l", "p", "f", "e" or a mix ("lpf", "lep"). */
    public TLegendEntry AddEntry(TObject obj, String label, String option) {
        TLegendEntry entry = new TLegendEntry(obj, label, option);
        fPrimitives.Add(entry);
        return entry;
    }

    public TLegendEntry AddEntry(TObject obj, String label) {
        return AddEntry(obj, label, "lpf");
    }

    public TLegendEntry AddEntry(TObject obj) {
        return AddEntry(obj, null, "lpf");
    }

    /**
     * An entry for the object of that name found in the current pad (ROOT's AddEntry(name, …)), or a
     * plain text entry if there is none.
     */
    public TLegendEntry AddEntry(String name, String label, String option) {
        TObject obj = null;
        if (name != null && !name.isEmpty()) {
            if (TPad.gPad != null) {
                obj = TPad.gPad.GetPrimitive(name);
            }
            if (obj == null) {
                ErrorHandler.report(ErrorHandler.kError, "TLegend::AddEntry",
                        "need to create a canvas first, or the object \"" + name + "\" is not in the pad");
            }
        }
        return AddEntry(obj, label, option);
    }

    /** The first line, in bold across the legend. */
    public TLegendEntry SetHeader(String header, String option) {
        TLegendEntry first = fPrimitives.GetSize() > 0 ? (TLegendEntry) fPrimitives.At(0) : null;
        if (first != null && first.GetOption().contains("h")) {
            first.SetLabel(header);
            return first;
        }
        TLegendEntry entry = new TLegendEntry(null, header, "h" + (option == null ? "" : option));
        fPrimitives.AddFirst(entry);
        return entry;
    }

    public TLegendEntry SetHeader(String header) {
        return SetHeader(header, "");
    }

    public String GetHeader() {
        TObject first = fPrimitives.First();
        return first instanceof TLegendEntry e && e.GetOption().contains("h") ? e.GetLabel() : "";
    }

    /** The entries, in order. */
    public TList GetListOfPrimitives() { return fPrimitives; }
    public int GetNRows() { return (fPrimitives.GetSize() + fNColumns - 1) / fNColumns; }

    /** Removes every entry. */
    public void Clear() { fPrimitives.Clear(); }

    public void DeleteEntry() {
        if (fPrimitives.GetSize() > 0) {
            fPrimitives.Remove(fPrimitives.Last());
        }
    }

    public double GetEntrySeparation() { return fEntrySeparation; }
    public void SetEntrySeparation(double s) { fEntrySeparation = s; }
    /** The fraction of the width kept for the symbols. */
    public double GetMargin() { return fMargin; }
    public void SetMargin(double margin) { fMargin = margin; }
    public int GetNColumns() { return fNColumns; }

    public void SetNColumns(int n) {
        if (n < 1) {
            ErrorHandler.report(ErrorHandler.kWarning, "TLegend::SetNColumns", "illegal value nColumns = " + n + "; keeping " + fNColumns);
            return;
        }
        fNColumns = n;
    }

    public double GetColumnSeparation() { return fColumnSeparation; }
    public void SetColumnSeparation(double s) { fColumnSeparation = s; }

    @Override
    public TAttText.Text attText() { return fAttText; }

    @Override
    public TLegend Clone() {
        TLegend copy = (TLegend) super.Clone();
        copy.fAttText = fAttText.copy();
        copy.fPrimitives = fPrimitives.Clone();
        return copy;
    }
}
