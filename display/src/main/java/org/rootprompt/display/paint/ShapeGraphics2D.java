package org.rootprompt.display.paint;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ColorModel;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.WritableRaster;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A Graphics2D that records instead of rasterising: it keeps Java2D's graphics state (transform,
 * paint, stroke, clip, font, hints, composite) and hands every drawing call to a {@link ShapeSink}
 * as a filled or stroked shape, or an image, in device pixels. The canvas painter draws on it
 * exactly as on a BufferedImage, so PNG, SVG and PDF show the same picture.
 *
 * <p>Text becomes its filled glyph outlines, so it looks the same in every format without
 * embedding fonts. The initial state is a BufferedImage's: white colour, black background, the
 * default Dialog 12 font, a 1-pixel solid stroke.
 *
 * <p>What a vector picture cannot do is approximated, never refused: XOR mode draws in paint mode;
 * {@code copyArea} does nothing (there are no pixels to copy); {@code clearRect} paints the
 * background colour over what is there (nothing can be erased); composites other than
 * {@link AlphaComposite} and AlphaComposite's rules other than source-over draw as source-over
 * with their alpha; paints other than plain colours (gradients, textures) are rasterised at one
 * pixel per device pixel and placed as an image. Null arguments are ignored, as Java2D ignores a
 * null colour, paint or font.
 */
public final class ShapeGraphics2D extends Graphics2D {
    /** Where fonts are measured and the device configuration comes from. */
    private static final BufferedImage SCRATCH = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);

    private final ShapeSink sink;
    private AffineTransform transform;
    private Paint paint;
    private Color color;
    private Color background;
    private Stroke stroke;
    private Font font;
    private Composite composite;
    private RenderingHints hints;
    /** In device pixels, so that later transforms do not move it; null when there is none. */
    private Shape deviceClip;

    /** A Graphics2D whose drawing goes to {@code sink}. */
    public ShapeGraphics2D(ShapeSink sink) {
        this.sink = sink;
        Graphics2D defaults = SCRATCH.createGraphics();
        transform = new AffineTransform();
        paint = color = Color.WHITE;
        background = Color.BLACK;
        stroke = new BasicStroke();
        font = defaults.getFont();
        composite = AlphaComposite.SrcOver;
        hints = defaults.getRenderingHints();
        defaults.dispose();
    }

    private ShapeGraphics2D(ShapeGraphics2D other) {
        sink = other.sink;
        transform = new AffineTransform(other.transform);
        paint = other.paint;
        color = other.color;
        background = other.background;
        stroke = other.stroke;
        font = other.font;
        composite = other.composite;
        hints = (RenderingHints) other.hints.clone();
        deviceClip = other.deviceClip; // never mutated, only replaced
    }

    @Override
    public Graphics create() {
        return new ShapeGraphics2D(this);
    }

    /** Nothing to release: the sink belongs to whoever made the first graphics. */
    @Override
    public void dispose() {}

    // ---- the three kinds of marks ----

    @Override
    public void draw(Shape s) {
        if (s == null || clipIsEmpty()) {
            return;
        }
        if (stroke instanceof BasicStroke basic && paint instanceof Color && isConformal(transform)) {
            double scale = Math.sqrt(Math.abs(transform.getDeterminant()));
            sink.stroke(transform.createTransformedShape(s), withOpacity(color), scaled(basic, scale), deviceClip);
        } else {
            // a sheared or stretched pen, or a custom stroke: its outline is exact
            fill(stroke.createStrokedShape(s));
        }
    }

    @Override
    public void fill(Shape s) {
        if (s == null || clipIsEmpty()) {
            return;
        }
        Shape device = transform.createTransformedShape(s);
        if (paint instanceof Color) {
            sink.fill(device, withOpacity(color), deviceClip);
        } else {
            fillRasterised(s, device);
        }
    }

    private void fillRasterised(Shape s, Shape device) {
        Rectangle area = device.getBounds();
        if (deviceClip != null) {
            area = area.intersection(deviceClip.getBounds());
        }
        if (area.isEmpty()) {
            return;
        }
        BufferedImage tile = new BufferedImage(area.width, area.height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = tile.createGraphics();
        g.setRenderingHints(hints);
        g.translate(-area.x, -area.y);
        g.transform(transform);
        g.setPaint(paint);
        g.fill(s);
        g.dispose();
        sink.image(tile, AffineTransform.getTranslateInstance(area.x, area.y), compositeAlpha(), deviceClip);
    }

    private void placeImage(BufferedImage image, AffineTransform placement) {
        if (clipIsEmpty()) {
            return;
        }
        AffineTransform toDevice = new AffineTransform(transform);
        toDevice.concatenate(placement);
        sink.image(image, toDevice, compositeAlpha(), deviceClip);
    }

    private boolean clipIsEmpty() {
        return deviceClip != null && deviceClip.getBounds2D().isEmpty();
    }

    private Color withOpacity(Color c) {
        float alpha = compositeAlpha();
        return alpha >= 1 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(c.getAlpha() * alpha));
    }

    private float compositeAlpha() {
        return composite instanceof AlphaComposite ac ? ac.getAlpha() : 1f;
    }

    /** True for rotations, reflections and uniform scalings: a round pen stays round. */
    private static boolean isConformal(AffineTransform t) {
        double a = t.getScaleX(), b = t.getShearY(), c = t.getShearX(), d = t.getScaleY();
        double tolerance = 1e-9 * (Math.abs(a) + Math.abs(b) + Math.abs(c) + Math.abs(d));
        boolean rotation = Math.abs(a - d) <= tolerance && Math.abs(b + c) <= tolerance;
        boolean reflection = Math.abs(a + d) <= tolerance && Math.abs(b - c) <= tolerance;
        return (rotation || reflection) && t.getDeterminant() != 0;
    }

    private static BasicStroke scaled(BasicStroke s, double scale) {
        float f = (float) scale;
        float[] dash = s.getDashArray();
        if (dash != null) {
            dash = dash.clone();
            for (int i = 0; i < dash.length; i++) {
                dash[i] *= f;
            }
        }
        // Java2D draws a zero-width line as the thinnest line the device can show: one pixel
        float width = s.getLineWidth() == 0 ? 1f : s.getLineWidth() * f;
        return new BasicStroke(width, s.getEndCap(), s.getLineJoin(), s.getMiterLimit(), dash, s.getDashPhase() * f);
    }

    // ---- shapes of the Graphics API ----

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Float(x1, y1, x2, y2));
    }

    @Override
    public void drawRect(int x, int y, int width, int height) {
        draw(new Rectangle(x, y, width, height));
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        fill(new Rectangle(x, y, width, height));
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        if (clipIsEmpty()) {
            return;
        }
        sink.fill(transform.createTransformedShape(new Rectangle(x, y, width, height)), background, deviceClip);
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        draw(new RoundRectangle2D.Float(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Float(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        draw(new Ellipse2D.Float(x, y, width, height));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        fill(new Ellipse2D.Float(x, y, width, height));
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        draw(new Arc2D.Float(x, y, width, height, startAngle, arcAngle, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        fill(new Arc2D.Float(x, y, width, height, startAngle, arcAngle, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        int n = pointCount(xPoints, yPoints, nPoints);
        if (n > 1) {
            Path2D.Float line = new Path2D.Float(Path2D.WIND_NON_ZERO, n);
            line.moveTo(xPoints[0], yPoints[0]);
            for (int i = 1; i < n; i++) {
                line.lineTo(xPoints[i], yPoints[i]);
            }
            draw(line);
        }
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        int n = pointCount(xPoints, yPoints, nPoints);
        if (n > 0) {
            draw(new Polygon(xPoints, yPoints, n));
        }
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        int n = pointCount(xPoints, yPoints, nPoints);
        if (n > 0) {
            fill(new Polygon(xPoints, yPoints, n));
        }
    }

    /** How many points the arrays really hold, where Java2D would throw. */
    private static int pointCount(int[] x, int[] y, int n) {
        return x == null || y == null ? 0 : Math.min(n, Math.min(x.length, y.length));
    }

    // ---- text, as filled outlines ----

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(String str, float x, float y) {
        if (str != null && !str.isEmpty()) {
            fillText(new TextLayout(str, font, getFontRenderContext()), x, y);
        }
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        if (iterator != null && iterator.getEndIndex() > iterator.getBeginIndex()) {
            fillText(new TextLayout(iterator, getFontRenderContext()), x, y);
        }
    }

    /**
     * The outline at the origin, then moved: {@code getOutline(translation)} would turn the
     * translation too when the font has a transform of its own.
     */
    private void fillText(TextLayout layout, float x, float y) {
        fill(AffineTransform.getTranslateInstance(x, y).createTransformedShape(layout.getOutline(null)));
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        if (g != null) {
            fill(g.getOutline(x, y));
        }
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        // as Java2D: the transform to device pixels without its translation
        AffineTransform t = new AffineTransform(transform.getScaleX(), transform.getShearY(),
                transform.getShearX(), transform.getScaleY(), 0, 0);
        return new FontRenderContext(t, hintOr(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_DEFAULT), hintOr(RenderingHints.KEY_FRACTIONALMETRICS,
                RenderingHints.VALUE_FRACTIONALMETRICS_DEFAULT));
    }

    private Object hintOr(RenderingHints.Key key, Object fallback) {
        Object value = hints.get(key);
        return value == null ? fallback : value;
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        Graphics2D g = SCRATCH.createGraphics();
        try {
            g.setRenderingHints(hints);
            g.setTransform(transform);
            return g.getFontMetrics(f);
        } finally {
            g.dispose();
        }
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font font) {
        if (font != null) {
            this.font = font;
        }
    }

    // ---- images ----

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        BufferedImage image = toBufferedImage(img);
        if (image == null) {
            return false;
        }
        placeImage(image, xform == null ? new AffineTransform() : xform);
        return true;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        if (img != null) {
            drawImage(op == null ? img : op.filter(img, null), x, y, null);
        }
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        if (img == null) {
            return;
        }
        AffineTransform placement = xform == null ? new AffineTransform() : new AffineTransform(xform);
        BufferedImage image;
        if (img instanceof BufferedImage b) {
            image = b;
        } else {
            ColorModel model = img.getColorModel();
            WritableRaster raster = img.copyData(null).createWritableTranslatedChild(0, 0);
            image = new BufferedImage(model, raster, model.isAlphaPremultiplied(), null);
            placement.translate(img.getMinX(), img.getMinY());
        }
        placeImage(image, placement);
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        if (img != null) {
            drawRenderedImage(img.createDefaultRendering(), xform);
        }
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        return drawImage(img, AffineTransform.getTranslateInstance(x, y), observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        BufferedImage image = toBufferedImage(img);
        return image != null && drawImage(image, x, y, image.getWidth(), image.getHeight(), bgcolor, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        BufferedImage image = toBufferedImage(img);
        if (image == null) {
            return false;
        }
        if (width <= 0 || height <= 0) {
            return true; // Java2D draws nothing either
        }
        AffineTransform placement = AffineTransform.getTranslateInstance(x, y);
        placement.scale((double) width / image.getWidth(), (double) height / image.getHeight());
        placeImage(image, placement);
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        if (toBufferedImage(img) == null) {
            return false;
        }
        fillBackground(bgcolor, new Rectangle(x, y, width, height));
        return drawImage(img, x, y, width, height, observer);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            ImageObserver observer) {
        BufferedImage image = toBufferedImage(img);
        if (image == null) {
            return false;
        }
        Rectangle source = new Rectangle(Math.min(sx1, sx2), Math.min(sy1, sy2), Math.abs(sx2 - sx1), Math.abs(sy2 - sy1))
                .intersection(new Rectangle(image.getWidth(), image.getHeight()));
        if (source.isEmpty() || dx1 == dx2 || dy1 == dy2) {
            return true;
        }
        // maps source corner (sx1, sy1) to (dx1, dy1) and (sx2, sy2) to (dx2, dy2), flips included
        AffineTransform placement = AffineTransform.getTranslateInstance(dx1, dy1);
        placement.scale((double) (dx2 - dx1) / (sx2 - sx1), (double) (dy2 - dy1) / (sy2 - sy1));
        placement.translate(source.x - sx1, source.y - sy1);
        placeImage(image.getSubimage(source.x, source.y, source.width, source.height), placement);
        return true;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            Color bgcolor, ImageObserver observer) {
        if (toBufferedImage(img) == null) {
            return false;
        }
        fillBackground(bgcolor, new Rectangle(Math.min(dx1, dx2), Math.min(dy1, dy2), Math.abs(dx2 - dx1), Math.abs(dy2 - dy1)));
        return drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
    }

    /** Under an image's transparent pixels, as Java2D's drawImage with a background colour. */
    private void fillBackground(Color bgcolor, Rectangle area) {
        if (bgcolor != null && !clipIsEmpty()) {
            sink.fill(transform.createTransformedShape(area), withOpacity(bgcolor), deviceClip);
        }
    }

    /** The image's pixels, or null when it has no size yet (an image still loading). */
    private static BufferedImage toBufferedImage(Image img) {
        if (img instanceof BufferedImage b) {
            return b;
        }
        int w = img == null ? -1 : img.getWidth(null);
        int h = img == null ? -1 : img.getHeight(null);
        if (w <= 0 || h <= 0) {
            return null;
        }
        BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return copy;
    }

    // ---- state ----

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        if (rect == null || s == null || deviceClip != null && !deviceClip.intersects(rect)) {
            return false;
        }
        return transform.createTransformedShape(onStroke ? stroke.createStrokedShape(s) : s).intersects(rect);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        Graphics2D g = SCRATCH.createGraphics();
        try {
            return g.getDeviceConfiguration();
        } finally {
            g.dispose();
        }
    }

    @Override
    public void setComposite(Composite comp) {
        if (comp != null) {
            composite = comp;
        }
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    @Override
    public void setPaint(Paint paint) {
        if (paint instanceof Color c) {
            setColor(c);
        } else if (paint != null) {
            this.paint = paint;
        }
    }

    @Override
    public Paint getPaint() {
        return paint;
    }

    @Override
    public Color getColor() {
        return color;
    }

    @Override
    public void setColor(Color c) {
        if (c != null) {
            paint = color = c;
        }
    }

    /** Vector output has no pixels to combine: drawing stays in paint mode. */
    @Override
    public void setPaintMode() {}

    /** Vector output has no pixels to combine: drawing stays in paint mode, in the current colour. */
    @Override
    public void setXORMode(Color c1) {}

    /** Does nothing: a recording has no pixels to copy. */
    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {}

    @Override
    public void setBackground(Color color) {
        if (color != null) {
            background = color;
        }
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public void setStroke(Stroke s) {
        if (s != null) {
            stroke = s;
        }
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
        if (hintKey != null && hintKey.isCompatibleValue(hintValue)) {
            hints.put(hintKey, hintValue);
        }
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key hintKey) {
        return hints.get(hintKey);
    }

    @Override
    public void setRenderingHints(Map<?, ?> hints) {
        this.hints.clear();
        addRenderingHints(hints);
    }

    @Override
    public void addRenderingHints(Map<?, ?> hints) {
        if (hints != null) {
            hints.forEach((k, v) -> {
                if (k instanceof RenderingHints.Key key) {
                    setRenderingHint(key, v);
                }
            });
        }
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }

    @Override
    public void translate(int x, int y) {
        transform.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        transform.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        if (tx != null) {
            transform.concatenate(tx);
        }
    }

    @Override
    public void setTransform(AffineTransform tx) {
        if (tx != null) {
            transform = new AffineTransform(tx);
        }
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }

    // ---- clip, kept in device pixels ----

    @Override
    public Shape getClip() {
        if (deviceClip == null) {
            return null;
        }
        try {
            return transformed(transform.createInverse(), deviceClip);
        } catch (NoninvertibleTransformException e) {
            return new Rectangle(); // nothing of user space is visible
        }
    }

    @Override
    public Rectangle getClipBounds() {
        Shape clip = getClip();
        return clip == null ? null : clip.getBounds();
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        clip(new Rectangle(x, y, width, height));
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        setClip(new Rectangle(x, y, width, height));
    }

    @Override
    public void setClip(Shape clip) {
        deviceClip = clip == null ? null : transformed(transform, clip);
    }

    /** Intersects the clip with {@code s}; a null {@code s} removes the clip, as Java2D does. */
    @Override
    public void clip(Shape s) {
        if (s == null || deviceClip == null) {
            setClip(s);
            return;
        }
        Shape added = transformed(transform, s);
        if (deviceClip instanceof Rectangle2D a && added instanceof Rectangle2D b) {
            Rectangle2D both = a.createIntersection(b);
            deviceClip = both.isEmpty() ? new Rectangle2D.Double() : both;
        } else {
            Area both = new Area(deviceClip);
            both.intersect(new Area(added));
            deviceClip = both;
        }
    }

    /** Rectangles stay rectangles under translations and scalings, so clips stay simple. */
    private static Shape transformed(AffineTransform t, Shape s) {
        if (s instanceof Rectangle2D r && t.getShearX() == 0 && t.getShearY() == 0) {
            double x1 = t.getScaleX() * r.getMinX() + t.getTranslateX();
            double x2 = t.getScaleX() * r.getMaxX() + t.getTranslateX();
            double y1 = t.getScaleY() * r.getMinY() + t.getTranslateY();
            double y2 = t.getScaleY() * r.getMaxY() + t.getTranslateY();
            return new Rectangle2D.Double(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
        }
        return t.createTransformedShape(s);
    }
}
