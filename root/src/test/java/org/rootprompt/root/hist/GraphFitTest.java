package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;

/** Graph fits against ordinary and weighted least squares in closed form. */
class GraphFitTest {
    private static final double[] X = {1, 2, 3, 4, 5, 6};
    private static final double[] Y = {2.1, 3.9, 6.2, 7.8, 10.1, 12.2};

    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    @Test
    void aGraphWithoutErrorsIsOrdinaryLeastSquares() {
        TGraph g = new TGraph(6, X, Y);
        TFitResult r = g.Fit("pol1", "Q");
        double n = 6, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < 6; i++) {
            sx += X[i];
            sy += Y[i];
            sxx += X[i] * X[i];
            sxy += X[i] * Y[i];
        }
        double b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double a = (sy - b * sx) / n;
        double rss = 0;
        for (int i = 0; i < 6; i++) {
            rss += Math.pow(Y[i] - a - b * X[i], 2);
        }
        double s2 = rss / (n - 2);
        double sxxc = sxx - sx * sx / n;
        assertEquals(a, r.Parameter(0), 1e-7);
        assertEquals(b, r.Parameter(1), 1e-7);
        assertEquals(rss, r.Chi2(), 1e-9, "unit weights");
        // ROOT scales the errors of a fit without point errors by sqrt(chi2/ndf): the OLS standard errors
        assertEquals(Math.sqrt(s2 / sxxc), r.ParError(1), 1e-6 * Math.sqrt(s2 / sxxc));
        assertEquals(Math.sqrt(s2 * sxx / (n * sxxc)), r.ParError(0), 1e-6);
        assertNotNull(g.GetFunction("pol1"));
    }

    @Test
    void errorsWeighThePoints() {
        double[] ey = {0.1, 0.2, 0.1, 0.4, 0.2, 0.3};
        TGraphErrors g = new TGraphErrors(6, X, Y, null, ey);
        TFitResult r = g.Fit("pol1", "Q");
        double s = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < 6; i++) {
            double w = 1 / (ey[i] * ey[i]);
            s += w;
            sx += w * X[i];
            sy += w * Y[i];
            sxx += w * X[i] * X[i];
            sxy += w * X[i] * Y[i];
        }
        double det = s * sxx - sx * sx;
        assertEquals((sxx * sy - sx * sxy) / det, r.Parameter(0), 1e-7);
        assertEquals((s * sxy - sx * sy) / det, r.Parameter(1), 1e-7);
        assertEquals(Math.sqrt(s / det), r.ParError(1), 1e-6 * Math.sqrt(s / det), "not rescaled: the errors are given");
    }

    @Test
    void xErrorsEnterThroughTheSlope() {
        double[] ex = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
        double[] ey = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
        TGraphErrors g = new TGraphErrors(6, X, Y, ex, ey);
        TFitResult with = g.Fit("pol1", "Q");
        TFitResult without = g.Fit("pol1", "Q EX0");
        // a straight line's slope b turns ex into sqrt(ey² + b² ex²): the chi2 drops accordingly
        double b = with.Parameter(1);
        assertEquals(without.Chi2() * 0.01 / (0.01 + b * b * 0.25), with.Chi2(), 0.02 * with.Chi2());
    }

    @Test
    void pol2WithXErrorsFindsTheGlobalMinimumOfTheEffectiveVariance() {
        // bench/reference/graph_effective_variance_reference.py (SciPy): chi2 = 19.285451818863212 at
        // (1.88045917, 29.32955681, -29.36568362); starting from (1, 1, 1) leads to a local minimum at 137.38,
        // so polN starts from the least-squares polynomial
        double[] x = {-0.22, 0.05, 0.25, 0.35, 0.5, 0.61, 0.7, 0.85, 0.89, 0.95};
        double[] y = {1, 2.9, 5.6, 7.4, 9, 9.6, 8.7, 6.3, 4.5, 1};
        double[] ex = {.05, .1, .07, .07, .04, .05, .06, .07, .08, .05};
        double[] ey = {.8, .7, .6, .5, .4, .4, .5, .6, .7, .8};
        TGraphErrors g = new TGraphErrors(10, x, y, ex, ey);
        TFitResult r = g.Fit("pol2", "QS");
        assertEquals(19.285451818863212, r.Chi2(), 1e-6);
        assertEquals(1.88045917, r.Parameter(0), 1e-4 * 1.88);
        assertEquals(29.32955681, r.Parameter(1), 1e-4 * 29.3);
        assertEquals(-29.36568362, r.Parameter(2), 1e-4 * 29.4);
    }
}
