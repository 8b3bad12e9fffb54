package org.rootprompt.root.core;

/** A {@link TObject} with a settable name and title. */
public class TNamed extends TObject {
    protected String fName;
    protected String fTitle;

    public TNamed() {
        this("", "");
    }

    public TNamed(String name, String title) {
        fName = name == null ? "" : name;
        fTitle = title == null ? "" : title;
    }

    @Override
    public String GetName() {
        return fName;
    }

    @Override
    public String GetTitle() {
        return fTitle;
    }

    public void SetName(String name) {
        fName = name == null ? "" : name;
    }

    public void SetTitle(String title) {
        fTitle = title == null ? "" : title;
    }

    public void SetNameTitle(String name, String title) {
        SetName(name);
        SetTitle(title);
    }

    /** A copy with another name. */
    public TObject Clone(String newName) {
        TNamed copy = (TNamed) Clone();
        if (newName != null && !newName.isEmpty()) {
            copy.SetName(newName);
        }
        return copy;
    }
}
