package org.rootprompt.kernel.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavadocTextTest {
    /** As JShell returns Math.abs(int)'s comment from a JDK's src.zip (shortened). */
    private static final String ABS = """
             Returns the absolute value of an {@code int} value.
             If the argument is not negative, the argument is returned.

             <p>Note that the {@link Integer#MIN_VALUE} case is special.

             @param   a   the argument whose absolute value is to be determined
             @return  the absolute value of the argument.
             @see Math#absExact(int)
            """;

    @Test
    void summaryIsTheFirstSentenceWithInlineTagsResolved() {
        assertEquals("Returns the absolute value of an int value.", JavadocText.summary(ABS, false));
        assertEquals("Returns the absolute value of an `int` value.", JavadocText.summary(ABS, true));
    }

    @Test
    void descriptionDropsHtmlAndStopsAtTheBlockTags() {
        String d = JavadocText.description(ABS, false);
        assertEquals("""
                Returns the absolute value of an int value.
                If the argument is not negative, the argument is returned.

                Note that the Integer.MIN_VALUE case is special.""", d);
    }

    @Test
    void tagsAreListed() {
        assertEquals("- @param a the argument whose absolute value is to be determined\n"
                + "- @return the absolute value of the argument.\n- @see Math#absExact(int)\n",
                JavadocText.tags(ABS, true));
    }
}
