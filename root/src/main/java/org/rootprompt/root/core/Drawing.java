package org.rootprompt.root.core;

/**
 * The seam between objects and the pad model: {@link TObject#Draw(String)} hands the object to
 * the registered handler, which the graphics layer ({@code org.rootprompt.root.gpad}) installs
 * (in ROOT, TObject::Draw appends the object to gPad, making a default canvas if needed). With a
 * handler removed ({@code setHandler(null)}), drawing reports an error and changes nothing.
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

    private static final Handler LOADER = Drawing::loadPadsAndDraw;

    private static volatile Handler handler = LOADER;

    /** Until a handler is set, the first Draw loads the pad model, which installs itself. */
    private static void loadPadsAndDraw(TObject obj, String option) {
        try {
            Class.forName("org.rootprompt.root.gpad.TPad", true, Drawing.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            handler = NONE;
        }
        Handler loaded = handler;
        // a pad model that did not install itself must not send us round again
        (loaded == LOADER ? NONE : loaded).draw(obj, option);
    }

    /** The handler in place, so that a caller who replaces it can put it back. */
    public static Handler getHandler() {
        return handler;
    }

    /** Installs the graphics layer's handler; null removes it. */
    public static void setHandler(Handler h) {
        handler = h == null ? NONE : h;
    }

    static void draw(TObject obj, String option) {
        handler.draw(obj, option == null ? "" : option);
    }
}
