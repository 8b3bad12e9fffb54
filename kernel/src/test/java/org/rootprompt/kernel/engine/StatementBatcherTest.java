package org.rootprompt.kernel.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementBatcherTest {
    @ParameterizedTest
    @ValueSource(strings = {"x++;", "x += 2;", "a.b = 3;", "System.out.println(1);", "foo();", "if (x) y();",
        "for (int i = 0; i < 3; i++) s += i;", "{ a(); }", "++x;", "// note\nx = 1;", "new Thread(r).start();",
        "obj.field.method (1);"})
    void plainStatementsMayShareACompilation(String snippet) {
        assertTrue(StatementBatcher.isPlainStatement(snippet), snippet);
    }

    /** Declarations must stay separate snippets, or they would stop being session variables. */
    @ParameterizedTest
    @ValueSource(strings = {"int x = 1;", "String s = \"a\";", "var v = 2;", "List<String> l = new ArrayList<>();",
        "int[] a = {1};", "x[0] = 1;", "Foo.Bar b = null;", "void f() {}", "class A {}", "record R(int a) {}",
        "import java.util.*;", "final int k = 3;", "x == 1;", "1 + 1;", "x", "/* c */ double d;"})
    void declarationsAndOddExpressionsStandAlone(String snippet) {
        assertFalse(StatementBatcher.isPlainStatement(snippet), snippet);
    }
}
