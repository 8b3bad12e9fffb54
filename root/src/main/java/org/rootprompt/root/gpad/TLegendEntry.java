package org.rootprompt.root.gpad;

import org.rootprompt.root.core.TAttFill;
import org.rootprompt.root.core.TAttLine;
import org.rootprompt.root.core.TAttMarker;
import org.rootprompt.root.core.TAttText;
import org.rootprompt.root.core.TObject;

/**
 * One legend line: the object it stands for (or none), its label, and what to show of the object:
 * "l" its line, "p" its marker, "f" its fill, "e" error bars, "h" a header. The painter takes the
 * object's current attributes; its own are used when there is no object.
 */
public class TLegendEntry extends TObject implements TAttText, TAttLine, TAttFill, TAttMarker {
    private TObject fObject;
    private String fLabel;
    private String fOption;
    private TAttText.Text fAttText = new TAttText.Text(0, 0, 0, 0, 0);
    private TAttLine.Line fAttLine = new TAttLine.Line(1, 1, 1);
    private TAttFill.Fill fAttFill = new TAttFill.Fill(0, 0);
    private TAttMarker.Marker fAttMarker = new TAttMarker.Marker(1, 1, 1);

    public TLegendEntry(TObject obj, String label, String option) {
        fObject = obj;
        fLabel = label == null ? (obj == null ? "" : obj.GetTitle()) : label;
        fOption = option == null ? "lpf" : option;
    }

    public TObject GetObject() { return fObject; }
    public void SetObject(TObject obj) { fObject = obj; }
    public String GetLabel() { return fLabel; }
    public void SetLabel(String label) { fLabel = label; }
    public String GetOption() { return fOption; }
    public void SetOption(String option) { fOption = option; }

    @Override
    public String GetTitle() { return fLabel; }

    @Override
    public TAttText.Text attText() { return fAttText; }

    @Override
    public TAttLine.Line attLine() { return fAttLine; }

    @Override
    public TAttFill.Fill attFill() { return fAttFill; }

    @Override
    public TAttMarker.Marker attMarker() { return fAttMarker; }

    @Override
    public TLegendEntry Clone() {
        TLegendEntry copy = (TLegendEntry) super.Clone();
        copy.fAttText = fAttText.copy();
        copy.fAttLine = fAttLine.copy();
        copy.fAttFill = fAttFill.copy();
        copy.fAttMarker = fAttMarker.copy();
        return copy;
    }
}
