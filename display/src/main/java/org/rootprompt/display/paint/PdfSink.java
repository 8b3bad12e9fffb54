package org.rootprompt.display.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes the marks as a one-page vector PDF with PDFBox. A pixel is 0.75 pt (96 pixels to the
 * inch, as CSS and browsers count them), so an 800 × 600 canvas is a 600 × 450 pt page. The page's
 * coordinates are flipped once so that everything below is written in device pixels, y down.
 */
final class PdfSink implements ShapeSink, AutoCloseable {
    static final float POINTS_PER_PIXEL = 0.75f;

    private final PDDocument document = new PDDocument();
    private final PDPageContentStream content;
    private final Map<Integer, PDExtendedGraphicsState> fillAlphas = new HashMap<>();
    private final Map<Integer, PDExtendedGraphicsState> strokeAlphas = new HashMap<>();

    // What the content stream's graphics state holds now, so that it is written only on change;
    // -1 / null: not known (after a restore).
    private Shape clip;
    private int fillRgb = 0x000000;
    private int fillAlpha = 255;
    private int strokeRgb = 0x000000;
    private int strokeAlpha = 255;
    private BasicStroke line;

    PdfSink(int width, int height) {
        try {
            PDPage page = new PDPage(new PDRectangle(width * POINTS_PER_PIXEL, height * POINTS_PER_PIXEL));
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            content.transform(new Matrix(POINTS_PER_PIXEL, 0, 0, -POINTS_PER_PIXEL, 0, height * POINTS_PER_PIXEL));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void fill(Shape shape, Color color, Shape clip) {
        write(() -> {
            useClip(clip);
            useFill(color);
            path(shape);
            if (PathSegments.isEvenOdd(shape)) {
                content.fillEvenOdd();
            } else {
                content.fill();
            }
        });
    }

    @Override
    public void stroke(Shape shape, Color color, BasicStroke stroke, Shape clip) {
        write(() -> {
            useClip(clip);
            useStroke(color, stroke);
            path(shape);
            content.stroke();
        });
    }

    @Override
    public void image(BufferedImage image, AffineTransform toDevice, float alpha, Shape clip) {
        write(() -> {
            useClip(clip);
            useFillAlpha(Math.round(alpha * 255));
            // PDF paints an image into the unit square, its first row at the top (y = 1)
            AffineTransform placement = new AffineTransform(toDevice);
            placement.concatenate(new AffineTransform(image.getWidth(), 0, 0, -image.getHeight(), 0, image.getHeight()));
            content.drawImage(LosslessFactory.createFromImage(document, image), new Matrix(placement));
        });
    }

    /** The PDF file. */
    byte[] finish() {
        try {
            useClip(null); // balances the last clip's saved state
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        write(document::close);
    }

    /** A clip can only be undone by restoring the state saved before it: one level deep. */
    private void useClip(Shape newClip) throws IOException {
        if (Objects.equals(newClip, clip)) {
            return;
        }
        if (clip != null) {
            content.restoreGraphicsState();
            fillRgb = fillAlpha = strokeRgb = strokeAlpha = -1;
            line = null;
        }
        if (newClip != null) {
            content.saveGraphicsState();
            path(newClip);
            if (PathSegments.isEvenOdd(newClip)) {
                content.clipEvenOdd();
            } else {
                content.clip();
            }
        }
        clip = newClip;
    }

    private void useFill(Color c) throws IOException {
        int rgb = c.getRGB() & 0xffffff;
        if (rgb != fillRgb) {
            content.setNonStrokingColor(c.getRed() / 255f, c.getGreen() / 255f, c.getBlue() / 255f);
            fillRgb = rgb;
        }
        useFillAlpha(c.getAlpha());
    }

    private void useFillAlpha(int alpha) throws IOException {
        if (alpha != fillAlpha) {
            content.setGraphicsStateParameters(alphaState(alpha, false));
            fillAlpha = alpha;
        }
    }

    private void useStroke(Color c, BasicStroke stroke) throws IOException {
        int rgb = c.getRGB() & 0xffffff;
        if (rgb != strokeRgb) {
            content.setStrokingColor(c.getRed() / 255f, c.getGreen() / 255f, c.getBlue() / 255f);
            strokeRgb = rgb;
        }
        if (c.getAlpha() != strokeAlpha) {
            content.setGraphicsStateParameters(alphaState(c.getAlpha(), true));
            strokeAlpha = c.getAlpha();
        }
        if (!stroke.equals(line)) {
            // Java2D numbers caps (butt, round, square) and joins (miter, round, bevel) as PDF does
            content.setLineWidth(stroke.getLineWidth());
            content.setLineCapStyle(stroke.getEndCap());
            content.setLineJoinStyle(stroke.getLineJoin());
            content.setMiterLimit(stroke.getMiterLimit());
            float[] dash = stroke.getDashArray();
            content.setLineDashPattern(dash == null ? new float[0] : dash, stroke.getDashPhase());
            line = stroke;
        }
    }

    private void path(Shape shape) {
        PathSegments.walk(shape, new PathSegments() {
            @Override
            public void moveTo(double x, double y) {
                write(() -> content.moveTo((float) x, (float) y));
            }

            @Override
            public void lineTo(double x, double y) {
                write(() -> content.lineTo((float) x, (float) y));
            }

            @Override
            public void quadTo(double cx, double cy, double x, double y) {
                throw new IllegalStateException("walk hands over cubics only");
            }

            @Override
            public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
                write(() -> content.curveTo((float) c1x, (float) c1y, (float) c2x, (float) c2y, (float) x, (float) y));
            }

            @Override
            public void closePath() {
                write(content::closePath);
            }
        }, true);
    }

    /** One graphics state per opacity used, shared by every mark that uses it. */
    private PDExtendedGraphicsState alphaState(int alpha, boolean stroking) {
        return (stroking ? strokeAlphas : fillAlphas).computeIfAbsent(alpha, a -> {
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            if (stroking) {
                state.setStrokingAlphaConstant(a / 255f);
            } else {
                state.setNonStrokingAlphaConstant(a / 255f);
            }
            return state;
        });
    }

    /** The content stream writes to memory; an IOException there is a bug, not a condition. */
    private interface ContentWrite {
        void run() throws IOException;
    }

    private static void write(ContentWrite operation) {
        try {
            operation.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
