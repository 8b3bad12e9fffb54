package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.math.SpecialFunctions;
import org.rootprompt.root.math.TRandom3;

class TF3Test {
    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    @Test
    void evaluatesAndIntegratesOverABox() {
        TF3 f = new TF3("f3", "[0]*x*y*z^2", 0, 1, 0, 2, 0, 3);
        assertEquals(1, f.GetNpar());
        assertEquals(3, new TFormula("t", "[0]*x*y*z^2").GetNdim());
        f.SetParameters(2);
        assertEquals(2 * 0.5 * 2 * 9, f.Eval(0.5, 2, 3), 1e-15);
        // 2 ∫x ∫y ∫z² = 2 · 1/2 · 2 · 9
        assertEquals(18, f.Integral(0, 1, 0, 2, 0, 3), 1e-9);
        // a Gaussian in a box: the product of three error-function differences
        TF3 g = new TF3("g3", "xyzgaus", -5, 5, -5, 5, -5, 5);
        g.SetParameters(1, 0.5, 1, -1, 2, 0, 0.5);
        double expected = 1;
        double[][] box = {{-1, 2, 0.5, 1}, {-3, 0, -1, 2}, {-0.5, 1, 0, 0.5}};
        for (double[] side : box) {
            double a = (side[0] - side[2]) / (Math.sqrt(2) * side[3]);
            double b = (side[1] - side[2]) / (Math.sqrt(2) * side[3]);
            expected *= side[3] * Math.sqrt(Math.PI / 2) * (SpecialFunctions.erf(b) - SpecialFunctions.erf(a));
        }
        assertEquals(expected, g.Integral(-1, 2, -3, 0, -0.5, 1), 1e-6 * expected);
        TF3 java = new TF3("j3", (x, p) -> p[0] + x[0] + x[1] + x[2], 0, 1, 0, 1, 0, 1, 1);
        java.SetParameter(0, 1);
        assertEquals(2.5, java.Integral(0, 1, 0, 1, 0, 1), 1e-12);
    }

    @Test
    void rangesAndGrid() {
        TF3 f = new TF3("f3", "x+y+z");
        assertEquals(0, f.GetZmin());
        assertEquals(1, f.GetZmax());
        assertEquals(30, f.GetNpx());
        assertEquals(30, f.GetNpy());
        assertEquals(30, f.GetNpz());
        f.SetRange(-1, -2, -3, 1, 2, 3);
        assertEquals(-1, f.GetXmin());
        assertEquals(2, f.GetYmax());
        assertEquals(-3, f.GetZmin());
        assertEquals(3, f.GetZmax());
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            f.SetNpz(2);
        } finally {
            System.setErr(saved);
        }
        assertEquals(4, f.GetNpz());
        assertTrue(err.toString(StandardCharsets.UTF_8)
                .contains("Warning in <TF3::SetNpz>: Number of points must be >=4 && <= 10000, fNpz set to 4"), err.toString());
    }

    @Test
    void getRandom3UsesROOTsGridAndFourUniformNumbers() {
        // a constant function: the cumulative grid is k/ncells, so the cell is floor(r · ncells)
        TF3 flat = new TF3("flat", "1+0*x", 0, 3, 10, 12, -1, 1);
        flat.SetNpx(10);
        flat.SetNpy(5);
        flat.SetNpz(4);
        TRandom3 rng = new TRandom3(17);
        TRandom3 same = new TRandom3(17);
        double[] xyz = new double[3];
        for (int n = 0; n < 200; n++) {
            flat.GetRandom3(xyz, rng);
            int cell = (int) Math.floor(same.Rndm() * 200);
            int i = cell % 10;
            int j = (cell / 10) % 5;
            int k = cell / 50;
            assertEquals(0 + 0.3 * i + 0.3 * same.Rndm(), xyz[0], 1e-12, "x of point " + n);
            assertEquals(10 + 0.4 * j + 0.4 * same.Rndm(), xyz[1], 1e-12, "y of point " + n);
            assertEquals(-1 + 0.5 * k + 0.5 * same.Rndm(), xyz[2], 1e-12, "z of point " + n);
        }
    }

    @Test
    void randomPointsFollowTheFunction() {
        // density ∝ x on the unit cube: E[x] = 2/3 (1/2 for y and z); the grid's error is 2e-4 here
        TF3 f = new TF3("lin", "x", 0, 1, 0, 1, 0, 1);
        TRandom3 rng = new TRandom3(5);
        double[] xyz = new double[3];
        double[] sum = new double[3];
        int n = 200_000;
        for (int m = 0; m < n; m++) {
            f.GetRandom3(xyz, rng);
            for (int d = 0; d < 3; d++) {
                sum[d] += xyz[d];
            }
        }
        assertEquals(2.0 / 3, sum[0] / n, 4 * Math.sqrt(1.0 / 18 / n));
        assertEquals(0.5, sum[1] / n, 4 * Math.sqrt(1.0 / 12 / n));
        assertEquals(0.5, sum[2] / n, 4 * Math.sqrt(1.0 / 12 / n));
        // a new parameter rebuilds the grid: now ∝ (1 - x) and E[x] = 1/3
        TF3 g = new TF3("lin2", "[0] - x", 0, 1, 0, 1, 0, 1);
        g.SetParameter(0, 5);
        g.GetRandom3(xyz, rng);
        g.SetParameter(0, 1);
        double sx = 0;
        for (int m = 0; m < n; m++) {
            g.GetRandom3(xyz, rng);
            sx += xyz[0];
        }
        assertEquals(1.0 / 3, sx / n, 4 * Math.sqrt(1.0 / 18 / n));
    }
}
