package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;

/**
 * The options of TH1::Fit and TGraph::Fit beyond the default χ², against SciPy: every reference number
 * below is printed by {@code /usr/bin/python3 bench/reference/fit_options_reference.py} (SciPy 1.10.1,
 * 2026-11-25), which fits the same bin contents independently.
 */
class FitOptionsTest {
    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    /** 30 bins on [-3, 3] with few counts and empty edges; bin i holds weight {@code weight(i)} per entry. */
    private static TH1D small(boolean weighted) {
        TH1D h = new TH1D("small", "", 30, -3, 3);
        if (weighted) {
            h.Sumw2();
        }
        for (int bin = 1; bin <= 30; bin++) {
            double x = h.GetBinCenter(bin);
            long n = Math.round(20 * Math.exp(-0.5 * Math.pow((x - 0.2) / 0.9, 2)) * (1 + 0.3 * Math.sin(5 * x)));
            for (int k = 0; k < n; k++) {
                h.Fill(x, weighted ? 1 + 0.5 * ((bin - 1) % 3) : 1);
            }
        }
        return h;
    }

    /** The histogram of bench/reference/gaus_fit_reference.py. */
    private static TH1D large() {
        TH1D h = new TH1D("large", "", 40, -4, 4);
        for (int bin = 1; bin <= 40; bin++) {
            double x = h.GetBinCenter(bin);
            double v = Math.rint(1000 * Math.exp(-0.5 * Math.pow((x - 0.3) / 1.1, 2)) * (1 + 0.05 * Math.sin(7 * x)));
            h.SetBinContent(bin, v);
            h.SetBinError(bin, Math.sqrt(v));
        }
        return h;
    }

    /** What r writes to System.out, or with {@code stderr} to System.err. */
    private static String captured(boolean stderr, Runnable r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = stderr ? System.err : System.out;
        PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8);
        if (stderr) {
            System.setErr(capture);
        } else {
            System.setOut(capture);
        }
        try {
            r.run();
        } finally {
            if (stderr) {
                System.setErr(saved);
            } else {
                System.setOut(saved);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String printed(Runnable r) {
        return captured(false, r);
    }

    private static String errors(Runnable r) {
        return captured(true, r);
    }

    private static void assertAgrees(double[] params, double[] errors, TFitResult r) {
        for (int i = 0; i < params.length; i++) {
            assertEquals(params[i], r.Parameter(i), 1e-4 * Math.abs(params[i]), "parameter " + i);
            assertEquals(errors[i], r.ParError(i), 1e-3 * errors[i], "error " + i);
        }
    }

    @Test
    void aPoissonLikelihoodFitAgreesWithSciPy() {
        TH1D h = small(false);
        TFitResult[] result = new TFitResult[1];
        String out = printed(() -> result[0] = h.Fit("gaus", "L"));
        TFitResult r = result[0];
        assertAgrees(new double[] {19.81710262873236, 0.20461581612953356, 0.9069987520935752},
                new double[] {1.6319491745709713, 0.06088117255889205, 0.04443802174379246}, r);
        assertEquals(6.534063477643912, r.MinFcnValue(), 1e-6);
        assertEquals(2 * 6.534063477643912, r.Chi2(), 2e-6, "Baker-Cousins: twice the -log likelihood ratio");
        assertEquals(30 - 3, r.Ndf(), "empty bins count in a likelihood fit");
        assertEquals(r.Chi2(), h.GetFunction("gaus").GetChisquare(), 0);
        assertTrue(out.contains("\nMinFCN                    =      6.53406\nChi2                      =      13.0681\n"
                + "NDf                       =           27\n"), out);
    }

    @Test
    void minosErrorsAreTheProfileLikelihoodInterval() {
        TH1D h = small(false);
        TFitResult[] result = new TFitResult[1];
        String out = printed(() -> result[0] = h.Fit("gaus", "LES"));
        TFitResult r = result[0];
        double[][] minos = {{-1.5811176163617482, 1.6842384405133224}, {-0.06089018360552925, 0.06104061731275645},
            {-0.04250280256354544, 0.046583975111814224}};
        for (int i = 0; i < 3; i++) {
            assertTrue(r.HasMinosError(i));
            assertEquals(minos[i][0], r.LowerError(i), 1e-3 * Math.abs(minos[i][0]), "lower " + i);
            assertEquals(minos[i][1], r.UpperError(i), 1e-3 * minos[i][1], "upper " + i);
        }
        double[] low = new double[1];
        double[] up = new double[1];
        assertTrue(r.GetMinosError(2, low, up));
        assertEquals(r.LowerError(2), low[0], 0);
        assertEquals(r.UpperError(2), up[0], 0);
        // ROOT's line: value, parabolic error, then lower and upper Minos errors
        assertTrue(out.matches("(?s).*\nSigma                     =     0\\.90\\d+   \\+/-   0\\.0444\\d+ *"
                + "  -0\\.0425\\d+ +\\+0\\.0465\\d+ +\\(Minos\\)  \t \\(limited\\)\n.*"), out);
    }

    @Test
    void withoutMinosTheAsymmetricErrorsAreTheParabolicOnes() {
        TFitResult r = small(false).Fit("gaus", "LQ");
        assertFalse(r.HasMinosError(0));
        assertEquals(r.ParError(0), r.LowerError(0), 0);
        assertEquals(r.ParError(0), r.UpperError(0), 0);
        assertFalse(r.GetMinosError(0, new double[1], new double[1]));
    }

    @Test
    void aPearsonChi2UsesTheExpectationAsVariance() {
        TH1D h = small(false);
        TFitResult r = h.Fit("gaus", "PQ");
        assertAgrees(new double[] {20.065318389355618, 0.20166599627952664, 0.9205191530215098},
                new double[] {1.6185733298637197, 0.06100523791599325, 0.04364635142653221}, r);
        assertEquals(12.336104505149988, r.Chi2(), 1e-5);
        assertEquals(30 - 3, r.Ndf(), "empty bins count in a Pearson fit");
    }

    @Test
    void aWeightedLikelihoodCorrectsTheErrors() {
        TH1D h = small(true);
        // "B" keeps Sigma free of ROOT's limits: Hesse of a bounded parameter works in Minuit's internal
        // coordinates, where the weight-squared likelihood, not at its own minimum, has another curvature
        TF1 g = new TF1("g", "gaus", -3, 3);
        g.SetParameters(30, 0.2, 0.9);
        TFitResult[] result = new TFitResult[1];
        String err = errors(() -> result[0] = h.Fit(g, "WLEQB"));
        TFitResult r = result[0];
        assertAgrees(new double[] {29.848940220951782, 0.2095733733012885, 0.9005059883738138},
                new double[] {2.6284482338120903, 0.06261208316799644, 0.04681246096166154}, r);
        assertEquals(21.534508834431477, r.MinFcnValue(), 1e-5);
        assertFalse(r.HasMinosError(0));
        assertTrue(err.contains("Info in <Fitter::DoBinnedLikelihoodFit>: MINOS errors cannot be computed in weighted"
                + " likelihood fits"), err);
        // the plain likelihood on the same contents has the same values and smaller errors
        g.SetParameters(30, 0.2, 0.9);
        TFitResult plain = h.Fit(g, "LQB");
        assertEquals(r.Parameter(1), plain.Parameter(1), 1e-6);
        assertTrue(plain.ParError(1) < r.ParError(1));
    }

    @Test
    void theIntegralOptionFitsTheMeanOverEachBin() {
        TFitResult r = large().Fit("gaus", "IQ");
        assertAgrees(new double[] {1000.0797696721268, 0.3001161460834477, 1.0986292963114905},
                new double[] {10.494314366285174, 0.00940299224984461, 0.006760738560601621}, r);
        assertEquals(17.468504682353977, r.Chi2(), 1e-4);
        assertEquals(37, r.Ndf());
    }

    @Test
    void optionWGivesEveryNonEmptyBinTheWeightOne() {
        TH1D h = new TH1D("w", "", 8, 0, 8);
        double[] y = {3, 0, 7, 8, 12, 11, 15, 18};
        for (int bin = 1; bin <= 8; bin++) {
            h.SetBinContent(bin, y[bin - 1]);
            h.SetBinError(bin, 0.1 * bin); // ignored
        }
        h.SetBinError(2, 0);
        TFitResult r = h.Fit("pol1", "WQ");
        // ordinary least squares over the 7 non-empty bins, errors (XᵀX)⁻¹ unscaled
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int bin = 1; bin <= 8; bin++) {
            if (y[bin - 1] == 0) {
                continue;
            }
            double x = h.GetBinCenter(bin);
            n++;
            sx += x;
            sy += y[bin - 1];
            sxx += x * x;
            sxy += x * y[bin - 1];
        }
        double det = n * sxx - sx * sx;
        assertEquals((sxx * sy - sx * sxy) / det, r.Parameter(0), 1e-7);
        assertEquals((n * sxy - sx * sy) / det, r.Parameter(1), 1e-7);
        assertEquals(Math.sqrt(n / det), r.ParError(1), 1e-6 * Math.sqrt(n / det));
        assertEquals(7 - 2, r.Ndf());
        assertEquals(8 - 2, h.Fit("pol1", "WWQ").Ndf(), "WW keeps the empty bin too");
    }

    @Test
    void minosErrorsOfALinearChi2AreTheParabolicOnes() {
        // a χ² linear in its parameters is an exact parabola: its profile crosses +1 at ± the Hesse error
        TFitResult r = large().Fit("pol1", "EQ", "", -1, 1);
        for (int i = 0; i < 2; i++) {
            assertEquals(-r.ParError(i), r.LowerError(i), 1e-4 * r.ParError(i));
            assertEquals(r.ParError(i), r.UpperError(i), 1e-4 * r.ParError(i));
        }
    }

    @Test
    void optionWOnAGraphIgnoresThePointErrors() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {2.1, 3.9, 6.2, 7.8, 10.1, 12.2};
        TGraphErrors withErrors = new TGraphErrors(6, x, y, null, new double[] {0.1, 0.9, 0.1, 0.5, 0.2, 0.3});
        TFitResult w = withErrors.Fit("pol1", "WQ");
        TFitResult plain = new TGraph(6, x, y).Fit("pol1", "Q");
        assertEquals(plain.Parameter(1), w.Parameter(1), 1e-9);
        assertEquals(plain.ParError(1), w.ParError(1), 1e-9);
        assertEquals(plain.Chi2(), w.Chi2(), 1e-9);
    }

    @Test
    void optionBKeepsTheUsersLimitsOfAPredefinedShape() {
        TF1 g = new TF1("g", "gaus", -4, 4);
        g.SetParameters(900, 0.3, 1.2);
        g.SetParLimits(2, 1.15, 1.3);
        TH1D histogram = large();
        TFitResult bounded = histogram.Fit(g, "QB");
        assertEquals(1.15, bounded.Parameter(2), 1e-3, "sigma stays at the user's lower limit, above the 1.10 it wants");
        TF1 h = new TF1("h", "gaus", -4, 4);
        h.SetParLimits(2, 1.15, 1.3);
        TFitResult estimated = histogram.Fit(h, "Q");
        assertEquals(1.1001454401036523, estimated.Parameter(2), 1e-4, "without B ROOT's estimates replace the limits");
    }

    @Test
    void optionMNamesMinuit2sMigradImproved() {
        TH1D h = large();
        String out = printed(() -> h.Fit("gaus", "M"));
        assertTrue(out.contains("Minimizer is Minuit2 / MigradImproved\n"), out);
        assertEquals(h.Fit("gaus", "Q").Parameter(1), h.Fit("gaus", "MQ").Parameter(1), 1e-7);
    }

    @Test
    void likelihoodAndIntegralAreIgnoredForGraphsAsROOTDoes() {
        TGraph g = new TGraph(6, new double[] {1, 2, 3, 4, 5, 6}, new double[] {2.1, 3.9, 6.2, 7.8, 10.1, 12.2});
        TFitResult[] r = new TFitResult[1];
        String err = errors(() -> r[0] = g.Fit("pol1", "LQ"));
        assertTrue(err.startsWith("Info in <CheckGraphFitOptions>: L (Log Likelihood fit) is an invalid option when"
                + " fitting a graph. It is ignored"), err);
        assertEquals(g.Fit("pol1", "Q").Chi2(), r[0].Chi2(), 1e-9);
    }

    @Test
    void aLikelihoodFitRefusesPearsonWithROOTsWarning() {
        TFitResult[] r = new TFitResult[1];
        String err = errors(() -> r[0] = small(false).Fit("gaus", "LPQ"));
        assertTrue(err.startsWith("Warning in <Fit>: Cannot use P or X option in combination of L. Ignore the chi2"
                + " option and perform a likelihood fit"), err);
        assertEquals(6.534063477643912, r[0].MinFcnValue(), 1e-6);
    }

    @Test
    void optionsNotSupportedYetAreReportedNotIgnored() {
        TFitResult[] r = new TFitResult[1];
        String err = errors(() -> r[0] = small(false).Fit("gaus", "LMULTIQ"));
        assertEquals(null, r[0]);
        assertTrue(err.startsWith("Error in <TH1D::Fit>: option MULTI is not supported yet"), err);
    }

    @Test
    void theCovarianceMatrixIsACopy() {
        TFitResult r = large().Fit("gaus", "Q");
        double[][] cov = r.GetCovarianceMatrix();
        assertEquals(r.ParError(1) * r.ParError(1), cov[1][1], 1e-15);
        assertEquals(r.CovMatrix(0, 2), cov[0][2], 0);
        cov[1][1] = 0;
        assertEquals(r.ParError(1) * r.ParError(1), r.CovMatrix(1, 1), 1e-15);
    }
}
