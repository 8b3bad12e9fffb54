package org.rootprompt.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellSplitterTest {
    @Test
    void plainCodeIsOneChunk() {
        List<CellSplitter.Part> parts = CellSplitter.split("int x = 1;\nx");
        assertEquals(List.of(new CellSplitter.Code("int x = 1;\nx", 1)), parts);
    }

    @Test
    void aCellMagicTakesTheRestOfTheCell() {
        List<CellSplitter.Part> parts = CellSplitter.split("\n%%cpp -d\nint f() { return 1; }\n");
        assertEquals(List.of(new CellSplitter.CellMagicCall("cpp", "-d", "int f() { return 1; }\n", 3)), parts);
    }

    @Test
    void lineMagicsSplitTheCodeAndKeepLineNumbers() {
        List<CellSplitter.Part> parts = CellSplitter.split("%classpath lib/*.jar\nint a = 1;\n%time a + 1\nb");
        assertEquals(4, parts.size());
        assertEquals(new CellSplitter.LineMagicCall("classpath", "lib/*.jar", 1), parts.get(0));
        assertEquals(new CellSplitter.Code("int a = 1;\n", 2), parts.get(1));
        assertEquals(new CellSplitter.LineMagicCall("time", "a + 1", 3), parts.get(2));
        assertEquals(new CellSplitter.Code("b", 4), parts.get(3));
    }

    @Test
    void percentInsideAnExpressionIsNotAMagic() {
        List<CellSplitter.Part> parts = CellSplitter.split("int r = 7\n  % 3;");
        assertInstanceOf(CellSplitter.Code.class, parts.get(0));
        assertEquals(1, parts.size());
    }
}
