package org.rootprompt.magics;

import java.io.PrintStream;
import java.nio.file.Path;

/** What a magic may ask of the kernel that runs it. */
public interface MagicContext {
    /** The cell's stdout, streamed to the notebook. */
    PrintStream out();

    /** The cell's stderr, streamed to the notebook. */
    PrintStream err();

    /** Runs code as a cell body of the given language ("java", "cpp", or null for the default). */
    void runCode(String code, String language, int firstLine) throws MagicException;

    /** Adds a jar or a class folder to the session's classpath. */
    void addToClasspath(Path entry) throws MagicException;

    /** The session's working directory. */
    Path workingDirectory();

    /** The registry, so {@code %lsmagic} can list it. */
    MagicRegistry registry();

    /**
     * Registers what to do if the user interrupts while the magic runs (for example, kill a
     * subprocess). Cleared when the magic ends.
     */
    void onInterrupt(Runnable action);
}
