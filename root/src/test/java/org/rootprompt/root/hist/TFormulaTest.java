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
        } finally {
            System.setErr(saved);
        }
        assertFalse(f.IsValid());
        assertTrue(Double.isNaN(f.Eval(1)));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Error in <TFormula::Compile>: missing ')' at position 7 in \"2*(x+1\""), text);
        assertTrue(text.contains("unknown function 'sinus' at position 1"), text);
        assertTrue(text.contains("unexpected '$' at position 3"), text);
    }
}
