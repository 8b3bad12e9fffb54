package org.rootprompt.kernel.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rootprompt.magics.FrontEnd.SourceMap;

class JShellEngineTest {
    static JShellEngine engine;

    @BeforeAll
    static void start() {
        engine = new JShellEngine(Session.IMPORTS);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static EvalOutcome eval(String code) {
        return engine.eval(code, SourceMap.shifted(0), "In [1]");
    }

    private static String value(String code) {
        EvalOutcome outcome = eval(code);
        assertInstanceOf(EvalOutcome.Success.class, outcome, () -> outcome.toString());
        return ((EvalOutcome.Success) outcome).display();
    }

    @Test
    void theFinalExpressionIsTheValue() {
        assertEquals("2", value("1+1"));
        assertEquals("\"ab\"", value("String s = \"a\";\ns + \"b\""));
        assertNull(value("int unused = 3;"), "a declaration shows no value");
        assertNull(value("System.out.print(\"\")"), "a void call shows no value");
    }

    @Test
    void aDisplayableValueComesBackAsTheObjectItself() {
        EvalOutcome.Success s = (EvalOutcome.Success) eval(
                "new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB)");
        assertInstanceOf(java.awt.image.BufferedImage.class, s.value());
        EvalOutcome.Success v = (EvalOutcome.Success) eval(
                "var img = new java.awt.image.BufferedImage(4, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);\nimg");
        assertEquals(4, ((java.awt.image.BufferedImage) v.value()).getWidth(), "a variable's object too");
        assertNull(((EvalOutcome.Success) eval("List.of(1, 2)")).value(), "plain objects stay text");
    }

    @Test
    void theSessionImportsReachTheLibraryAndTheDisplayApi() {
        assertEquals("\"h_7\"", value("Form(\"h_%d\", 7)"));
        assertEquals("634", value("kRed + 2"));
        assertEquals("true", value("gRandom instanceof TRandom3"));
        assertEquals("true", value("gDirectory == gROOT"));
        assertEquals("3000", value("kError"));
        assertEquals("\"x\"", value("new TH1D(\"x\", \"\", 10, 0, 1).GetName()"));
        assertEquals("true", value("new ArrayList<File>().isEmpty()"));
    }

    @Test
    void batchedStatementsKeepDeclarationsAsSessionVariables() {
        assertEquals("14", value("int n = 1;\nn += 2;\nn *= 3;\nn++;\nif (n > 5) n += 3;\nn = n + 1;\nn"));
        assertEquals("14", value("n"), "n survives the cell");
    }

    @Test
    void compileErrorsPointAtTheLineAndColumnOfTheCell() {
        EvalOutcome.Failure f = (EvalOutcome.Failure) engine.eval("int ok = 1;\nint bad = nothing + 1;",
                SourceMap.shifted(2), "In [1]");
        assertEquals("CompilationError", f.ename());
        assertTrue(f.evalue().startsWith("line 4, column 11: cannot find symbol"), f.evalue());
        assertTrue(f.traceback().get(0).contains("int bad = nothing + 1;\n              ^"), f.traceback().get(0));
    }

    @Test
    void aCompileErrorInABatchIsReportedExactlyAndEarlierSnippetsRunAsInJShell() {
        value("int counter = 0;");
        EvalOutcome.Failure f = (EvalOutcome.Failure) eval("counter++;\ncounter++;\nundefinedCall();\ncounter++;\ncounter");
        assertTrue(f.evalue().startsWith("line 3, column 1"), f.evalue());
        assertEquals("2", value("counter"), "snippets before the error ran, one by one, as JShell runs them");
    }

    @Test
    void exceptionsHaveFramesInTheUsersCells() {
        EvalOutcome.Failure f = (EvalOutcome.Failure) engine.eval(
                "void boom() {\n  throw new IllegalStateException(\"no\");\n}\nboom();", SourceMap.shifted(0), "In [7]");
        assertEquals("java.lang.IllegalStateException", f.ename());
        assertEquals("no", f.evalue());
        String trace = f.traceback().get(0);
        assertTrue(trace.contains("at boom (In [7], line 2)"), trace);
        assertTrue(trace.contains("at In [7], line 4"), trace);
    }

    @Test
    void exitEndsTheCellNotTheKernel() {
        value("int before = 5;");
        EvalOutcome.Failure f = (EvalOutcome.Failure) eval("System.exit(3);");
        assertEquals("SystemExit", f.ename());
        assertTrue(f.evalue().contains("exit(3)"));
        EvalOutcome.Failure g = (EvalOutcome.Failure) eval("Runtime.getRuntime().halt(1);");
        assertEquals("SystemExit", g.ename());
        assertEquals("5", value("before"));
    }

    @Test
    void anUnfinishedCellIsAnErrorAtItsEnd() {
        EvalOutcome.Failure f = (EvalOutcome.Failure) eval("void f() {\n  int x = 1;");
        assertTrue(f.evalue().contains("reached end of cell"), f.evalue());
    }

    @Test
    void completenessAndCompletion() {
        assertEquals("complete", engine.completeness("int a = 1;"));
        assertEquals("incomplete", engine.completeness("void f() {"));
        assertEquals("incomplete", engine.completeness("1 +"));
        assertEquals("invalid", engine.completeness("int = ;"));
        JShellEngine.Completion c = engine.complete("int q = 1;\nSyste", 16);
        assertEquals(List.of("System"), c.matches());
        assertEquals(11, c.start());
        assertEquals(16, c.end());
    }

    @Test
    void documentationOfAMethod() {
        assertTrue(engine.documentation("Math.abs", 8).stream().anyMatch(d -> d.signature().contains("Math.abs(int")));
    }
}
