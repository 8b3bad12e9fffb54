package org.rootprompt.display;

/** An object that knows how it looks in a notebook. */
public interface Displayable {
    /** The MIME bundle that shows this object; it should include text/plain. */
    MimeBundle toMimeBundle();
}
