package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TFormulaTest {
    /** Precedence and associativity, checked against the same expression written in Java. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1+2*3; 7", "(1+2)*3; 9", "2^3^2; 512", "2**3; 8", "-2^2; -4", "-x^2; -4", "x^2/4; 1",
        "10-4-3; 3", "8/4/2; 1", "2*x+1; 5", "1e3+.5; 1000.5", "2.5e-1*4; 1", "x>1; 1", "x<1; 0",
        "x>=2 && x<=2; 1", "x==3 || x!=2; 0", "!(x>1); 0", "7%3; 1", "sqrt(x*8); 4", "pow(x,3); 8",
        "max(x,5)-min(x,-1); 6", "atan2(1,1)*4; 3.141592653589793", "exp(log(x)); 2", "abs(-x); 2",
        "pi; 3.141592653589793", "TMath::Pi(); 3.141592653589793", "TMath::Power(x, 10); 1024",
        "TMath::Gaus(x, 2, 1); 1", "sin(0)+cos(0); 1", "log10(1000); 3", "floor(2.7)+ceil(2.1); 5"})
    void evaluatesLikeC(String formula, double expected) {
        TFormula f = new TFormula("f", formula);
        assertTrue(f.IsValid(), formula);
        assertEquals(expected, f.Eval(2), 1e-12, formula);
    }

    @Test
    void parametersByIndexAndByName() {
        TFormula f = new TFormula("f", "[0]*exp(-0.5*((x-[1])/[2])^2)");
        assertEquals(3, f.GetNpar());
        f.SetParameters(2, 1, 0.5);
        assertEquals(2 * Math.exp(-0.5 * 4), f.Eval(2), 1e-15);
        TFormula g = new TFormula("g", "[amp]*TMath::Gaus(x,[mean],[sigma])");
        assertEquals(3, g.GetNpar());
        assertEquals(1, g.GetParNumber("mean"));
        g.SetParameter("amp", 3);
        g.SetParameter("mean", 2);
        g.SetParameter("sigma", 1);
        assertEquals(3, g.Eval(2), 1e-15);
        assertEquals(1, g.GetNdim());
    }

    @Test
    void predefinedShapes() {
        TFormula gaus = new TFormula("g", "gaus");
        assertEquals(3, gaus.GetNpar());
        assertEquals("Mean", gaus.GetParName(1));
        gaus.SetParameters(5, 1, 2);
        assertEquals(5 * Math.exp(-0.5 * 0.25), gaus.Eval(2), 1e-15);
        TFormula gausn = new TFormula("gn", "gausn");
        gausn.SetParameters(1, 0, 1);
        assertEquals(1 / Math.sqrt(2 * Math.PI), gausn.Eval(0), 1e-15);
        TFormula expo = new TFormula("e", "expo");
        expo.SetParameters(1, -0.5);
        assertEquals(Math.exp(1 - 1), expo.Eval(2), 1e-15);
        TFormula pol2 = new TFormula("p", "pol2");
        assertEquals(3, pol2.GetNpar());
        pol2.SetParameters(1, 2, 3);
        assertEquals(1 + 2 * 2 + 3 * 4, pol2.Eval(2), 1e-15);
        TFormula sum = new TFormula("s", "gaus(0)+pol1(3)");
        assertEquals(5, sum.GetNpar());
        sum.SetParameters(1, 2, 1, 10, 0.5);
        assertEquals(1 + 10 + 0.5 * 2, sum.Eval(2), 1e-15);
        TFormula auto = new TFormula("a", "gaus+pol1");
        assertEquals(5, auto.GetNpar(), "shapes without an index take the next free parameters");
    }

    /** The standard Landau density by its integral, p(v) = 1/π ∫0^∞ exp(-t ln t - v t) sin(π t) dt, here by quadrature. */
    private static double landauByIntegral(double v) {
        return org.rootprompt.root.math.Integrator.integrate(
                t -> t == 0 ? 0 : Math.exp(-t * Math.log(t) - v * t) * Math.sin(Math.PI * t), 0, 60, 1e-15, 1e-12, 2000)
                / Math.PI;
    }

    @Test
    void landauShapes() {
        TFormula landau = new TFormula("l", "landau");
        assertEquals(3, landau.GetNpar());
        assertEquals("Constant", landau.GetParName(0));
        assertEquals("MPV", landau.GetParName(1));
        assertEquals("Sigma", landau.GetParName(2));
        landau.SetParameters(7, 1.5, 0.5);
        for (double x : new double[] {0.5, 1.2, 1.5, 2.7, 6}) {
            double v = (x - 1.5) / 0.5;
            assertEquals(7 * landauByIntegral(v), landau.Eval(x), 2e-7, "landau at " + x);
        }
        TFormula landaun = new TFormula("ln", "landaun");
        landaun.SetParameters(7, 1.5, 0.5);
        assertEquals(7 * landauByIntegral(1) / 0.5, landaun.Eval(2), 4e-7, "landaun divides by sigma");
        assertEquals(1, landaun.GetNdim());
        // the functions behind the shapes are callable in formulas too
        TFormula byName = new TFormula("t", "TMath::Landau(x,[0],[1]) + ROOT::Math::landau_pdf(x, 2, 1)");
        byName.SetParameters(1, 0.5);
        assertEquals(landauByIntegral(2) + landauByIntegral(0.5) / 2, byName.Eval(2), 2e-7);
        TFormula cb = new TFormula("cb", "ROOT::Math::crystalball_function(x, 1.5, 2.5, 0.5, 1)");
        assertEquals(Math.exp(-0.5 * 0.36), cb.Eval(1.3), 1e-15);
    }

    @Test
    void crystalBallAndBreitWigner() {
        TFormula cb = new TFormula("cb", "crystalball");
        assertEquals(5, cb.GetNpar());
        String[] names = {"Constant", "Mean", "Sigma", "Alpha", "N"};
        for (int i = 0; i < 5; i++) {
            assertEquals(names[i], cb.GetParName(i));
        }
        double c = 3;
        double mean = 1;
        double sigma = 0.5;
        double alpha = 1.5;
        double n = 2.5;
        cb.SetParameters(c, mean, sigma, alpha, n);
        // the core: a Gaussian down to mean - alpha sigma
        assertEquals(c * Math.exp(-0.5 * 0.36), cb.Eval(mean + 0.3), 1e-14);
        assertEquals(c * Math.exp(-0.5 * 1.44), cb.Eval(mean - 1.2 * sigma), 1e-14);
        // the tail, by the textbook formula A (B - z)^-n with A = (n/α)^n e^{-α²/2}, B = n/α - α
        double z = -3;
        double a = Math.pow(n / alpha, n) * Math.exp(-alpha * alpha / 2);
        double b = n / alpha - alpha;
        assertEquals(c * a * Math.pow(b - z, -n), cb.Eval(mean + z * sigma), 1e-13);
        // crystalballn has unit area: integrate the normalised shape with the constant 1
        TF1 cbn = new TF1("cbn", "crystalballn", -200, 20);
        cbn.SetParameters(1, mean, sigma, alpha, 4);
        // below x = -200 the tail is f(z0)(B - z0)/(n - 1) in z, times sigma in x
        double z0 = (-200 - mean) / sigma;
        double tailBelow = cbn.Eval(-200) * sigma * (4 / alpha - alpha - z0) / (4 - 1);
        assertEquals(1, cbn.Integral(-200, 20, 1e-10) + tailBelow, 1e-8);

        TFormula bw = new TFormula("bw", "breitwigner");
        assertEquals(3, bw.GetNpar());
        assertEquals("Gamma", bw.GetParName(2));
        bw.SetParameters(2, 91.2, 2.5);
        double x = 90;
        double expected = 2 * (2.5 / 2) / (Math.PI * ((x - 91.2) * (x - 91.2) + 2.5 * 2.5 / 4));
        assertEquals(expected, bw.Eval(x), 1e-15);
    }

    @Test
    void twoAndThreeDimensionalShapes() {
        TFormula xygaus = new TFormula("g2", "xygaus");
        assertEquals(5, xygaus.GetNpar());
        assertEquals(2, xygaus.GetNdim());
        assertEquals("SigmaY", xygaus.GetParName(4));
        xygaus.SetParameters(2, 1, 0.5, -1, 2);
        assertEquals(2 * Math.exp(-0.5 * 4 - 0.5 * 0.25), xygaus.Eval(2, 0), 1e-15);
        TFormula xylandau = new TFormula("l2", "xylandau");
        assertEquals(5, xylandau.GetNpar());
        assertEquals("p3", xylandau.GetParName(3), "ROOT gives xylandau no parameter names");
        xylandau.SetParameters(4, 0, 1, 1, 2);
        assertEquals(4 * landauByIntegral(0.5) * landauByIntegral(-0.25), xylandau.Eval(0.5, 0.5), 2e-7);
        TFormula xyexpo = new TFormula("e2", "xyexpo");
        assertEquals(3, xyexpo.GetNpar());
        xyexpo.SetParameters(1, 0.5, -2);
        assertEquals(Math.exp(1 + 0.5 * 3 - 2 * 0.25), xyexpo.Eval(3, 0.25), 1e-14);
        TFormula xyzgaus = new TFormula("g3", "xyzgaus");
        assertEquals(7, xyzgaus.GetNpar());
        assertEquals(3, xyzgaus.GetNdim());
        assertEquals("MeanZ", xyzgaus.GetParName(5));
        xyzgaus.SetParameters(1, 0, 1, 0, 1, 1, 2);
        assertEquals(Math.exp(-0.5 - 2 - 0.5 * 0.25), xyzgaus.Eval(1, 2, 2), 1e-15);
    }

    @Test
    void shapesWithOffsetsInSumsAndProducts() {
        TFormula f = new TFormula("f", "gaus+landau(3)");
        assertEquals(6, f.GetNpar());
        assertEquals("MPV", f.GetParName(4), "each shape names its own parameters");
        f.SetParameters(2, 0, 1, 5, 1, 0.5);
        double x = 1.3;
        assertEquals(2 * Math.exp(-0.5 * x * x) + 5 * landauByIntegral((x - 1) / 0.5), f.Eval(x), 1e-6);
        // a shape is one factor: 2*landau(1) doubles the Landau only, ^ binds to the shape
        TFormula g = new TFormula("g", "[0] + 2*landau(1)^2");
        assertEquals(4, g.GetNpar());
        g.SetParameters(1, 3, 0, 1);
        double l = 3 * org.rootprompt.root.math.TMath.Landau(x, 0, 1);
        assertEquals(1 + 2 * l * l, g.Eval(x), 1e-14);
        TFormula h = new TFormula("h", "expo*crystalball(2)");
        assertEquals(7, h.GetNpar());
        assertEquals("Slope", h.GetParName(1));
        assertEquals("Alpha", h.GetParName(5));
        h.SetParameters(0.5, -0.1, 2, 1, 0.5, 1, 3);
        double cb = 2 * org.rootprompt.root.math.RootMath.crystalball_function(x, 1, 3, 0.5, 1);
        assertEquals(cb * Math.exp(0.5 - 0.1 * x), h.Eval(x), 1e-14);
    }

    @Test
    void linearCombinations() {
        TFormula f = new TFormula("f", "1 ++ x ++ sin(x)");
        assertTrue(f.IsValid());
        assertEquals(3, f.GetNpar());
        f.SetParameters(2, -1, 0.5);
        assertEquals(2 - 1.7 + 0.5 * Math.sin(1.7), f.Eval(1.7), 1e-15);
        TFormula g = new TFormula("g", "pol1 ++ x^2");
        assertEquals(3, g.GetNpar(), "pol1 is two terms, 1 and x");
        g.SetParameters(1, 2, 3);
        assertEquals(1 + 2 * 1.5 + 3 * 2.25, g.Eval(1.5), 1e-14);
        TFormula h = new TFormula("h", "x*y ++ (x+y)^2 ++ exp(-z)");
        assertEquals(3, h.GetNpar());
        assertEquals(3, h.GetNdim());
        h.SetParameters(1, 1, 1);
        assertEquals(2 + 9 + Math.exp(-1), h.Eval(1, 2, 1), 1e-14);
        TFormula nested = new TFormula("n", "pow(x, 2) ++ (1+x)");
        assertEquals(2, nested.GetNpar(), "commas and brackets do not split terms");
    }

    @Test
    void chebyshevPolynomials() {
        TFormula c = new TFormula("c", "chebyshev3");
        assertEquals(4, c.GetNpar());
        c.SetParameters(1, 2, 3, 4);
        double x = 0.3;
        double expected = 1 + 2 * x + 3 * (2 * x * x - 1) + 4 * (4 * x * x * x - 3 * x);
        assertEquals(expected, c.Eval(x), 1e-15);
    }

    @Test
    void twoDimensions() {
        TFormula f = new TFormula("f", "x*y+z");
        assertEquals(3, f.GetNdim());
        assertEquals(7, f.Eval(2, 3, 1), 1e-15);
        assertEquals(6, new TFormula("g", "x[0]*x[1]").EvalPar(new double[] {2, 3}, null), 1e-15);
    }

    @Test
    void syntaxErrorsNameThePosition() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        TFormula f;
        try {
            f = new TFormula("bad", "2*(x+1");
            new TFormula("bad2", "sinus(x)");
            new TFormula("bad3", "x $ 2");
            new TFormula("bad4", "x ++ [0]*x^2");
        } finally {
            System.setErr(saved);
        }
        assertFalse(f.IsValid());
        assertTrue(Double.isNaN(f.Eval(1)));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Error in <TFormula::Compile>: missing ')' at position 7 in \"2*(x+1\""), text);
        assertTrue(text.contains("unknown function 'sinus' at position 1"), text);
        assertTrue(text.contains("unexpected '$' at position 3"), text);
        assertTrue(text.contains("the term \"[0]*x^2\" of a linear combination has parameters of its own"), text);
    }
}
