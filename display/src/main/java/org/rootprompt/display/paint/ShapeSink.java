package org.rootprompt.display.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Receives what a {@link ShapeGraphics2D} draws, already reduced to three kinds of marks. All
 * geometry is in device pixels (the Graphics2D's transform applied); colours carry the final
 * opacity (the colour's alpha times the composite's); a {@code null} clip means no clip.
 */
public interface ShapeSink {
    /** Fills the shape by its own winding rule. */
    void fill(Shape shape, Color color, Shape clip);

    /** Strokes the outline of the shape; widths and dashes are in device pixels. */
    void stroke(Shape shape, Color color, BasicStroke stroke, Shape clip);

    /**
     * Paints the image; {@code toDevice} maps its pixel grid (0..width × 0..height) to device
     * pixels, {@code alpha} multiplies its own opacity.
     */
    void image(BufferedImage image, AffineTransform toDevice, float alpha, Shape clip);
}
