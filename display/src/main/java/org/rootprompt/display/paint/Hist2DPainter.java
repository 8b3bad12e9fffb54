package org.rootprompt.display.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;
import org.rootprompt.root.core.CFormat;
import org.rootprompt.root.gpad.TColor;
import org.rootprompt.root.gpad.TStyle;
import org.rootprompt.root.hist.TAxis;
import org.rootprompt.root.hist.TH2;

/** Two-dimensional histograms: COL/COLZ, BOX, SCAT, TEXT, CONT, and LEGO/SURF in a simple oblique view. */
final class Hist2DPainter {
    private Hist2DPainter() {}

    static void paint(Graphics2D g, PadView v, TH2 h, DrawOption o) {
        double[] z = zRange(h, v.pad.GetLogz() != 0);
        Shape saved = g.getClip();
        if (o.lego || o.surf) {
            oblique(g, v, h, z, o);
            return;
        }
        g.clip(v.dataArea());
        if (o.col) {
            colours(g, v, h, z);
        }
        if (o.cont && o.contourFill) {
            filledContours(g, v, h, z);
        } else if (o.cont) {
            contours(g, v, h, z);
        }
        if (o.box) {
            boxes(g, v, h, z);
        }
        if (o.scat) {
            scatter(g, v, h, z);
        }
        g.setClip(saved);
        if (o.text) {
            texts(g, v, h);
        }
        if (o.z && (o.col || o.cont)) {
            palette(g, v, z, h.GetZaxis());
        }
    }

    /** The z range of the cells in the axis ranges (ROOT's fMinimum/fMaximum when set). */
    static double[] zRange(TH2 h, boolean logz) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        TAxis xa = h.GetXaxis();
        TAxis ya = h.GetYaxis();
        for (int ix = xa.GetFirst(); ix <= xa.GetLast(); ix++) {
            for (int iy = ya.GetFirst(); iy <= ya.GetLast(); iy++) {
                double c = h.GetBinContent(ix, iy);
                if (logz && c <= 0) {
                    continue;
                }
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
        }
        if (h.GetMinimumStored() != AxisTicks.kUnset) {
            min = h.GetMinimumStored();
        }
        if (h.GetMaximumStored() != AxisTicks.kUnset) {
            max = h.GetMaximumStored();
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        if (min == max) {
            max = min + 1;
        }
        return new double[] {min, max};
    }

    private interface Cell {
        void at(int ix, int iy, double content);
    }

    private static void forCells(TH2 h, Cell cell) {
        TAxis xa = h.GetXaxis();
        TAxis ya = h.GetYaxis();
        for (int ix = xa.GetFirst(); ix <= xa.GetLast(); ix++) {
            for (int iy = ya.GetFirst(); iy <= ya.GetLast(); iy++) {
                cell.at(ix, iy, h.GetBinContent(ix, iy));
            }
        }
    }

    private static Rectangle2D cellRect(PadView v, TH2 h, int ix, int iy, double fraction) {
        TAxis xa = h.GetXaxis();
        TAxis ya = h.GetYaxis();
        double cx = xa.GetBinCenter(ix);
        double cy = ya.GetBinCenter(iy);
        double hw = xa.GetBinWidth(ix) * fraction / 2;
        double hh = ya.GetBinWidth(iy) * fraction / 2;
        double x1 = v.px(cx - hw);
        double x2 = v.px(cx + hw);
        double y1 = v.py(cy + hh);
        double y2 = v.py(cy - hh);
        return new Rectangle2D.Double(x1, y1, x2 - x1, y2 - y1);
    }

    /**
     * The palette colour of a value, as THistPainter::PaintColorLevels picks it: the value's
     * contour level among gStyle's number of contours, spread over the palette.
     */
    static Color levelColor(double value, double[] z, boolean logz) {
        int ndiv = Math.max(TStyle.gStyle.GetNumberContours(), 1);
        int ncolors = TColor.GetNumberOfColors();
        double lo = logz ? Math.log10(z[0]) : z[0];
        double hi = logz ? Math.log10(z[1]) : z[1];
        double val = logz ? Math.log10(value) : value;
        int level = (int) Math.floor((val - lo) / (hi - lo) * ndiv);
        level = Math.max(0, Math.min(ndiv - 1, level));
        int index = (int) ((level + 0.99) * ncolors / ndiv);
        return Pens.color(TColor.GetColorPalette(Math.min(index, ncolors - 1)));
    }

    private static void colours(Graphics2D g, PadView v, TH2 h, double[] z) {
        boolean logz = v.pad.GetLogz() != 0;
        forCells(h, (ix, iy, c) -> {
            // ROOT leaves empty cells (and those below the minimum) unpainted
            if ((c == 0 && z[0] >= 0) || c < z[0] || (logz && c <= 0)) {
                return;
            }
            g.setColor(levelColor(Math.min(c, z[1]), z, logz));
            Rectangle2D r = cellRect(v, h, ix, iy, 1);
            g.fill(new Rectangle2D.Double(r.getX(), r.getY(), r.getWidth() + 0.5, r.getHeight() + 0.5));
            v.mark(r.getCenterX(), r.getCenterY());
        });
    }

    /** "BOX": a box per cell whose side grows with the content, in the histogram's line and fill. */
    private static void boxes(Graphics2D g, PadView v, TH2 h, double[] z) {
        double max = Math.max(Math.abs(z[0]), Math.abs(z[1]));
        forCells(h, (ix, iy, c) -> {
            if (c == 0) {
                return;
            }
            Rectangle2D r = cellRect(v, h, ix, iy, Math.sqrt(Math.abs(c) / max));
            if (Pens.isFilled(h) && h.GetFillColor() != 0) {
                Pens.fill(g, r, h);
            }
            Pens.useLine(g, h);
            g.draw(r);
            v.mark(r.getCenterX(), r.getCenterY());
        });
    }

    /** "SCAT": in each cell a number of markers proportional to its content, at random places (fixed seed). */
    private static void scatter(Graphics2D g, PadView v, TH2 h, double[] z) {
        Random random = new Random(65539);
        double scale = z[1] > 0 ? 50 / z[1] : 0;
        Color color = Pens.color(h.GetMarkerColor());
        forCells(h, (ix, iy, c) -> {
            int n = (int) Math.round(c * scale);
            Rectangle2D r = cellRect(v, h, ix, iy, 1);
            for (int k = 0; k < n; k++) {
                double x = r.getX() + random.nextDouble() * r.getWidth();
                double y = r.getY() + random.nextDouble() * r.getHeight();
                Pens.marker(g, h.GetMarkerStyle(), h.GetMarkerSize(), color, x, y);
            }
            if (n > 0) {
                v.mark(r.getCenterX(), r.getCenterY());
            }
        });
    }

    private static void texts(Graphics2D g, PadView v, TH2 h) {
        String format = "%" + TStyle.gStyle.GetPaintTextFormat();
        double size = v.textPx(0.02 * h.GetMarkerSize());
        forCells(h, (ix, iy, c) -> {
            if (c != 0) {
                Rectangle2D r = cellRect(v, h, ix, iy, 1);
                Text.draw(g, CFormat.format(format, c), r.getCenterX(), r.getCenterY(), 22, 0, 42, size,
                        h.GetMarkerColor());
            }
        });
    }

    /**
     * CONT0: the areas between the levels in the levels' colours, from the contents interpolated
     * linearly between the cell centres on a grid of SUB × SUB pieces per cell.
     */
    private static void filledContours(Graphics2D g, PadView v, TH2 h, double[] z) {
        final int sub = 4;
        TAxis xa = h.GetXaxis();
        TAxis ya = h.GetYaxis();
        for (int ix = xa.GetFirst(); ix < xa.GetLast(); ix++) {
            for (int iy = ya.GetFirst(); iy < ya.GetLast(); iy++) {
                double x0 = xa.GetBinCenter(ix);
                double x1 = xa.GetBinCenter(ix + 1);
                double y0 = ya.GetBinCenter(iy);
                double y1 = ya.GetBinCenter(iy + 1);
                double c00 = h.GetBinContent(ix, iy);
                double c10 = h.GetBinContent(ix + 1, iy);
                double c01 = h.GetBinContent(ix, iy + 1);
                double c11 = h.GetBinContent(ix + 1, iy + 1);
                for (int a = 0; a < sub; a++) {
                    for (int b = 0; b < sub; b++) {
                        double u = (a + 0.5) / sub;
                        double w = (b + 0.5) / sub;
                        double c = (1 - u) * (1 - w) * c00 + u * (1 - w) * c10 + (1 - u) * w * c01 + u * w * c11;
                        double px0 = v.px(x0 + (x1 - x0) * a / sub);
                        double px1 = v.px(x0 + (x1 - x0) * (a + 1) / sub);
                        double py0 = v.py(y0 + (y1 - y0) * (b + 1) / sub);
                        double py1 = v.py(y0 + (y1 - y0) * b / sub);
                        g.setColor(levelColor(Math.max(z[0], Math.min(c, z[1])), z, false));
                        g.fill(new Rectangle2D.Double(px0, py0, px1 - px0 + 0.5, py1 - py0 + 0.5));
                    }
                }
            }
        }
    }

    /** Contour lines at gStyle's number of levels, by marching squares over the cell centres. */
    private static void contours(Graphics2D g, PadView v, TH2 h, double[] z) {
        TAxis xa = h.GetXaxis();
        TAxis ya = h.GetYaxis();
        int nlevels = Math.max(TStyle.gStyle.GetNumberContours(), 1);
        g.setStroke(new BasicStroke(1f));
        for (int l = 0; l < nlevels; l++) {
            double level = z[0] + (z[1] - z[0]) * l / nlevels;
            g.setColor(levelColor(level, z, false));
            for (int ix = xa.GetFirst(); ix < xa.GetLast(); ix++) {
                for (int iy = ya.GetFirst(); iy < ya.GetLast(); iy++) {
                    double[] cx = {xa.GetBinCenter(ix), xa.GetBinCenter(ix + 1), xa.GetBinCenter(ix + 1), xa.GetBinCenter(ix)};
                    double[] cy = {ya.GetBinCenter(iy), ya.GetBinCenter(iy), ya.GetBinCenter(iy + 1), ya.GetBinCenter(iy + 1)};
                    double[] c = {h.GetBinContent(ix, iy), h.GetBinContent(ix + 1, iy), h.GetBinContent(ix + 1, iy + 1),
                        h.GetBinContent(ix, iy + 1)};
                    square(g, v, cx, cy, c, level);
                }
            }
        }
    }

    /** The pieces of the level line crossing one square of four corners (counter-clockwise). */
    private static void square(Graphics2D g, PadView v, double[] x, double[] y, double[] c, double level) {
        double[] px = new double[4];
        double[] py = new double[4];
        int n = 0;
        for (int k = 0; k < 4; k++) {
            int m = (k + 1) % 4;
            if ((c[k] < level) != (c[m] < level)) {
                double t = (level - c[k]) / (c[m] - c[k]);
                px[n] = v.px(x[k] + t * (x[m] - x[k]));
                py[n] = v.py(y[k] + t * (y[m] - y[k]));
                n++;
            }
        }
        for (int k = 0; k + 1 < n; k += 2) {
            g.draw(new Line2D.Double(px[k], py[k], px[k + 1], py[k + 1]));
        }
    }

    /**
     * The palette right of the frame (COLZ), where JSROOT puts a new TPaletteAxis: from 0.01 to
     * 0.06 of the pad past the frame (not beyond 0.96): a box per level, and the z axis's ticks,
     * labels and title on its right.
     */
    private static void palette(Graphics2D g, PadView v, double[] z, TAxis zaxis) {
        boolean logz = v.pad.GetLogz() != 0;
        double x1 = v.frameRight() + 0.01 * v.w;
        double x2 = Math.max(x1 + 1, Math.min(v.x + 0.96 * v.w, v.frameRight() + 0.06 * v.w));
        double top = v.frameTop();
        double bottom = v.frameBottom();
        int ndiv = Math.max(TStyle.gStyle.GetNumberContours(), 1);
        for (int l = 0; l < ndiv; l++) {
            double value = z[0] + (z[1] - z[0]) * (l + 0.5) / ndiv;
            if (logz) {
                value = Math.pow(10, Math.log10(z[0]) + (Math.log10(z[1]) - Math.log10(z[0])) * (l + 0.5) / ndiv);
            }
            g.setColor(levelColor(value, z, logz));
            double y2 = bottom - (bottom - top) * l / ndiv;
            double y1 = bottom - (bottom - top) * (l + 1) / ndiv;
            g.fill(new Rectangle2D.Double(x1, y1, x2 - x1, y2 - y1 + 0.5));
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x1, top, x2 - x1, bottom - top));
        AxisTicks t = AxisPainter.ticks(zaxis, z[0], z[1], logz, v.pad.GetHNDC());
        double labelPx = v.textPx(zaxis.GetLabelSize());
        double tick = 0.03 * (bottom - top) / v.h * v.w * 0.5;
        for (AxisTicks.Tick k : t.ticks()) {
            double y = zPixel(k.value(), z, logz, top, bottom);
            if (y >= top - 0.5 && y <= bottom + 0.5) {
                double len = tick * (k.level() == 0 ? 1 : 0.5);
                g.draw(new Line2D.Double(x2, y, x2 - len, y));
            }
        }
        double labelX = x2 + zaxis.GetLabelOffset() * v.w;
        double widest = 0;
        for (AxisTicks.Label l : t.labels()) {
            double y = zPixel(l.value(), z, logz, top, bottom);
            if (y >= top - 0.5 && y <= bottom + 0.5) {
                String text = AxisPainter.minus(l.text());
                Text.draw(g, text, labelX, y, 12, 0, zaxis.GetLabelFont(), labelPx, zaxis.GetLabelColor());
                widest = Math.max(widest, Text.width(text, zaxis.GetLabelFont(), labelPx));
            }
        }
        if (t.exponent() != 0) {
            Text.draw(g, AxisPainter.minus(t.exponentLabel()), x1, top - 0.1 * zaxis.GetLabelSize() * v.h, 11, 0,
                    zaxis.GetLabelFont(), labelPx, zaxis.GetLabelColor());
        }
        if (!zaxis.GetTitle().isEmpty()) {
            double titlePx = v.textPx(zaxis.GetTitleSize());
            double ty = zaxis.GetCenterTitle() ? (top + bottom) / 2 : top;
            Text.draw(g, zaxis.GetTitle(), labelX + widest + 0.7 * titlePx, ty, zaxis.GetCenterTitle() ? 22 : 32, 90,
                    zaxis.GetTitleFont(), titlePx, zaxis.GetTitleColor());
        }
    }

    private static double zPixel(double value, double[] z, boolean logz, double top, double bottom) {
        double f = logz ? (Math.log10(value) - Math.log10(z[0])) / (Math.log10(z[1]) - Math.log10(z[0]))
                : (value - z[0]) / (z[1] - z[0]);
        return bottom - f * (bottom - top);
    }

    /**
     * "LEGO" (a column per cell) and "SURF" (a mesh through the cell centres) in an oblique view:
     * x runs right, y runs back up to the right, z up; the far cells first so that near ones cover them.
     */
    private static void oblique(Graphics2D g, PadView v, TH2 h, double[] z, DrawOption o) {
        boolean lego = o.lego;
        TAxis xa = h.GetXaxis();
        TAxis ya = h.GetYaxis();
        double left = v.frameLeft();
        double right = v.frameRight();
        double top = v.frameTop();
        double bottom = v.frameBottom();
        double depthX = 0.3 * (right - left);
        double depthY = 0.3 * (bottom - top);
        double width = right - left - depthX;
        double height = bottom - top - depthY;
        double zmin = Math.min(0, z[0]);
        double xmin = xa.GetBinLowEdge(xa.GetFirst());
        double xmax = xa.GetBinUpEdge(xa.GetLast());
        double ymin = ya.GetBinLowEdge(ya.GetFirst());
        double ymax = ya.GetBinUpEdge(ya.GetLast());
        Projection p = (x, y, zz) -> {
            double fx = (x - xmin) / (xmax - xmin);
            double fy = (y - ymin) / (ymax - ymin);
            double fz = (zz - zmin) / (z[1] - zmin);
            return new double[] {left + fx * width + fy * depthX, bottom - fy * depthY - fz * height};
        };
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        Path2D.Double base = new Path2D.Double();
        double[][] corners = {p.at(xmin, ymin, zmin), p.at(xmax, ymin, zmin), p.at(xmax, ymax, zmin), p.at(xmin, ymax, zmin)};
        base.moveTo(corners[0][0], corners[0][1]);
        for (int k = 1; k < 4; k++) {
            base.lineTo(corners[k][0], corners[k][1]);
        }
        base.closePath();
        g.draw(base);
        Color fill = Pens.color(h.GetFillColor());
        for (int iy = ya.GetLast(); iy >= ya.GetFirst(); iy--) {
            for (int ix = xa.GetFirst(); ix <= xa.GetLast(); ix++) {
                double c = h.GetBinContent(ix, iy);
                if (lego) {
                    double x1 = xa.GetBinLowEdge(ix);
                    double x2 = xa.GetBinUpEdge(ix);
                    double y1 = ya.GetBinLowEdge(iy);
                    double y2 = ya.GetBinUpEdge(iy);
                    if (c <= zmin) {
                        continue;
                    }
                    Path2D front = quad(p.at(x1, y1, zmin), p.at(x2, y1, zmin), p.at(x2, y1, c), p.at(x1, y1, c));
                    Path2D side = quad(p.at(x2, y1, zmin), p.at(x2, y2, zmin), p.at(x2, y2, c), p.at(x2, y1, c));
                    Path2D roof = quad(p.at(x1, y1, c), p.at(x2, y1, c), p.at(x2, y2, c), p.at(x1, y2, c));
                    Color roofColour = o.paletteColours ? levelColor(c, z, false) : fill;
                    for (Path2D face : new Path2D[] {side, front, roof}) {
                        g.setColor(face == roof ? roofColour : roofColour.darker());
                        g.fill(face);
                        g.setColor(Color.BLACK);
                        g.draw(face);
                    }
                } else if (ix < xa.GetLast() && iy < ya.GetLast()) {
                    double x1 = xa.GetBinCenter(ix);
                    double x2 = xa.GetBinCenter(ix + 1);
                    double y1 = ya.GetBinCenter(iy);
                    double y2 = ya.GetBinCenter(iy + 1);
                    Path2D mesh = quad(p.at(x1, y1, c), p.at(x2, y1, h.GetBinContent(ix + 1, iy)),
                            p.at(x2, y2, h.GetBinContent(ix + 1, iy + 1)), p.at(x1, y2, h.GetBinContent(ix, iy + 1)));
                    g.setColor(o.paletteColours ? levelColor(c, z, false) : fill);
                    g.fill(mesh);
                    g.setColor(Color.BLACK);
                    g.draw(mesh);
                }
            }
        }
        obliqueAxes(g, v, h, p, new double[] {xmin, xmax, ymin, ymax, zmin, z[1]});
    }

    /**
     * Axes of the oblique view: x along the front edge, y along the right edge, z up the front
     * left corner, each with its primary ticks, labels and title.
     */
    private static void obliqueAxes(Graphics2D g, PadView v, TH2 h, Projection p, double[] r) {
        double labelPx = v.textPx(0.035);
        double tick = 0.01 * Math.min(v.w, v.h);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        double[] a = p.at(r[0], r[2], r[4]);
        double[] bx = p.at(r[1], r[2], r[4]);
        double[] by = p.at(r[1], r[3], r[4]);
        double[] az = p.at(r[0], r[2], r[5]);
        g.draw(new Line2D.Double(a[0], a[1], az[0], az[1]));
        for (AxisTicks.Label l : AxisTicks.Compute(r[0], r[1], h.GetXaxis().GetNdivisions(), "").labels()) {
            double[] q = p.at(l.value(), r[2], r[4]);
            g.draw(new Line2D.Double(q[0], q[1], q[0], q[1] + tick));
            Text.draw(g, AxisPainter.minus(l.text()), q[0], q[1] + 2 * tick, 23, 0, 42, labelPx, 1);
        }
        for (AxisTicks.Label l : AxisTicks.Compute(r[2], r[3], h.GetYaxis().GetNdivisions(), "").labels()) {
            double[] q = p.at(r[1], l.value(), r[4]);
            g.draw(new Line2D.Double(q[0], q[1], q[0] + tick, q[1]));
            Text.draw(g, AxisPainter.minus(l.text()), q[0] + 2 * tick, q[1], 12, 0, 42, labelPx, 1);
        }
        for (AxisTicks.Label l : AxisTicks.Compute(r[4], r[5], 510, "").labels()) {
            double[] q = p.at(r[0], r[2], l.value());
            g.draw(new Line2D.Double(q[0], q[1], q[0] - tick, q[1]));
            Text.draw(g, AxisPainter.minus(l.text()), q[0] - 2 * tick, q[1], 32, 0, 42, labelPx, 1);
        }
        double titlePx = v.textPx(0.035);
        Text.draw(g, h.GetXaxis().GetTitle(), bx[0], bx[1] + 5 * tick, 33, 0, 42, titlePx, 1);
        Text.draw(g, h.GetYaxis().GetTitle(), by[0] + 2 * tick, by[1] - tick, 31, 0, 42, titlePx, 1);
    }

    private interface Projection {
        double[] at(double x, double y, double z);
    }

    private static Path2D quad(double[] a, double[] b, double[] c, double[] d) {
        Path2D.Double q = new Path2D.Double();
        q.moveTo(a[0], a[1]);
        q.lineTo(b[0], b[1]);
        q.lineTo(c[0], c[1]);
        q.lineTo(d[0], d[1]);
        q.closePath();
        return q;
    }
}
