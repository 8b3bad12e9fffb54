package org.rootprompt.root.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every function against SciPy (bench/reference/distributions_reference.py, SciPy 1.10.1, 2026-11-25). */
class RootMathTest {
    static Stream<String> reference() throws IOException {
        try (InputStream in = RootMathTest.class.getResourceAsStream("/distributions_reference.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reference")
    void agreesWithSciPy(String line) throws Exception {
        String[] parts = line.split("\\|");
        String[] args = parts[1].split(",");
        Method method = Arrays.stream(RootMath.class.getMethods())
                .filter(m -> m.getName().equals(parts[0]) && m.getParameterCount() == args.length)
                .findFirst().orElseThrow(() -> new AssertionError("no " + parts[0] + " with " + args.length + " arguments"));
        Object[] values = new Object[args.length];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            values[i] = types[i] == int.class ? (Object) Integer.parseInt(args[i]) : (Object) Double.parseDouble(args[i]);
        }
        double expected = Double.parseDouble(parts[2]);
        double actual = (double) method.invoke(null, values);
        // relative, so that far-tail probabilities and quantiles near zero are held to all their digits
        assertEquals(expected, actual, 1e-11 * Math.abs(expected), line);
    }
}
