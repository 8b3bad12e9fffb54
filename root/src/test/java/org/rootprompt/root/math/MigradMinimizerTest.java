package org.rootprompt.root.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Problems with known minima and covariances; a contract for any {@link Minimizer}. */
class MigradMinimizerTest {
    private final Minimizer minimizer = new MigradMinimizer();

    @Test
    void aCorrelatedQuadraticGivesItsCovarianceExactly() {
        // chi2 = dᵀ C⁻¹ d with C = [[4, 1.2], [1.2, 1]]: the covariance of the fit is C itself
        double det = 4 * 1 - 1.2 * 1.2;
        double[][] ci = {{1 / det, -1.2 / det}, {-1.2 / det, 4 / det}};
        MinimizerResult r = minimizer.minimize(Minimizer.Problem.of(p -> {
            double dx = p[0] - 1;
            double dy = p[1] + 2;
            return dx * (ci[0][0] * dx + ci[0][1] * dy) + dy * (ci[1][0] * dx + ci[1][1] * dy);
        }, new double[] {5, 5}, new double[] {1, 1}));
        assertTrue(r.valid(), r.status());
        assertEquals(1, r.parameters()[0], 1e-6);
        assertEquals(-2, r.parameters()[1], 1e-6);
        assertEquals(2, r.errors()[0], 1e-6);
        assertEquals(1, r.errors()[1], 1e-6);
        assertEquals(1.2, r.covariance()[0][1], 1e-6);
        assertTrue(r.edm() < 2e-5, "EDM " + r.edm());
    }

    @Test
    void rosenbrocksValley() {
        MinimizerResult r = minimizer.minimize(Minimizer.Problem.of(
                p -> 100 * Math.pow(p[1] - p[0] * p[0], 2) + Math.pow(1 - p[0], 2),
                new double[] {-1.2, 1}, new double[] {0.1, 0.1}));
        assertTrue(r.valid(), r.status());
        assertEquals(1, r.parameters()[0], 1e-3);
        assertEquals(1, r.parameters()[1], 2e-3);
        assertTrue(r.minimum() < 1e-6, "minimum " + r.minimum());
    }

    @Test
    void limitsKeepParametersInsideAndFixedOnesStay() {
        Minimizer.Problem inside = Minimizer.Problem.of(p -> Math.pow(p[0] - 3, 2) + Math.pow(p[1] - 2, 2),
                new double[] {1, 0}, new double[] {0.5, 0.5}).withLimits(0, 0, 10).withFixed(1);
        MinimizerResult r = minimizer.minimize(inside);
        assertEquals(3, r.parameters()[0], 1e-5);
        assertEquals(1, r.errors()[0], 1e-4, "a limit far away does not change the error");
        assertEquals(0, r.parameters()[1], 0, "fixed");
        assertEquals(0, r.errors()[1], 0);
        MinimizerResult atEdge = minimizer.minimize(Minimizer.Problem.of(p -> Math.pow(p[0] - 3, 2),
                new double[] {1}, new double[] {0.5}).withLimits(0, 0, 2));
        assertTrue(atEdge.parameters()[0] <= 2 && atEdge.parameters()[0] > 1.99, "x " + atEdge.parameters()[0]);
    }

    @Test
    void aLikelihoodUsesUpOneHalf() {
        // -ln L of 100 Gaussian measurements with mean 10 and sigma 2, in closed form: N (x̄-μ)² / (2σ²)
        MinimizerResult r = minimizer.minimize(Minimizer.Problem.of(p -> 100 * Math.pow(10 - p[0], 2) / (2 * 4),
                new double[] {8}, new double[] {1}).withUp(0.5));
        assertEquals(10, r.parameters()[0], 1e-6);
        assertEquals(0.2, r.errors()[0], 1e-6); // sigma / sqrt(N)
    }

    @Test
    void hesseAloneGivesTheCurvatureWhereItStarts() {
        // f = (x - 1)⁴ + 2 (x - 1)² y² + y² away from its minimum at x = 2, y = 0: f_xx = 12, f_yy = 6,
        // f_xy = 0, so the covariance with up 1 is 2·H⁻¹ = diag(1/6, 1/3), and nothing moves
        MinimizerResult r = new MigradMinimizer().hesse(Minimizer.Problem.of(
                p -> Math.pow(p[0] - 1, 4) + 2 * Math.pow((p[0] - 1) * p[1], 2) + p[1] * p[1],
                new double[] {2, 0}, new double[] {0.1, 0.1}));
        assertTrue(r.valid(), r.status());
        assertEquals(2, r.parameters()[0], 0);
        assertEquals(1.0 / 6, r.covariance()[0][0], 1e-6);
        assertEquals(1.0 / 3, r.covariance()[1][1], 1e-6);
        assertEquals(0, r.covariance()[0][1], 1e-6);
    }

    @Test
    void minosFollowsTheProfileOfAnAsymmetricFunction() {
        // minimised over y, f = (x - 1)² + (x - 1)³/3 + (y - x)² rises by 1 where t = x - 1 solves
        // t² + t³/3 = 1 (numpy.roots([1/3, 1, 0, -1])): t = 0.8794 above the minimum, -1.3473 below
        Minimizer.Problem problem = Minimizer.Problem.of(p -> Math.pow(p[0] - 1, 2) + Math.pow(p[0] - 1, 3) / 3
                + Math.pow(p[1] - p[0], 2), new double[] {0.5, 0.5}, new double[] {0.1, 0.1});
        MinimizerResult min = new MigradMinimizer().minimize(problem);
        double[] e = Minos.errors(new MigradMinimizer(), problem, min, 0);
        assertEquals(-1.3472963553338606, e[0], 1e-5);
        assertEquals(0.8793852415718168, e[1], 1e-5);
    }
}
