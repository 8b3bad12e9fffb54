package org.rootprompt.display.paint;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.rootprompt.root.core.TAttFill;
import org.rootprompt.root.core.TAttLine;
import org.rootprompt.root.core.TAttMarker;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.gpad.TArrow;
import org.rootprompt.root.gpad.TBox;
import org.rootprompt.root.gpad.TEllipse;
import org.rootprompt.root.gpad.TGaxis;
import org.rootprompt.root.gpad.TLegend;
import org.rootprompt.root.gpad.TLegendEntry;
import org.rootprompt.root.gpad.TLine;
import org.rootprompt.root.gpad.TMarker;
import org.rootprompt.root.gpad.TPave;
import org.rootprompt.root.gpad.TPaveLabel;
import org.rootprompt.root.gpad.TPaveStats;
import org.rootprompt.root.gpad.TPaveText;
import org.rootprompt.root.gpad.TText;

/** The pad's graphics primitives: text, lines, arrows, boxes, ellipses, markers, text boxes and legends. */
final class PrimitivePainter {
    private PrimitivePainter() {}

    /** Paints o if it is one of the primitives; false otherwise. */
    static boolean paint(Graphics2D g, PadView v, TObject o) {
        if (o instanceof TLegend legend) {
            legend(g, v, legend);
        } else if (o instanceof TPaveStats stats) {
            PaveBox.statBox(g, v, stats);
        } else if (o instanceof TPaveText pave) {
            paveText(g, v, pave);
        } else if (o instanceof TPaveLabel label) {
            // TPaveLabel: the text size is a fraction of the box's height, made smaller to fit its width
            Rectangle2D r = PaveBox.pixels(v, label);
            PaveBox.box(g, r, label);
            double fraction = label.GetTextSize() > 0 ? label.GetTextSize() : 0.99;
            double size = PaveBox.fitted(v.textPx(fraction * r.getHeight() / v.h), List.of(label.GetLabel()),
                    label.GetTextFont(), 0.98 * r.getWidth());
            Text.draw(g, label.GetLabel(), r.getCenterX(), r.getCenterY(), 22, label.GetTextAngle(),
                    label.GetTextFont(), size, label.GetTextColor());
        } else if (o instanceof TPave pave) {
            PaveBox.box(g, PaveBox.pixels(v, pave), pave);
        } else if (o instanceof TText t) {
            double x = t.GetNDC() ? v.ndcX(t.GetX()) : v.px(t.GetX());
            double y = t.GetNDC() ? v.ndcY(t.GetY()) : v.py(t.GetY());
            Text.draw(g, t.GetTitle(), x, y, t.GetTextAlign(), t.GetTextAngle(), t.GetTextFont(),
                    v.textPx(t.GetTextSize()), t.GetTextColor());
        } else if (o instanceof TGaxis axis) {
            GaxisPainter.paint(g, v, axis);
        } else if (o instanceof TArrow a) {
            arrow(g, v, a);
        } else if (o instanceof TLine l) {
            if (Pens.useLine(g, l)) {
                g.draw(line(v, l));
            }
        } else if (o instanceof TBox b) {
            Rectangle2D r = rect(v.px(b.GetX1()), v.py(b.GetY1()), v.px(b.GetX2()), v.py(b.GetY2()));
            if (Pens.isFilled(b)) {
                Pens.fill(g, r, b);
            }
            // ROOT outlines a box only when it is hollow
            if (!Pens.isFilled(b) && Pens.useLine(g, b)) {
                g.draw(r);
            }
        } else if (o instanceof TEllipse e) {
            ellipse(g, v, e);
        } else if (o instanceof TMarker m) {
            double x = m.GetNDC() ? v.ndcX(m.GetX()) : v.px(m.GetX());
            double y = m.GetNDC() ? v.ndcY(m.GetY()) : v.py(m.GetY());
            Pens.marker(g, m, x, y);
        } else {
            return false;
        }
        return true;
    }

    /** A box between two corners in pixels, its edges on pixel centres. */
    static Rectangle2D rect(double x1, double y1, double x2, double y2) {
        double left = PadView.snap(Math.min(x1, x2));
        double top = PadView.snap(Math.min(y1, y2));
        return new Rectangle2D.Double(left, top, PadView.snap(Math.max(x1, x2)) - left, PadView.snap(Math.max(y1, y2)) - top);
    }

    /** The line in pixels, its ends on pixel centres as ROOT's integer pixels put them. */
    private static Line2D line(PadView v, TLine l) {
        boolean ndc = l.GetNDC();
        return new Line2D.Double(PadView.snap(ndc ? v.ndcX(l.GetX1()) : v.px(l.GetX1())),
                PadView.snap(ndc ? v.ndcY(l.GetY1()) : v.py(l.GetY1())),
                PadView.snap(ndc ? v.ndcX(l.GetX2()) : v.px(l.GetX2())),
                PadView.snap(ndc ? v.ndcY(l.GetY2()) : v.py(l.GetY2())));
    }

    /** TArrow: the line and its heads, of arrow size × the pad's smaller side, filled for "|>". */
    private static void arrow(Graphics2D g, PadView v, TArrow a) {
        Line2D l = line(v, a);
        if (!Pens.useLine(g, a)) {
            return;
        }
        g.draw(l);
        String opt = a.GetOption();
        double size = a.GetArrowSize() * Math.min(v.w, v.h);
        double half = Math.toRadians(a.GetAngle() / 2);
        boolean filled = opt.contains("|");
        if (opt.contains(">")) {
            head(g, a, l.getX2(), l.getY2(), l.getX1(), l.getY1(), size, half, filled);
        }
        if (opt.contains("<")) {
            head(g, a, l.getX1(), l.getY1(), l.getX2(), l.getY2(), size, half, filled);
        }
    }

    private static void head(Graphics2D g, TArrow a, double tx, double ty, double fx, double fy, double size,
            double half, boolean filled) {
        double dir = Math.atan2(ty - fy, tx - fx);
        Path2D.Double p = new Path2D.Double();
        p.moveTo(tx - size * Math.cos(dir - half), ty - size * Math.sin(dir - half));
        p.lineTo(tx, ty);
        p.lineTo(tx - size * Math.cos(dir + half), ty - size * Math.sin(dir + half));
        if (filled) {
            p.closePath();
            Pens.fill(g, p, a);
            Pens.useLine(g, a);
        }
        g.draw(p);
    }

    private static void ellipse(Graphics2D g, PadView v, TEllipse e) {
        double cx = v.px(e.GetX1());
        double cy = v.py(e.GetY1());
        double rx = Math.abs(v.px(e.GetX1() + e.GetR1()) - cx);
        double ry = Math.abs(v.py(e.GetY1() + e.GetR2()) - cy);
        boolean full = e.GetPhimax() - e.GetPhimin() >= 360;
        Arc2D.Double arc = new Arc2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry, e.GetPhimin(),
                e.GetPhimax() - e.GetPhimin(), full ? Arc2D.OPEN : Arc2D.PIE);
        var shape = AffineTransform.getRotateInstance(-Math.toRadians(e.GetTheta()), cx, cy).createTransformedShape(arc);
        if (Pens.isFilled(e)) {
            Pens.fill(g, shape, e);
        }
        if (Pens.useLine(g, e)) {
            g.draw(shape);
        }
    }

    /** TPaveText: the box, then its lines spread evenly over the height, centred unless aligned otherwise. */
    private static void paveText(Graphics2D g, PadView v, TPaveText pave) {
        Rectangle2D r = PaveBox.pixels(v, pave);
        PaveBox.box(g, r, pave);
        var lines = pave.GetListOfLines();
        int n = lines.GetSize();
        if (n == 0) {
            return;
        }
        double lineH = r.getHeight() / n;
        double margin = pave.GetMargin() * r.getWidth();
        // TPaveText: without a size, 85% of a line's height, made smaller so that the longest line fits
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (lines.At(i) instanceof TText t) {
                texts.add(t.GetTitle());
            }
        }
        double automatic = PaveBox.fitted(v.textPx(0.85 * lineH / v.h), texts, pave.GetTextFont(), 0.98 * r.getWidth());
        for (int i = 0; i < n; i++) {
            if (!(lines.At(i) instanceof TText t)) {
                continue;
            }
            int align = t.GetTextAlign() != 0 ? t.GetTextAlign() : pave.GetTextAlign();
            double sizeNdc = t.GetTextSize() != 0 ? t.GetTextSize() : pave.GetTextSize();
            double size = sizeNdc > 0 ? v.textPx(sizeNdc) : automatic;
            int font = t.GetTextFont() != 0 ? t.GetTextFont() : pave.GetTextFont();
            int color = t.GetTextColor() != 0 ? t.GetTextColor() : pave.GetTextColor();
            double yc = t.GetX() == 0 && t.GetY() == 0 ? r.getY() + (i + 0.5) * lineH
                    : r.getMaxY() - t.GetY() * r.getHeight();
            double x = switch (align / 10) {
                case 1 -> r.getX() + margin;
                case 3 -> r.getMaxX() - margin;
                default -> r.getCenterX();
            };
            if (t.GetX() != 0) {
                x = r.getX() + t.GetX() * r.getWidth();
            }
            Text.draw(g, t.GetTitle(), x, yc, align / 10 * 10 + 2, t.GetTextAngle(), font, size, color);
        }
    }

    // ---- legends ----

    /**
     * A legend: its box, then the entries in rows (and columns) with a padding of 3% of the box;
     * each row holds a symbol in the first fMargin part of its column (line, fill box, marker,
     * error bar, with the object's own attributes) and the label after it, as big as the row
     * allows unless a text size is set. An automatically placed legend goes where it hides least.
     */
    static void legend(Graphics2D g, PadView v, TLegend legend) {
        if (legend.IsAutoPlaced()) {
            place(v, legend);
        }
        Rectangle2D r = PaveBox.pixels(v, legend);
        PaveBox.box(g, r, legend);
        var entries = legend.GetListOfPrimitives();
        int n = entries.GetSize();
        if (n == 0) {
            return;
        }
        int columns = Math.max(1, legend.GetNColumns());
        boolean header = entries.At(0) instanceof TLegendEntry e && e.GetOption().contains("h");
        int rows = Math.max(1, (header ? 1 : 0) + ((n - (header ? 1 : 0)) + columns - 1) / columns);
        double padX = 0.03 * r.getWidth() / columns;
        double padY = 0.03 * r.getHeight();
        double separation = legend.GetEntrySeparation();
        double rowH = (r.getHeight() - 2 * padY) / (rows + (rows - 1) * separation);
        double columnW = (r.getWidth() - 2 * padX) / columns;
        double boxW = legend.GetMargin() * columnW;
        double size = labelSize(v, legend, rowH, columnW - boxW);
        int row = 0;
        int column = 0;
        for (int i = 0; i < n; i++) {
            if (!(entries.At(i) instanceof TLegendEntry entry)) {
                continue;
            }
            double y0 = r.getY() + padY + row * rowH * (1 + separation);
            double yc = y0 + rowH / 2;
            if (i == 0 && header) {
                Text.draw(g, entry.GetLabel(), r.getX() + padX, yc, 12, 0, legend.GetTextFont(), size, legend.GetTextColor());
                row++;
                continue;
            }
            double x0 = r.getX() + padX + column * columnW;
            symbol(g, entry, x0, y0, boxW - padX, rowH);
            Text.draw(g, entry.GetLabel(), x0 + boxW, yc, 12, 0, legend.GetTextFont(), size, legend.GetTextColor());
            if (++column == columns) {
                column = 0;
                row++;
            }
        }
    }

    /**
     * The labels' one text size: the legend's own, or as big as a row allows while the longest
     * label still fits its column.
     */
    private static double labelSize(PadView v, TLegend legend, double rowH, double width) {
        if (legend.GetTextSize() > 0) {
            return v.textPx(legend.GetTextSize());
        }
        double size = rowH;
        for (TObject o : legend.GetListOfPrimitives()) {
            if (o instanceof TLegendEntry entry && !entry.GetLabel().isEmpty()) {
                LatexText.Extent e = LatexText.parse(entry.GetLabel()).measure(legend.GetTextFont(), rowH);
                double fit = Math.min(e.height() > 0 ? rowH / e.height() : 1, e.width() > 0 ? width / e.width() : 1);
                size = Math.min(size, rowH * fit);
            }
        }
        return size;
    }

    /** The symbol of an entry in the box from x0 over width, on the row from y0 of height rowH. */
    private static void symbol(Graphics2D g, TLegendEntry entry, double x0, double y0, double width, double rowH) {
        String opt = entry.GetOption().toLowerCase();
        TObject o = entry.GetObject();
        TAttLine line = o instanceof TAttLine l ? l : entry;
        TAttFill fill = o instanceof TAttFill f ? f : entry;
        TAttMarker marker = o instanceof TAttMarker m ? m : entry;
        double xc = x0 + width / 2;
        double yc = y0 + rowH / 2;
        if (opt.contains("f") && Pens.isFilled(fill) && fill.GetFillColor() != 0) {
            Rectangle2D box = new Rectangle2D.Double(x0, y0 + 0.1 * rowH, width, 0.8 * rowH);
            Pens.fill(g, box, fill);
            // a fill alone is outlined in the object's line
            if (!opt.contains("l") && !opt.contains("e") && !opt.contains("p") && Pens.useLine(g, line)) {
                g.draw(box);
            }
        }
        if (opt.contains("l") && Pens.useLine(g, line)) {
            g.draw(new Line2D.Double(x0, PadView.snap(yc), x0 + width, PadView.snap(yc)));
        }
        if (opt.contains("e") && Pens.useLine(g, line)) {
            g.draw(new Line2D.Double(xc, y0, xc, y0 + rowH));
        }
        if (opt.contains("p")) {
            Pens.marker(g, marker, xc, yc);
        }
    }

    /** ROOT 6's automatic placement, simplified: the first of the frame's corners (then its sides) that covers the least data. */
    private static void place(PadView v, TLegend legend) {
        double w = legend.GetAutoWidth();
        double h = legend.GetAutoHeight();
        var pad = v.pad;
        double left = pad.GetLeftMargin() + 0.02;
        double right = 1 - pad.GetRightMargin() - 0.02;
        double bottom = pad.GetBottomMargin() + 0.02;
        double top = 1 - pad.GetTopMargin() - 0.02;
        double[][] corners = {
            {right - w, top - h}, {left, top - h}, {right - w, bottom}, {left, bottom},
            {(left + right - w) / 2, top - h}, {right - w, (bottom + top - h) / 2}, {left, (bottom + top - h) / 2},
        };
        double[] best = corners[0];
        int least = Integer.MAX_VALUE;
        for (double[] c : corners) {
            int used = v.usedIn(c[0], c[1], c[0] + w, c[1] + h);
            if (used < least) {
                least = used;
                best = c;
            }
        }
        legend.SetX1(best[0]);
        legend.SetY1(best[1]);
        legend.SetX2(best[0] + w);
        legend.SetY2(best[1] + h);
    }
}
