package org.rootprompt.root.hist;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Delaunay triangulation of scattered points (x, y) by Bowyer–Watson insertion, and the linear
 * interpolation of z in the triangle that holds a point (ROOT::Math::Delaunay2D, TGraph2D's default).
 * As ROOT, it triangulates the points moved to the unit square around the origin (x and y each scaled
 * by their range), so the triangles do not depend on the units of x and y; outside the convex hull
 * the value is zOut.
 */
final class Delaunay2D {
    /** Barycentric coordinates down to this are inside (ROOT's tolerance for points on edges). */
    private static final double ON_EDGE = -4 * Math.ulp(1.0);
    /** How far the three helper vertices of the enclosing triangle lie, in units of the data's size. */
    private static final double FAR = 100;

    private final double[] fZ;
    private final double fOffsetX;
    private final double fOffsetY;
    private final double fScaleX;
    private final double fScaleY;
    private final double fZout;
    /** Normalised coordinates of the points, then of the three helper vertices. */
    private final double[] fXN;
    private final double[] fYN;
    /** The final triangles, each three point indices in counter-clockwise order. */
    private final List<int[]> fTriangles = new ArrayList<>();

    Delaunay2D(int n, double[] x, double[] y, double[] z, double zOut) {
        fZ = z;
        fZout = zOut;
        double xmin = Double.POSITIVE_INFINITY;
        double xmax = Double.NEGATIVE_INFINITY;
        double ymin = Double.POSITIVE_INFINITY;
        double ymax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            xmin = Math.min(xmin, x[i]);
            xmax = Math.max(xmax, x[i]);
            ymin = Math.min(ymin, y[i]);
            ymax = Math.max(ymax, y[i]);
        }
        fOffsetX = -(xmax + xmin) / 2;
        fOffsetY = -(ymax + ymin) / 2;
        fScaleX = xmax > xmin ? 1 / (xmax - xmin) : 0;
        fScaleY = ymax > ymin ? 1 / (ymax - ymin) : 0;
        fXN = new double[n + 3];
        fYN = new double[n + 3];
        for (int i = 0; i < n; i++) {
            fXN[i] = (x[i] + fOffsetX) * fScaleX;
            fYN[i] = (y[i] + fOffsetY) * fScaleY;
        }
        if (n >= 3 && fScaleX > 0 && fScaleY > 0) { // points on a line have no triangles
            triangulate(n);
        }
    }

    /** The number of triangles (0 when the points are fewer than 3 or all on a line). */
    int GetNdt() {
        return fTriangles.size();
    }

    /** z at (x, y) by linear interpolation in the triangle holding the point; zOut outside the hull. */
    double Interpolate(double x, double y) {
        double xx = (x + fOffsetX) * fScaleX;
        double yy = (y + fOffsetY) * fScaleY;
        if (fTriangles.isEmpty()) {
            return fZout;
        }
        for (int[] t : fCells.get(cell(xx, yy))) {
            double x0 = fXN[t[0]], y0 = fYN[t[0]];
            double x1 = fXN[t[1]], y1 = fYN[t[1]];
            double x2 = fXN[t[2]], y2 = fYN[t[2]];
            double invDenom = 1 / ((y1 - y2) * (x0 - x2) + (x2 - x1) * (y0 - y2));
            double la = ((y1 - y2) * (xx - x2) + (x2 - x1) * (yy - y2)) * invDenom;
            double lb = ((y2 - y0) * (xx - x2) + (x0 - x2) * (yy - y2)) * invDenom;
            double lc = 1 - la - lb;
            if (la > ON_EDGE && lb > ON_EDGE && lc > ON_EDGE) {
                return la * fZ[t[0]] + lb * fZ[t[1]] + lc * fZ[t[2]];
            }
        }
        return fZout;
    }

    /** A square grid over the unit square, each cell listing the triangles whose box overlaps it. */
    private final List<List<int[]>> fCells = new ArrayList<>();
    private int fNCells;

    private int cellIndex(double v) {
        return Math.max(0, Math.min(fNCells - 1, (int) Math.floor((v + 0.5) * fNCells)));
    }

    private int cell(double xx, double yy) {
        return cellIndex(xx) * fNCells + cellIndex(yy);
    }

    private void fillCells() {
        fNCells = (int) Math.max(1, Math.min(256, Math.ceil(Math.sqrt(fTriangles.size() / 2.0))));
        for (int i = 0; i < fNCells * fNCells; i++) {
            fCells.add(new ArrayList<>());
        }
        for (int[] t : fTriangles) {
            int ix1 = cellIndex(Math.min(fXN[t[0]], Math.min(fXN[t[1]], fXN[t[2]])));
            int ix2 = cellIndex(Math.max(fXN[t[0]], Math.max(fXN[t[1]], fXN[t[2]])));
            int iy1 = cellIndex(Math.min(fYN[t[0]], Math.min(fYN[t[1]], fYN[t[2]])));
            int iy2 = cellIndex(Math.max(fYN[t[0]], Math.max(fYN[t[1]], fYN[t[2]])));
            for (int ix = ix1; ix <= ix2; ix++) {
                for (int iy = iy1; iy <= iy2; iy++) {
                    fCells.get(ix * fNCells + iy).add(t);
                }
            }
        }
    }

    // ---- Bowyer–Watson ----

    /** Triangles under construction, and for each directed edge (a→b) the triangle that has it. */
    private final List<int[]> work = new ArrayList<>();
    private final Map<Long, Integer> edgeOwner = new HashMap<>();

    private void triangulate(int n) {
        // an enclosing triangle far outside the unit square; its triangles are dropped at the end
        fXN[n] = -FAR;
        fYN[n] = -FAR;
        fXN[n + 1] = FAR;
        fYN[n + 1] = -FAR;
        fXN[n + 2] = 0;
        fYN[n + 2] = FAR;
        addTriangle(n, n + 1, n + 2);
        Set<Point> seen = new HashSet<>(); // a repeated point is skipped, as ROOT removes duplicates
        for (int p = 0; p < n; p++) {
            if (seen.add(new Point(fXN[p], fYN[p]))) {
                insert(p);
            }
        }
        for (int[] t : work) {
            if (t != null && t[0] < n && t[1] < n && t[2] < n) {
                fTriangles.add(t);
            }
        }
        work.clear();
        edgeOwner.clear();
        fillCells();
    }

    private record Point(double x, double y) {}

    private void insert(int p) {
        double px = fXN[p];
        double py = fYN[p];
        int seed = locate(px, py);
        // the cavity: triangles whose circumcircle holds p, grown from the one that holds p
        Set<Integer> cavity = new HashSet<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        cavity.add(seed);
        todo.add(seed);
        while (!todo.isEmpty()) {
            int[] tri = work.get(todo.poll());
            for (int e = 0; e < 3; e++) {
                Integer next = edgeOwner.get(key(tri[(e + 1) % 3], tri[e]));
                if (next != null && !cavity.contains(next) && inCircle(work.get(next), px, py)) {
                    cavity.add(next);
                    todo.add(next);
                }
            }
        }
        // rounding can leave a boundary edge that p does not see; take the triangle behind it too
        List<int[]> boundary;
        while (true) {
            boundary = new ArrayList<>();
            Integer behind = null;
            for (int t : cavity) {
                int[] tri = work.get(t);
                for (int e = 0; e < 3; e++) {
                    int a = tri[e];
                    int b = tri[(e + 1) % 3];
                    Integer other = edgeOwner.get(key(b, a));
                    if (other != null && cavity.contains(other)) {
                        continue;
                    }
                    if (orient(a, b, px, py) <= 0 && other != null) {
                        behind = other;
                    }
                    boundary.add(new int[] {a, b});
                }
            }
            if (behind == null) {
                break;
            }
            cavity.add(behind);
        }
        for (int t : cavity) {
            int[] tri = work.get(t);
            for (int e = 0; e < 3; e++) {
                edgeOwner.remove(key(tri[e], tri[(e + 1) % 3]));
            }
            work.set(t, null);
        }
        for (int[] edge : boundary) {
            addTriangle(edge[0], edge[1], p);
        }
    }

    /**
     * The triangle that holds p: a walk from the newest triangle across any edge that has p on its
     * outer side (it ends for a Delaunay triangulation); should rounding make it wander, the triangle
     * where p is least outside any edge.
     */
    private int locate(double px, double py) {
        int t = work.size() - 1;
        for (int steps = 0; steps < work.size(); steps++) {
            int[] tri = work.get(t);
            Integer next = null;
            for (int e = 0; e < 3 && next == null; e++) {
                if (orient(tri[e], tri[(e + 1) % 3], px, py) < 0) {
                    next = edgeOwner.get(key(tri[(e + 1) % 3], tri[e]));
                }
            }
            if (next == null) {
                return t;
            }
            t = next;
        }
        int best = -1;
        double bestInside = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < work.size(); i++) {
            int[] tri = work.get(i);
            if (tri != null) {
                double inside = Math.min(orient(tri[0], tri[1], px, py),
                        Math.min(orient(tri[1], tri[2], px, py), orient(tri[2], tri[0], px, py)));
                if (inside > bestInside) {
                    bestInside = inside;
                    best = i;
                }
            }
        }
        return best;
    }

    private void addTriangle(int a, int b, int c) {
        int index = work.size();
        work.add(new int[] {a, b, c});
        edgeOwner.put(key(a, b), index);
        edgeOwner.put(key(b, c), index);
        edgeOwner.put(key(c, a), index);
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | b;
    }

    /** Twice the signed area of (a, b, p): positive when p is left of a→b. */
    private double orient(int a, int b, double px, double py) {
        return (fXN[b] - fXN[a]) * (py - fYN[a]) - (fYN[b] - fYN[a]) * (px - fXN[a]);
    }

    /** Whether p lies strictly inside the circumcircle of the counter-clockwise triangle. */
    private boolean inCircle(int[] t, double px, double py) {
        double ax = fXN[t[0]] - px, ay = fYN[t[0]] - py;
        double bx = fXN[t[1]] - px, by = fYN[t[1]] - py;
        double cx = fXN[t[2]] - px, cy = fYN[t[2]] - py;
        double det = (ax * ax + ay * ay) * (bx * cy - cx * by) - (bx * bx + by * by) * (ax * cy - cx * ay)
                + (cx * cx + cy * cy) * (ax * by - bx * ay);
        return det > 0;
    }
}
