package org.rootprompt.display.paint;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.rootprompt.root.gpad.CanvasUpdater;
import org.rootprompt.root.gpad.TCanvas;

/**
 * What {@code TCanvas::Update} needs of the painter: the canvas is painted once at its size onto
 * a one-pixel image (Java2D clips nearly all the work away), and painting tells each framed pad its
 * coordinates. One code path decides the ranges, so Update and the picture always agree.
 */
public final class CanvasLayout implements CanvasUpdater {
    @Override
    public void update(TCanvas canvas) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            CanvasPainter.paint(canvas, g, canvas.GetWindowWidth(), canvas.GetWindowHeight());
        } finally {
            g.dispose();
        }
    }
}
