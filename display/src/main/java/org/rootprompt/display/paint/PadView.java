package org.rootprompt.display.paint;

import java.awt.geom.Rectangle2D;
import org.rootprompt.root.gpad.TPad;

/**
 * A pad as it lies on the picture: its rectangle in pixels, the frame inside its margins, and the
 * user coordinates of the frame (log10 taken when the pad says so), as ROOT's pad converts them.
 * Before anything sets a frame range, user coordinates run from 0 to 1 across the whole pad.
 */
final class PadView {
    final TPad pad;
    final double x;
    final double y;
    final double w;
    final double h;
    private boolean hasFrame;
    private double xmin = 0;
    private double xmax = 1;
    private double ymin = 0;
    private double ymax = 1;
    private boolean logx;
    private boolean logy;

    /** Where data was drawn, on a coarse grid of the pad, for placing legends where they hide least. */
    static final int GRID = 40;
    private final boolean[][] used = new boolean[GRID][GRID];

    PadView(TPad pad, double x, double y, double w, double h) {
        this.pad = pad;
        this.x = x;
        this.y = y;
        this.w = w;
        this.h = h;
    }

    /** Sets the frame's user range; a log axis needs positive limits (the caller checked). */
    void setFrame(double xmin, double xmax, double ymin, double ymax, boolean logx, boolean logy) {
        this.hasFrame = true;
        this.xmin = xmin;
        this.xmax = xmax;
        this.ymin = ymin;
        this.ymax = ymax;
        this.logx = logx;
        this.logy = logy;
    }

    boolean hasFrame() { return hasFrame; }
    double xmin() { return xmin; }
    double xmax() { return xmax; }
    double ymin() { return ymin; }
    double ymax() { return ymax; }
    boolean logx() { return logx; }
    boolean logy() { return logy; }

    // the frame's edges lie on whole pixels, as ROOT's pad converts NDC to integer pixels
    double frameLeft() { return snap(x + pad.GetLeftMargin() * w); }
    double frameRight() { return snap(x + (1 - pad.GetRightMargin()) * w); }
    double frameTop() { return snap(y + pad.GetTopMargin() * h); }
    double frameBottom() { return snap(y + (1 - pad.GetBottomMargin()) * h); }

    /** The centre of the pixel that p falls in: a one-pixel line drawn there is sharp, not smeared over two. */
    static double snap(double p) {
        return Math.floor(p) + 0.5;
    }

    /** Where data is drawn: the frame, or the whole pad when nothing has set a frame. */
    Rectangle2D dataArea() {
        return hasFrame ? frame() : new Rectangle2D.Double(x, y, w, h);
    }

    Rectangle2D frame() {
        return new Rectangle2D.Double(frameLeft(), frameTop(), frameRight() - frameLeft(), frameBottom() - frameTop());
    }

    /** Pixel x of a user x: across the frame when there is one, else across the pad from 0 to 1. */
    double px(double ux) {
        double a = hasFrame ? frameLeft() : x;
        double b = hasFrame ? frameRight() : x + w;
        return a + fraction(ux, xmin, xmax, logx) * (b - a);
    }

    double py(double uy) {
        double a = hasFrame ? frameBottom() : y + h;
        double b = hasFrame ? frameTop() : y;
        return a + fraction(uy, ymin, ymax, logy) * (b - a);
    }

    private static double fraction(double v, double lo, double hi, boolean log) {
        if (log) {
            // values at or below zero go far off the frame, where the clip hides them
            return v <= 0 ? -1e4 : (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
        }
        return (v - lo) / (hi - lo);
    }

    /** Notes that data was drawn at pixel (px, py). */
    void mark(double px, double py) {
        int i = (int) ((px - x) / w * GRID);
        int j = (int) ((py - y) / h * GRID);
        if (i >= 0 && i < GRID && j >= 0 && j < GRID) {
            used[i][j] = true;
        }
    }

    /** Notes the whole straight line from (x1, y1) to (x2, y2), sampled at the grid's resolution. */
    void markLine(double x1, double y1, double x2, double y2) {
        int steps = 1 + (int) (Math.hypot((x2 - x1) / w, (y2 - y1) / h) * GRID * 2);
        for (int k = 0; k <= steps; k++) {
            mark(x1 + (x2 - x1) * k / steps, y1 + (y2 - y1) * k / steps);
        }
    }

    /** How many grid cells with data lie in the NDC box. */
    int usedIn(double x1, double y1, double x2, double y2) {
        int n = 0;
        for (int i = (int) (x1 * GRID); i < Math.min(GRID, Math.ceil(x2 * GRID)); i++) {
            for (int j = (int) ((1 - y2) * GRID); j < Math.min(GRID, Math.ceil((1 - y1) * GRID)); j++) {
                if (i >= 0 && j >= 0 && used[i][j]) {
                    n++;
                }
            }
        }
        return n;
    }

    double ndcX(double u) { return x + u * w; }
    double ndcY(double v) { return y + (1 - v) * h; }

    /** ROOT's text size: below 1 a fraction of the smaller side of the pad, else pixels. */
    double textPx(double size) {
        return size < 1 ? size * Math.min(w, h) : size;
    }
}
