package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;

/**
 * TGraph2D's Delaunay interpolation and fit against SciPy and numpy: the numbers come from
 * {@code /usr/bin/python3 bench/reference/graph2d_reference.py} (output in graph2d_reference.txt).
 */
class TGraph2DTest {
    private static final int N = 60;

    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    /** The reference script's points: x over [0, 10), y over [0, 1), so the scaling matters. */
    private static TGraph2D points() {
        TGraph2D g = new TGraph2D();
        for (int i = 0; i < N; i++) {
            double x = 10.0 * ((i * 0.6180339887498949) % 1.0);
            double y = (i * 0.41421356237309503) % 1.0;
            g.SetPoint(i, x, y, Math.sin(x / 3) + 2 * y * y);
        }
        return g;
    }

    @Test
    void histogramIsTheDelaunaySurfaceOnTheGrid() {
        TH2D h = points().GetHistogram();
        assertEquals(40, h.GetNbinsX());
        assertEquals(40, h.GetNbinsY());
        double sum = 0;
        double sumsq = 0;
        for (int ix = 1; ix <= 40; ix++) {
            for (int iy = 1; iy <= 40; iy++) {
                double v = h.GetBinContent(ix, iy);
                sum += v;
                sumsq += v * v;
            }
        }
        assertEquals(1693.0930947882055, sum, 1e-9);
        assertEquals(2626.712137685648, sumsq, 1e-9);
        assertEquals(0.04254665508772881, h.GetBinContent(1, 1), 1e-12);
        assertEquals(0.4135784528920568, h.GetBinContent(5, 7), 1e-12);
        assertEquals(1.456031883222972, h.GetBinContent(20, 20), 1e-12);
        assertEquals(0.5985437900655174, h.GetBinContent(33, 12), 1e-12);
        assertEquals(0.0, h.GetBinContent(40, 40), 0, "outside the convex hull");
        assertEquals(2.5530739040387043, h.GetBinContent(13, 38), 1e-12);
        assertEquals(1600, h.GetEntries(), 0, "one fill per grid cell, as ROOT");
        assertNull(TROOT.gROOT.FindObject("Graph2D"), "the histogram is the graph's, not gDirectory's");
    }

    @Test
    void interpolateIsExactAtThePointsAndLinearInsideATriangle() {
        TGraph2D g = new TGraph2D(4, new double[] {0, 2, 0, 2}, new double[] {0, 0, 1, 1.2},
                new double[] {1, 3, 2, 5});
        assertEquals(3, g.Interpolate(2, 0), 1e-14);
        assertEquals(5, g.Interpolate(2, 1.2), 1e-14);
        // (0.5, 0.25) lies in the triangle (0,0) (2,0) (0,1): the plane z = 1 + x + y there
        assertEquals(1 + 0.5 + 0.25, g.Interpolate(0.5, 0.25), 1e-14);
        assertEquals(0, g.Interpolate(3, 0.5), 0, "outside the hull");
        g.SetMarginBinsContent(-7);
        assertEquals(-7, g.Interpolate(3, 0.5), 0);
        g.SetPoint(4, 4, 0.5, 9); // the triangulation follows the points
        assertTrue(g.Interpolate(3, 0.5) > 3, "now inside the hull, between z = 3, 5 and 9");
    }

    @Test
    void aRegularGridIsTriangulatedWithoutHolesDespiteItsCocircularPoints() {
        // every triangulation of a grid reproduces a plane exactly; a hole or an overlap would show
        TGraph2D g = new TGraph2D();
        int k = 0;
        for (int i = 0; i <= 10; i++) {
            for (int j = 0; j <= 10; j++) {
                g.SetPoint(k++, i * 0.5, j * 2.0, 2 * i * 0.5 - 3 * j * 2.0);
            }
        }
        for (double x = 0; x <= 5; x += 0.125) {
            for (double y = 0; y <= 20; y += 0.375) {
                assertEquals(2 * x - 3 * y, g.Interpolate(x, y), 1e-9, "at " + x + ", " + y);
            }
        }
        assertEquals(0, g.Interpolate(5.1, 3), 0);
    }

    @Test
    void pointsExtremesAndGrowth() {
        TGraph2D g = new TGraph2D("g", "title", 3, new double[] {1, -2, 3}, new double[] {4, 5, -6},
                new double[] {7, 8, 9});
        assertEquals("g", g.GetName());
        assertEquals(3, g.GetN());
        assertEquals(-2, g.GetXmin());
        assertEquals(3, g.GetXmax());
        assertEquals(-6, g.GetYmin());
        assertEquals(5, g.GetYmax());
        assertEquals(7, g.GetZmin());
        assertEquals(9, g.GetZmax());
        g.SetPoint(5, 0, 0, 10);
        assertEquals(6, g.GetN());
        assertEquals(0, g.GetX()[4], "points in between are 0");
        double[] xyz = new double[3];
        assertEquals(5, g.GetPoint(5, xyz));
        assertArrayEquals(new double[] {0, 0, 10}, xyz);
        TGraph2D copy = g.Clone();
        copy.SetPoint(0, 100, 100, 100);
        assertEquals(1, g.GetX()[0], "the clone has its own points");
    }

    @Test
    void histogramLimitsFollowTheMargin() {
        TGraph2D g = points();
        g.SetMargin(0.1);
        g.SetNpx(20);
        TH2D h = g.GetHistogram();
        double xmin = g.GetXmin();
        double xmax = g.GetXmax();
        assertEquals(xmin - 0.1 * (xmax - xmin), h.GetXaxis().GetXmin(), 1e-12);
        assertEquals(xmax + 0.1 * (xmax - xmin), h.GetXaxis().GetXmax(), 1e-12);
        assertEquals(20, h.GetNbinsX());
        assertEquals(0, h.GetBinContent(1, 1), 0, "margin cells lie outside the hull");
    }

    @Test
    void badSettingsAreClampedWithROOTsWarning() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        try {
            TGraph2D g = new TGraph2D();
            g.SetNpx(1000);
            assertEquals(500, g.GetNpx());
            assertEquals(0, g.Interpolate(0, 0));
        } finally {
            System.setErr(saved);
        }
        assertEquals("Warning in <TGraph2D::SetNpx>: Number of points must be >4 && < 500, fNpx set to 500\n"
                + "Error in <TGraph2D::Interpolate>: Empty TGraph2D\n", err.toString());
    }

    @Test
    void printListsThePoints() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            new TGraph2D(2, new double[] {1, 2.5}, new double[] {3, 4}, new double[] {0.5, 6}).Print();
            TGraph2DErrors e = new TGraph2DErrors(1, new double[] {1}, new double[] {2}, new double[] {3},
                    new double[] {0.1}, null, new double[] {0.3});
            e.Print();
        } finally {
            System.setOut(saved);
        }
        assertEquals("x[0]=1, y[0]=3, z[0]=0.5\nx[1]=2.5, y[1]=4, z[1]=6\n"
                + "x[0]=1, y[0]=2, z[0]=3, ex[0]=0.1, ey[0]=0, ez[0]=0.3\n", out.toString());
    }

    @Test
    void fitOfAPlaneAgreesWithLeastSquares() {
        TGraph2D g = new TGraph2D();
        for (int i = 0; i < N; i++) {
            double x = 10.0 * ((i * 0.6180339887498949) % 1.0);
            double y = (i * 0.41421356237309503) % 1.0;
            g.SetPoint(i, x, y, 1 + 2 * x - 3 * y + 0.05 * Math.sin(7 * i));
        }
        TF2 plane = new TF2("plane", "[0]+[1]*x+[2]*y", 0, 10, 0, 1);
        plane.SetParameters(0, 1, 0);
        TFitResult r = g.Fit(plane, "Q");
        double[] params = {1.000229221845471, 2.0002614569963937, -3.0014442353674857};
        double[] errors = {0.011590439751099338, 0.0016248409300761242, 0.016209035750517947};
        for (int i = 0; i < 3; i++) {
            assertEquals(params[i], r.Parameter(i), 1e-6, "parameter " + i);
            assertEquals(errors[i], r.ParError(i), 1e-4 * errors[i], "error " + i);
        }
        assertEquals(0.07473066211354677, r.Chi2(), 1e-8);
        assertEquals(57, r.Ndf());
        assertTrue(g.GetFunction("plane") != null);
        plane.SetParameters(0, 1, 0);
        assertEquals(params[1], g.Fit("plane", "Q").Parameter(1), 1e-6, "a TF2 found by its name");
    }

    @Test
    void fitByAnUnknownNameSaysSo() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            assertNull(points().Fit("nosuchfunction"));
        } finally {
            System.setOut(saved);
        }
        assertEquals("Unknown function: nosuchfunction\n", out.toString());
    }

    @Test
    void fitWithZErrorsWeighsThePoints() {
        // two groups of points on planes z = 1 and z = 3; the second group's errors are 3 times larger
        TGraph2DErrors g = new TGraph2DErrors(8);
        for (int i = 0; i < 8; i++) {
            g.SetPoint(i, i % 4, i / 4 + (i % 4) * 0.1, i < 4 ? 1 : 3);
            g.SetPointError(i, 0, 0, i < 4 ? 1 : 3);
        }
        TF2 constant = new TF2("c", "[0]+0*x+0*y", -1, 5, -1, 5);
        TFitResult r = g.Fit(constant, "Q");
        // weighted mean: (4·1/1 + 4·3/9) / (4/1 + 4/9) = 1.2, error 1/sqrt(4 + 4/9)
        assertEquals(1.2, r.Parameter(0), 1e-6);
        assertEquals(1 / Math.sqrt(4 + 4.0 / 9), r.ParError(0), 1e-6);
    }
}
