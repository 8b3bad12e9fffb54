package org.rootprompt.root.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IntegratorTest {
    @Test
    void theRuleIsExactForPolynomialsUpToDegree31() {
        // the 21-point Kronrod rule integrates x^k exactly for k <= 31: over [-1, 1], 2/(k+1) for even k
        for (int k = 0; k <= 30; k += 2) {
            int power = k;
            double[] r = Integrator.rule(x -> Math.pow(x, power), -1, 1);
            assertEquals(2.0 / (k + 1), r[0], 1e-15, "x^" + k);
        }
        assertEquals(2.0, Integrator.rule(x -> 1, -1, 1)[0], 1e-15, "the weights sum to 2");
    }

    @Test
    void adaptiveIntegrationReachesRelativePrecision() {
        assertEquals(Math.sqrt(2 * Math.PI), Integrator.integrate(x -> Math.exp(-0.5 * x * x), -40, 40), 1e-12);
        assertEquals(2.0, Integrator.integrate(Math::sin, 0, Math.PI), 1e-13);
        assertEquals(Math.E - 1, Integrator.integrate(Math::exp, 0, 1), 1e-14);
        assertEquals(2.0 / 3, Integrator.integrate(Math::sqrt, 0, 1), 1e-12, "a square-root endpoint");
        assertEquals(-(Math.E - 1), Integrator.integrate(Math::exp, 1, 0), 1e-14, "reversed limits");
    }
}
