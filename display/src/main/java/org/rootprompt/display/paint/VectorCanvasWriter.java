package org.rootprompt.display.paint;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rootprompt.root.gpad.CanvasWriter;
import org.rootprompt.root.gpad.TCanvas;

/** {@code c.SaveAs("c.svg")} and {@code c.SaveAs("c.pdf")}: the canvas painted as vectors. */
public final class VectorCanvasWriter implements CanvasWriter {
    @Override
    public List<String> formats() {
        return List.of("svg", "pdf");
    }

    @Override
    public void write(TCanvas canvas, String format, OutputStream out) throws IOException {
        int w = canvas.GetWindowWidth();
        int h = canvas.GetWindowHeight();
        if (format.equals("svg")) {
            out.write(VectorOutput.svg(w, h, g -> CanvasPainter.paint(canvas, g, w, h)).getBytes(StandardCharsets.UTF_8));
        } else {
            out.write(VectorOutput.pdf(w, h, g -> CanvasPainter.paint(canvas, g, w, h)));
        }
    }
}
