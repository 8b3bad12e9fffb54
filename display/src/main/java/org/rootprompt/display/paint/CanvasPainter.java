package org.rootprompt.display.paint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.gpad.TCanvas;
import org.rootprompt.root.gpad.TPad;

/**
 * Paints a canvas with Java2D: its pads, in the canvas's window size, antialiased. The picture of
 * a canvas is what {@link #paint} draws on a Graphics2D, so PNG and vector formats share it.
 */
public final class CanvasPainter {
    private CanvasPainter() {}

    /** The canvas as an image of its window size. */
    public static BufferedImage toImage(TCanvas canvas) {
        int w = canvas.GetWindowWidth();
        int h = canvas.GetWindowHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            paint(canvas, g, w, h);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints the canvas into a w × h area of g. */
    public static void paint(TCanvas canvas, Graphics2D g, int w, int h) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        paintPad(canvas, g, 0, 0, w, h);
    }

    private static void paintPad(TPad pad, Graphics2D g, double x, double y, double w, double h) {
        var primitives = pad.GetListOfPrimitives();
        for (int i = 0; i < primitives.GetSize(); i++) {
            TObject o = primitives.At(i);
            if (o instanceof TPad sub) {
                double sx = x + sub.GetXlowNDC() * w;
                double sw = sub.GetWNDC() * w;
                double sh = sub.GetHNDC() * h;
                double sy = y + h - (sub.GetYlowNDC() * h) - sh;
                paintPad(sub, g, sx, sy, sw, sh);
            }
        }
    }
}
