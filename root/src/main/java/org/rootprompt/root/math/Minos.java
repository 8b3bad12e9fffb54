package org.rootprompt.root.math;

import java.util.function.DoubleUnaryOperator;

/**
 * Minos errors (Minuit's MINOS): for one parameter, the distances below and above its best value
 * where the function, minimised over all the other parameters, has risen by {@code up} above its
 * minimum. They differ from the parabolic (Hesse) errors when the function is not a parabola.
 */
public final class Minos {
    private Minos() {}

    /**
     * {lower (negative), upper} Minos errors of parameter {@code par} at the minimum {@code min} of
     * {@code problem}, or null when a crossing is not found (beyond a limit, or too far away).
     */
    public static double[] errors(Minimizer minimizer, Minimizer.Problem problem, MinimizerResult min, int par) {
        double lower = crossing(minimizer, problem, min, par, -1);
        double upper = crossing(minimizer, problem, min, par, +1);
        return Double.isNaN(lower) || Double.isNaN(upper) ? null : new double[] {-lower, upper};
    }

    /** The distance along {@code direction} at which the profile crosses min + up. */
    private static double crossing(Minimizer minimizer, Minimizer.Problem problem, MinimizerResult min, int par,
            int direction) {
        double best = min.parameters()[par];
        double sigma = min.errors()[par];
        double up = problem.up();
        DoubleUnaryOperator excess = d -> profile(minimizer, problem, min, par, best + direction * d)
                - min.minimum() - up;
        double limit = direction > 0 ? problem.upper()[par] : problem.lower()[par];
        double room = Double.isNaN(limit) ? Double.POSITIVE_INFINITY : Math.abs(limit - best);
        // bracket the crossing, doubling the step from the parabolic error
        double a = 0;
        double ga = -up;
        double b = Math.min(sigma, room);
        double gb = excess.applyAsDouble(b);
        for (int k = 0; gb < 0; k++) {
            if (b >= room || k == 20) {
                return Double.NaN;
            }
            a = b;
            ga = gb;
            b = Math.min(2 * b, room);
            gb = excess.applyAsDouble(b);
        }
        // Illinois regula falsi: a stays below the crossing, b above
        int stale = 0;
        for (int k = 0; k < 60; k++) {
            double c = b - gb * (b - a) / (gb - ga);
            double gc = excess.applyAsDouble(c);
            if (Math.abs(gc) < 1e-7 * up || b - a < 1e-12 * sigma) {
                return c;
            }
            if (gc > 0) {
                b = c;
                gb = gc;
                ga = stale == +1 ? ga / 2 : ga;
                stale = +1;
            } else {
                a = c;
                ga = gc;
                gb = stale == -1 ? gb / 2 : gb;
                stale = -1;
            }
        }
        return b - gb * (b - a) / (gb - ga);
    }

    /**
     * The minimum over the other parameters with {@code par} fixed at {@code value}, starting from
     * where the covariance predicts it.
     */
    private static double profile(Minimizer minimizer, Minimizer.Problem problem, MinimizerResult min, int par,
            double value) {
        double[] p = min.parameters();
        double[][] cov = min.covariance();
        double shift = value - p[par];
        double[] start = p.clone();
        double[] steps = problem.steps().clone();
        for (int j = 0; j < p.length; j++) {
            if (j != par && !problem.fixed()[j] && cov[par][par] > 0) {
                start[j] = inside(problem, j, p[j] + cov[j][par] / cov[par][par] * shift);
                steps[j] = min.errors()[j] > 0 ? min.errors()[j] : steps[j];
            }
        }
        start[par] = value;
        Minimizer.Problem fixedAt = new Minimizer.Problem(problem.function(), start, steps, problem.lower(),
                problem.upper(), problem.fixed(), problem.up(), 0.1 * problem.tolerance(), problem.maxCalls())
                .withFixed(par);
        return minimizer.minimize(fixedAt).minimum();
    }

    private static double inside(Minimizer.Problem problem, int j, double x) {
        double lo = problem.lower()[j];
        double hi = problem.upper()[j];
        double margin = !Double.isNaN(lo) && !Double.isNaN(hi) ? 1e-6 * (hi - lo) : 0;
        double above = Double.isNaN(lo) ? x : Math.max(lo + margin, x);
        return Double.isNaN(hi) ? above : Math.min(hi - margin, above);
    }
}
