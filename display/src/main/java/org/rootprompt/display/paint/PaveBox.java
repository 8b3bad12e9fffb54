package org.rootprompt.display.paint;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.gpad.TPave;
import org.rootprompt.root.gpad.TPaveStats;
import org.rootprompt.root.gpad.TText;

/** Boxes of text as TPave and its children draw them: fill, border, shadow, lines of text. */
final class PaveBox {
    private PaveBox() {}

    /** The box of a pave in pixels: its corners in NDC when its option says so, else in user coordinates. */
    static Rectangle2D pixels(PadView v, TPave p) {
        boolean ndc = p.GetOption().toUpperCase().contains("NDC");
        double x1 = ndc ? v.ndcX(p.GetX1()) : v.px(p.GetX1());
        double x2 = ndc ? v.ndcX(p.GetX2()) : v.px(p.GetX2());
        double y1 = ndc ? v.ndcY(p.GetY1()) : v.py(p.GetY1());
        double y2 = ndc ? v.ndcY(p.GetY2()) : v.py(p.GetY2());
        return PrimitivePainter.rect(x1, y1, x2, y2);
    }

    /**
     * TPave::PaintPave: the shadow (border size pixels wide, on the option's side, bottom right by
     * default), the fill, and a frame line when the border size is at least 1.
     */
    static void box(Graphics2D g, Rectangle2D r, TPave p) {
        int border = p.GetBorderSize();
        if (border > 1) {
            String opt = p.GetOption().toLowerCase().replace("ndc", "");
            double sx = opt.contains("l") ? -border : border;
            double sy = opt.contains("t") ? -border : border;
            g.setColor(Pens.color(p.GetShadowColor()));
            g.fill(new Rectangle2D.Double(r.getX() + sx, r.getY() + sy, r.getWidth(), r.getHeight()));
        }
        Pens.fill(g, r, p);
        if (border >= 1) {
            g.setColor(Pens.color(p.GetLineColor()));
            g.setStroke(new BasicStroke(1f));
            g.draw(r);
        }
    }

    /**
     * The stat box as TPaveStats::Paint draws it, with the box's own position and attributes: the
     * histogram's name centred on the first line with a line under it (when OptStat shows the
     * name), then "name = value" lines with the name on the left and the value on the right, a
     * margin of 5% of the width on each side. Without a text size the text takes 92% of a line's
     * height, made smaller when the widest name and value together would need more than 98% of
     * the width (the name line separately).
     */
    static void statBox(Graphics2D g, PadView v, TPaveStats stats) {
        List<String> lines = new ArrayList<>();
        for (TObject o : stats.GetListOfLines()) {
            if (o instanceof TText t) {
                lines.add(t.GetTitle());
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        boolean titleLine = stats.GetOptStat() % 10 != 0;
        Rectangle2D r = pixels(v, stats);
        box(g, r, stats);
        double lineH = r.getHeight() / lines.size();
        double margin = 0.05 * r.getWidth();
        int font = stats.GetTextFont();
        int color = stats.GetTextColor();
        // a size given as a fraction of the pad's height, turned into ROOT's text size units
        double size = stats.GetTextSize() > 0 ? v.textPx(stats.GetTextSize()) : v.textPx(0.92 * lineH / v.h);
        double titleSize = size;
        if (stats.GetTextSize() <= 0) {
            double names = 0;
            double values = 0;
            for (int i = 0; i < lines.size(); i++) {
                String[] parts = split(lines.get(i));
                if (i == 0 && titleLine) {
                    double length = Text.width(parts[0], font, titleSize) + 2 * margin;
                    if (length > 0.98 * r.getWidth()) {
                        titleSize *= 0.98 * r.getWidth() / length;
                    }
                    continue;
                }
                names = Math.max(names, Text.width(parts[0], font, size));
                values = Math.max(values, Text.width(parts[1], font, size));
            }
            double longest = names + values + 2 * margin;
            if (longest > 0.98 * r.getWidth()) {
                size *= 0.98 * r.getWidth() / longest;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            double yc = r.getY() + (i + 0.5) * lineH;
            String[] parts = split(lines.get(i));
            if (i == 0 && titleLine) {
                Text.draw(g, parts[0], r.getCenterX(), yc, 22, 0, font, titleSize, color);
                g.setColor(Pens.color(stats.GetLineColor()));
                g.setStroke(new BasicStroke(1f));
                double y = PadView.snap(r.getY() + lineH);
                g.draw(new Line2D.Double(r.getX(), y, r.getMaxX(), y));
            } else {
                Text.draw(g, parts[0], r.getX() + margin, yc, 12, 0, font, size, color);
                Text.draw(g, parts[1], r.getMaxX() - margin, yc, 32, 0, font, size, color);
            }
        }
    }

    /** The size, made smaller when the widest of the texts would be wider than maxWidth. */
    static double fitted(double size, List<String> texts, int font, double maxWidth) {
        double widest = 0;
        for (String text : texts) {
            widest = Math.max(widest, Text.width(text, font, size));
        }
        return widest > maxWidth ? size * maxWidth / widest : size;
    }

    /** "name = value" as {name, value}; a line without " = " as {line, ""}. */
    static String[] split(String line) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            return new String[] {line.strip(), ""};
        }
        // TPaveStats writes minus signs of values as TLatex's #minus
        return new String[] {line.substring(0, eq).strip(), line.substring(eq + 1).strip().replace("-", "#minus")};
    }
}
