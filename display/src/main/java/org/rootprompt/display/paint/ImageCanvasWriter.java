package org.rootprompt.display.paint;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.rootprompt.root.gpad.CanvasWriter;
import org.rootprompt.root.gpad.TCanvas;

/** {@code c.SaveAs("c.png")}: the canvas painted at its window size, as PNG (or JPEG, GIF, BMP). */
public final class ImageCanvasWriter implements CanvasWriter {
    @Override
    public List<String> formats() {
        return List.of("png", "jpg", "jpeg", "gif", "bmp");
    }

    @Override
    public void write(TCanvas canvas, String format, OutputStream out) throws IOException {
        String type = format.equals("jpeg") ? "jpg" : format;
        if (!ImageIO.write(CanvasPainter.toImage(canvas), type, out)) {
            throw new IOException("the JDK has no " + format + " image writer");
        }
    }
}
