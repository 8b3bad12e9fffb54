package org.rootprompt.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private final History history = new History(1);

    HistoryTest() {
        history.add(1, "int a = 1;", null);
        history.add(2, "a + 1", "2");
        history.add(3, "int b = 2;", null);
        history.add(4, "a + 1", "2");
    }

    private static List<Integer> lines(List<History.Entry> entries) {
        return entries.stream().map(History.Entry::line).toList();
    }

    @Test
    void tailRangeAndSearch() {
        assertEquals(List.of(3, 4), lines(history.tail(2)));
        assertEquals(List.of(2, 3), lines(history.range(0, 2, 4)));
        assertEquals(List.of(), lines(history.range(7, 1, 4)), "other sessions are unknown");
        assertEquals(List.of(1, 3), lines(history.search("int*", 0, false)));
        assertEquals(List.of(4), lines(history.search("a ? 1", 0, true)), "unique keeps the latest");
        assertEquals(List.of(2, 4), lines(history.search("a ? 1", 0, false)));
    }
}
