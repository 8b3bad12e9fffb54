package org.rootprompt.root.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecialFunctionsTest {
    /** References from Python's math.lgamma (C's lgamma), python3 -c "import math; print(math.lgamma(x))". */
    @ParameterizedTest
    @CsvSource({"0.5, 0.5723649429247004", "1, 0.0", "1.5, -0.12078223763524543", "2, 0.0",
        "3.7, 1.4280723266653883", "10, 12.801827480081467", "25.5, 56.389167643719944",
        "100, 359.1342053695754", "1000.25, 5906.947268271117", "1000000, 12815504.569147611",
        "0.1, 2.2527126517342055", "-2.5, -0.05624371649767457"})
    void lnGammaMatchesCsLgamma(double x, double expected) {
        assertEquals(expected, SpecialFunctions.lnGamma(x), 1e-13 * Math.max(1, Math.abs(expected)));
    }
}
