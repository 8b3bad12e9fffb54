package org.rootprompt.magics;

/** Source that a front-end cannot translate; the message names the construct, line and column. */
public class TranslationException extends Exception {
    private final String ename;

    public TranslationException(String ename, String message) {
        super(message);
        this.ename = ename;
    }

    public String ename() {
        return ename;
    }
}
