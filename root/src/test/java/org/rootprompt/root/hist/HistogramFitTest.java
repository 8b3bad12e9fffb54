package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;

class HistogramFitTest {
    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    /** The histogram of bench/reference/gaus_fit_reference.py, filled by the same formula. */
    private static TH1D reference() {
        TH1D h = new TH1D("ref", "", 40, -4, 4);
        for (int bin = 1; bin <= 40; bin++) {
            double x = h.GetBinCenter(bin);
            double v = Math.rint(1000 * Math.exp(-0.5 * Math.pow((x - 0.3) / 1.1, 2)) * (1 + 0.05 * Math.sin(7 * x)));
            for (int k = 0; k < v; k++) {
                h.Fill(x);
            }
        }
        return h;
    }

    private static String quietly(Runnable r) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGausFitAgreesWithSciPy() {
        TH1D h = reference();
        TFitResult[] result = new TFitResult[1];
        String printed = quietly(() -> result[0] = h.Fit("gaus"));
        TFitResult r = result[0];
        // python3 bench/reference/gaus_fit_reference.py (SciPy 1.10.1 curve_fit, 2026-11-25)
        double[] params = {998.7015492600812, 0.3001161945714973, 1.1001454401036523};
        double[] errors = {10.469989701123584, 0.009402993364251403, 0.006751426172793963};
        for (int i = 0; i < 3; i++) {
            assertEquals(params[i], r.Parameter(i), 1e-4 * Math.abs(params[i]), "parameter " + i);
            assertEquals(errors[i], r.ParError(i), 1e-3 * errors[i], "error " + i);
        }
        assertEquals(17.468492205840676, r.Chi2(), 1e-4);
        assertEquals(37, r.Ndf());
        assertTrue(r.IsValid());
        TF1 stored = h.GetFunction("gaus");
        assertNotNull(stored, "the fitted function is stored in the histogram");
        assertEquals(r.Parameter(1), stored.GetParameter(1));
        assertEquals(r.ParError(2), stored.GetParError(2));
        assertEquals(17.468492205840676, stored.GetChisquare(), 1e-4);
        assertEquals(37, stored.GetNDF());
        // ROOT's printout: the Minuit2 block, Sigma limited by the gaus starting values
        assertTrue(printed.startsWith("\n****************************************\nMinimizer is Minuit2 / Migrad\n"), printed);
        assertTrue(printed.contains("\nChi2                      =      17.4685\n"), printed);
        assertTrue(printed.contains("\nNDf                       =           37\n"), printed);
        assertTrue(printed.matches("(?s).*\nMean                      =     0\\.30011\\d   \\+/-   0\\.0094\\d+ *\n.*"), printed);
        assertTrue(printed.contains(" \t (limited)\n"), printed);
    }

    @Test
    void aLandauFitStartsFromRootsEstimatesAndAgreesWithSciPy() {
        // the histogram of bench/reference/landau_reference.py: a Moyal shape, filled by the same formula
        TH1D h = new TH1D("moyal", "", 60, -1, 14);
        for (int bin = 1; bin <= 60; bin++) {
            double x = h.GetBinCenter(bin);
            double v = (x - 2) / 0.8;
            double n = Math.rint(1000 * Math.exp(-0.5 * (v + Math.exp(-v))) * (1 + 0.05 * Math.sin(7 * x)));
            for (int k = 0; k < n; k++) {
                h.Fill(x);
            }
        }
        TFitResult[] result = new TFitResult[1];
        String printed = quietly(() -> result[0] = h.Fit("landau"));
        TFitResult r = result[0];
        // /usr/bin/python3 bench/reference/landau_reference.py (SciPy 1.10, 2026-11-25): curve_fit of
        // c*p((x-mpv)/sigma), p by an exact integral; errors from the full Hessian of the chi2, as Hesse
        double[] params = {3646.739575894992, 1.8176630858956868, 0.48346137398931915};
        double[] errors = {63.33260406875129, 0.016666107285673356, 0.006295146863501474};
        for (int i = 0; i < 3; i++) {
            assertEquals(params[i], r.Parameter(i), 1e-4 * Math.abs(params[i]), "parameter " + i);
            assertEquals(errors[i], r.ParError(i), 1e-3 * errors[i], "error " + i);
        }
        assertEquals(1274.639210835813, r.Chi2(), 1e-4 * 1274.64);
        assertEquals(57 - 3, r.Ndf());
        assertTrue(r.IsValid());
        TF1 stored = h.GetFunction("landau");
        assertNotNull(stored);
        assertEquals("MPV", stored.GetParName(1));
        assertTrue(printed.matches("(?s).*\nMPV                       =      1\\.8176\\d+ +\\+/- +0\\.01666\\d+ *\n.*"), printed);
        // the Sigma limit [0, 10 RMS] of ROOT's gaus estimates
        assertTrue(printed.matches("(?s).*\nSigma [^\n]*\t \\(limited\\)\n.*"), printed);
    }

    @Test
    void aStraightLineFitAgreesWithTheNormalEquations() {
        TH1D h = new TH1D("line", "", 10, 0, 10);
        for (int bin = 1; bin <= 10; bin++) {
            h.SetBinContent(bin, 5 + 2 * bin + (bin % 3) - 1);
            h.SetBinError(bin, 0.5 + 0.1 * bin);
        }
        TFitResult r = h.Fit("pol1", "Q");
        // weighted least squares by the normal equations, in closed form
        double s = 0, sx = 0, sy = 0, sxx = 0, sxy = 0, chi2 = 0;
        for (int bin = 1; bin <= 10; bin++) {
            double x = h.GetBinCenter(bin);
            double w = 1 / Math.pow(h.GetBinError(bin), 2);
            double y = h.GetBinContent(bin);
            s += w;
            sx += w * x;
            sy += w * y;
            sxx += w * x * x;
            sxy += w * x * y;
        }
        double det = s * sxx - sx * sx;
        double a = (sxx * sy - sx * sxy) / det;
        double b = (s * sxy - sx * sy) / det;
        for (int bin = 1; bin <= 10; bin++) {
            double x = h.GetBinCenter(bin);
            chi2 += Math.pow((h.GetBinContent(bin) - a - b * x) / h.GetBinError(bin), 2);
        }
        assertEquals(a, r.Parameter(0), 1e-7 * Math.abs(a));
        assertEquals(b, r.Parameter(1), 1e-7 * Math.abs(b));
        assertEquals(Math.sqrt(sxx / det), r.ParError(0), 1e-6 * Math.sqrt(sxx / det));
        assertEquals(Math.sqrt(s / det), r.ParError(1), 1e-6 * Math.sqrt(s / det));
        assertEquals(-sx / det / Math.sqrt(sxx / det * s / det), r.Correlation(0, 1), 1e-6);
        assertEquals(chi2, r.Chi2(), 1e-8 * chi2);
        assertEquals(8, r.Ndf());
    }

    @Test
    void aUserFunctionWithAFixedParameterAndARange() {
        TH1D h = reference();
        TF1 f = new TF1("mygaus", (x, p) -> p[0] * Math.exp(-0.5 * Math.pow((x[0] - p[1]) / p[2], 2)), -2, 2.5, 3);
        f.SetParameters(900, 0, 1);
        f.FixParameter(1, 0.3);
        TFitResult r = h.Fit(f, "QR");
        assertEquals(0.3, r.Parameter(1), 0);
        assertTrue(r.IsParameterFixed(1));
        assertEquals(0, r.ParError(1), 0);
        assertEquals(23 - 2, r.Ndf(), "bins 11 to 33 hold [-2, 2.5]; two free parameters");
        assertEquals(r.Parameter(0), f.GetParameter(0), 0, "the user's TF1 holds the fitted values");
        assertSame(null, h.GetFunction("gaus"));
        assertNotNull(h.GetFunction("mygaus"));
    }

    @Test
    void theStoredFunctionSpansTheFitRangeAsRootDraws() {
        TH1D h = new TH1D("fitrange_h", "", 40, -4, 4);
        h.SetDirectory(null);
        h.FillRandom("gaus", 2000, new org.rootprompt.root.math.TRandom3(7));
        h.Fit("gaus", "QN0");
        h.Fit("gaus", "Q");
        TF1 whole = h.GetFunction("gaus");
        assertEquals(-4, whole.GetXmin(), 0, "no range given: the bins in range, as HFit::GetDrawingRange");
        assertEquals(4, whole.GetXmax(), 0);
        h.Fit("gaus", "Q", "", -1, 1.5);
        assertEquals(-1, h.GetFunction("gaus").GetXmin(), 0);
        assertEquals(1.5, h.GetFunction("gaus").GetXmax(), 0);

        TGraph g = new TGraph(3, new double[] {1, 2, 3}, new double[] {2, 4, 6.5});
        g.Fit("pol1", "Q");
        assertEquals(0.8, g.GetFunction("pol1").GetXmin(), 1e-12, "a graph's: its x axis with 10% margins");
        assertEquals(3.2, g.GetFunction("pol1").GetXmax(), 1e-12);
    }
}
