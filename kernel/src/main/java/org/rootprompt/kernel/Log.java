package org.rootprompt.kernel;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The kernel's own diagnostics. They go to the process's real stderr (the Jupyter server's log),
 * never to the user's captured output streams.
 */
public final class Log {
    /** The real stderr, opened on the file descriptor so that System.setErr cannot redirect it. */
    private static final PrintStream ERR =
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static volatile boolean debug = System.getenv("ROOTPROMPT_DEBUG") != null;

    private Log() {}

    public static void setDebug(boolean on) {
        debug = on;
    }

    public static void warn(String text) {
        write("W", text);
    }

    public static void error(String text, Throwable t) {
        write("E", text);
        if (t != null) {
            t.printStackTrace(ERR);
        }
    }

    public static void debug(String text) {
        if (debug) {
            write("D", text);
        }
    }

    private static void write(String level, String text) {
        ERR.println("[" + level + " " + LocalTime.now().format(TIME) + " rootprompt] " + text);
        ERR.flush();
    }
}
