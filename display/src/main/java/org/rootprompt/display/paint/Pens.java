package org.rootprompt.display.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.TexturePaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
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

    /** The paint of a fill: solid for 1001, a hatch pattern for 3xxx (ROOT's 3001–3025 approximated by lines). */
    static Paint fillPaint(int colorIndex, float alpha, int style) {
        Color c = color(colorIndex, alpha);
        if (style / 1000 != 3 || style == 3000) {
            return c;
        }
        if (style > 4000 && style <= 4100) {
            return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) (255 * (style - 4000) / 100.0));
        }
        return hatch(c, style % 1000);
    }

    static void useFill(Graphics2D g, TAttFill fill) {
        g.setPaint(fillPaint(fill.GetFillColor(), fill.GetFillAlpha(), fill.GetFillStyle()));
    }

    /** A small tile with the pattern's lines: 1–3 dots, 4–7 and 10+ diagonal or straight hatches. */
    private static Paint hatch(Color c, int pattern) {
        int n = 8;
        BufferedImage tile = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
        Graphics2D t = tile.createGraphics();
        t.setColor(c);
        switch (pattern) {
            case 1 -> { t.fillRect(0, 0, 1, 1); t.fillRect(4, 4, 1, 1); t.fillRect(2, 6, 1, 1); t.fillRect(6, 2, 1, 1); }
            case 2 -> { t.fillRect(0, 0, 1, 1); t.fillRect(4, 4, 1, 1); }
            case 3 -> t.fillRect(0, 0, 1, 1);
            case 5, 14, 21, 22, 23 -> { t.drawLine(0, 0, n, n); }
            case 6, 16, 17 -> t.drawLine(0, n - 1, n - 1, 0);
            case 7 -> t.drawLine(0, 0, 0, n);
            case 4, 18, 24, 25 -> { t.drawLine(0, 0, n, n); t.drawLine(0, n - 1, n - 1, 0); }
            case 12, 13 -> { t.drawLine(0, 0, n, n); t.drawLine(0, n - 1, n - 1, 0); }
            default -> t.drawLine(0, 0, n, 0);
        }
        t.dispose();
        return new TexturePaint(tile, new Rectangle(0, 0, n, n));
    }

    /** Draws the object's marker centred at (x, y), as ROOT's marker styles 1–34 look (size 1: 8 pixels). */
    static void marker(Graphics2D g, TAttMarker m, double x, double y) {
        marker(g, m.GetMarkerStyle(), m.GetMarkerSize(), color(m.GetMarkerColor(), m.GetMarkerAlpha()), x, y);
    }

    static void marker(Graphics2D g, int style, double size, Color color, double x, double y) {
        g.setColor(color);
        g.setStroke(new BasicStroke(1f));
        double s = 8 * size;
        double h = s / 2;
        switch (style) {
            case 1 -> g.fill(new Rectangle2D.Double(x - 0.5, y - 0.5, 1, 1));
            case 6 -> g.fill(new Rectangle2D.Double(x - 1, y - 1, 2, 2));
            case 7 -> g.fill(new Rectangle2D.Double(x - 1.5, y - 1.5, 3, 3));
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
