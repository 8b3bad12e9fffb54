package org.rootprompt.display.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import org.rootprompt.root.hist.TAxis;
import org.rootprompt.root.hist.TH2;

/**
 * LEGO and SURF of a two-dimensional histogram in a fixed oblique view (not ROOT's rotatable
 * theta/phi view): x to the right, y back to the upper right, z up, with simple axes.
 */
final class ObliquePainter {
    private ObliquePainter() {}

    /**
     * "LEGO" (a column per cell) and "SURF" (a mesh through the cell centres) in an oblique view:
     * x runs right, y runs back up to the right, z up; the far cells first so that near ones cover them.
     */
    static void paint(Graphics2D g, PadView v, TH2 h, double[] z, DrawOption o) {
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
                    Color roofColour = o.paletteColours ? Hist2DPainter.levelColor(c, z, false) : fill;
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
                    g.setColor(o.paletteColours ? Hist2DPainter.levelColor(c, z, false) : fill);
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
