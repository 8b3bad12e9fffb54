package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TGraphTest {
    private static TGraph square() {
        return new TGraph(5, new double[] {0, 1, 2, 3, 4}, new double[] {0, 1, 4, 9, 16});
    }

    @Test
    void pointsAndGrowth() {
        TGraph g = new TGraph();
        g.SetPoint(0, 1, 2);
        g.SetPoint(3, 4, 5);
        assertEquals(4, g.GetN());
        assertEquals(0, g.GetPointX(1));
        g.AddPoint(7, 8);
        assertEquals(5, g.GetN());
        double[] xy = new double[2];
        assertEquals(4, g.GetPoint(4, xy));
        assertArrayEquals(new double[] {7, 8}, xy);
        assertEquals(-1, g.GetPoint(9, xy));
        assertEquals(1, g.RemovePoint(1));
        assertEquals(4, g.GetN());
        assertEquals(0, g.GetPointX(1), "the point after the removed one moved down");
        assertEquals(4, g.GetPointX(2));
    }

    @Test
    void evalInterpolatesAndExtrapolatesLinearly() {
        TGraph g = square();
        assertEquals(2.5, g.Eval(1.5), 1e-15);
        assertEquals(9, g.Eval(3), 0);
        assertEquals(16 + 7 * 0.5, g.Eval(4.5), 1e-15, "beyond the last point: the last segment");
        assertEquals(-0.5, g.Eval(-0.5), 1e-15, "before the first point: the first segment");
        TGraph unsorted = new TGraph(3, new double[] {2, 0, 1}, new double[] {4, 0, 1});
        assertEquals(2.5, unsorted.Eval(1.5), 1e-15);
    }

    @Test
    void statisticsIntegralSortApply() {
        TGraph g = square();
        assertEquals(2, g.GetMean(1), 1e-15);
        assertEquals(6, g.GetMean(2), 1e-15);
        assertEquals(Math.sqrt(2), g.GetRMS(1), 1e-15);
        // the polygon through the points closes with the chord from (4,16) back to (0,0):
        // the triangle under the chord (32) minus the trapezoids under the points
        double trapezoids = 0.5 * (0 + 1) + 0.5 * (1 + 4) + 0.5 * (4 + 9) + 0.5 * (9 + 16);
        assertEquals(32 - trapezoids, g.Integral(), 1e-12);
        TGraph u = new TGraph(3, new double[] {2, 0, 1}, new double[] {4, 0, 1});
        u.Sort();
        assertArrayEquals(new double[] {0, 1, 2}, java.util.Arrays.copyOf(u.GetX(), 3));
        assertArrayEquals(new double[] {0, 1, 4}, java.util.Arrays.copyOf(u.GetY(), 3));
        u.Apply(new TF1("lin", "2*x", 0, 2));
        assertArrayEquals(new double[] {0, 2, 4}, java.util.Arrays.copyOf(u.GetY(), 3));
    }

    @Test
    void errorsFollowTheirPoints() {
        TGraphErrors ge = new TGraphErrors(3, new double[] {2, 0, 1}, new double[] {4, 0, 1},
                new double[] {0.2, 0.0, 0.1}, new double[] {2, 0.5, 1});
        ge.Sort();
        assertEquals(0.5, ge.GetErrorY(0));
        assertEquals(2, ge.GetErrorY(2));
        ge.SetPoint(5, 9, 9);
        ge.SetPointError(3, 0.3);
        assertEquals(0.3, ge.GetErrorY(5));
        assertEquals(0, ge.GetErrorY(4));
        ge.RemovePoint(0);
        assertEquals(1, ge.GetErrorY(0));
        TGraphAsymmErrors ga = new TGraphAsymmErrors(1, new double[] {1}, new double[] {2},
                new double[] {0.1}, new double[] {0.3}, new double[] {1}, new double[] {7});
        assertEquals(7, ga.GetErrorYhigh(0));
        assertEquals(Math.sqrt((1 + 49) / 2.0), ga.GetErrorY(0), 1e-15);
        TGraphAsymmErrors copy = ga.Clone();
        copy.SetPointError(0, 0, 0, 0, 0);
        assertEquals(7, ga.GetErrorYhigh(0), "the clone is independent");
    }
}
