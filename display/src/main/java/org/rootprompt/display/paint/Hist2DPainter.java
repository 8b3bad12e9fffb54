package org.rootprompt.display.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;
import org.rootprompt.root.core.CFormat;
import org.rootprompt.root.gpad.TColor;
import org.rootprompt.root.gpad.TStyle;
import org.rootprompt.root.hist.TAxis;
import org.rootprompt.root.hist.TF2;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH2;
import org.rootprompt.root.hist.TH2D;

/** Two-dimensional histograms: COL/COLZ, BOX, SCAT, TEXT and CONT (LEGO and SURF: {@link ObliquePainter}). */
final class Hist2DPainter {
    private Hist2DPainter() {}

    static void paint(Graphics2D g, PadView v, TH2 h, DrawOption o) {
        double[] z = zRange(h, v.pad.GetLogz() != 0);
        Shape saved = g.getClip();
        if (o.lego || o.surf) {
            ObliquePainter.paint(g, v, h, z, o);
            return;
        }
        g.clip(v.dataArea());
        if (o.col) {
            colours(g, v, h, z);
        }
        if (o.cont && o.contourFill) {
            filledContours(g, v, h, z);
        } else if (o.cont) {
            contours(g, v, h, z, o.contourOneColour);
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

    /**
     * The histogram TF2::Paint draws a 2-D function as: fNpx × fNpy cells holding the function at
     * their centres, with the function's title and attributes, no stat box, in no directory.
     */
    static TH2D histogramOf(TF2 f) {
        boolean adding = TH1.AddDirectoryStatus();
        TH1.AddDirectory(false);
        try {
            TH2D h = new TH2D("Func", f.GetTitle(), f.GetNpx(), f.GetXmin(), f.GetXmax(), f.GetNpy(), f.GetYmin(),
                    f.GetYmax());
            for (int i = 1; i <= f.GetNpx(); i++) {
                for (int j = 1; j <= f.GetNpy(); j++) {
                    h.SetBinContent(i, j, f.Eval(h.GetXaxis().GetBinCenter(i), h.GetYaxis().GetBinCenter(j)));
                }
            }
            h.SetLineColor(f.GetLineColor());
            h.SetLineStyle(f.GetLineStyle());
            h.SetLineWidth(f.GetLineWidth());
            h.SetFillColor(f.GetFillColor());
            h.SetFillStyle(f.GetFillStyle());
            h.SetMarkerColor(f.GetMarkerColor());
            h.SetMarkerStyle(f.GetMarkerStyle());
            h.SetMarkerSize(f.GetMarkerSize());
            h.SetStats(false);
            return h;
        } finally {
            TH1.AddDirectory(adding);
        }
    }

    /** TF2::Paint's options: CONT3 (lines in the function's colour) alone, CONT2 with "same". */
    static String functionOption(String option) {
        String opt = option.strip().toLowerCase();
        return opt.isEmpty() ? "CONT3" : opt.equals("same") ? "CONT2 SAME" : option;
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
    private static void contours(Graphics2D g, PadView v, TH2 h, double[] z, boolean oneColour) {
        TAxis xa = h.GetXaxis();
        TAxis ya = h.GetYaxis();
        int nlevels = Math.max(TStyle.gStyle.GetNumberContours(), 1);
        g.setStroke(new BasicStroke(1f));
        for (int l = 0; l < nlevels; l++) {
            double level = z[0] + (z[1] - z[0]) * l / nlevels;
            // CONT3: every line in the histogram's line colour, else the level's colour
            g.setColor(oneColour ? Pens.color(h.GetLineColor()) : levelColor(level, z, false));
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
}
