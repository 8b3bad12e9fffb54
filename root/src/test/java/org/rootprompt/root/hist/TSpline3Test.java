package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * TSpline3 against SciPy's CubicSpline with the matching end conditions; the numbers come from
 * {@code /usr/bin/python3 bench/reference/spline_reference.py} (output in spline_reference.txt).
 */
class TSpline3Test {
    private static final double[] X = {-3, -1, 0, 3, 4, 6.5};
    private static final double[] Y = {7, 11, 26, 56, 29, 31};
    private static final double[] AT = {-3.5, -2.0, -0.25, 1.7, 3.0, 5.2, 7.0};

    private static void check(TSpline3 s, double[] values, double[] slopes) {
        for (int i = 0; i < AT.length; i++) {
            assertEquals(values[i], s.Eval(AT[i]), 1e-11, "value at " + AT[i]);
            assertEquals(slopes[i], s.Derivative(AT[i]), 1e-10, "slope at " + AT[i]);
        }
    }

    @Test
    void defaultIsNotAKnotAtBothEnds() {
        check(new TSpline3("s", X, Y, 6),
                new double[] {12.5536959553696, 4.146881848973898, 21.571507023311412, 56.996759624537866, 56.0,
                    -0.03628547519425496, 74.09300657501493},
                new double[] {-14.053735803945019, 2.2598924088463845, 16.858044431161584, 11.993453543202499,
                    -16.988603307431763, -9.125306236302045, 108.1116955568838});
    }

    @Test
    void prescribedFirstDerivatives() {
        check(new TSpline3("s", X, Y, 6, "b1e1", 2.5, -4.0),
                new double[] {4.526738721804511, 7.392781954887218, 21.267440084586468, 59.32739691729323, 56.0,
                    24.538847518796995, 25.407443609022565},
                new double[] {7.85734962406015, 0.14278195488721757, 17.827861842105264, 12.331699999999998,
                    -21.493684210526315, 6.926607518796999, -19.407744360902242});
    }

    @Test
    void prescribedSecondDerivativesZeroIsTheNaturalSpline() {
        check(new TSpline3("s", X, Y, 6, "b2e2", 0, 0),
                new double[] {7.8332011780697774, 6.066878115088355, 21.37579717942909, 58.71506600211448, 56.0,
                    18.61262078840054, 37.142600815586775},
                new double[] {-1.177548708654282, 1.022292705029452, 17.460189170820115, 12.28727684639783,
                    -20.388491164476658, 3.0587563207974675, 11.328101495242421});
    }

    @Test
    void mixedConditions() {
        check(new TSpline3("s", X, Y, 6, "b1e2", 2.5, 3.0),
                new double[] {4.5179047131147545, 7.378647540983607, 21.29394211065574, 58.777624754098355, 56.0,
                    17.89924616393442, 38.56940983606557},
                new double[] {7.896219262295082, 0.1286475409836072, 17.77839139344262, 12.181309836065573,
                    -20.30639344262295, 2.584967868852459, 15.068918032786883});
    }

    @Test
    void threeKnotsGiveTheParabola() {
        TSpline3 s = new TSpline3("s", new double[] {0, 1, 3}, new double[] {1, 2, 0}, 3);
        double[] at = {-1, 0.5, 2, 4};
        double[] expected = {-1.3333333333333348, 1.6666666666666665, 1.6666666666666667, -3.000000000000001};
        for (int i = 0; i < at.length; i++) {
            assertEquals(expected[i], s.Eval(at[i]), 1e-12);
        }
        TSpline3 line = new TSpline3("s", new double[] {0, 2}, new double[] {1, 5}, 2);
        assertEquals(3, line.Eval(1), 1e-15);
        assertEquals(2, line.Derivative(7), 1e-15);
    }

    @Test
    void knotsAndTheGraphConstructor() {
        TGraph g = new TGraph(6, X, Y);
        TSpline3 s = new TSpline3("title", g);
        assertEquals("Spline3", s.GetName());
        assertEquals(6, s.GetNp());
        double[] xy = new double[2];
        s.GetKnot(3, xy);
        assertArrayEquals(new double[] {3, 56}, xy);
        for (int i = 0; i < X.length; i++) {
            assertEquals(Y[i], s.Eval(X[i]), 1e-12, "the spline passes through its knots");
        }
    }

    @Test
    void graphEvalWithOptionSBuildsASplineOnTheSortedPoints() {
        // the same points in another order
        int[] order = {3, 0, 5, 1, 4, 2};
        TGraph g = new TGraph(6);
        for (int i = 0; i < 6; i++) {
            g.SetPoint(i, X[order[i]], Y[order[i]]);
        }
        assertEquals(56.996759624537866, g.Eval(1.7, null, "S"), 1e-11);
        assertEquals(g.Eval(1.7), g.Eval(1.7, null, ""), 0, "without S: linear");
        TSpline3 natural = new TSpline3("s", X, Y, 6, "b2e2", 0, 0);
        assertEquals(58.71506600211448, g.Eval(1.7, natural, ""), 1e-11, "a given spline is used");
    }
}
