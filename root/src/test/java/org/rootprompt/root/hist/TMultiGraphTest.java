package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TMultiGraphTest {
    @Test
    void aFitUsesThePointsOfAllGraphs() {
        TMultiGraph mg = new TMultiGraph("mg", "two halves");
        mg.Add(new TGraph(3, new double[] {1, 2, 3}, new double[] {3, 5, 7}), "P");
        mg.Add(new TGraph(3, new double[] {4, 5, 6}, new double[] {9, 11, 13}), "L");
        assertEquals(2, mg.GetListOfGraphs().size());
        assertEquals("L", mg.GetGraphOption(1));
        TFitResult r = mg.Fit("pol1", "Q");
        assertEquals(1, r.Parameter(0), 1e-6); // y = 1 + 2x through all six points
        assertEquals(2, r.Parameter(1), 1e-6);
        assertEquals(4, r.Ndf());
    }
}
