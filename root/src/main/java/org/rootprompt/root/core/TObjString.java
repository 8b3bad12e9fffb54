package org.rootprompt.root.core;

/** ROOT's string that is a TObject, so that lists (an axis's bin labels, a pave's lines) can hold it. */
public class TObjString extends TObject {
    private String fString;

    public TObjString() {
        this("");
    }

    public TObjString(String s) {
        fString = s == null ? "" : s;
    }

    public String GetString() {
        return fString;
    }

    public void SetString(String s) {
        fString = s == null ? "" : s;
    }

    /** ROOT names the object by its string. */
    @Override
    public String GetName() {
        return fString;
    }
}
