package org.rootprompt.display.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the recording Graphics2D hands to its sink, computed by hand. */
class ShapeGraphics2DTest {
    record Mark(String kind, Shape shape, Color color, BasicStroke stroke, BufferedImage image,
            AffineTransform toDevice, float alpha, Shape clip) {}

    static final class Recorder implements ShapeSink {
        final List<Mark> marks = new ArrayList<>();

        @Override
        public void fill(Shape shape, Color color, Shape clip) {
            marks.add(new Mark("fill", shape, color, null, null, null, 1, clip));
        }

        @Override
        public void stroke(Shape shape, Color color, BasicStroke stroke, Shape clip) {
            marks.add(new Mark("stroke", shape, color, stroke, null, null, 1, clip));
        }

        @Override
        public void image(BufferedImage image, AffineTransform toDevice, float alpha, Shape clip) {
            marks.add(new Mark("image", null, null, null, image, toDevice, alpha, clip));
        }

        Mark only() {
            assertEquals(1, marks.size(), marks::toString);
            return marks.get(0);
        }
    }

    final Recorder sink = new Recorder();
    final ShapeGraphics2D g = new ShapeGraphics2D(sink);

    @Test
    void startsWithTheStateOfABufferedImagesGraphics() {
        assertEquals(Color.WHITE, g.getColor());
        assertEquals(Color.BLACK, g.getBackground());
        assertEquals(new BasicStroke(), g.getStroke());
        assertEquals(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFont(), g.getFont());
        assertNull(g.getClip());
    }

    @Test
    void shapesArriveInDevicePixels() {
        g.translate(10, 20);
        g.scale(2, 2);
        g.setColor(Color.RED);
        g.fillRect(20, 15, 50, 40);
        Mark m = sink.only();
        assertEquals("fill", m.kind());
        assertEquals(Color.RED, m.color());
        // (20, 15) → (10 + 2·20, 20 + 2·15) = (50, 50); size 100 × 80
        assertEquals(new Rectangle2D.Double(50, 50, 100, 80), m.shape().getBounds2D());
        assertEquals("M50 50L150 50L150 130L50 130L50 50Z", SvgSink.pathData(m.shape()));
    }

    @Test
    void aRoundPenScalesItsWidthAndDashes() {
        g.scale(2, 2);
        g.rotate(Math.PI / 2);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL, 10, new float[] {3, 1}, 0.5f));
        g.drawLine(0, 0, 10, 0);
        Mark m = sink.only();
        assertEquals("stroke", m.kind());
        assertEquals(3, m.stroke().getLineWidth(), 1e-6);
        assertArrayEquals(new float[] {6, 2}, m.stroke().getDashArray(), 1e-6f);
        assertEquals(1, m.stroke().getDashPhase(), 1e-6);
        assertEquals(BasicStroke.CAP_ROUND, m.stroke().getEndCap());
        // rotated by 90°: (10, 0) → (0, 10), then doubled
        assertEquals(new Rectangle2D.Double(0, 0, 0, 20), m.shape().getBounds2D());
    }

    @Test
    void aStretchedPenIsFilledAsItsOutline() {
        g.scale(2, 1);
        g.setStroke(new BasicStroke(2)); // square caps: the outline reaches 1 beyond each end
        g.drawLine(0, 10, 10, 10);
        Mark m = sink.only();
        assertEquals("fill", m.kind());
        // user outline x −1…11, y 9…11; doubled in x
        Rectangle2D b = m.shape().getBounds2D();
        assertEquals(-2, b.getMinX(), 1e-9);
        assertEquals(22, b.getMaxX(), 1e-9);
        assertEquals(9, b.getMinY(), 1e-9);
        assertEquals(11, b.getMaxY(), 1e-9);
    }

    @Test
    void aZeroWidthLineIsOnePixelAsInJava2d() {
        g.scale(3, 3);
        g.setStroke(new BasicStroke(0));
        g.drawLine(0, 0, 1, 1);
        assertEquals(1, sink.only().stroke().getLineWidth(), 0);
    }

    @Test
    void theCompositeAlphaMultipliesTheColoursAlpha() {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
        g.setColor(new Color(255, 0, 0, 200));
        g.fillOval(0, 0, 10, 10);
        assertEquals(100, sink.only().color().getAlpha());
    }

    @Test
    void theClipStaysWhereItWasSetWhenTheTransformChanges() {
        g.translate(100, 50);
        g.clipRect(0, 0, 30, 20);
        assertEquals(new Rectangle(0, 0, 30, 20), g.getClipBounds());
        g.translate(10, 10);
        assertEquals(new Rectangle(-10, -10, 30, 20), g.getClipBounds());
        g.clipRect(0, 0, 100, 100); // device (110, 60)…: intersection (110, 60)–(130, 70)
        g.fillRect(0, 0, 5, 5);
        assertEquals(new Rectangle2D.Double(110, 60, 20, 10), sink.only().clip());
    }

    @Test
    void nothingIsDrawnThroughAnEmptyClipAndNullClearsTheClip() {
        g.clipRect(0, 0, 10, 10);
        g.clipRect(20, 20, 10, 10);
        g.fillRect(0, 0, 100, 100);
        g.drawImage(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), 0, 0, null);
        assertTrue(sink.marks.isEmpty());
        g.clip(null);
        assertNull(g.getClip());
        g.fillRect(0, 0, 100, 100);
        assertNull(sink.only().clip());
    }

    @Test
    void aCurvedClipIsIntersectedExactly() {
        g.setClip(new Ellipse2D.Double(0, 0, 100, 100));
        g.clipRect(50, 0, 100, 100); // the right half of the circle
        g.fillRect(0, 0, 200, 200);
        Rectangle2D b = sink.only().clip().getBounds2D();
        assertEquals(50, b.getMinX(), 1e-9);
        assertEquals(100, b.getMaxX(), 1e-9);
        assertEquals(0, b.getMinY(), 1e-9);
        assertEquals(100, b.getMaxY(), 1e-9);
    }

    @Test
    void aChildGraphicsHasItsOwnStateAndSink() {
        g.setColor(Color.BLUE);
        Graphics2D child = (Graphics2D) g.create();
        child.translate(5, 5);
        child.setColor(Color.GREEN);
        child.clipRect(0, 0, 10, 10);
        child.fillRect(0, 0, 1, 1);
        child.dispose();
        g.fillRect(0, 0, 1, 1);
        assertEquals(2, sink.marks.size());
        assertEquals(new Rectangle2D.Double(5, 5, 1, 1), sink.marks.get(0).shape().getBounds2D());
        assertEquals(Color.GREEN, sink.marks.get(0).color());
        assertEquals(new Rectangle2D.Double(0, 0, 1, 1), sink.marks.get(1).shape().getBounds2D());
        assertEquals(Color.BLUE, sink.marks.get(1).color());
        assertNull(sink.marks.get(1).clip());
    }

    @Test
    void textIsOneFilledOutlineAtItsBaseline() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
        g.setFont(font);
        g.setColor(Color.BLACK);
        g.drawString("Entries 1000", 10, 50);
        Mark m = sink.only();
        assertEquals("fill", m.kind());
        var metrics = g.getFontMetrics();
        assertEquals(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(font).stringWidth("Entries 1000"), metrics.stringWidth("Entries 1000"));
        Rectangle2D b = m.shape().getBounds2D();
        assertTrue(b.getMinX() >= 10 && b.getMaxX() <= 10 + metrics.stringWidth("Entries 1000"), b::toString);
        assertTrue(b.getWidth() > 0.9 * metrics.stringWidth("Entries 1000"), b::toString);
        assertTrue(b.getMaxY() <= 50.5 && b.getMinY() >= 50 - metrics.getAscent(), b::toString); // no descenders
    }

    @Test
    void anImagePartIsPlacedWithItsFlips() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        // source (0, 0)–(10, 10) onto destination (100, 100)–(50, 50): turned half round
        g.drawImage(image, 100, 100, 50, 50, 0, 0, 10, 10, null);
        Mark m = sink.only();
        assertEquals(new Point2D.Double(100, 100), m.toDevice().transform(new Point2D.Double(0, 0), null));
        assertEquals(new Point2D.Double(50, 50), m.toDevice().transform(new Point2D.Double(10, 10), null));
    }

    @Test
    void aGradientIsRasterisedOverTheShapesBounds() {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.25f));
        g.setPaint(new GradientPaint(0, 0, Color.RED, 40, 0, Color.BLUE));
        g.fillRect(10, 20, 40, 30);
        Mark m = sink.only();
        assertEquals("image", m.kind());
        assertEquals(40, m.image().getWidth());
        assertEquals(30, m.image().getHeight());
        assertEquals(AffineTransform.getTranslateInstance(10, 20), m.toDevice());
        assertEquals(0.25f, m.alpha());
        // a quarter of the way from red to blue at x = 10: (191.25, 0, 63.75)
        Color left = new Color(m.image().getRGB(0, 15));
        assertEquals(191.25, left.getRed(), 4);
        assertEquals(0, left.getGreen(), 4);
        assertEquals(63.75, left.getBlue(), 4);
    }

    @Test
    void whatVectorsCannotDoIsHarmless() {
        g.setColor(Color.RED);
        g.setXORMode(Color.WHITE);
        g.copyArea(0, 0, 10, 10, 5, 5);
        g.setColor(null);
        g.setPaint(null);
        g.setStroke(null);
        g.setFont(null);
        g.drawString((String) null, 0, 0);
        g.drawString("", 0, 0);
        g.drawPolyline(new int[] {0, 1}, new int[] {0}, 5);
        g.drawImage(null, 0, 0, null);
        g.fillRect(0, 0, 1, 1);
        assertEquals(Color.RED, sink.only().color(), "drawn in paint mode with the colour");
        g.setBackground(Color.YELLOW);
        g.clearRect(0, 0, 2, 2);
        assertEquals(Color.YELLOW, sink.marks.get(1).color());
    }

    @Test
    void hitTestsInDevicePixels() {
        g.translate(100, 0);
        assertTrue(g.hit(new Rectangle(105, 5, 1, 1), new Rectangle(0, 0, 10, 10), false));
        assertTrue(!g.hit(new Rectangle(5, 5, 1, 1), new Rectangle(0, 0, 10, 10), false));
    }
}
