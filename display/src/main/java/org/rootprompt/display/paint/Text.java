package org.rootprompt.display.paint;

import java.awt.Graphics2D;

/**
 * Where the painter writes text: TLatex markup, ROOT's alignment (10·horizontal + vertical),
 * angle in degrees counter-clockwise, ROOT font number and size in pixels, through {@link LatexText}.
 */
final class Text {
    private Text() {}

    static void draw(Graphics2D g, String text, double x, double y, int align, double angle, int font,
            double sizePx, int color) {
        if (text != null && !text.isEmpty()) {
            LatexText.parse(text).draw(g, x, y, align, angle, font, sizePx, color);
        }
    }

    /** The width of the text in pixels. */
    static double width(String text, int font, double sizePx) {
        return text == null || text.isEmpty() ? 0 : LatexText.parse(text).measure(font, sizePx).width();
    }
}
