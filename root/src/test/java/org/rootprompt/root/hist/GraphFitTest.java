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
}
