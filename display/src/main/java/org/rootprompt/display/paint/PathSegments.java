package org.rootprompt.display.paint;

import java.awt.Shape;
import java.awt.geom.PathIterator;

/** The segments of a shape's outline, as the vector sinks write them. */
interface PathSegments {
    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void quadTo(double cx, double cy, double x, double y);

    void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y);

    void closePath();

    /** True when the shape is filled by the even-odd rule rather than non-zero winding. */
    static boolean isEvenOdd(Shape shape) {
        return shape.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD;
    }

    /**
     * Hands the outline of {@code shape} to {@code out}. With {@code cubicsOnly}, quadratic
     * segments arrive as the equivalent cubic ones, for formats that have no quadratic curve (PDF).
     */
    static void walk(Shape shape, PathSegments out, boolean cubicsOnly) {
        double[] c = new double[6];
        double startX = 0, startY = 0, x = 0, y = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    out.moveTo(c[0], c[1]);
                    startX = x = c[0];
                    startY = y = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    out.lineTo(c[0], c[1]);
                    x = c[0];
                    y = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    if (cubicsOnly) {
                        // the cubic's control points lie 2/3 of the way from each end to the quadratic's
                        out.curveTo(x + 2 * (c[0] - x) / 3, y + 2 * (c[1] - y) / 3,
                                c[2] + 2 * (c[0] - c[2]) / 3, c[3] + 2 * (c[1] - c[3]) / 3, c[2], c[3]);
                    } else {
                        out.quadTo(c[0], c[1], c[2], c[3]);
                    }
                    x = c[2];
                    y = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    out.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    x = c[4];
                    y = c[5];
                }
                default -> {
                    out.closePath();
                    x = startX;
                    y = startY;
                }
            }
        }
    }
}
