package org.rootprompt.root.math;

import java.util.function.ToDoubleFunction;

/** Finds the minimum of a function of parameters, such as a χ² or a negative log-likelihood. */
@FunctionalInterface
public interface Minimizer {
    /** Minimises {@code problem.function()} from its start values; never throws for a bad function. */
    MinimizerResult minimize(Problem problem);

    /**
     * What to minimise. {@code up} is the function change that defines one standard deviation
     * (1 for a χ², 0.5 for a negative log-likelihood). Limits are NaN when absent.
     */
    record Problem(ToDoubleFunction<double[]> function, double[] start, double[] steps, double[] lower,
            double[] upper, boolean[] fixed, double up, double tolerance, int maxCalls) {

        /** An unconstrained problem with Minuit's defaults (tolerance 0.01, up 1). */
        public static Problem of(ToDoubleFunction<double[]> function, double[] start, double[] steps) {
            int n = start.length;
            double[] nan = new double[n];
            java.util.Arrays.fill(nan, Double.NaN);
            return new Problem(function, start.clone(), steps.clone(), nan.clone(), nan.clone(), new boolean[n], 1.0,
                    0.01, 0);
        }

        public Problem withLimits(int i, double low, double high) {
            double[] l = lower.clone();
            double[] u = upper.clone();
            l[i] = low;
            u[i] = high;
            return new Problem(function, start, steps, l, u, fixed, up, tolerance, maxCalls);
        }

        public Problem withFixed(int i) {
            boolean[] f = fixed.clone();
            f[i] = true;
            return new Problem(function, start, steps, lower, upper, f, up, tolerance, maxCalls);
        }

        public Problem withFunction(ToDoubleFunction<double[]> newFunction) {
            return new Problem(newFunction, start, steps, lower, upper, fixed, up, tolerance, maxCalls);
        }

        public Problem withStart(double[] newStart) {
            return new Problem(function, newStart.clone(), steps, lower, upper, fixed, up, tolerance, maxCalls);
        }

        public Problem withUp(double newUp) {
            return new Problem(function, start, steps, lower, upper, fixed, newUp, tolerance, maxCalls);
        }
    }
}
