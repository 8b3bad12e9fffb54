package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TF1Test {
    @Test
    void formulaFunctionsEvaluateAndIntegrate() {
        TF1 g = new TF1("g", "gaus", -10, 10);
        g.SetParameters(1, 0.5, 2);
        assertEquals(3, g.GetNpar());
        assertEquals("Sigma", g.GetParName(2));
        assertEquals(Math.exp(-0.5 * 0.0625), g.Eval(1), 1e-15);
        assertEquals(2 * Math.sqrt(2 * Math.PI), g.Integral(-40, 40), 1e-11);
        assertEquals(0.5, g.GetMaximumX(), 1e-6); // a flat top limits x to about sqrt(epsilon)
        assertEquals(1, g.GetMaximum(), 1e-12);
        assertEquals(0.5, g.Mean(-40, 40), 1e-10);
        assertEquals(4, g.Variance(-40, 40), 1e-9);
    }

    @Test
    void theStandardFunctionsIncludeLandau() {
        // (their parameters are whatever the last fit by name left: ROOT's fits change the global function too)
        TF1 landau = TF1.GetFunction("landau");
        assertEquals("landau", landau.GetExpFormula());
        assertEquals("MPV", landau.GetParName(1));
        assertEquals(-1, landau.GetXmin());
        landau.SetParameters(1, 0, 1);
        assertEquals(org.rootprompt.root.math.TMath.Landau(0.3), landau.Eval(0.3), 1e-15);
        TF1 landaun = TF1.GetFunction("landaun");
        landaun.SetParameters(1, 0, 2);
        assertEquals(org.rootprompt.root.math.TMath.Landau(0.3, 0, 2) / 2, landaun.Eval(0.3), 1e-15);
        // not standard functions in ROOT either: formulas only
        assertEquals(null, TF1.GetFunction("crystalball"));
    }

    @Test
    void javaFunctionsTakeROOTsSignature() {
        TF1 f = new TF1("f", (x, p) -> p[0] * x[0] * x[0] + p[1], -2, 2, 2);
        f.SetParameters(3, -1);
        assertEquals(11, f.Eval(2), 1e-15);
        assertEquals(12, f.Derivative(2), 1e-8);
        assertEquals(2 * 8 - 4, f.Integral(-2, 2), 1e-12); // ∫ 3x² - 1 = x³ - x
        assertEquals(0, f.GetMinimumX(), 1e-6);
        assertEquals(Math.sqrt(1.0 / 3), f.GetX(0, 0, 2), 1e-12);
    }

    @Test
    void parametersLimitsAndBadIndices() {
        TF1 f = new TF1("f", "[0]+[1]*x", 0, 1);
        f.FixParameter(1, 2.5);
        assertTrue(f.IsFixed(1));
        assertEquals(2.5, f.GetParameter(1));
        f.ReleaseParameter(1);
        assertTrue(!f.IsFixed(1));
        f.SetParName(0, "offset");
        assertEquals(0, f.GetParNumber("offset"));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            f.SetParameter(5, 1);
            f.SetNpx(2);
        } finally {
            System.setErr(saved);
        }
        String text = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("Error in <TF1::SetParameter>: Parameter index 5 out of range [0, 2)"), text);
        assertTrue(text.contains("Warning in <TF1::SetNpx>: Number of points must be >=4 && <= 10000000, fNpx set to 4"), text);
        assertEquals(4, f.GetNpx());
    }

    @Test
    void getRandomInvertsTheCumulativeIntegral() {
        // f(x) = 2x on [0, 1]: the cumulative r = x² is exactly the parabola of each bin, so x = sqrt(r)
        TF1 f = new TF1("lin", "2*x", 0, 1);
        double[] uniforms = {0.04, 0.25, 0.5, 0.81};
        TH1Test.DistributionsOf rng = new TH1Test.DistributionsOf(uniforms);
        for (double r : uniforms) {
            assertEquals(Math.sqrt(r), f.GetRandom(rng), 1e-9);
        }
        TF1 g = new TF1("g", "gaus", -5, 5);
        g.SetParameters(1, 1, 0.5);
        org.rootprompt.root.math.TRandom3 r = new org.rootprompt.root.math.TRandom3(7);
        double sum = 0;
        double sum2 = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double x = g.GetRandom(r);
            sum += x;
            sum2 += x * x;
        }
        assertEquals(1, sum / n, 0.005);
        assertEquals(0.5, Math.sqrt(sum2 / n - (sum / n) * (sum / n)), 0.005);
        for (int i = 0; i < 1000; i++) {
            double x = g.GetRandom(0.8, 1.2, r);
            assertTrue(x >= 0.8 && x <= 1.2);
        }
    }
}
