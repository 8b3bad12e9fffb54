package org.rootprompt.magics;

/** A magic that could not do its job; the message is shown to the user as the cell's error. */
public class MagicException extends Exception {
    private final String ename;

    public MagicException(String ename, String message) {
        super(message);
        this.ename = ename;
    }

    public MagicException(String message) {
        this("UsageError", message);
    }

    /** The error name shown in the notebook, e.g. {@code UsageError}. */
    public String ename() {
        return ename;
    }
}
