package org.rootprompt.display.paint;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import org.rootprompt.root.core.TAttAxis;
import org.rootprompt.root.gpad.TStyle;
import org.rootprompt.root.hist.TAxis;

/**
 * The axes of a frame as THistPainter::PaintAxis asks TGaxis to draw them: ticks inside the
 * frame (length a fraction of the pad, scaled as TGaxis does), labels from {@link AxisTicks},
 * the ×10^{n} factor, titles at the axis end (or centred), the grid and the opposite ticks.
 */
final class AxisPainter {
    private AxisPainter() {}

    /** Pixel positions of the labels, for tests: value, pixel along the axis. */
    record Placed(double value, double pixel, String text) {}

    static void paint(Graphics2D g, PadView v, TAxis xaxis, TAxis yaxis) {
        TStyle style = TStyle.gStyle;
        AxisTicks xt = ticks(xaxis, v.xmin(), v.xmax(), v.logx(), v.pad.GetWNDC());
        AxisTicks yt = ticks(yaxis, v.ymin(), v.ymax(), v.logy(), v.pad.GetHNDC());
        if (v.pad.GetGridx() || v.pad.GetGridy()) {
            int gridColor = style.GetGridColor() == 0 ? xaxis.GetAxisColor() : style.GetGridColor();
            g.setColor(Pens.color(gridColor));
            g.setStroke(Pens.stroke(style.GetGridWidth(), style.GetGridStyle()));
            if (v.pad.GetGridx()) {
                for (AxisTicks.Tick t : xt.ticks()) {
                    if (t.level() == 0 && inside(v.px(t.value()), v.frameLeft(), v.frameRight())) {
                        double px = PadView.snap(v.px(t.value()));
                        g.draw(new Line2D.Double(px, v.frameTop(), px, v.frameBottom()));
                    }
                }
            }
            if (v.pad.GetGridy()) {
                for (AxisTicks.Tick t : yt.ticks()) {
                    if (t.level() == 0 && inside(v.py(t.value()), v.frameTop(), v.frameBottom())) {
                        double py = PadView.snap(v.py(t.value()));
                        g.draw(new Line2D.Double(v.frameLeft(), py, v.frameRight(), py));
                    }
                }
            }
        }
        xAxis(g, v, xaxis, xt);
        yAxis(g, v, yaxis, yt);
    }

    static AxisTicks ticks(TAttAxis axis, double min, double max, boolean log, double padFraction) {
        int ndiv = AxisTicks.ScaledDivisions(axis.GetNdivisions(), padFraction);
        return AxisTicks.Compute(min, max, ndiv, log ? "G" : "", axis.GetNoExponent(), axis.GetMoreLogLabels());
    }

    private static boolean inside(double p, double a, double b) {
        return p >= Math.min(a, b) - 0.5 && p <= Math.max(a, b) + 0.5;
    }

    /** TGaxis's tick length: a fraction of the pad, scaled by the frame's share of the other side. */
    private static double tickPx(TAttAxis axis, PadView v, boolean vertical) {
        double frame = vertical ? v.frameBottom() - v.frameTop() : v.frameRight() - v.frameLeft();
        return axis.GetTickLength() * (vertical ? frame / v.h * v.w : frame / v.w * v.h);
    }

    private static double levelFactor(int level) {
        return level == 0 ? 1 : level == 1 ? 0.5 : 0.25;
    }

    private static void xAxis(Graphics2D g, PadView v, TAxis axis, AxisTicks t) {
        double y0 = v.frameBottom();
        double tick = tickPx(axis, v, false);
        g.setColor(Pens.color(axis.GetAxisColor()));
        g.setStroke(new BasicStroke(1f));
        for (AxisTicks.Tick k : axis.IsAlphanumeric() ? binEdges(axis) : t.ticks()) {
            double px = PadView.snap(v.px(k.value()));
            if (!inside(px, v.frameLeft(), v.frameRight())) {
                continue;
            }
            double len = tick * levelFactor(k.level());
            // "+" (the default) inside the frame, "-" outside, "+-" across the axis
            g.draw(new Line2D.Double(px, y0 + (axis.GetTicks().contains("-") ? len : 0),
                    px, y0 - (axis.GetTicks().equals("-") ? 0 : len)));
            if (v.pad.GetTickx() != 0) {
                g.draw(new Line2D.Double(px, v.frameTop(), px, v.frameTop() + len));
            }
        }
        // TGaxis works in NDC: below a horizontal axis the label offset and 0.8 of the label size are
        // fractions of the pad's height, and labels stand on that baseline (a log axis: ½ size lower)
        double labelPx = v.textPx(axis.GetLabelSize());
        double drop = axis.GetLabelOffset() + 0.8 * axis.GetLabelSize() + (v.logx() ? 0.5 * axis.GetLabelSize() : 0);
        double labelY = y0 + drop * v.h;
        if (axis.IsAlphanumeric()) {
            // TGaxis: bin labels at 2/3 of the label size, 3 label offsets of the frame below it
            double below = y0 + 3 * axis.GetLabelOffset() * (v.frameBottom() - v.frameTop());
            int angle = axis.GetLast() - axis.GetFirst() + 1 > 50 ? 90 : 0;
            for (int bin = axis.GetFirst(); bin <= axis.GetLast(); bin++) {
                Text.draw(g, axis.GetBinLabel(bin), v.px(axis.GetBinCenter(bin)), below, angle == 0 ? 23 : 32, angle,
                        axis.GetLabelFont(), labelPx * 2 / 3, axis.GetLabelColor());
            }
        }
        for (Placed p : axis.IsAlphanumeric() ? List.<Placed>of() : centred(axis, labels(v, t, false))) {
            Text.draw(g, minus(p.text()), p.pixel(), labelY, 21, 0, axis.GetLabelFont(), labelPx, axis.GetLabelColor());
        }
        if (t.exponent() != 0) {
            // ROOT writes the factor just past the end of the axis, on the axis line
            Text.draw(g, minus(t.exponentLabel()), v.frameRight() + 0.1 * axis.GetLabelSize() * v.w, y0, 11, 0,
                    axis.GetLabelFont(), labelPx, axis.GetLabelColor());
        }
        String title = axis.GetTitle();
        if (!title.isEmpty()) {
            double titlePx = v.textPx(axis.GetTitleSize());
            double ty = y0 + 1.6 * axis.GetTitleOffset() * axis.GetTitleSize() * v.h;
            boolean center = axis.GetCenterTitle();
            double tx = center ? (v.frameLeft() + v.frameRight()) / 2 : v.frameRight();
            Text.draw(g, title, tx, ty, titleAlign(axis), titleAngle(axis, 0), axis.GetTitleFont(), titlePx,
                    axis.GetTitleColor());
        }
    }

    private static void yAxis(Graphics2D g, PadView v, TAxis axis, AxisTicks t) {
        double x0 = v.frameLeft();
        double tick = tickPx(axis, v, true);
        g.setColor(Pens.color(axis.GetAxisColor()));
        g.setStroke(new BasicStroke(1f));
        for (AxisTicks.Tick k : axis.IsAlphanumeric() ? binEdges(axis) : t.ticks()) {
            double py = PadView.snap(v.py(k.value()));
            if (!inside(py, v.frameTop(), v.frameBottom())) {
                continue;
            }
            double len = tick * levelFactor(k.level());
            // a vertical axis's "-" side (the default) is inside the frame, "+" outside
            g.draw(new Line2D.Double(x0 - (axis.GetTicks().contains("+") ? len : 0), py,
                    x0 + (axis.GetTicks().equals("+") ? 0 : len), py));
            if (v.pad.GetTicky() != 0) {
                g.draw(new Line2D.Double(v.frameRight(), py, v.frameRight() - len, py));
            }
        }
        // left of a vertical axis the label offset is a fraction of the pad's width (a log axis: ⅓ size more)
        double labelPx = v.textPx(axis.GetLabelSize());
        double labelX = x0 - (axis.GetLabelOffset() + (v.logy() ? 0.33 * axis.GetLabelSize() : 0)) * v.w;
        double widest = 0;
        if (axis.IsAlphanumeric()) {
            double left = x0 - 3 * axis.GetLabelOffset() * (v.frameRight() - v.frameLeft());
            for (int bin = axis.GetFirst(); bin <= axis.GetLast(); bin++) {
                Text.draw(g, axis.GetBinLabel(bin), left, v.py(axis.GetBinCenter(bin)), 32, 0, axis.GetLabelFont(),
                        labelPx * 2 / 3, axis.GetLabelColor());
                widest = Math.max(widest, Text.width(axis.GetBinLabel(bin), axis.GetLabelFont(), labelPx * 2 / 3));
            }
        }
        for (Placed p : axis.IsAlphanumeric() ? List.<Placed>of() : centred(axis, labels(v, t, true))) {
            Text.draw(g, minus(p.text()), labelX, p.pixel(), 32, 0, axis.GetLabelFont(), labelPx, axis.GetLabelColor());
            widest = Math.max(widest, Text.width(minus(p.text()), axis.GetLabelFont(), labelPx));
        }
        if (t.exponent() != 0) {
            Text.draw(g, minus(t.exponentLabel()), x0, v.frameTop() - 0.1 * axis.GetLabelSize() * v.h, 11, 0,
                    axis.GetLabelFont(), labelPx, axis.GetLabelColor());
        }
        String title = axis.GetTitle();
        if (!title.isEmpty()) {
            double titlePx = v.textPx(axis.GetTitleSize());
            double offset = axis.GetTitleOffset();
            // offset 0: placed just beyond the widest label, as ROOT's automatic offset
            double tx = offset > 0 ? x0 - 1.6 * offset * axis.GetTitleSize() * v.w
                    : labelX - widest - 0.7 * titlePx;
            boolean center = axis.GetCenterTitle();
            double ty = center ? (v.frameTop() + v.frameBottom()) / 2 : v.frameTop();
            Text.draw(g, title, tx, ty, titleAlign(axis), titleAngle(axis, 90), axis.GetTitleFont(), titlePx,
                    axis.GetTitleColor());
        }
    }

    /** TGaxis's title alignment: centred, or ending at the axis end (starting there when rotated). */
    private static int titleAlign(TAxis axis) {
        return axis.GetCenterTitle() ? 22 : axis.GetRotateTitle() ? 12 : 32;
    }

    /** RotateTitle turns the title half a turn. */
    private static double titleAngle(TAxis axis, double angle) {
        return axis.GetRotateTitle() ? angle + 180 : angle;
    }

    /** CenterLabels: each label half-way to the next one, the last one dropped. */
    private static List<Placed> centred(TAxis axis, List<Placed> labels) {
        if (!axis.GetCenterLabels()) {
            return labels;
        }
        List<Placed> shifted = new ArrayList<>();
        for (int i = 0; i + 1 < labels.size(); i++) {
            Placed a = labels.get(i);
            shifted.add(new Placed(a.value(), (a.pixel() + labels.get(i + 1).pixel()) / 2, a.text()));
        }
        return shifted;
    }

    /** A labelled axis's ticks: one at every bin edge. */
    private static List<AxisTicks.Tick> binEdges(TAxis axis) {
        List<AxisTicks.Tick> edges = new ArrayList<>();
        for (int bin = axis.GetFirst(); bin <= axis.GetLast() + 1; bin++) {
            edges.add(new AxisTicks.Tick(axis.GetBinLowEdge(bin), 0));
        }
        return edges;
    }

    /** TGaxis writes a label's minus sign as TLatex's #minus, a longer dash. */
    static String minus(String label) {
        return label.replace("-", "#minus");
    }

    /** The labels that fall on the axis, with their pixel positions along it. */
    static List<Placed> labels(PadView v, AxisTicks t, boolean vertical) {
        return t.labels().stream()
                .map(l -> new Placed(l.value(), vertical ? v.py(l.value()) : v.px(l.value()), l.text()))
                .filter(p -> vertical ? inside(p.pixel(), v.frameTop(), v.frameBottom())
                        : inside(p.pixel(), v.frameLeft(), v.frameRight()))
                .toList();
    }
}
