package org.rootprompt.root.math;

/**
 * The outcome of a minimisation: parameter values and parabolic errors, the covariance matrix of
 * the free and fixed parameters (zero rows for fixed ones), the minimum, the estimated distance to
 * the minimum (EDM), the number of function calls and whether it converged.
 */
public record MinimizerResult(double[] parameters, double[] errors, double[][] covariance, double minimum,
        double edm, int calls, boolean valid, String status) {
}
