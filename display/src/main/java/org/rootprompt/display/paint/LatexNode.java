package org.rootprompt.display.paint;

import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One piece of a parsed TLatex formula. Each piece measures itself and draws itself at a baseline
 * point (y grows downwards, as in ROOT's pixel coordinates), with the geometry of TLatex::Analyse:
 * the same script shifts, fraction gaps and root signs, in units of the text size in pixels.
 */
sealed interface LatexNode {
    LatexBox measure(LatexStyle style);

    void draw(LatexPen pen, double x, double y, LatexStyle style);

    /** Plain characters. */
    record Text(String text) implements LatexNode {
        @Override
        public LatexBox measure(LatexStyle style) {
            return LatexPen.measureText(text, style);
        }

        @Override
        public void draw(LatexPen pen, double x, double y, LatexStyle style) {
            pen.text(text, x, y, style);
        }

        @Override
        public String toString() {
            return '"' + text + '"';
        }
    }

    /** A Greek letter or symbol given by name, {@code #alpha}. */
    record Symbol(String name, String glyph) implements LatexNode {
        @Override
        public LatexBox measure(LatexStyle style) {
            return LatexPen.measureText(glyph, style);
        }

        @Override
        public void draw(LatexPen pen, double x, double y, LatexStyle style) {
            pen.text(glyph, x, y, style);
        }

        @Override
        public String toString() {
            return "#" + name;
        }
    }

    /**
     * {@code #sum} and {@code #int}: drawn larger (ROOT: 1.8 and 2.3 times) and lowered, with a box
     * that ROOT makes symmetric about the baseline; their scripts go above and below.
     */
    record BigOperator(String name, String glyph, double scale) implements LatexNode {
        @Override
        public LatexBox measure(LatexStyle style) {
            LatexBox ink = LatexPen.measureText(glyph, style.withPx(style.px() * scale));
            return new LatexBox(ink.width(), 0.45 * ink.over(), 0.45 * ink.over());
        }

        @Override
        public void draw(LatexPen pen, double x, double y, LatexStyle style) {
            pen.text(glyph, x, y + measure(style).under() / 2, style.withPx(style.px() * scale));
        }

        @Override
        public String toString() {
            return "#" + name;
        }
    }

    /** The empty base of {@code {}^{40}_{20}Ca}: as wide and tall as an "I", drawing nothing (as ROOT does). */
    record Strut() implements LatexNode {
        @Override
        public LatexBox measure(LatexStyle style) {
            return LatexPen.measureText("I", style);
        }

        @Override
        public void draw(LatexPen pen, double x, double y, LatexStyle style) {}

        @Override
        public String toString() {
            return "{}";
        }
    }

    /** Pieces side by side. */
    record Row(List<LatexNode> items) implements LatexNode {
        @Override
        public LatexBox measure(LatexStyle style) {
            LatexBox box = LatexBox.EMPTY;
            for (LatexNode item : items) {
                box = box.then(item.measure(style));
            }
            return box;
        }

        @Override
        public void draw(LatexPen pen, double x, double y, LatexStyle style) {
            for (LatexNode item : items) {
                item.draw(pen, x, y, style);
                x += item.measure(style).width();
            }
        }

        @Override
        public String toString() {
            return items.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** {@code base^{sup}_{sub}}; either script may be null. */
    record Scripts(LatexNode base, LatexNode sup, LatexNode sub) implements LatexNode {
        /** TLatex's fFactorPos: how far up the base a superscript starts and down a subscript reaches. */
        private static final double RAISE = 0.6;

        /** Where the three parts go, relative to the baseline point, and the box they make. */
        private record Placement(LatexBox box, double baseX, double supX, double supY, double subX, double subY) {}

        private Placement place(LatexStyle style) {
            LatexStyle small = style.script();
            LatexBox b = base.measure(style);
            LatexBox s = sup == null ? LatexBox.EMPTY : sup.measure(small);
            LatexBox u = sub == null ? LatexBox.EMPTY : sub.measure(small);
            if (base instanceof BigOperator op) {
                // limits centred above and below, with ROOT's spacing factors for #int and #sum
                double width = Math.max(b.width(), Math.max(s.width(), u.width()));
                double below = sup != null && sub != null && op.name().equals("int") ? 0.8 : 0.9;
                double over = sup == null ? b.over() : b.over() * 1.75 + s.height();
                double under = sub == null ? b.under() : b.under() * below + u.height();
                return new Placement(new LatexBox(width, over, under), (width - b.width()) / 2,
                        (width - s.width()) / 2, -b.over() * 1.75 - s.under(),
                        (width - u.width()) / 2, b.under() * below + u.over());
            }
            double baseOver = b.over() > 0 ? b.over() : 1.5 * s.over();
            double over = b.over();
            double under = b.under();
            if (sup != null) {
                over = Math.max(over, baseOver * RAISE + (sub != null ? s.height() : s.over()));
            }
            if (sub != null) {
                under = Math.max(under, b.under() + u.under() + u.over() * RAISE);
            }
            return new Placement(new LatexBox(b.width() + Math.max(s.width(), u.width()), over, under),
                    0, b.width(), -baseOver * RAISE - s.under(), b.width(), b.under() + u.over() * RAISE);
        }

        @Override
        public LatexBox measure(LatexStyle style) {
            return place(style).box();
        }

        @Override
        public void draw(LatexPen pen, double x, double y, LatexStyle style) {
            Placement p = place(style);
            base.draw(pen, x + p.baseX(), y, style);
            if (sup != null) {
                sup.draw(pen, x + p.supX(), y + p.supY(), style.script());
            }
            if (sub != null) {
                sub.draw(pen, x + p.subX(), y + p.subY(), style.script());
            }
        }

        @Override
        public String toString() {
            if (sub == null) {
                return "sup(" + base + ", " + sup + ")";
            }
            return sup == null ? "sub(" + base + ", " + sub + ")" : "supsub(" + base + ", " + sup + ", " + sub + ")";
        }
    }

    /** {@code #frac{top}{bottom}} (with a rule, parts centred) and {@code #splitline{top}{bottom}} (left-aligned lines). */
    record Stack(LatexNode top, LatexNode bottom, boolean fraction) implements LatexNode {
        @Override
        public LatexBox measure(LatexStyle style) {
            LatexBox t = top.measure(style);
            LatexBox b = bottom.measure(style);
            double gap = style.px() / 8;
            return new LatexBox(Math.max(t.width(), b.width()), t.height() + 3 * gap, b.height() - gap);
        }

        @Override
        public void draw(LatexPen pen, double x, double y, LatexStyle style) {
            LatexBox t = top.measure(style);
            LatexBox b = bottom.measure(style);
            double gap = style.px() / 8;
            double width = Math.max(t.width(), b.width());
            double topX = fraction ? (width - t.width()) / 2 : 0;
            double bottomX = fraction ? (width - b.width()) / 2 : 0;
            top.draw(pen, x + topX, y - t.under() - 3 * gap, style);
            bottom.draw(pen, x + bottomX, y + b.over() - gap, style);
            if (fraction) {
                pen.line(x, y - 2 * gap, x + width, y - 2 * gap, style);
            }
        }

        @Override
        public String toString() {
            return (fraction ? "frac(" : "splitline(") + top + ", " + bottom + ")";
        }
    }

    /** {@code #sqrt{body}} and {@code #sqrt[index]{body}}. */
    record Root(LatexNode index, LatexNode body) implements LatexNode {
        @Override
        public LatexBox measure(LatexStyle style) {
            double px = style.px();
            LatexBox b = body.measure(style);
            if (index == null) {
                return new LatexBox(b.width() + px / 2, b.over() + px / 4, b.under());
            }
            LatexBox i = index.measure(style.script());
            return new LatexBox(b.width() + px / 10 + signWidth(i, px), b.over() + i.height() + px / 4, b.under());
        }

        private static double signWidth(LatexBox index, double px) {
            return Math.max(px / 2, index.width());
        }

        @Override
        public void draw(LatexPen pen, double x, double y, LatexStyle style) {
            double px = style.px();
            LatexBox b = body.measure(style);
            double top = y - b.over();
            double bottom = y + b.under();
            double rule = top - px / 4;
            if (index == null) {
                double hook = x + px * 2 / 5;
                double dx = (bottom - rule) / 8;
                body.draw(pen, x + px / 2, y, style);
                // ROOT thickens the down stroke of tall signs
                pen.stroke(new Line2D.Double(hook - 2 * dx, top, hook - dx, bottom), style,
                        Math.max(style.lineWidth(), (float) dx / 2));
                pen.polyline(new double[] {hook - dx, hook, x + px / 2 + b.width()},
                        new double[] {bottom, rule, rule}, style);
                return;
            }
            LatexStyle small = style.script();
            LatexBox i = index.measure(small);
            double sign = signWidth(i, px);
            body.draw(pen, x + sign + px / 10, y, style);
            index.draw(pen, x, top - i.under(), small);
            pen.polyline(new double[] {x, x + sign, x + sign, x + sign + px / 10 + b.width()},
                    new double[] {top, bottom, rule, rule}, style);
        }

        @Override
        public String toString() {
            return index == null ? "sqrt(" + body + ")" : "sqrt[" + index + "](" + body + ")";
        }
    }

    /** {@code #bar}, {@code #vec}, {@code #dot}, {@code #ddot}, {@code #hat}, {@code #check}, {@code #acute}, {@code #grave}, {@code #tilde}, {@code #slash}. */
    record Accent(Mark mark, LatexNode body) implements LatexNode {
        /** The accents, in TLatex's order of search; the command is the lower-case name. */
        enum Mark {
            BAR, VEC, DOT, HAT, DDOT, ACUTE, GRAVE, CHECK, TILDE, SLASH;

            String command() {
                return name().toLowerCase(Locale.ROOT);
            }
        }

        @Override
        public LatexBox measure(LatexStyle style) {
            LatexBox b = body.measure(style);
            return new LatexBox(b.width(), b.over() + style.px() / (mark == Mark.VEC ? 4 : 3), b.under());
        }

        @Override
        public void draw(LatexPen pen, double x, double y, LatexStyle style) {
            body.draw(pen, x, y, style);
            LatexBox b = body.measure(style);
            double s = style.px() / 14;
            double top = y - s - b.over();
            double mid = x + b.width() / 2;
            switch (mark) {
                case BAR -> pen.line(x, top, x + b.width(), top, style);
                case VEC -> {
                    double head = style.px() / 8;
                    double shaft = top - head;
                    pen.line(x, shaft, x + b.width(), shaft, style);
                    pen.polyline(new double[] {x + b.width() - 2 * head, x + b.width(), x + b.width() - 2 * head},
                            new double[] {shaft - head, shaft, shaft + head}, style);
                }
                case DOT -> dot(pen, mid, top, s, style);
                case DDOT -> {
                    dot(pen, mid - 1.5 * s, top, s, style);
                    dot(pen, mid + 1.5 * s, top, s, style);
                }
                case HAT -> pen.polyline(new double[] {mid - b.width() / 3, mid, mid + b.width() / 3},
                        new double[] {top, top - 2 * s, top}, style);
                case CHECK -> pen.polyline(new double[] {mid - 2 * s, mid, mid + 2 * s},
                        new double[] {top - 2 * s, top, top - 2 * s}, style);
                case ACUTE -> pen.line(mid, top + 2 * s, mid + 3 * s, top - 0.5 * s, style);
                case GRAVE -> pen.line(mid - s, top, mid + s, top + 2 * s, style);
                case TILDE -> {
                    double half = Math.max(2 * s, b.width() / 3);
                    Path2D.Double wave = new Path2D.Double();
                    wave.moveTo(mid - half, top);
                    wave.curveTo(mid - half / 2, top - 2 * s, mid + half / 2, top + s, mid + half, top - s);
                    pen.stroke(wave, style, style.lineWidth());
                }
                case SLASH -> pen.line(x + 0.8 * b.width(), y - b.over(), x + 0.3 * b.width(),
                        y - b.over() + 1.2 * b.height(), style);
            }
        }

        private static void dot(LatexPen pen, double x, double top, double s, LatexStyle style) {
            double r = Math.max(style.lineWidth() / 2, s / 2);
            pen.fill(new Rectangle2D.Double(x - r, top - 2 * r, 2 * r, 2 * r), style);
        }

        @Override
        public String toString() {
            return mark.command() + "(" + body + ")";
        }
    }

    /** A change of font, colour or size for a part: {@code #it}, {@code #bf}, {@code #font}, {@code #color}, {@code #scale}, {@code #mbox}. */
    record Restyle(String label, UnaryOperator<LatexStyle> change, LatexNode body) implements LatexNode {
        @Override
        public LatexBox measure(LatexStyle style) {
            return body.measure(change.apply(style));
        }

        @Override
        public void draw(LatexPen pen, double x, double y, LatexStyle style) {
            body.draw(pen, x, y, change.apply(style));
        }

        @Override
        public String toString() {
            return label + "(" + body + ")";
        }
    }

    /** {@code #kern[dx]{…}} moves a part right by dx of its width; {@code #lower[dy]{…}} down by dy of its height. */
    record Shift(boolean horizontal, double amount, LatexNode body) implements LatexNode {
        @Override
        public LatexBox measure(LatexStyle style) {
            LatexBox b = body.measure(style);
            if (horizontal) {
                return new LatexBox(b.width() * (1 + amount), b.over(), b.under());
            }
            double down = amount * b.height();
            return new LatexBox(b.width(), Math.max(0, b.over() - down), Math.max(0, b.under() + down));
        }

        @Override
        public void draw(LatexPen pen, double x, double y, LatexStyle style) {
            LatexBox b = body.measure(style);
            if (horizontal) {
                body.draw(pen, x + amount * b.width(), y, style);
            } else {
                body.draw(pen, x, y + amount * b.height(), style);
            }
        }

        @Override
        public String toString() {
            return (horizontal ? "kern[" : "lower[") + amount + "](" + body + ")";
        }
    }

    /** Brackets that grow with what they hold: {@code #left( … #right)} or {@code #(){…}}, and [ ], { }, | |. */
    record Delimited(char kind, LatexNode body) implements LatexNode {
        /** The opening angle of ROOT's parenthesis arcs, in degrees either side of the horizontal. */
        private static final double ARC = 35;

        @Override
        public LatexBox measure(LatexStyle style) {
            LatexBox b = body.measure(style);
            double l = style.px() / 4;
            double extra = switch (kind) {
                case '(' -> 3 * l + 2 * arcDepth(b);
                case '{' -> 5 * curlyTip(b, l);
                default -> 3 * l;
            };
            return new LatexBox(b.width() + extra, b.over(), b.under());
        }

        private static double arcDepth(LatexBox b) {
            return b.height() * 2 / 3 * (1 - Math.cos(Math.toRadians(ARC)));
        }

        private static double curlyTip(LatexBox b, double l) {
            return Math.min(b.height() / 8, l);
        }

        @Override
        public void draw(LatexPen pen, double x, double y, LatexStyle style) {
            LatexBox b = body.measure(style);
            double l = style.px() / 4;
            double l2 = l / 2;
            double top = y - b.over();
            double bottom = y + b.under();
            switch (kind) {
                case '(' -> {
                    double depth = arcDepth(b);
                    double rx = b.height() * 2 / 3;
                    double ry = b.height();
                    double centreY = y - (b.over() - b.under()) / 2;
                    double leftX = x + l2 + rx;
                    double rightX = x + 5 * l2 + 2 * depth + b.width() - rx;
                    pen.stroke(new Arc2D.Double(leftX - rx, centreY - ry, 2 * rx, 2 * ry, 180 - ARC, 2 * ARC, Arc2D.OPEN),
                            style, style.lineWidth());
                    pen.stroke(new Arc2D.Double(rightX - rx, centreY - ry, 2 * rx, 2 * ry, -ARC, 2 * ARC, Arc2D.OPEN),
                            style, style.lineWidth());
                    body.draw(pen, x + 3 * l2 + depth, y, style);
                }
                case '{' -> {
                    double tip = curlyTip(b, l);
                    double middle = y + (b.under() - b.over()) / 2;
                    double left = x + l2 + tip;
                    double right = left + b.width() + 2 * tip;
                    curly(pen, left, tip, top, middle, bottom, style);
                    curly(pen, right, -tip, top, middle, bottom, style);
                    body.draw(pen, x + 2 * tip + l2, y, style);
                }
                default -> {
                    double left = x + l2;
                    double right = left + b.width() + 2 * l;
                    if (kind == '[') {
                        pen.polyline(new double[] {left + l, left, left, left + l}, new double[] {top, top, bottom, bottom}, style);
                        pen.polyline(new double[] {right - l, right, right, right - l}, new double[] {top, top, bottom, bottom}, style);
                    } else {
                        pen.line(left, top, left, bottom, style);
                        pen.line(right, top, right, bottom, style);
                    }
                    body.draw(pen, x + l2 + l, y, style);
                }
            }
        }

        /** ROOT's straight-line curly bracket: a bar with serifs and a point at mid-height; {@code tip} < 0 opens it left. */
        private static void curly(LatexPen pen, double bar, double tip, double top, double middle, double bottom, LatexStyle style) {
            double point = bar - tip;
            double serif = bar + tip;
            pen.polyline(new double[] {serif, bar, bar, point, bar, bar, serif},
                    new double[] {top, top, middle - Math.abs(tip), middle, middle + Math.abs(tip), bottom, bottom}, style);
        }

        @Override
        public String toString() {
            return "left" + kind + "(" + body + ")";
        }
    }
}
