package org.rootprompt.root.core;

/**
 * The seam between objects and the pad model: {@link TObject#Draw(String)} hands the object to
 * the registered handler, which the graphics layer ({@code org.rootprompt.root.gpad}) installs
 * (in ROOT, TObject::Draw appends the object to gPad, making a default canvas if needed). Without
 * one, drawing reports an error and changes nothing.
 */
public final class Drawing {
    private Drawing() {}

    /** What drawing an object means: usually, adding it to the current pad with its option. */
    @FunctionalInterface
    public interface Handler {
        void draw(TObject obj, String option);
    }

    private static final Handler NONE = (obj, option) -> ErrorHandler.report(ErrorHandler.kError,
            obj.ClassName() + "::Draw", "no graphics layer is loaded, so " + obj.GetName() + " is not drawn");

    private static volatile Handler handler = NONE;

    /** Installs the graphics layer's handler; null removes it. */
    public static void setHandler(Handler h) {
        handler = h == null ? NONE : h;
    }

    static void draw(TObject obj, String option) {
        handler.draw(obj, option == null ? "" : option);
    }
}
