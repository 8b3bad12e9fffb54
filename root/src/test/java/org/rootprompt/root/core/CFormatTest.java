package org.rootprompt.root.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CFormatTest {
    private static final Pattern LINE = Pattern.compile("^(.*?)\\|([idls]):(.*?)\\|(.*)$");

    /** Lines of cformat_reference.txt, printed by glibc from cformat_reference.c (see its header). */
    static Stream<String> reference() throws IOException {
        try (InputStream in = CFormatTest.class.getResourceAsStream("/cformat/cformat_reference.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reference")
    void formatsAsGlibcDoes(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalStateException("bad reference line: " + line);
        }
        String value = m.group(3);
        Object arg = switch (m.group(2)) {
            case "i" -> Integer.parseInt(value);
            case "l" -> Long.parseLong(value);
            case "d" -> switch (value) {
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                case "nan", "-nan" -> Double.NaN;
                default -> Double.parseDouble(value);
            };
            default -> value;
        };
        assertEquals(m.group(4), CFormat.format(m.group(1), arg), () -> "format " + m.group(1) + " of " + value);
    }

    @Test
    void severalArgumentsStarsAndPercent() {
        assertEquals("x=  3 y=2.50 100% name", CFormat.format("x=%*d y=%.*f 100%% %s", 3, 3, 2, 2.5, "name"));
        assertEquals("n=7 and %d", CFormat.format("n=%d and %d", 7), "a missing argument leaves the specifier");
        assertEquals("%y", CFormat.format("%y"), "an unknown conversion is kept as text");
        assertEquals("7", CFormat.format("%d", 7.9), "a double given to %d is truncated, not an error");
        assertEquals("3.000000", CFormat.format("%f", 3), "an int given to %f is converted");
    }
}
