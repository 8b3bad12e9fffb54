package org.rootprompt.root.gpad;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a canvas to a file format ("png", "svg", "pdf" …) for {@link TPad#SaveAs}. The graphics
 * module provides writers as services ({@code META-INF/services}), so that this package needs no
 * painter and a plain Java program with the display module on its class path can save pictures too.
 */
public interface CanvasWriter {
    /** The formats this writer makes, as file extensions in lower case. */
    List<String> formats();

    /** Writes the canvas in one of {@link #formats()}. */
    void write(TCanvas canvas, String format, OutputStream out) throws IOException;
}
