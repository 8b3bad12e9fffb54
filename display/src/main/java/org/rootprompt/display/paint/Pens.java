package org.rootprompt.display.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.rootprompt.root.core.TAttFill;
import org.rootprompt.root.core.TAttLine;
import org.rootprompt.root.core.TAttMarker;
import org.rootprompt.root.gpad.TColor;

/** ROOT's line, fill and marker attributes as Java2D colours, strokes, paints and shapes. */
final class Pens {
    private Pens() {}

    /** TStyle's line styles 1–10 as dash lengths in pixels (ROOT's default fLineStyle strings). */
    private static final float[][] DASHES = {
        null, null, {12, 12}, {4, 8}, {12, 16, 4, 16}, {20, 12, 4, 12}, {20, 12, 4, 12, 4, 12, 4, 12},
        {20, 20}, {20, 12, 4, 12, 4, 12}, {80, 20}, {80, 40, 4, 40},
    };

    static Color color(int index) {
        return TColor.awtColor(index);
    }

    static Color color(int index, float alpha) {
        Color c = TColor.awtColor(index);
        return alpha >= 1 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(alpha * c.getAlpha()));
    }

    static Stroke stroke(double width, int style) {
        float w = (float) Math.max(width, 0.5);
        float[] dash = style > 1 && style < DASHES.length ? DASHES[style] : null;
        return dash == null
                ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER)
                : new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dash, 0);
    }

    /** Sets g to draw lines as the object's TAttLine says; false when the line is invisible (width 0). */
    static boolean useLine(Graphics2D g, TAttLine line) {
        g.setColor(color(line.GetLineColor(), line.GetLineAlpha()));
        g.setStroke(stroke(line.GetLineWidth(), line.GetLineStyle()));
        return line.GetLineWidth() > 0;
    }

    /** Whether a TAttFill paints anything: style 0 and 4000 (transparent) are hollow. */
    static boolean isFilled(TAttFill fill) {
        int style = fill.GetFillStyle();
        return style > 0 && style != 4000;
    }

    /** Fills the shape as the object's TAttFill says (nothing for a hollow style). */
    static void fill(Graphics2D g, Shape shape, TAttFill fill) {
        if (isFilled(fill)) {
            fill(g, shape, fill.GetFillColor(), fill.GetFillAlpha(), fill.GetFillStyle());
        }
    }

    /**
     * Fills the shape with a colour and ROOT fill style: 1001 solid, 4000–4100 the colour with that
     * percentage of opacity, 3001–3025 and 3ijk hatches drawn as lines (so that vector output keeps
     * them as lines), others solid.
     */
    static void fill(Graphics2D g, Shape shape, int colorIndex, float alpha, int style) {
        Color c = color(colorIndex, alpha);
        if (style > 4000 && style <= 4100) {
            c = new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(c.getAlpha() * (style - 4000) / 100.0));
        }
        g.setColor(c);
        int pattern = style - 3000;
        if (pattern <= 0 || pattern >= 1000) {
            g.fill(shape);
            return;
        }
        Shape savedClip = g.getClip();
        g.clip(shape);
        g.setStroke(new BasicStroke(1f));
        Rectangle2D box = shape.getBounds2D();
        switch (pattern) {
            case 1, 2, 3 -> dots(g, box, 2 * pattern);
            case 4 -> hatches(g, box, 45, 8);
            case 5 -> hatches(g, box, 135, 8);
            case 6 -> hatches(g, box, 90, 6);
            case 7 -> hatches(g, box, 0, 6);
            default -> {
                if (pattern > 100) {
                    // 3ijk: spacing i, the angles j × 10° and 90° + k × 10°, 5 meaning no lines
                    double spacing = 3 * Math.max(1, pattern / 100);
                    int j = pattern / 10 % 10;
                    int k = pattern % 10;
                    if (j != 5) {
                        hatches(g, box, j * 10, spacing);
                    }
                    if (k != 5) {
                        hatches(g, box, 90 + k * 10, spacing);
                    }
                } else {
                    hatches(g, box, 45, 8);
                    hatches(g, box, 135, 8);
                }
            }
        }
        g.setClip(savedClip);
    }

    private static void dots(Graphics2D g, Rectangle2D box, int step) {
        for (double y = Math.floor(box.getMinY()); y < box.getMaxY(); y += step) {
            for (double x = Math.floor(box.getMinX()); x < box.getMaxX(); x += step) {
                g.fill(new Rectangle2D.Double(x, y, 1, 1));
            }
        }
    }

    /** Parallel lines at an angle (degrees, counter-clockwise from the x axis) across the box. */
    private static void hatches(Graphics2D g, Rectangle2D box, double angle, double spacing) {
        double a = Math.toRadians(angle);
        double dx = Math.cos(a);
        double dy = -Math.sin(a);
        double cx = box.getCenterX();
        double cy = box.getCenterY();
        double half = Math.hypot(box.getWidth(), box.getHeight()) / 2 + spacing;
        for (double t = -half; t <= half; t += spacing) {
            // a line through the point t along the normal, as long as the box's diagonal
            double px = cx - dy * t;
            double py = cy + dx * t;
            g.draw(new Line2D.Double(px - dx * half, py - dy * half, px + dx * half, py + dy * half));
        }
    }

    /** Draws the object's marker centred at (x, y), as ROOT's marker styles 1–34 look (size 1: 8 pixels). */
    static void marker(Graphics2D g, TAttMarker m, double x, double y) {
        marker(g, m.GetMarkerStyle(), m.GetMarkerSize(), color(m.GetMarkerColor(), m.GetMarkerAlpha()), x, y);
    }

    static void marker(Graphics2D g, int style, double size, Color color, double px, double py) {
        // ROOT puts markers on whole pixels: an even-sized shape then covers whole pixels
        double x = Math.round(px);
        double y = Math.round(py);
        g.setColor(color);
        g.setStroke(new BasicStroke(1f));
        double s = 8 * size;
        double h = s / 2;
        switch (style) {
            case 1 -> g.fill(new Rectangle2D.Double(Math.floor(px), Math.floor(py), 1, 1));
            case 6 -> g.fill(new Rectangle2D.Double(x - 1, y - 1, 2, 2));
            case 7 -> g.fill(new Rectangle2D.Double(Math.floor(px) - 1, Math.floor(py) - 1, 3, 3));
            case 2 -> cross(g, x, y, h, false);
            case 3, 31 -> { cross(g, x, y, h, false); cross(g, x, y, h * 0.7, true); }
            case 5 -> cross(g, x, y, h * 0.7, true);
            case 4, 24 -> g.draw(new Ellipse2D.Double(x - h, y - h, s, s));
            case 8, 20 -> g.fill(new Ellipse2D.Double(x - h, y - h, s, s));
            case 21 -> g.fill(new Rectangle2D.Double(x - h, y - h, s, s));
            case 25 -> g.draw(new Rectangle2D.Double(x - h, y - h, s, s));
            case 22 -> g.fill(polygon(x, y, h, 0, -1, 1, 1, -1, 1));
            case 26 -> g.draw(polygon(x, y, h, 0, -1, 1, 1, -1, 1));
            case 23 -> g.fill(polygon(x, y, h, 0, 1, 1, -1, -1, -1));
            case 32 -> g.draw(polygon(x, y, h, 0, 1, 1, -1, -1, -1));
            case 27 -> g.draw(polygon(x, y, h, 0, -1, 0.6, 0, 0, 1, -0.6, 0));
            case 33 -> g.fill(polygon(x, y, h, 0, -1, 0.6, 0, 0, 1, -0.6, 0));
            case 28 -> g.draw(plusShape(x, y, h));
            case 34 -> g.fill(plusShape(x, y, h));
            case 29 -> g.fill(star(x, y, h));
            case 30 -> g.draw(star(x, y, h));
            default -> g.fill(new Ellipse2D.Double(x - h, y - h, s, s));
        }
    }

    private static void cross(Graphics2D g, double x, double y, double h, boolean diagonal) {
        if (diagonal) {
            g.draw(new Line2D.Double(x - h, y - h, x + h, y + h));
            g.draw(new Line2D.Double(x - h, y + h, x + h, y - h));
        } else {
            g.draw(new Line2D.Double(x - h, y, x + h, y));
            g.draw(new Line2D.Double(x, y - h, x, y + h));
        }
    }

    private static Shape polygon(double x, double y, double h, double... unit) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < unit.length; i += 2) {
            if (i == 0) {
                p.moveTo(x + unit[i] * h, y + unit[i + 1] * h);
            } else {
                p.lineTo(x + unit[i] * h, y + unit[i + 1] * h);
            }
        }
        p.closePath();
        return p;
    }

    private static Shape plusShape(double x, double y, double h) {
        double a = h / 3;
        return polygon(x, y, 1, -a, -h, a, -h, a, -a, h, -a, h, a, a, a, a, h, -a, h, -a, a, -h, a, -h, -a, -a, -a);
    }

    private static Shape star(double x, double y, double h) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? h : h * 0.4;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
            } else {
                p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }
}
