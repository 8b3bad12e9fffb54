package org.rootprompt.root.core;

import java.io.PrintStream;

/**
 * ROOT's one message path: {@code Info/Warning/Error/Fatal in <Class::Method>: text} on stderr,
 * filtered by {@link #gErrorIgnoreLevel}. Every library message goes through here, so a user who
 * silences ROOT (for example {@code gErrorIgnoreLevel = kWarning}) silences all of it.
 */
public final class ErrorHandler {
    public static final int kUnset = -1;
    public static final int kPrint = 0;
    public static final int kInfo = 1000;
    public static final int kWarning = 2000;
    public static final int kError = 3000;
    public static final int kBreak = 4000;
    public static final int kSysError = 5000;
    public static final int kFatal = 6000;

    /** Messages below this level are not shown; {@link #kUnset} means ROOT's default, {@link #kPrint}. */
    public static volatile int gErrorIgnoreLevel = kUnset;

    /** Receives every message that passes the ignore level. */
    @FunctionalInterface
    public interface Handler {
        void handle(int level, String location, String message);
    }

    /** Thrown after a Fatal message: ROOT aborts there, we end the macro or cell instead. */
    public static final class FatalError extends Error {
        public FatalError(String message) {
            super(message);
        }
    }

    private static volatile Handler handler = ErrorHandler::defaultHandler;

    private ErrorHandler() {}

    /** Installs another handler (SetErrorHandler); null restores the default. */
    public static void setHandler(Handler h) {
        handler = h == null ? ErrorHandler::defaultHandler : h;
    }

    /** Reports a message; a Fatal one then throws {@link FatalError}. */
    public static void report(int level, String location, String message) {
        int ignore = gErrorIgnoreLevel == kUnset ? kPrint : gErrorIgnoreLevel;
        if (level >= ignore) {
            handler.handle(level, location, message);
        }
        if (level >= kFatal) {
            throw new FatalError((location == null || location.isEmpty() ? "" : location + ": ") + message);
        }
    }

    /** The text ROOT's DefaultErrorHandler prints, without the newline. */
    public static String text(int level, String location, String message) {
        String type = level >= kFatal ? "Fatal"
                : level >= kSysError ? "SysError"
                : level >= kBreak ? "*** Break ***"
                : level >= kError ? "Error"
                : level >= kWarning ? "Warning"
                : level >= kInfo ? "Info"
                : "Print";
        return location == null || location.isEmpty()
                ? type + ": " + message
                : type + " in <" + location + ">: " + message;
    }

    private static void defaultHandler(int level, String location, String message) {
        PrintStream err = System.err;
        err.println(text(level, location, message));
        err.flush();
    }
}
