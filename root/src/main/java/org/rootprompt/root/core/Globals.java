package org.rootprompt.root.core;

/**
 * ROOT's global functions, spelled as in ROOT so that macros read the same:
 * {@code Printf}, {@code Form}, {@code Info}, {@code Warning}, {@code Error}, {@code Fatal}.
 * Sessions import them statically.
 */
public final class Globals {
    private Globals() {}

    /** C-formatted text, like ROOT's {@code Form(fmt, ...)}. */
    public static String Form(String format, Object... args) {
        return CFormat.format(format, args);
    }

    /** Prints C-formatted text and a newline to stdout, like ROOT's {@code Printf}. */
    public static void Printf(String format, Object... args) {
        System.out.println(CFormat.format(format, args));
    }

    /** {@code Info in <location>: message}. */
    public static void Info(String location, String format, Object... args) {
        ErrorHandler.report(ErrorHandler.kInfo, location, CFormat.format(format, args));
    }

    /** {@code Warning in <location>: message}. */
    public static void Warning(String location, String format, Object... args) {
        ErrorHandler.report(ErrorHandler.kWarning, location, CFormat.format(format, args));
    }

    /** {@code Error in <location>: message}. */
    public static void Error(String location, String format, Object... args) {
        ErrorHandler.report(ErrorHandler.kError, location, CFormat.format(format, args));
    }

    /** {@code Fatal in <location>: message}, then the macro or cell ends ({@link ErrorHandler.FatalError}). */
    public static void Fatal(String location, String format, Object... args) {
        ErrorHandler.report(ErrorHandler.kFatal, location, CFormat.format(format, args));
    }
}
