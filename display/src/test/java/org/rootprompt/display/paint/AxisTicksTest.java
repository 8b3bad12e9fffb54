package org.rootprompt.display.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rootprompt.display.paint.AxisTicks.kUnset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.display.paint.AxisTicks.Frame;
import org.rootprompt.display.paint.AxisTicks.Limits;
import org.rootprompt.display.paint.AxisTicks.Range;
import org.rootprompt.display.paint.AxisTicks.Tick;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.math.RootMath;

/**
 * Axis ticks, labels and ranges against what ROOT shows. References are named per case:
 * "hand" means worked through THLimitsFinder::Optimize / TGaxis::PaintAxis step by step in the
 * comment; "ROOT picture" means what ROOT's own tutorials and documentation images show (hsimple's
 * hpx); "JSROOT" means bench/reference/axis_ticks_jsroot.mjs, for the axes where JSROOT chooses
 * ticks as ROOT does; "SciPy" means bench/reference/axis_range_reference.py.
 */
class AxisTicksTest {
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void captureMessages() {
        ErrorHandler.setHandler((level, location, message) -> messages.add(ErrorHandler.text(level, location, message)));
    }

    @AfterEach
    void restoreHandler() {
        ErrorHandler.setHandler(null);
    }

    private static List<String> labels(AxisTicks axis) {
        return axis.labels().stream().map(AxisTicks.Label::text).toList();
    }

    private static long count(AxisTicks axis, int level) {
        return axis.ticks().stream().filter(t -> t.level() == level).count();
    }

    // ---- THLimitsFinder::Optimize ----

    @Test
    void optimizeRoundsTheStepToOneTwoOrFive() {
        // hand: width 12345/10 = 1234.5 -> mantissa 1.23 rounds up to 2 -> step 2000;
        // limits 0 and 14000, and 14000 > 12345 is dropped: 0..12000 in 6 steps
        assertEquals(new Limits(0, 12000, 6, 2000), AxisTicks.Optimize(0, 12345, 10));
        // hand: width 0.8 -> mantissa 8 rounds to 10 -> step 1; -5 and 5 are outside: -4..4 in 8 steps
        assertEquals(new Limits(-4, 4, 8, 1), AxisTicks.Optimize(-4, 4, 10));
        // hand: width 0.3811 -> mantissa 3.8 rounds to 5 -> step 0.5; -1.5 and 2.5 are outside
        assertEquals(new Limits(-1, 2, 6, 0.5), AxisTicks.Optimize(-1.467, 2.344, 10));
        // the order of the limits does not matter
        assertEquals(AxisTicks.Optimize(0, 12345, 10), AxisTicks.Optimize(12345, 0, 10));
    }

    // ---- linear axes ----

    @Test
    void histogramFromMinus4To4ShowsEveryInteger() {
        // ROOT picture (hsimple's hpx, TH1F(-4, 4)): labels -4 ... 4, five small divisions each
        AxisTicks axis = AxisTicks.Compute(-4, 4, 510, "");
        assertEquals(List.of("-4", "-3", "-2", "-1", "0", "1", "2", "3", "4"), labels(axis));
        assertEquals(9, count(axis, 0));
        // hand: secondary Optimize(-4, -3, 5) gives steps of 0.2, so 4 small ticks in each of 8 intervals
        assertEquals(32, count(axis, 1));
        assertEquals(-3.8, axis.ticks().get(1).value(), 1e-12);
        assertEquals(0, axis.exponent());
    }

    @Test
    void unitAxisShowsTenths() {
        // ROOT picture (any TH1 on [0, 1]): 0 0.1 ... 0.9 1, no trailing zeros
        AxisTicks axis = AxisTicks.Compute(0, 1, 510, "");
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1"), labels(axis));
        assertEquals(0.7, axis.labels().get(7).value(), 1e-12);
    }

    @Test
    void hundredsAreWrittenInFull() {
        // hand: step 100, 4 digits fit in fgMaxDigits = 5
        assertEquals(List.of("0", "100", "200", "300", "400", "500", "600", "700", "800", "900", "1000"),
                labels(AxisTicks.Compute(0, 1000, 510, "")));
    }

    @Test
    void fiveDigitLabelsStillFitButSixGetAFactor() {
        // hand: 0..12345 -> 0..12000 by 2000; the largest label has 5 digits = fgMaxDigits: no factor
        AxisTicks fits = AxisTicks.Compute(0, 12345, 510, "");
        assertEquals(List.of("0", "2000", "4000", "6000", "8000", "10000", "12000"), labels(fits));
        assertEquals(0, fits.exponent());
        assertEquals("", fits.exponentLabel());
        // hand: 0..123456 -> 0..120000 by 20000; 6 digits > 5, divide by 10 until the power is a
        // multiple of 3 and the labels fit: x10^3, labels 0 20 ... 120
        AxisTicks factored = AxisTicks.Compute(0, 123456, 510, "");
        assertEquals(List.of("0", "20", "40", "60", "80", "100", "120"), labels(factored));
        assertEquals(3, factored.exponent());
        assertEquals("#times10^{3}", factored.exponentLabel());
        assertEquals(120000, factored.labels().get(6).value(), 1e-9);
    }

    @Test
    void tinyStepsGetANegativeFactor() {
        // hand: steps of 1e-7 are below 10^-fgMaxDigits; log10(1e-6) = -6 is a multiple of 3: x10^-6
        AxisTicks axis = AxisTicks.Compute(0, 1e-6, 510, "");
        assertEquals(-6, axis.exponent());
        assertEquals("#times10^{-6}", axis.exponentLabel());
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1"), labels(axis));
    }

    @Test
    void noExponentWritesSmallNumbersInFull() {
        // hand: with SetNoExponent the format grows to %.7f instead of a factor
        AxisTicks axis = AxisTicks.Compute(0, 1e-6, 505, "", true, false);
        assertEquals(0, axis.exponent());
        assertEquals(List.of("0", "0.0000002", "0.0000004", "0.0000006", "0.0000008", "0.000001"), labels(axis));
    }

    @Test
    void negativeZeroIsPrintedAsZero() {
        // hand: on -0.4..0.4 the label value accumulated as ROOT does (-0.4 + 4 * 0.1) is -2.8e-17,
        // printed "-0.0000": ROOT writes "0"
        AxisTicks axis = AxisTicks.Compute(-0.4, 0.4, 510, "");
        assertEquals(List.of("-0.4", "-0.3", "-0.2", "-0.1", "0", "0.1", "0.2", "0.3", "0.4"), labels(axis));
        assertEquals(List.of("-1", "-0.8", "-0.6", "-0.4", "-0.2", "0", "0.2", "0.4", "0.6", "0.8", "1"),
                labels(AxisTicks.Compute(-1, 1, 510, "")));
    }

    @Test
    void negativeDivisionsAndOptionNMeanNoOptimisation() {
        // hand: Optimize(0, 0.95, 10) gives 0..0.9 by 0.1; without it the 10 divisions are 0.095 wide
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"),
                labels(AxisTicks.Compute(0, 0.95, 510, "")));
        List<String> exact = List.of("0", "0.095", "0.19", "0.285", "0.38", "0.475", "0.57", "0.665", "0.76", "0.855", "0.95");
        assertEquals(exact, labels(AxisTicks.Compute(0, 0.95, -510, "")));
        assertEquals(exact, labels(AxisTicks.Compute(0, 0.95, 510, "N")));
        // without optimisation nothing lies outside the labels: 11 primary + 4 * 10 secondary
        AxisTicks axis = AxisTicks.Compute(0, 0.95, -510, "");
        assertEquals(51, axis.ticks().size());
        assertEquals(0.95, axis.ticks().get(50).value(), 1e-12);
    }

    @Test
    void secondaryTicksContinueBeyondTheLastLabel() {
        // hand: 0..44.4 -> labels 0..40 by 5, small ticks every 1; 41..44 continue past the last label
        AxisTicks axis = AxisTicks.Compute(0, 44.4, 510, "");
        assertEquals(List.of("0", "5", "10", "15", "20", "25", "30", "35", "40"), labels(axis));
        assertEquals(8 * 4 + 4, count(axis, 1));
        assertTrue(axis.ticks().contains(new Tick(44, 1)));
        assertTrue(axis.ticks().stream().allMatch(t -> t.value() <= 44.4));
    }

    @Test
    void tertiaryDivisions() {
        // hand: 50510 on 0..9000: 9 primary steps of 1000, secondary Optimize(0, 1000, 5) -> 200,
        // tertiary Optimize(0, 200, 5) -> 50, i.e. 4 per secondary step: 9 * 5 * 4 + 1 ticks
        AxisTicks axis = AxisTicks.Compute(0, 9000, 50510, "");
        assertEquals(10, count(axis, 0));
        assertEquals(9 * 4, count(axis, 1));
        assertEquals(9 * 5 * 3, count(axis, 2));
        assertEquals(new Tick(50, 2), axis.ticks().get(1));
        assertEquals(new Tick(200, 1), axis.ticks().get(4));
    }

    @Test
    void decimalsFollowTheStep() {
        // hand: 80506 on 1.2..1.32: 6 steps of 0.02
        assertEquals(List.of("1.2", "1.22", "1.24", "1.26", "1.28", "1.3", "1.32"),
                labels(AxisTicks.Compute(1.2, 1.32, 80506, "")));
    }

    private static double[] primaryValues(AxisTicks axis) {
        return axis.ticks().stream().filter(t -> t.level() == 0).mapToDouble(Tick::value).sorted().toArray();
    }

    @Test
    void primaryTicksAgreeWithJsroot() {
        // JSROOT 7.11.2, where its tick choice is ROOT's (bench/reference/axis_ticks_jsroot.mjs):
        //   -4..4 510: -4 -3 -2 -1 0 1 2 3 4      0..1 510: 0 0.1 ... 1      0..1000 510: 0 100 ... 1000
        //   0..33.6 510: 0 5 ... 30               0..0.95 510: 0 0.1 ... 0.9
        //   0..0.95 -510: 0 0.095 0.19 0.285 0.38 0.475 0.57 0.665 0.76 0.855 0.95
        assertArrayEquals(new double[] {-4, -3, -2, -1, 0, 1, 2, 3, 4}, primaryValues(AxisTicks.Compute(-4, 4, 510, "")), 1e-12);
        assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1},
                primaryValues(AxisTicks.Compute(0, 1, 510, "")), 1e-12);
        assertArrayEquals(new double[] {0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000},
                primaryValues(AxisTicks.Compute(0, 1000, 510, "")), 1e-9);
        assertArrayEquals(new double[] {0, 5, 10, 15, 20, 25, 30}, primaryValues(AxisTicks.Compute(0, 33.6, 510, "")), 1e-12);
        assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9},
                primaryValues(AxisTicks.Compute(0, 0.95, 510, "")), 1e-12);
        assertArrayEquals(new double[] {0, 0.095, 0.19, 0.285, 0.38, 0.475, 0.57, 0.665, 0.76, 0.855, 0.95},
                primaryValues(AxisTicks.Compute(0, 0.95, -510, "")), 1e-12);
    }

    @Test
    void scaledDivisionsFollowThePadSize() {
        // THistPainter: 10510 on a pad 0.8 wide keeps int(10 * 0.8) = 8 primary divisions
        assertEquals(10508, AxisTicks.ScaledDivisions(10510, 0.8));
        assertEquals(510, AxisTicks.ScaledDivisions(510, 0.8));
    }

    @Test
    void zeroLengthAxisGivesRootsError() {
        AxisTicks axis = AxisTicks.Compute(1, 1, 510, "");
        assertTrue(axis.ticks().isEmpty());
        assertEquals(List.of("Error in <TGaxis::PaintAxis>: wmin (1.000000) == wmax (1.000000)"), messages);
    }

    // ---- logarithmic axes ----

    @Test
    void logAxisLabelsTheDecades() {
        // ROOT picture (log y of hsimple, TGaxis "G"): 1, 10, then 10^{n}; ticks on 2..9 of each decade
        AxisTicks axis = AxisTicks.Compute(1, 1e5, 510, "G");
        assertEquals(List.of("1", "10", "10^{2}", "10^{3}", "10^{4}", "10^{5}"), labels(axis));
        assertEquals(6, count(axis, 0));
        assertEquals(5 * 8, count(axis, 1));
        assertEquals(1e3, axis.labels().get(3).value(), 1e-9);
    }

    @Test
    void smallLogRangeStillLabelsOnlyDecades() {
        // hand (TGaxis, moreLogLabels off): 0.5..20 has only the decades 1 and 10 labelled;
        // intermediate ticks 0.5..0.9, 2..9 and 20
        AxisTicks axis = AxisTicks.Compute(0.5, 20, 510, "G");
        assertEquals(List.of("1", "10"), labels(axis));
        assertEquals(5 + 8 + 1, count(axis, 1));
        assertEquals(0.5, axis.ticks().get(0).value(), 1e-12);
        // below 1 the decades are negative powers
        assertEquals(List.of("10^{-1}", "1"), labels(AxisTicks.Compute(0.05, 2, 510, "G")));
    }

    @Test
    void noExponentAndMoreLogLabels() {
        // hand: SetNoExponent writes the decades in full
        assertEquals(List.of("0.1", "1", "10"), labels(AxisTicks.Compute(0.1, 10, 510, "G", true, false)));
        // hand: SetMoreLogLabels adds 2..9 times each decade
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "20", "30", "40", "50", "60", "70",
                "80", "90", "10^{2}"), labels(AxisTicks.Compute(1, 100, 510, "G", false, true)));
        assertEquals(List.of("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1"),
                labels(AxisTicks.Compute(0.1, 1, 510, "G", true, true)));
    }

    @Test
    void manyDecadesAreThinned() {
        // hand: 1e-10..1e10 spans 22 decade slots for 10 divisions: every second decade is labelled
        // and only the 5 of each decade keeps a tick
        AxisTicks axis = AxisTicks.Compute(1e-10, 1e10, 510, "G");
        assertEquals(List.of("10^{-10}", "10^{-8}", "10^{-6}", "10^{-4}", "10^{-2}", "1", "10^{2}", "10^{4}",
                "10^{6}", "10^{8}", "10^{10}"), labels(axis));
        assertEquals(21, count(axis, 0));
        assertEquals(20, count(axis, 1));
    }

    @Test
    void negativeLogAxisGivesRootsError() {
        AxisTicks axis = AxisTicks.Compute(0, 100, 510, "G");
        assertTrue(axis.ticks().isEmpty());
        assertEquals(List.of("Error in <TGaxis::PaintAxis>: negative logarithmic axis"), messages);
    }

    // ---- histogram ranges (THistPainter::PaintInit) ----

    /** TH1F(-4, 4) with 100 bins and 1000 Gaussian entries, the same contents as the SciPy script. */
    private static double[] gaussianContents() {
        double[] contents = new double[100];
        for (int i = 0; i < 100; i++) {
            double a = -4 + 0.08 * i;
            contents[i] = Math.rint(1000 * (RootMath.normal_cdf(a + 0.08) - RootMath.normal_cdf(a)));
        }
        return contents;
    }

    @Test
    void gaussianHistogramRange() {
        // SciPy: max 32 -> [0, 33.6]; with error bars [0, 39.539696961967]; log [0.5, 60.631578947368425]
        double[] contents = gaussianContents();
        Range linear = AxisTicks.HistogramYRange(contents, null, kUnset, kUnset, false, false, 0.05);
        assertEquals(0, linear.min());
        assertEquals(33.6, linear.max(), 1e-12);
        double[] errors = new double[contents.length];
        for (int i = 0; i < errors.length; i++) {
            errors[i] = Math.sqrt(contents[i]);
        }
        Range withErrors = AxisTicks.HistogramYRange(contents, errors, kUnset, kUnset, false, false, 0.05);
        assertEquals(39.539696961967, withErrors.max(), 1e-9);
        Range log = AxisTicks.HistogramYRange(contents, null, kUnset, kUnset, true, false, 0.05);
        assertEquals(0.5, log.min(), 1e-12);
        assertEquals(60.631578947368425, log.max(), 1e-9);
        // hand: the y axis of [0, 33.6] is labelled 0..30 by 5
        assertEquals(List.of("0", "5", "10", "15", "20", "25", "30"),
                labels(AxisTicks.Compute(linear.min(), linear.max(), 510, "")));
    }

    @Test
    void minimumIsZeroOnlyWhenTheMarginReachesIt() {
        // hand: contents 10..12, margin 0.1: 9.9 > 0 so ROOT starts the axis at 9.9 ...
        Range r = AxisTicks.HistogramYRange(new double[] {10, 12, 11}, null, kUnset, kUnset, false, false, 0.05);
        assertEquals(9.9, r.min(), 1e-12);
        assertEquals(12.105, r.max(), 1e-12);
        // ... unless gStyle->SetHistMinimumZero()
        Range zero = AxisTicks.HistogramYRange(new double[] {10, 12, 11}, null, kUnset, kUnset, false, true, 0.05);
        assertEquals(0, zero.min());
        assertEquals(12.6, zero.max(), 1e-12);
    }

    @Test
    void negativeContentsGetAMarginBelow() {
        // hand: [-3, 5] -> min -3 - 0.4 = -3.4, max 5 + 0.05 * 8.4 = 5.42
        Range r = AxisTicks.HistogramYRange(new double[] {-3, 5}, null, kUnset, kUnset, false, false, 0.05);
        assertEquals(-3.4, r.min(), 1e-12);
        assertEquals(5.42, r.max(), 1e-12);
    }

    @Test
    void storedMinimumAndMaximumAreKept() {
        Range r = AxisTicks.HistogramYRange(new double[] {-3, 5}, null, -10, 20, false, false, 0.05);
        assertEquals(new Range(-10, 20), r);
    }

    @Test
    void emptyHistogramRanges() {
        // hand: all zero -> [0, 1] then the top margin: [0, 1.05]; on a log axis [0.01, 10] widened
        Range linear = AxisTicks.HistogramYRange(new double[5], null, kUnset, kUnset, false, false, 0.05);
        assertEquals(0, linear.min());
        assertEquals(1.05, linear.max(), 1e-12);
        Range log = AxisTicks.HistogramYRange(new double[5], null, kUnset, kUnset, true, false, 0.05);
        assertEquals(0.005, log.min(), 1e-12);
        assertEquals(20 * 0.9 / 0.95, log.max(), 1e-12);
    }

    @Test
    void logScaleWithNegativeMinimumGivesRootsError() {
        assertNull(AxisTicks.HistogramYRange(new double[] {1, 2}, null, -1, kUnset, true, false, 0.05));
        assertEquals(List.of("Error in <THistPainter::PaintInit>: log scale requested with a negative argument (-1.000000)"),
                messages);
    }

    @Test
    void histogramXRange() {
        assertEquals(new Range(-4, 4), AxisTicks.HistogramXRange(new double[] {-4, 0, 4}, false));
        // hand: on a log axis the first positive low edge replaces -4
        assertEquals(new Range(1, 4), AxisTicks.HistogramXRange(new double[] {-4, 0, 1, 4}, true));
        assertNull(AxisTicks.HistogramXRange(new double[] {-4, 0}, true));
        assertEquals(List.of("Error in <THistPainter::PaintInit>: cannot set X axis to log scale"), messages);
    }

    // ---- graph ranges (TGraph::ComputeRange, TGraph::GetHistogram) ----

    @Test
    void graphOfSquaresGetsTenPercentMargins() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * x[i];
        }
        // hand: points 1..10 x 1..100; margins 0.9 and 9.9; y would go below 0 though all points
        // are positive, so its minimum becomes 0.9 * 1
        Frame frame = AxisTicks.GraphFrame(AxisTicks.ComputeRange(x, y, false, false), kUnset, kUnset, false, false);
        assertEquals(0.1, frame.xmin(), 1e-12);
        assertEquals(10.9, frame.xmax(), 1e-12);
        assertEquals(0.9, frame.ymin(), 1e-12);
        assertEquals(109.9, frame.ymax(), 1e-12);
        // hand: Optimize(0.1, 10.9, 10) -> step 2, labels 2..10; Optimize(0.9, 109.9, 10) -> step 20
        assertEquals(List.of("2", "4", "6", "8", "10"), labels(AxisTicks.Compute(frame.xmin(), frame.xmax(), 510, "")));
        assertEquals(List.of("20", "40", "60", "80", "100"),
                labels(AxisTicks.Compute(frame.ymin(), frame.ymax(), 510, "")));
    }

    @Test
    void graphFrameAroundZero() {
        // hand: y in [-1, 1] -> [-1.2, 1.2]; x from 0 does not go below 0
        Frame frame = AxisTicks.GraphFrame(AxisTicks.ComputeRange(new double[] {0, 1, 2}, new double[] {-1, 1, 0},
                false, false), kUnset, kUnset, false, false);
        assertEquals(0, frame.xmin());
        assertEquals(2.2, frame.xmax(), 1e-12);
        assertEquals(-1.2, frame.ymin(), 1e-12);
        assertEquals(1.2, frame.ymax(), 1e-12);
        // a single point gets a unit range
        Frame single = AxisTicks.GraphFrame(AxisTicks.ComputeRange(new double[] {3}, new double[] {5}, false, false),
                kUnset, kUnset, false, false);
        assertEquals(2.9, single.xmin(), 1e-12);
        assertEquals(4.1, single.xmax(), 1e-12);
    }

    @Test
    void graphFrameOnLogAxes() {
        // hand: y {0, 5, 1, 10} on log y: minimum -1 -> 0.9 * 0 = 0 -> 0.001 * 11
        Frame frame = AxisTicks.GraphFrame(AxisTicks.ComputeRange(new double[] {1, 2, 3, 4},
                new double[] {0, 5, 1, 10}, false, true), kUnset, kUnset, false, true);
        assertEquals(0.011, frame.ymin(), 1e-12);
        assertEquals(11, frame.ymax(), 1e-12);
        // hand: x 0..500 on log x: the margin would cross 0, so 0.001 * 550; beyond 1000 ROOT starts at 1
        Frame logx = AxisTicks.GraphFrame(AxisTicks.ComputeRange(new double[] {0, 500}, new double[] {1, 2},
                true, false), kUnset, kUnset, true, false);
        assertEquals(0.55, logx.xmin(), 1e-12);
        Frame wide = AxisTicks.GraphFrame(AxisTicks.ComputeRange(new double[] {0, 1000}, new double[] {1, 2},
                true, false), kUnset, kUnset, true, false);
        assertEquals(1, wide.xmin());
    }

    @Test
    void graphErrorsWidenTheRange() {
        double[] x = {1, 2};
        double[] y = {1, 2};
        double[] ex = {0.5, 0.5};
        double[] ey = {3, 3};
        // hand: x 0.5..2.5, y -2..5, then 10% margins
        Frame frame = AxisTicks.GraphFrame(AxisTicks.ComputeRange(x, y, ex, ex, ey, ey, false, false),
                kUnset, kUnset, false, false);
        assertEquals(0.3, frame.xmin(), 1e-12);
        assertEquals(2.7, frame.xmax(), 1e-12);
        assertEquals(-2.7, frame.ymin(), 1e-12);
        assertEquals(5.7, frame.ymax(), 1e-12);
        // hand: on log y an error bar reaching below zero gives a third of the value instead
        assertEquals(1.0 / 3, AxisTicks.ComputeRange(x, y, ex, ex, ey, ey, false, true).ymin(), 1e-12);
    }
}
