package org.rootprompt.display.paint;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import org.rootprompt.root.gpad.TColor;

/**
 * Where the painter writes text: ROOT's alignment (10·horizontal + vertical: 1 left/bottom,
 * 2 centre, 3 right/top), angle in degrees counter-clockwise, ROOT font number and size in pixels.
 * A plain font stands in until the TLatex layout lands; this is the only place that draws text.
 */
final class Text {
    private Text() {}

    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    static void draw(Graphics2D g, String text, double x, double y, int align, double angle, int font,
            double sizePx, int color) {
        String shown = plain(text);
        if (shown.isEmpty() || sizePx <= 0) {
            return;
        }
        TextLayout layout = new TextLayout(shown, font(font, sizePx), g.getFontRenderContext());
        double dx = switch (align / 10) { case 2 -> -layout.getAdvance() / 2; case 3 -> -layout.getAdvance(); default -> 0; };
        double ascent = layout.getAscent() * 0.8; // ROOT aligns on the capital height, not the font's ascent
        double dy = switch (align % 10) { case 2 -> ascent / 2; case 3 -> ascent; default -> 0; };
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.toRadians(angle));
        g.setColor(TColor.awtColor(color));
        layout.draw(g, (float) dx, (float) dy);
        g.setTransform(saved);
    }

    /** The width of the text in pixels. */
    static double width(String text, int font, double sizePx) {
        String shown = plain(text);
        return shown.isEmpty() || sizePx <= 0 ? 0 : new TextLayout(shown, font(font, sizePx), FRC).getAdvance();
    }

    private static Font font(int rootFont, double sizePx) {
        int style = switch (rootFont / 10) { case 6, 7 -> Font.BOLD; case 1, 5 -> Font.ITALIC; default -> Font.PLAIN; };
        String family = rootFont / 10 == 13 || rootFont / 10 == 10 || rootFont / 10 == 11 ? Font.SERIF : Font.SANS_SERIF;
        return new Font(family, style, 1).deriveFont((float) (sizePx * 0.93376068));
    }

    /** The few TLatex forms the painter itself writes, shown as plain text. */
    private static String plain(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("#chi^{2}", "\u03c7\u00b2").replace("#pm", "\u00b1").replace("#times", "\u00d7")
                .replace("#minus", "-").replace("^{", "").replace("_{", "").replace("}", "").replace("{", "")
                .replace("#", "");
    }
}
