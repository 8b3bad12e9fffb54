package org.rootprompt.display.paint;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.rootprompt.root.gpad.TColor;

/** Draws the parts of a formula in a Graphics2D whose origin and rotation are already set. */
final class LatexPen {
    /** One rendering context for measuring and drawing, so that what is drawn is what was measured. */
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Graphics2D g;

    LatexPen(Graphics2D g) {
        this.g = g;
    }

    /** Width from the advances, height from the ink, as ROOT's TTF layer measures text. */
    static LatexBox measureText(String text, LatexStyle style) {
        GlyphVector glyphs = glyphs(text, style);
        Rectangle2D ink = glyphs.getVisualBounds();
        double width = glyphs.getLogicalBounds().getWidth();
        if (ink.isEmpty()) {
            return new LatexBox(width, 0, 0);
        }
        return new LatexBox(width, Math.max(0, -ink.getMinY()), Math.max(0, ink.getMaxY()));
    }

    void text(String text, double x, double y, LatexStyle style) {
        g.setColor(TColor.awtColor(style.color()));
        g.drawGlyphVector(glyphs(text, style), (float) x, (float) y);
    }

    void line(double x1, double y1, double x2, double y2, LatexStyle style) {
        stroke(new Line2D.Double(x1, y1, x2, y2), style, style.lineWidth());
    }

    void polyline(double[] xs, double[] ys, LatexStyle style) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        stroke(path, style, style.lineWidth());
    }

    void stroke(Shape shape, LatexStyle style, float width) {
        g.setColor(TColor.awtColor(style.color()));
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    void fill(Shape shape, LatexStyle style) {
        g.setColor(TColor.awtColor(style.color()));
        g.fill(shape);
    }

    private static GlyphVector glyphs(String text, LatexStyle style) {
        String shown = RootFonts.isSymbol(style.font()) ? LatexSymbols.fromSymbolFont(text) : text;
        Font font = RootFonts.font(style.font(), (float) style.px());
        if (font.canDisplayUpTo(shown) != -1) {
            font = RootFonts.fallback(font);
        }
        return font.createGlyphVector(CONTEXT, shown);
    }
}
