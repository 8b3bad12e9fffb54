package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.math.TRandom3;

class TF2Test {
    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    @Test
    void evaluatesAndIntegratesOverARectangle() {
        TF2 f = new TF2("f2", "[0]*x*y", 0, 2, 0, 3);
        f.SetParameters(2);
        assertEquals(12, f.Eval(2, 3), 1e-15);
        assertEquals(2 * (2.0 * 2 / 2) * (3.0 * 3 / 2), f.Integral(0, 2, 0, 3), 1e-9); // 2 ∫x ∫y = 2·2·4.5
        TF2 g = new TF2("g2", (x, p) -> Math.exp(-0.5 * (x[0] * x[0] + x[1] * x[1])), -8, 8, -8, 8, 0);
        assertEquals(2 * Math.PI, g.Integral(-8, 8, -8, 8), 1e-8);
    }

    @Test
    void randomPointsAndFillRandomFollowTheFunction() {
        TF2 g = new TF2("g2", "exp(-0.5*((x-1)^2+(y+1)^2))", -4, 6, -6, 4);
        TRandom3 r = new TRandom3(3);
        double[] xy = new double[2];
        double sx = 0;
        double sy = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            g.GetRandom2(xy, r);
            sx += xy[0];
            sy += xy[1];
        }
        assertEquals(1, sx / n, 0.02);
        assertEquals(-1, sy / n, 0.02);
        TH2D h = new TH2D("h", "", 20, -4, 6, 20, -6, 4);
        h.FillRandom(g, 50_000, r);
        assertEquals(50_000, h.GetEntries());
        assertEquals(1, h.GetMean(1), 0.03);
        assertEquals(-1, h.GetMean(2), 0.03);
        assertTrue(Math.abs(h.GetCorrelationFactor()) < 0.02);
    }
}
