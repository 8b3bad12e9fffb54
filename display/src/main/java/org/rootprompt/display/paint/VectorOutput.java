package org.rootprompt.display.paint;

import java.awt.Graphics2D;
import java.util.function.Consumer;
import org.rootprompt.root.core.Globals;

/**
 * SVG and PDF pictures made by any Java2D painting: the painting draws on a {@link ShapeGraphics2D}
 * of {@code width × height} pixels, exactly as it would on a BufferedImage for PNG, and the marks
 * are written as vectors (text as glyph outlines, images embedded as PNG).
 */
public final class VectorOutput {
    private VectorOutput() {}

    /** A standalone SVG 1.1 document of {@code width × height} pixels. */
    public static String svg(int width, int height, Consumer<Graphics2D> painting) {
        int[] size = checkedSize(width, height, "VectorOutput::svg");
        SvgSink sink = new SvgSink(size[0], size[1]);
        paint(sink, painting);
        return sink.document();
    }

    /**
     * A one-page PDF file, the page {@code width × height} pixels at 0.75 pt per pixel (96 pixels
     * to the inch), all in vectors as ROOT's PDFs are.
     */
    public static byte[] pdf(int width, int height, Consumer<Graphics2D> painting) {
        int[] size = checkedSize(width, height, "VectorOutput::pdf");
        try (PdfSink sink = new PdfSink(size[0], size[1])) {
            paint(sink, painting);
            return sink.finish();
        }
    }

    private static void paint(ShapeSink sink, Consumer<Graphics2D> painting) {
        if (painting != null) {
            painting.accept(new ShapeGraphics2D(sink));
        }
    }

    /** A picture needs at least one pixel each way; smaller sizes are reported and raised to 1. */
    private static int[] checkedSize(int width, int height, String location) {
        if (width < 1 || height < 1) {
            Globals.Error(location, "size %d x %d is not positive, using at least 1 x 1", width, height);
        }
        return new int[] {Math.max(1, width), Math.max(1, height)};
    }
}
