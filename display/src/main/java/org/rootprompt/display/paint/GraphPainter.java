package org.rootprompt.display.paint;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.rootprompt.root.gpad.TStyle;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TGraph;
import org.rootprompt.root.hist.TGraphAsymmErrors;
import org.rootprompt.root.hist.TGraphErrors;

/** Functions and graphs as TF1::Paint and TGraphPainter draw them. */
final class GraphPainter {
    private GraphPainter() {}

    // ---- functions ----

    /**
     * The function at the centres of fNpx bins over [xmin, xmax] (log-spaced bins on a log axis),
     * as TF1::Paint fills the histogram it draws: {x[], y[]}.
     */
    static double[][] samples(TF1 f, double xmin, double xmax, boolean logx) {
        int n = Math.max(f.GetNpx(), 1);
        boolean logBins = logx && xmin > 0;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double low = logBins ? xmin * Math.pow(xmax / xmin, (double) i / n) : xmin + (xmax - xmin) * i / n;
            double high = logBins ? xmin * Math.pow(xmax / xmin, (i + 1.0) / n) : xmin + (xmax - xmin) * (i + 1) / n;
            x[i] = (low + high) / 2;
            y[i] = f.Eval(x[i]);
        }
        return new double[][] {x, y};
    }

    /**
     * The frame of a function drawn alone, as TF1::Paint sets it up: its values at the centres of
     * fNpx bins; when they are all positive, a minimum 5% of their spread below the lowest (not
     * below 0, and on a log axis not below the lowest); then THistPainter's range of those values.
     */
    static AxisTicks.Frame frame(TF1 f, boolean logx, boolean logy) {
        double xmin = f.GetXmin();
        double xmax = f.GetXmax();
        double[] values = samples(f, xmin, xmax, logx)[1];
        double lowest = Double.MAX_VALUE;
        double highest = -Double.MAX_VALUE;
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.isFinite(values[i]) ? values[i] : 0;
            lowest = Math.min(lowest, values[i]);
            highest = Math.max(highest, values[i]);
        }
        double minimum = AxisTicks.kUnset;
        if (lowest > 0) {
            minimum = Math.max(0, lowest - 0.05 * (highest - lowest));
            if (minimum <= 0 && logy) {
                minimum = lowest;
            }
        }
        TStyle s = TStyle.gStyle;
        AxisTicks.Range yr = AxisTicks.HistogramYRange(values, null, minimum, AxisTicks.kUnset, logy,
                s.GetHistMinimumZero(), s.GetHistTopMargin());
        return yr == null ? null : new AxisTicks.Frame(xmin, xmax, yr.min(), yr.max());
    }

    /** The function as a smooth line over the part of its range inside the frame. */
    static void curve(Graphics2D g, PadView v, TF1 f) {
        double xmin = Math.max(f.GetXmin(), v.xmin());
        double xmax = Math.min(f.GetXmax(), v.xmax());
        if (!(xmax > xmin)) {
            return;
        }
        double[][] s = samples(f, xmin, xmax, v.logx());
        Shape saved = g.getClip();
        g.clip(v.dataArea());
        if (Pens.useLine(g, f)) {
            g.draw(polyline(v, s[0], s[1]));
        }
        g.setClip(saved);
    }

    // ---- paths ----

    /** The points joined by straight lines; a non-finite value breaks the line. */
    static Path2D polyline(PadView v, double[] x, double[] y) {
        Path2D.Double p = new Path2D.Double();
        boolean pen = false;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(y[i]) || !Double.isFinite(x[i])) {
                pen = false;
                continue;
            }
            double px = v.px(x[i]);
            double py = clampPixel(v.py(y[i]));
            if (pen) {
                p.lineTo(px, py);
            } else {
                p.moveTo(px, py);
                pen = true;
            }
            v.mark(px, py);
        }
        return p;
    }

    /** Keeps far-off pixels finite and moderate, so that Java2D's clipping stays exact. */
    static double clampPixel(double p) {
        return Math.max(-1e5, Math.min(1e5, p));
    }

    /**
     * A smooth curve through the points ("C"), in any order of x, as ROOT's parametric smoothing
     * draws it: here a Catmull-Rom curve in pixels, each piece between two points shaped by their
     * neighbours. Points with a value that is not finite are left out.
     */
    static Path2D smoothPath(PadView v, double[] x, double[] y) {
        List<double[]> p = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                p.add(new double[] {v.px(x[i]), clampPixel(v.py(y[i]))});
            }
        }
        Path2D.Double path = new Path2D.Double();
        if (p.isEmpty()) {
            return path;
        }
        path.moveTo(p.get(0)[0], p.get(0)[1]);
        final int steps = 10;
        for (int i = 0; i + 1 < p.size(); i++) {
            double[] a = p.get(Math.max(i - 1, 0));
            double[] b = p.get(i);
            double[] c = p.get(i + 1);
            double[] d = p.get(Math.min(i + 2, p.size() - 1));
            for (int k = 1; k <= steps; k++) {
                double t = (double) k / steps;
                path.lineTo(catmullRom(a[0], b[0], c[0], d[0], t), catmullRom(a[1], b[1], c[1], d[1], t));
            }
            v.markLine(b[0], b[1], c[0], c[1]);
        }
        return path;
    }

    /** The Catmull-Rom curve between b (t = 0) and c (t = 1), with a and d the points around them. */
    private static double catmullRom(double a, double b, double c, double d, double t) {
        return b + 0.5 * t * (c - a + t * (2 * a - 5 * b + 4 * c - d + t * (3 * (b - c) + d - a)));
    }

    // ---- graphs ----

    /** {x low, x high, y low, y high} errors of point i, zeros for a graph without errors. */
    static double[] errors(TGraph gr, int i) {
        if (gr instanceof TGraphAsymmErrors a) {
            return new double[] {a.GetErrorXlow(i), a.GetErrorXhigh(i), a.GetErrorYlow(i), a.GetErrorYhigh(i)};
        }
        if (gr instanceof TGraphErrors e) {
            return new double[] {e.GetErrorX(i), e.GetErrorX(i), e.GetErrorY(i), e.GetErrorY(i)};
        }
        return new double[4];
    }

    /** TGraph::GetHistogram's frame for the graphs drawn together (one for a graph, all for a multigraph). */
    static AxisTicks.Frame frame(List<TGraph> graphs, boolean logx, boolean logy) {
        int n = graphs.stream().mapToInt(TGraph::GetN).sum();
        double[][] all = new double[6][n];
        int k = 0;
        for (TGraph gr : graphs) {
            double[] x = gr.GetX();
            double[] y = gr.GetY();
            for (int i = 0; i < gr.GetN(); i++, k++) {
                double[] e = errors(gr, i);
                all[0][k] = x[i];
                all[1][k] = y[i];
                for (int j = 0; j < 4; j++) {
                    all[2 + j][k] = e[j];
                }
            }
        }
        AxisTicks.Frame points = AxisTicks.ComputeRange(all[0], all[1], all[2], all[3], all[4], all[5], logx, logy);
        return AxisTicks.GraphFrame(points, AxisTicks.kUnset, AxisTicks.kUnset, logx, logy);
    }

    /**
     * The graph as its option asks ("L" line, "C" smooth curve, "P" markers, "B" bars, "F" filled
     * area), with error bars for graphs with errors, then its fitted functions.
     */
    static void paint(Graphics2D g, PadView v, TGraph gr, String option) {
        // the words first, so that the letters of PLC or SAME are not read as options
        String opt = option.toUpperCase().replaceAll("SAME|PFC|PLC|PMC", "");
        double[] x = gr.GetX();
        double[] y = gr.GetY();
        Shape saved = g.getClip();
        g.clip(v.dataArea());
        if (opt.contains("F") && Pens.isFilled(gr)) {
            Path2D area = polyline(v, x, y);
            area.closePath();
            Pens.fill(g, area, gr);
        }
        if (opt.contains("B")) {
            double width = TStyle.gStyle.GetBarWidth() * (x.length > 1 ? (x[x.length - 1] - x[0]) / x.length : 1);
            double base = v.py(v.logy() ? v.ymin() : Math.max(v.ymin(), 0));
            for (int i = 0; i < x.length; i++) {
                double x1 = v.px(x[i] - width / 2);
                double x2 = v.px(x[i] + width / 2);
                double py = v.py(y[i]);
                Pens.fill(g, new Rectangle2D.Double(x1, Math.min(py, base), x2 - x1, Math.abs(base - py)), gr);
            }
        }
        if (opt.contains("L") && Pens.useLine(g, gr)) {
            g.draw(polyline(v, x, y));
        }
        if (opt.contains("C") && Pens.useLine(g, gr)) {
            g.draw(smoothPath(v, x, y));
        }
        if ((gr instanceof TGraphErrors || gr instanceof TGraphAsymmErrors) && !opt.contains("X")) {
            errorBars(g, v, gr, x, y, !opt.contains("Z"));
        }
        if (opt.contains("P")) {
            for (int i = 0; i < x.length; i++) {
                Pens.marker(g, gr, v.px(x[i]), v.py(y[i]));
                v.mark(v.px(x[i]), v.py(y[i]));
            }
        }
        g.setClip(saved);
        HistPainter.functions(g, v, gr.GetListOfFunctions());
    }

    /**
     * The error bars of a graph, with short end lines across their ends (half as long as the line
     * width plus gStyle's EndErrorSize, as TGraphPainter draws them; none with "Z").
     */
    private static void errorBars(Graphics2D g, PadView v, TGraph gr, double[] x, double[] y, boolean ends) {
        if (!Pens.useLine(g, gr)) {
            return;
        }
        double end = ends ? gr.GetLineWidth() + TStyle.gStyle.GetEndErrorSize() : 0;
        for (int i = 0; i < x.length; i++) {
            double[] e = errors(gr, i);
            double px = PadView.snap(v.px(x[i]));
            double py = PadView.snap(v.py(y[i]));
            double left = v.px(x[i] - e[0]);
            double right = v.px(x[i] + e[1]);
            double low = v.py(y[i] - e[2]);
            double high = v.py(y[i] + e[3]);
            // each half of a bar only where its error is not zero, as TGraphPainter
            double[][] halves = {{e[0], left, py}, {e[1], right, py}, {e[2], px, low}, {e[3], px, high}};
            for (int k = 0; k < 4; k++) {
                if (halves[k][0] <= 0) {
                    continue;
                }
                double ex = halves[k][1];
                double ey = halves[k][2];
                g.draw(new Line2D.Double(px, py, ex, ey));
                if (end > 0) {
                    g.draw(k < 2 ? new Line2D.Double(ex, ey - end, ex, ey + end) : new Line2D.Double(ex - end, ey, ex + end, ey));
                }
            }
            v.markLine(px, low, px, high);
        }
    }
}
