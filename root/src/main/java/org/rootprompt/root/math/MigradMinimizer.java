package org.rootprompt.root.math;

import java.util.function.ToDoubleFunction;

/**
 * A variable-metric minimiser in the spirit of Minuit's Migrad: quasi-Newton (BFGS) steps with a
 * line search on numerical gradients, convergence when the estimated distance to the minimum
 * EDM = ½ gᵀVg falls below 0.002 · tolerance · up, then Hesse: the full matrix of second derivatives
 * at the minimum, whose inverse times 2·up is the covariance. Limits use Minuit's transformations
 * (sin for two limits, sqrt for one), so the minimiser itself is unconstrained.
 */
public final class MigradMinimizer implements Minimizer {

    @Override
    public MinimizerResult minimize(Problem problem) {
        return new Run(problem).run();
    }

    /** The state of one minimisation, in internal (unbounded) coordinates of the free parameters. */
    private static final class Run {
        private final Problem pb;
        private final int nTotal;
        private final int[] free;
        private final int n;
        private final double[] external;
        private int calls;
        private final int maxCalls;

        Run(Problem problem) {
            pb = problem;
            nTotal = problem.start().length;
            int count = 0;
            for (boolean f : problem.fixed()) {
                count += f ? 0 : 1;
            }
            free = new int[count];
            for (int i = 0, k = 0; i < nTotal; i++) {
                if (!problem.fixed()[i]) {
                    free[k++] = i;
                }
            }
            n = count;
            external = problem.start().clone();
            maxCalls = problem.maxCalls() > 0 ? problem.maxCalls() : 200 + 100 * n + 5 * n * n;
        }

        // ---- coordinates ----

        private boolean hasLow(int i) {
            return !Double.isNaN(pb.lower()[i]);
        }

        private boolean hasHigh(int i) {
            return !Double.isNaN(pb.upper()[i]);
        }

        private double toExternal(int i, double u) {
            double lo = pb.lower()[i];
            double hi = pb.upper()[i];
            if (hasLow(i) && hasHigh(i)) {
                return lo + 0.5 * (hi - lo) * (Math.sin(u) + 1);
            }
            if (hasLow(i)) {
                return lo - 1 + Math.sqrt(u * u + 1);
            }
            if (hasHigh(i)) {
                return hi + 1 - Math.sqrt(u * u + 1);
            }
            return u;
        }

        private double toInternal(int i, double x) {
            double lo = pb.lower()[i];
            double hi = pb.upper()[i];
            if (hasLow(i) && hasHigh(i)) {
                double r = 2 * (x - lo) / (hi - lo) - 1;
                return Math.asin(Math.max(-1, Math.min(1, r)));
            }
            if (hasLow(i)) {
                double d = Math.max(x - lo + 1, 1);
                return Math.sqrt(d * d - 1);
            }
            if (hasHigh(i)) {
                double d = Math.max(hi - x + 1, 1);
                return Math.sqrt(d * d - 1);
            }
            return x;
        }

        /** d external / d internal. */
        private double derivative(int i, double u) {
            if (hasLow(i) && hasHigh(i)) {
                return 0.5 * (pb.upper()[i] - pb.lower()[i]) * Math.cos(u);
            }
            if (hasLow(i)) {
                return u / Math.sqrt(u * u + 1);
            }
            if (hasHigh(i)) {
                return -u / Math.sqrt(u * u + 1);
            }
            return 1;
        }

        private double f(double[] u) {
            double[] x = external.clone();
            for (int k = 0; k < n; k++) {
                x[free[k]] = toExternal(free[k], u[k]);
            }
            calls++;
            double v = pb.function().applyAsDouble(x);
            return Double.isNaN(v) ? Double.MAX_VALUE : v;
        }

        // ---- the algorithm ----

        MinimizerResult run() {
            if (n == 0) {
                double fval = f(new double[0]);
                return new MinimizerResult(external.clone(), new double[nTotal], new double[nTotal][nTotal], fval, 0,
                        calls, true, "no free parameters");
            }
            double[] u = startInternal();
            double fu = f(u);
            double[][] v = diagonalMetric(u, fu);
            double[] g = gradient(u, fu, v);
            double edm = edm(g, v);
            double target = 0.002 * pb.tolerance() * pb.up();
            String status = "converged";
            int iterations = 0;
            while (edm > target) {
                if (calls > maxCalls) {
                    status = "call limit reached";
                    break;
                }
                double[] p = times(v, g);
                for (int k = 0; k < n; k++) {
                    p[k] = -p[k];
                }
                double slope = dot(g, p);
                if (slope >= 0) { // not a descent direction: restart from the diagonal
                    for (int a = 0; a < n; a++) {
                        for (int b = 0; b < n; b++) {
                            v[a][b] = a == b ? Math.max(Math.abs(v[a][a]), 1e-12) : 0;
                        }
                        p[a] = -v[a][a] * g[a];
                    }
                    slope = dot(g, p);
                }
                double alpha = 1;
                double fNew = f(step(u, p, alpha));
                int searches = 0;
                while (fNew > fu + 1e-4 * alpha * slope && searches < 20) {
                    // minimum of the parabola through f(0), f'(0) and f(alpha), kept within [0.1, 0.5] alpha
                    double next = -slope * alpha * alpha / (2 * (fNew - fu - slope * alpha));
                    alpha = Math.max(0.1 * alpha, Math.min(0.5 * alpha, next));
                    fNew = f(step(u, p, alpha));
                    searches++;
                }
                if (fNew > fu) {
                    status = "no improvement along the search direction";
                    break;
                }
                double[] uNew = step(u, p, alpha);
                double[] gNew = gradient(uNew, fNew, v);
                double[] s = new double[n];
                double[] y = new double[n];
                for (int k = 0; k < n; k++) {
                    s[k] = uNew[k] - u[k];
                    y[k] = gNew[k] - g[k];
                }
                bfgs(v, s, y);
                u = uNew;
                fu = fNew;
                g = gNew;
                edm = edm(g, v);
                iterations++;
            }
            // Hesse: exact second derivatives at the minimum, one Newton polish, covariance
            double[][] hess = hessian(u, fu, v);
            double[][] inv = Linear.invertPositiveDefinite(hess);
            boolean valid = status.equals("converged");
            if (inv == null) {
                valid = false;
                status = "Hesse: the matrix of second derivatives is not positive definite";
                inv = v;
            } else {
                double[] newton = times(inv, g);
                double[] polished = new double[n];
                for (int k = 0; k < n; k++) {
                    polished[k] = u[k] - newton[k];
                }
                double fp = f(polished);
                if (fp <= fu) {
                    u = polished;
                    fu = fp;
                    g = gradient(u, fu, inv);
                }
                edm = 0.5 * dot(g, times(inv, g));
            }
            return result(u, inv, fu, edm, valid, status);
        }

        /** Hesse alone: the covariance at the start values, without minimising. */
        MinimizerResult hesse() {
            if (n == 0) {
                return run();
            }
            double[] u = startInternal();
            double fu = f(u);
            double[][] inv = Linear.invertPositiveDefinite(hessian(u, fu, diagonalMetric(u, fu)));
            if (inv == null) {
                return result(u, new double[n][n], fu, 0, false,
                        "Hesse: the matrix of second derivatives is not positive definite");
            }
            return result(u, inv, fu, edm(gradient(u, fu, inv), inv), true, "converged");
        }

        private double[] startInternal() {
            double[] u = new double[n];
            for (int k = 0; k < n; k++) {
                u[k] = toInternal(free[k], external[free[k]]);
            }
            return u;
        }

        /** A first inverse metric: the curvature along each parameter, probed with its step size. */
        private double[][] diagonalMetric(double[] u, double fu) {
            double[][] v = new double[n][n];
            for (int k = 0; k < n; k++) {
                int i = free[k];
                double step = pb.steps()[i] != 0 ? Math.abs(pb.steps()[i]) : 0.1 * Math.max(Math.abs(external[i]), 1);
                // the internal step that moves the external value by about the given step
                double d = Math.abs(derivative(i, u[k]));
                double h = d > 1e-8 ? step / d : step;
                double g2 = (f(plus(u, k, h)) - 2 * fu + f(plus(u, k, -h))) / (h * h);
                v[k][k] = g2 > 0 ? 1 / g2 : h * h;
            }
            return v;
        }

        /** Values, errors and covariance in external coordinates from the inverse Hessian in internal ones. */
        private MinimizerResult result(double[] u, double[][] inv, double fu, double edm, boolean valid, String status) {
            double[] params = external.clone();
            double[] jac = new double[n];
            for (int k = 0; k < n; k++) {
                params[free[k]] = toExternal(free[k], u[k]);
                jac[k] = derivative(free[k], u[k]);
            }
            double[][] cov = new double[nTotal][nTotal];
            double[] errors = new double[nTotal];
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    cov[free[a]][free[b]] = 2 * pb.up() * inv[a][b] * jac[a] * jac[b];
                }
            }
            for (int i = 0; i < nTotal; i++) {
                errors[i] = Math.sqrt(Math.max(cov[i][i], 0));
            }
            return new MinimizerResult(params, errors, cov, fu, edm, calls, valid, status);
        }

        private double[] plus(double[] u, int k, double d) {
            double[] w = u.clone();
            w[k] += d;
            return w;
        }

        private double[] step(double[] u, double[] p, double alpha) {
            double[] w = new double[n];
            for (int k = 0; k < n; k++) {
                w[k] = u[k] + alpha * p[k];
            }
            return w;
        }

        /** Central differences with steps of a small fraction of each parameter's current uncertainty. */
        private double[] gradient(double[] u, double fu, double[][] v) {
            double[] g = new double[n];
            for (int k = 0; k < n; k++) {
                double h = stepFor(u, v, k, 1e-3);
                g[k] = (f(plus(u, k, h)) - f(plus(u, k, -h))) / (2 * h);
            }
            return g;
        }

        private double stepFor(double[] u, double[][] v, int k, double fraction) {
            double sigma = Math.sqrt(Math.abs(v[k][k]));
            double h = fraction * sigma;
            double floor = 1e-8 * (1 + Math.abs(u[k]));
            return Math.max(h, floor);
        }

        private double[][] hessian(double[] u, double fu, double[][] v) {
            double[][] hess = new double[n][n];
            double[] h = new double[n];
            for (int k = 0; k < n; k++) {
                h[k] = stepFor(u, v, k, 0.01);
            }
            for (int a = 0; a < n; a++) {
                double fp = f(plus(u, a, h[a]));
                double fm = f(plus(u, a, -h[a]));
                hess[a][a] = (fp - 2 * fu + fm) / (h[a] * h[a]);
                for (int b = 0; b < a; b++) {
                    double[] pp = plus(plus(u, a, h[a]), b, h[b]);
                    double[] pm = plus(plus(u, a, h[a]), b, -h[b]);
                    double[] mp = plus(plus(u, a, -h[a]), b, h[b]);
                    double[] mm = plus(plus(u, a, -h[a]), b, -h[b]);
                    double d = (f(pp) - f(pm) - f(mp) + f(mm)) / (4 * h[a] * h[b]);
                    hess[a][b] = d;
                    hess[b][a] = d;
                }
            }
            return hess;
        }

        private static double edm(double[] g, double[][] v) {
            return 0.5 * dot(g, times(v, g));
        }

        /** The BFGS update of the inverse Hessian, skipped when the curvature condition fails. */
        private void bfgs(double[][] v, double[] s, double[] y) {
            double sy = dot(s, y);
            if (sy <= 1e-300) {
                return;
            }
            double[] vy = times(v, y);
            double yvy = dot(y, vy);
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    v[a][b] += ((sy + yvy) * s[a] * s[b]) / (sy * sy) - (vy[a] * s[b] + s[a] * vy[b]) / sy;
                }
            }
        }

        private static double[] times(double[][] m, double[] x) {
            double[] r = new double[x.length];
            for (int a = 0; a < x.length; a++) {
                double sum = 0;
                for (int b = 0; b < x.length; b++) {
                    sum += m[a][b] * x[b];
                }
                r[a] = sum;
            }
            return r;
        }

        private static double dot(double[] a, double[] b) {
            double sum = 0;
            for (int k = 0; k < a.length; k++) {
                sum += a[k] * b[k];
            }
            return sum;
        }
    }

    /**
     * Hesse alone (Minuit's HESSE command): the covariance of {@code problem.function()} at its start
     * values, with no minimisation; the errors are those of an up of {@code problem.up()}.
     */
    public MinimizerResult hesse(Problem problem) {
        return new Run(problem).hesse();
    }

    /** Convenience: minimise with Minuit's defaults. */
    public static MinimizerResult minimize(ToDoubleFunction<double[]> function, double[] start, double[] steps) {
        return new MigradMinimizer().minimize(Problem.of(function, start, steps));
    }
}
