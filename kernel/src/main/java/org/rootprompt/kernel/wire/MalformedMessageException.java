package org.rootprompt.kernel.wire;

/** A received message that cannot be accepted: bad signature, broken JSON or missing header fields. */
public final class MalformedMessageException extends Exception {
    public MalformedMessageException(String message) {
        super(message);
    }
}
