package org.rootprompt.root.core;

/**
 * The root of ROOT's class tree: a name, a title, a class name, printing and cloning. Subclasses
 * that hold arrays override {@link #Clone()} to copy them.
 */
public class TObject implements Cloneable {
    /** ROOT's kCanDelete: the pad owns this object (DrawCopy, DrawClone). */
    public static final int kCanDelete = 1;
    /** ROOT's kMustCleanup. */
    public static final int kMustCleanup = 1 << 3;
    /** Write option: one key for a whole collection (accepted, collections are one key anyway). */
    public static final int kSingleKey = 1;
    /** Write option: replace the existing key of that name instead of adding a cycle. */
    public static final int kOverwrite = 2;

    /** ROOT's status bits (fBits), as files and JSON store them. */
    private int fBits;
    /** ROOT's fUniqueID: a number the user may give; a label's bin in an axis's list of labels. */
    private int fUniqueID;

    public int GetUniqueID() {
        return fUniqueID;
    }

    public void SetUniqueID(int uid) {
        fUniqueID = uid;
    }

    /** Sets or clears the bits of mask (ROOT's SetBit(f, set)). */
    public void SetBit(int mask, boolean set) {
        fBits = set ? fBits | mask : fBits & ~mask;
    }

    public void SetBit(int mask) {
        SetBit(mask, true);
    }

    public void ResetBit(int mask) {
        SetBit(mask, false);
    }

    public void InvertBit(int mask) {
        fBits ^= mask;
    }

    /** Whether any bit of mask is set. */
    public boolean TestBit(int mask) {
        return (fBits & mask) != 0;
    }

    public int TestBits(int mask) {
        return fBits & mask;
    }

    /** All status bits, as ROOT stores them. */
    public int GetBits() {
        return fBits;
    }

    /** ROOT's default name is the class name. */
    public String GetName() {
        return ClassName();
    }

    public String GetTitle() {
        return "";
    }

    /** The ROOT class name, e.g. {@code TH1F}. */
    public String ClassName() {
        return getClass().getSimpleName();
    }

    /** Whether this object is of class {@code name} or derives from it (ROOT's InheritsFrom). */
    public boolean InheritsFrom(String name) {
        for (Class<?> c = getClass(); c != null; c = c.getSuperclass()) {
            if (c.getSimpleName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Prints a description on stdout. */
    public void Print() {
        Print("");
    }

    public void Print(String option) {
        System.out.println("OBJ: " + ClassName() + "\t" + GetName() + "\t" + GetTitle());
    }

    /** An object that this one holds, by name (ROOT's TObject::FindObject: none). */
    public TObject FindObject(String name) {
        return null;
    }

    /** Lists this object as ROOT's ls does. */
    /** Writes this object to the current directory under its name; returns the bytes written (0 on error). */
    public int Write() {
        return Write(null, 0);
    }

    public int Write(String name) {
        return Write(name, 0);
    }

    /** Writes under name (empty or null: this object's name), option {@link #kOverwrite} or 0. */
    public int Write(String name, int option) {
        return TROOT.gDirectory.WriteTObject(this, name == null || name.isEmpty() ? GetName() : name, option);
    }

    public void ls() {
        System.out.println(" OBJ: " + ClassName() + "\t" + GetName() + "\t" + GetTitle() + " : 0");
    }

    /** Draws this object in the current pad (gPad), as ROOT's TObject::Draw. */
    public void Draw() {
        Draw("");
    }

    /** Draws this object in the current pad with a draw option, e.g. "HIST", "AP", "SAME". */
    public void Draw(String option) {
        Drawing.draw(this, option);
    }

    /** Draws a copy, so that later changes to this object do not show (ROOT's DrawClone). */
    public TObject DrawClone(String option) {
        TObject copy = Clone();
        copy.Draw(option);
        return copy;
    }

    public TObject DrawClone() {
        return DrawClone("");
    }

    /** A deep copy. */
    public TObject Clone() {
        try {
            return (TObject) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e); // TObject is Cloneable
        }
    }

    /** Reports {@code Warning in <Class::method>: text} through the one error handler. */
    protected void Warning(String method, String format, Object... args) {
        ErrorHandler.report(ErrorHandler.kWarning, ClassName() + "::" + method, CFormat.format(format, args));
    }

    /** Reports {@code Error in <Class::method>: text} through the one error handler. */
    protected void Error(String method, String format, Object... args) {
        ErrorHandler.report(ErrorHandler.kError, ClassName() + "::" + method, CFormat.format(format, args));
    }

    /** Reports {@code Info in <Class::method>: text} through the one error handler. */
    protected void Info(String method, String format, Object... args) {
        ErrorHandler.report(ErrorHandler.kInfo, ClassName() + "::" + method, CFormat.format(format, args));
    }

    @Override
    public String toString() {
        return "(" + ClassName() + " *) \"" + GetName() + "\"";
    }
}
