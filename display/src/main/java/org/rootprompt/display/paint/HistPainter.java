package org.rootprompt.display.paint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.rootprompt.root.core.CFormat;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.gpad.TPaveStats;
import org.rootprompt.root.gpad.TStyle;
import org.rootprompt.root.hist.TAxis;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH2;
import org.rootprompt.root.hist.TProfile;

/** One- and two-dimensional histograms as THistPainter draws them, with their title and stat box. */
final class HistPainter {
    private HistPainter() {}

    // ---- ranges ----

    /** The frame THistPainter::PaintInit gives a histogram drawn with this option; null when it cannot be drawn. */
    static AxisTicks.Frame frame(TH1 h, DrawOption o, boolean logx, boolean logy) {
        TAxis xa = h.GetXaxis();
        AxisTicks.Range xr = AxisTicks.HistogramXRange(edges(xa), logx);
        if (xr == null) {
            return null;
        }
        if (h instanceof TH2 h2) {
            AxisTicks.Range yr = AxisTicks.HistogramXRange(edges(h2.GetYaxis()), logy);
            return yr == null ? null : new AxisTicks.Frame(xr.min(), xr.max(), yr.min(), yr.max());
        }
        AxisTicks.Range yr = yRange(contents(h), o.drawsErrors() ? errors(h) : null, h, logy);
        return yr == null ? null : new AxisTicks.Frame(xr.min(), xr.max(), yr.min(), yr.max());
    }

    static AxisTicks.Range yRange(double[] contents, double[] errors, TH1 h, boolean logy) {
        TStyle s = TStyle.gStyle;
        return AxisTicks.HistogramYRange(contents, errors, h.GetMinimumStored(), h.GetMaximumStored(), logy,
                s.GetHistMinimumZero(), s.GetHistTopMargin());
    }

    /** The edges of the bins in the axis range. */
    static double[] edges(TAxis a) {
        int first = a.GetFirst();
        int last = a.GetLast();
        double[] e = new double[last - first + 2];
        for (int i = first; i <= last; i++) {
            e[i - first] = a.GetBinLowEdge(i);
        }
        e[e.length - 1] = a.GetBinUpEdge(last);
        return e;
    }

    static double[] contents(TH1 h) {
        TAxis a = h.GetXaxis();
        double[] c = new double[a.GetLast() - a.GetFirst() + 1];
        for (int i = 0; i < c.length; i++) {
            c[i] = h.GetBinContent(a.GetFirst() + i);
        }
        return c;
    }

    static double[] errors(TH1 h) {
        TAxis a = h.GetXaxis();
        double[] e = new double[a.GetLast() - a.GetFirst() + 1];
        for (int i = 0; i < e.length; i++) {
            e[i] = h.GetBinError(a.GetFirst() + i);
        }
        return e;
    }

    /**
     * ROOT's default for an empty option: error bars when the histogram has sums of squared
     * weights (a profile always has them: it keeps its sums of y² there); TH2 without a known
     * option is drawn as SCAT.
     */
    static DrawOption effectiveOption(TH1 h, String option) {
        DrawOption o = DrawOption.parse(option);
        if (!(h instanceof TH2) && !o.hist && o.error == 0 && !o.bar && !o.text && !o.markers && !o.line
                && !o.curve && (h.GetSumw2N() > 0 || h instanceof TProfile)) {
            o.error = 1;
        }
        if (h instanceof TH2 && !(o.col || o.box || o.text || o.cont || o.lego || o.surf || o.scat)) {
            o.scat = true;
        }
        return o;
    }

    // ---- 1-D ----

    /** The histogram as its option asks, clipped to the frame (the texts of "TEXT" are not clipped). */
    static void paint1D(Graphics2D g, PadView v, TH1 h, DrawOption o) {
        TAxis a = h.GetXaxis();
        int first = a.GetFirst();
        int last = a.GetLast();
        double base = v.logy() ? v.ymin() : Math.max(v.ymin(), Math.min(0, v.ymax()));
        Shape savedClip = g.getClip();
        g.clip(v.dataArea());
        if (o.bar) {
            bars(g, v, h, first, last, base, o.barSide);
        }
        if (o.drawsHistogram()) {
            steps(g, v, h, first, last, base);
        }
        if (o.error > 0) {
            errorBars(g, v, h, o, first, last);
        }
        if (o.line || o.curve) {
            through(g, v, h, first, last, o.curve);
        }
        if (o.markers || o.error > 0) {
            for (int i = first; i <= last; i++) {
                double c = h.GetBinContent(i);
                if (c != 0 || o.error == 10) {
                    Pens.marker(g, h, v.px(a.GetBinCenter(i)), v.py(c));
                }
            }
        }
        g.setClip(savedClip);
        if (o.text) {
            texts(g, v, h, o, first, last);
        }
    }

    /** The line histogram ("HIST"): a step at every bin edge, down to the base at both ends; filled when asked. */
    private static void steps(Graphics2D g, PadView v, TH1 h, int first, int last, double base) {
        TAxis a = h.GetXaxis();
        Path2D.Double p = new Path2D.Double();
        double yb = PadView.snap(v.py(base));
        p.moveTo(PadView.snap(v.px(a.GetBinLowEdge(first))), yb);
        for (int i = first; i <= last; i++) {
            double y = PadView.snap(GraphPainter.clampPixel(v.py(h.GetBinContent(i))));
            double x1 = PadView.snap(v.px(a.GetBinLowEdge(i)));
            double x2 = PadView.snap(v.px(a.GetBinUpEdge(i)));
            p.lineTo(x1, y);
            p.lineTo(x2, y);
            v.markLine(x1, y, x2, y);
        }
        p.lineTo(PadView.snap(v.px(a.GetBinUpEdge(last))), yb);
        if (Pens.isFilled(h) && h.GetFillColor() != 0) {
            Path2D.Double area = new Path2D.Double(p);
            area.closePath();
            Pens.fill(g, area, h);
        }
        if (Pens.useLine(g, h)) {
            g.draw(p);
        }
    }

    /** "BAR": a filled box per bin of gStyle's bar width and offset; BARn shades n × 10% of each side. */
    private static void bars(Graphics2D g, PadView v, TH1 h, int first, int last, double base, int side) {
        TAxis a = h.GetXaxis();
        double width = TStyle.gStyle.GetBarWidth();
        double offset = TStyle.gStyle.GetBarOffset();
        for (int i = first; i <= last; i++) {
            double w = a.GetBinWidth(i);
            double x1 = v.px(a.GetBinLowEdge(i) + offset * w);
            double x2 = v.px(a.GetBinLowEdge(i) + (offset + width) * w);
            double y1 = v.py(h.GetBinContent(i));
            double y2 = v.py(base);
            Rectangle2D r = new Rectangle2D.Double(x1, Math.min(y1, y2), x2 - x1, Math.abs(y2 - y1));
            Pens.fill(g, r, h);
            if (side > 0) {
                double shade = r.getWidth() * side / 10;
                Color c = Pens.color(h.GetFillColor());
                g.setColor(brighter(c));
                g.fill(new Rectangle2D.Double(r.getX(), r.getY(), shade, r.getHeight()));
                g.setColor(c.darker());
                g.fill(new Rectangle2D.Double(r.getMaxX() - shade, r.getY(), shade, r.getHeight()));
            }
            v.markLine(x1, y1, x2, y1);
        }
    }

    /** Half-way from the colour to white. */
    private static Color brighter(Color c) {
        return new Color((c.getRed() + 255) / 2, (c.getGreen() + 255) / 2, (c.getBlue() + 255) / 2);
    }

    /** Error bars ("E", "E0", "E1"), a filled band of boxes ("E2") or a smooth band ("E3", "E4"). */
    private static void errorBars(Graphics2D g, PadView v, TH1 h, DrawOption o, int first, int last) {
        TAxis a = h.GetXaxis();
        double errorX = TStyle.gStyle.GetErrorX();
        if (o.error == 12) {
            for (int i = first; i <= last; i++) {
                double c = h.GetBinContent(i);
                double e = h.GetBinError(i);
                double w = a.GetBinWidth(i) * errorX;
                double x1 = v.px(a.GetBinCenter(i) - w);
                double x2 = v.px(a.GetBinCenter(i) + w);
                Pens.fill(g, new Rectangle2D.Double(x1, v.py(c + e), x2 - x1, v.py(c - e) - v.py(c + e)), h);
            }
            return;
        }
        if (o.error == 13 || o.error == 14) {
            Path2D.Double band = new Path2D.Double();
            for (int i = first; i <= last; i++) {
                double x = v.px(a.GetBinCenter(i));
                double y = v.py(h.GetBinContent(i) + h.GetBinError(i));
                if (i == first) {
                    band.moveTo(x, y);
                } else {
                    band.lineTo(x, y);
                }
            }
            for (int i = last; i >= first; i--) {
                band.lineTo(v.px(a.GetBinCenter(i)), v.py(h.GetBinContent(i) - h.GetBinError(i)));
            }
            band.closePath();
            Pens.fill(g, band, h);
            return;
        }
        if (!Pens.useLine(g, h)) {
            return;
        }
        double cap = o.error == 11 ? TStyle.gStyle.GetEndErrorSize() : 0;
        for (int i = first; i <= last; i++) {
            double c = h.GetBinContent(i);
            double e = h.GetBinError(i);
            if (c == 0 && e == 0 && o.error != 10) {
                continue;
            }
            double x = PadView.snap(v.px(a.GetBinCenter(i)));
            double y = PadView.snap(v.py(c));
            double w = a.GetBinWidth(i) * errorX;
            g.draw(new Line2D.Double(v.px(a.GetBinCenter(i) - w), y, v.px(a.GetBinCenter(i) + w), y));
            g.draw(new Line2D.Double(x, v.py(c - e), x, v.py(c + e)));
            v.markLine(x, v.py(c - e), x, v.py(c + e));
            if (cap > 0) {
                g.draw(new Line2D.Double(x - cap, v.py(c - e), x + cap, v.py(c - e)));
                g.draw(new Line2D.Double(x - cap, v.py(c + e), x + cap, v.py(c + e)));
            }
        }
    }

    /** A polyline ("L") or a smooth curve ("C") through the bin centres. */
    private static void through(Graphics2D g, PadView v, TH1 h, int first, int last, boolean smooth) {
        TAxis a = h.GetXaxis();
        int n = last - first + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a.GetBinCenter(first + i);
            y[i] = h.GetBinContent(first + i);
        }
        if (Pens.useLine(g, h)) {
            g.draw(smooth ? GraphPainter.smoothPath(v, x, y) : GraphPainter.polyline(v, x, y));
        }
    }

    /** "TEXT": each non-empty bin's content above its centre, in gStyle's paint text format. */
    private static void texts(Graphics2D g, PadView v, TH1 h, DrawOption o, int first, int last) {
        TAxis a = h.GetXaxis();
        String format = "%" + TStyle.gStyle.GetPaintTextFormat();
        double size = v.textPx(0.02 * h.GetMarkerSize());
        for (int i = first; i <= last; i++) {
            double c = h.GetBinContent(i);
            if (c == 0) {
                continue;
            }
            double y = Math.min(v.py(c), v.frameBottom());
            Text.draw(g, CFormat.format(format, c), v.px(a.GetBinCenter(i)), y - 2, o.textAngle == 0 ? 21 : 12,
                    o.textAngle, 42, size, h.GetMarkerColor());
        }
    }

    // ---- functions of a histogram ----

    /**
     * THistPainter::PaintFunction: the objects in a histogram's (or graph's) list of functions
     * over its frame, the fitted functions as curves; the stat box is painted with the statistics.
     */
    static void functions(Graphics2D g, PadView v, TList functions) {
        for (TObject o : functions) {
            if (o instanceof TF1 f) {
                GraphPainter.curve(g, v, f);
            } else if (!(o instanceof TPaveStats)) {
                PrimitivePainter.paint(g, v, o);
            }
        }
    }

    // ---- title and statistics ----

    /** The title at the top of the pad, as THistPainter::PaintTitle places gStyle's title box. */
    static void title(Graphics2D g, PadView v, String title) {
        TStyle s = TStyle.gStyle;
        if (s.GetOptTitle() == 0 || title == null || title.isEmpty()) {
            return;
        }
        double size = s.GetTitleFontSize();
        double ht = s.GetTitleH() > 0 ? s.GetTitleH() : 1.1 * size;
        int align = s.GetTitleAlign();
        double y = s.GetTitleY() - (align % 10 == 3 ? ht / 2 : align % 10 == 1 ? -ht / 2 : 0);
        Text.draw(g, title, v.ndcX(s.GetTitleX()), v.ndcY(y), align / 10 * 10 + 2, 0, 42, v.textPx(size),
                s.GetTitleTextColor());
    }
}
