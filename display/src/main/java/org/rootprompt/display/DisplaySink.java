package org.rootprompt.display;

/** Where display outputs go; the kernel installs one that publishes on IOPub. */
public interface DisplaySink {
    /** Shows a bundle; a non-null {@code displayId} lets it be updated later. */
    void display(MimeBundle bundle, String displayId);

    /** Replaces every output shown under {@code displayId}. */
    void update(MimeBundle bundle, String displayId);

    /** Clears the cell's output, now or (with {@code wait}) when the next output arrives. */
    void clear(boolean wait);
}
