package org.rootprompt.display.paint;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.rootprompt.root.core.Globals;
import org.rootprompt.root.gpad.TGaxis;
import org.rootprompt.root.gpad.TStyle;
import org.rootprompt.root.hist.TF1;

/**
 * A TGaxis as TGaxis::PaintAxis draws it: the geometry is worked out in the pad's NDC (x across
 * the width, y up the height), along the axis and across it, then turned by the axis's angle
 * (TGaxis::Rotate); ticks and labels come from {@link AxisTicks}. Tick length is a fraction of the
 * axis's length, label offsets and sizes fractions of the pad, as ROOT takes them.
 */
final class GaxisPainter {
    private GaxisPainter() {}

    private static final double EPSILON = 1e-5;

    /** A point in the pad's NDC. */
    record Ndc(double u, double t) {}

    /** One label: its text and where its anchor is, in pixels, with ROOT's alignment code. */
    record Label(String text, double px, double py, int align) {}

    /** The axis's placement: its start in NDC, length and direction, tick and label sides. */
    private record Geometry(Ndc start, double length, double cos, double sin, int mside, int lside) {
        /** TGaxis::Rotate: a point {@code along} the axis and {@code across} it (positive to the left when walking it). */
        Ndc at(double along, double across) {
            return new Ndc(cos * along - sin * across + start.u(), sin * along + cos * across + start.t());
        }
    }

    static void paint(Graphics2D g, PadView v, TGaxis a) {
        String opt = a.GetOption();
        Ndc p0 = ndc(v, a.GetX1(), a.GetY1());
        Ndc p1 = ndc(v, a.GetX2(), a.GetY2());
        if (a.GetNdiv() < 0) {
            Globals.Error("TGaxis::PaintAxis", "Invalid number of divisions: %d", a.GetNdiv());
            return;
        }
        Geometry geo = geometry(p0, p1, opt);
        if (geo.length() == 0) {
            Globals.Error("TGaxis::PaintAxis", "length of axis is 0");
            return;
        }
        boolean usable = Pens.useLine(g, a);
        if (usable && opt.indexOf('B') < 0) {
            line(g, v, p0, p1);
        }
        double wmin = a.GetWmin();
        double wmax = a.GetWmax();
        if (a.GetNdiv() == 0) {
            return;
        }
        if (wmin == wmax) {
            Globals.Error("TGaxis::PaintAxis", "wmin (%f) == wmax (%f)", wmin, wmax);
            return;
        }
        boolean log = opt.indexOf('G') >= 0;
        if (log && (wmin <= 0 || wmax <= 0)) {
            Globals.Error("TGaxis::PaintAxis", "negative logarithmic axis");
            return;
        }
        AxisTicks ticks = AxisTicks.Compute(wmin, wmax, a.GetNdiv(), opt, a.TestBit(TGaxis.kNoExponent),
                a.TestBit(TGaxis.kMoreLogLabels));
        DoubleUnaryOperator along = position(a, log, geo.length());
        ticks(g, v, a, geo, ticks, along, usable);
        if (opt.indexOf('W') >= 0) {
            grid(g, v, a, geo, ticks, along);
        }
        for (Label l : labels(v, a, p0, p1)) {
            Text.draw(g, l.text(), l.px(), l.py(), l.align(), labelAngle(p0, p1, geo, opt), a.GetLabelFont(),
                    v.textPx(a.GetLabelSize()), a.GetLabelColor());
        }
        if (ticks.exponent() != 0 && opt.indexOf('U') < 0) {
            // the ×10^{n} factor just past the end of the axis
            double end = (p0.u() != p1.u() ? geo.length() : p1.t() - p0.t()) + 0.1 * a.GetLabelSize();
            Ndc f = geo.at(end, 0);
            Text.draw(g, AxisPainter.minus(ticks.exponentLabel()), v.ndcX(f.u()), v.ndcY(f.t()), 11, 0,
                    a.GetLabelFont(), v.textPx(a.GetLabelSize()), a.GetLabelColor());
        }
        title(g, v, a, p0, p1, geo);
    }

    /** The labels of the axis with their pixel anchors, as they are drawn (for tests too). */
    static List<Label> labels(PadView v, TGaxis a, Ndc p0, Ndc p1) {
        String opt = a.GetOption();
        Geometry geo = geometry(p0, p1, opt);
        boolean log = opt.indexOf('G') >= 0;
        if (geo.length() == 0 || a.GetNdiv() <= 0 || a.GetWmin() == a.GetWmax() || opt.indexOf('U') >= 0
                || a.GetLabelOffset() > 1.1 || (log && (a.GetWmin() <= 0 || a.GetWmax() <= 0))) {
            return List.of(); // TGaxis draws no labels then (the errors are reported by paint)
        }
        AxisTicks ticks = AxisTicks.Compute(a.GetWmin(), a.GetWmax(), a.GetNdiv(), opt, a.TestBit(TGaxis.kNoExponent),
                a.TestBit(TGaxis.kMoreLogLabels));
        DoubleUnaryOperator along = position(a, log, geo.length());
        double across = labelDistance(a, p0, p1, geo, opt, log);
        int align = labelAlign(p0, p1, geo, opt);
        List<Double> xs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (AxisTicks.Label l : ticks.labels()) {
            double x = along.applyAsDouble(l.value());
            if (x >= -EPSILON && x <= geo.length() + EPSILON) {
                xs.add(x);
                texts.add(AxisPainter.minus(l.text()));
            }
        }
        boolean centred = a.TestBit(TGaxis.kCenterLabels);
        List<Label> placed = new ArrayList<>();
        for (int i = 0; i < xs.size() - (centred ? 1 : 0); i++) {
            // CenterLabels: each label half-way to the next, the last one dropped
            double x = centred ? (xs.get(i) + xs.get(i + 1)) / 2 : xs.get(i);
            Ndc p = geo.at(x, across);
            // a horizontal axis's labels hang below their point by 0.8 of their size
            double t = p0.t() == p1.t() ? p.t() - 0.8 * a.GetLabelSize() : p.t();
            placed.add(new Label(texts.get(i), v.ndcX(p.u()), v.ndcY(t), align));
        }
        return placed;
    }

    static Ndc ndc(PadView v, double x, double y) {
        return new Ndc((v.px(x) - v.x) / v.w, 1 - (v.py(y) - v.y) / v.h);
    }

    private static Geometry geometry(Ndc p0, Ndc p1, String opt) {
        double dx = p1.u() - p0.u();
        double dy = p1.t() - p0.t();
        double phi = dx == 0 ? (dy >= 0 ? 0.5 * Math.PI : 1.5 * Math.PI) : Math.atan2(dy, dx);
        double cos = Math.abs(Math.cos(phi)) <= EPSILON ? 0 : Math.cos(phi);
        double sin = Math.abs(Math.sin(phi)) <= EPSILON ? 0 : Math.sin(phi);
        boolean plus = opt.indexOf('+') >= 0;
        boolean minus = opt.indexOf('-') >= 0;
        boolean equal = opt.indexOf('=') >= 0;
        // ticks on the positive side, except on an upward vertical axis; labels on the other side
        int mside = dx == 0 && dy > 0 ? -1 : 1;
        if (plus) {
            mside = 1;
        }
        if (minus) {
            mside = -1;
        }
        if (plus && minus) {
            mside = 0;
        }
        int lside = equal ? mside : -mside;
        if (plus && minus) {
            lside = equal ? 1 : -1;
        }
        return new Geometry(p0, Math.hypot(dx, dy), cos, sin, mside, lside);
    }

    /** Where a value lies along the axis (NDC from its start): linear, log10, or through the axis's function. */
    private static DoubleUnaryOperator position(TGaxis a, boolean log, double length) {
        double wmin = a.GetWmin();
        double wmax = a.GetWmax();
        TF1 f = a.GetFunction();
        if (f != null) {
            double lo = Math.min(f.Eval(wmin), f.Eval(wmax));
            double hi = Math.max(f.Eval(wmin), f.Eval(wmax));
            return w -> (f.Eval(w) - lo) * length / (hi - lo);
        }
        if (log) {
            return w -> (Math.log10(w) - Math.log10(wmin)) * length / (Math.log10(wmax) - Math.log10(wmin));
        }
        return w -> (w - wmin) * length / (wmax - wmin);
    }

    private static double primaryTick(TGaxis a, Geometry geo) {
        double side = geo.mside() >= 0 ? 1 : -1;
        return side * geo.length() * (a.GetOption().indexOf('S') >= 0 ? a.GetTickSize() : 0.03);
    }

    private static void ticks(Graphics2D g, PadView v, TGaxis a, Geometry geo, AxisTicks ticks,
            DoubleUnaryOperator along, boolean usable) {
        if (!usable) {
            return;
        }
        double primary = primaryTick(a, geo);
        for (AxisTicks.Tick k : ticks.ticks()) {
            double x = along.applyAsDouble(k.value());
            if (x < -EPSILON || x > geo.length() + EPSILON) {
                continue;
            }
            double len = primary * (k.level() == 0 ? 1 : k.level() == 1 ? 0.5 : 0.25);
            // "+-" puts the tick across the axis
            line(g, v, geo.at(x, geo.mside() == 0 ? -len : 0), geo.at(x, len));
        }
    }

    /** Option "W": a grid line of gridlength (0.8 by default) from each primary tick, in gStyle's grid line. */
    private static void grid(Graphics2D g, PadView v, TGaxis a, Geometry geo, AxisTicks ticks, DoubleUnaryOperator along) {
        TStyle s = TStyle.gStyle;
        g.setColor(Pens.color(s.GetGridColor() == 0 ? a.GetLineColor() : s.GetGridColor()));
        g.setStroke(Pens.stroke(s.GetGridWidth(), s.GetGridStyle()));
        double length = a.GetGridLength() == 0 ? 0.8 : a.GetGridLength();
        double side = geo.cos() == 0 && geo.sin() > 0 ? -1 : 1;
        for (AxisTicks.Tick k : ticks.ticks()) {
            double x = along.applyAsDouble(k.value());
            if (k.level() == 0 && x >= -EPSILON && x <= geo.length() + EPSILON) {
                line(g, v, geo.at(x, 0), geo.at(x, side * length));
            }
        }
    }

    /** How far across the axis the labels stand (TGaxis's ylabel), by the axis's orientation and options. */
    private static double labelDistance(TGaxis a, Ndc p0, Ndc p1, Geometry geo, String opt, boolean log) {
        boolean plus = opt.indexOf('+') >= 0;
        boolean minus = opt.indexOf('-') >= 0;
        double offset = a.GetLabelOffset();
        double tick = primaryTick(a, geo);
        double size = a.GetLabelSize();
        double across;
        if (p0.u() == p1.u()) {
            if (plus && !minus) {
                across = opt.indexOf('=') >= 0 ? offset / 2 + tick : -offset;
            } else {
                across = offset + (geo.lside() < 0 ? tick : 0);
            }
            // a log axis's labels move a third of their size further out, as the frame's y axis does
            across += log ? Math.signum(across) * 0.33 * size : 0;
        } else if (p0.t() == p1.t()) {
            if (minus && !plus) {
                across = offset + 0.5 * size + Math.abs(tick);
            } else {
                across = -offset - (geo.mside() <= 0 ? Math.abs(tick) : 0);
            }
            across -= log ? 0.5 * size : 0;
        } else {
            across = geo.mside() + geo.lside() >= 0 ? offset : -offset;
        }
        return across;
    }

    /** TGaxis's label alignment: right of a vertical axis's labels … then "C", "R", "L", then the slant. */
    private static int labelAlign(Ndc p0, Ndc p1, Geometry geo, String opt) {
        int xalign = p0.u() == p1.u() ? 3 : 2;
        int yalign = p0.t() != p1.t() ? 2 : 1;
        if (opt.indexOf('C') >= 0) {
            xalign = 2;
        }
        if (opt.indexOf('R') >= 0) {
            xalign = 3;
        }
        if (opt.indexOf('L') >= 0) {
            xalign = 1;
        }
        if (Math.abs(geo.cos()) > 0.9) {
            xalign = 2;
        } else if (geo.cos() * geo.sin() > 0) {
            xalign = 1;
        } else if (geo.cos() * geo.sin() < 0) {
            xalign = 3;
        }
        return 10 * xalign + yalign;
    }

    /** Labels stand upright on vertical axes ("V": always), and along a slanted axis otherwise. */
    private static double labelAngle(Ndc p0, Ndc p1, Geometry geo, String opt) {
        if (p0.u() == p1.u() || opt.indexOf('V') >= 0) {
            return 0;
        }
        double phi = Math.toDegrees(Math.atan2(geo.sin(), geo.cos()));
        return geo.cos() > 0 ? phi : phi + 180;
    }

    /** The title: at the end of the axis (or its middle) beyond the labels, along the axis as seen on the screen. */
    private static void title(Graphics2D g, PadView v, TGaxis a, Ndc p0, Ndc p1, Geometry geo) {
        String title = a.GetTitle();
        if (title.isEmpty()) {
            return;
        }
        double size = a.GetTitleSize();
        double offset = a.GetTitleOffset();
        double across;
        if (p0.t() == p1.t()) {
            across = geo.lside() * 1.6 * size * (offset == 0 ? TStyle.gStyle.GetTitleOffset("X") : offset);
        } else if (p0.u() == p1.u()) {
            across = geo.lside() * 1.6 * size * (offset == 0 ? 1 : offset);
        } else {
            across = geo.lside() * 1.3 * size * offset;
        }
        boolean center = a.TestBit(TGaxis.kCenterTitle);
        boolean rotate = a.TestBit(TGaxis.kRotateTitle);
        boolean forward = p1.u() >= p0.u();
        int align = center ? 22 : forward != rotate ? 32 : 12;
        // the angle on the screen, where the pad's pixels may not be square
        double angle = p0.u() == p1.u() ? (p1.t() >= p0.t() ? 90 : 270)
                : Math.toDegrees(forward ? Math.atan2((p1.t() - p0.t()) * v.h, (p1.u() - p0.u()) * v.w)
                        : Math.atan2((p0.t() - p1.t()) * v.h, (p0.u() - p1.u()) * v.w));
        Ndc p = geo.at(center ? 0.5 * geo.length() : geo.length(), across);
        Text.draw(g, title, v.ndcX(p.u()), v.ndcY(p.t()), align, rotate ? angle + 180 : angle, a.GetTextFont(),
                v.textPx(size), a.GetTextColor());
    }

    private static void line(Graphics2D g, PadView v, Ndc a, Ndc b) {
        g.draw(new Line2D.Double(PadView.snap(v.ndcX(a.u())), PadView.snap(v.ndcY(a.t())),
                PadView.snap(v.ndcX(b.u())), PadView.snap(v.ndcY(b.t()))));
    }
}
