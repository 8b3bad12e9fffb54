package org.rootprompt.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MagicRegistryTest {
    @TempDir
    Path dir;

    /** A context that records what magics ask of the kernel. */
    final class FakeContext implements MagicContext {
        final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        final List<String> ran = new ArrayList<>();
        final List<Path> classpath = new ArrayList<>();
        final MagicRegistry registry = MagicRegistry.withBuiltins();

        @Override public PrintStream out() { return out; }
        @Override public PrintStream err() { return err; }
        @Override public void runCode(String code, String language, int firstLine) { ran.add(language + "@" + firstLine + ":" + code); }
        @Override public void addToClasspath(Path entry) { classpath.add(entry); }
        @Override public Path workingDirectory() { return dir; }
        @Override public MagicRegistry registry() { return registry; }
        @Override public void onInterrupt(Runnable action) { }

        String stdout() { return outBytes.toString(StandardCharsets.UTF_8); }
    }

    @Test
    void lsmagicListsLineAndCellMagics() throws Exception {
        FakeContext ctx = new FakeContext();
        ctx.registry.runLine("lsmagic", "", ctx);
        assertTrue(ctx.stdout().contains("%lsmagic"), ctx.stdout());
        assertTrue(ctx.stdout().contains("%%bash"), ctx.stdout());
        assertTrue(ctx.stdout().contains("%%cpp"), ctx.stdout());
    }

    @Test
    void unknownMagicsAreUsageErrorsThatNameTheMagic() {
        FakeContext ctx = new FakeContext();
        MagicException e = assertThrows(MagicException.class, () -> ctx.registry.runLine("nosuch", "", ctx));
        assertEquals("UsageError", e.ename());
        assertTrue(e.getMessage().contains("%nosuch"));
        MagicException hint = assertThrows(MagicException.class, () -> ctx.registry.runLine("bash", "", ctx));
        assertTrue(hint.getMessage().contains("%%bash"), hint.getMessage());
    }

    @Test
    void cppOptionsAreRootsOptions() throws Exception {
        FakeContext ctx = new FakeContext();
        ctx.registry.runCell("cpp", "-d", "void f() {}", 2, ctx);
        ctx.registry.runCell("cpp", "--aclic", "int g() { return 1; }", 2, ctx);
        ctx.registry.runCell("cpp", "", "f();", 2, ctx);
        ctx.registry.runCell("java", "", "1+1", 2, ctx);
        assertEquals(List.of("cpp-declare@2:void f() {}", "cpp-aclic@2:int g() { return 1; }", "cpp@2:f();", "java@2:1+1"), ctx.ran);
        assertTrue(assertThrows(MagicException.class, () -> ctx.registry.runCell("cpp", "-x", "", 2, ctx))
                .getMessage().contains("-x"));
    }

    @Test
    void bashStreamsOutputAndReportsTheExitStatus() throws Exception {
        FakeContext ctx = new FakeContext();
        ctx.registry.runCell("bash", "", "echo out; echo err >&2; pwd", 2, ctx);
        assertTrue(ctx.stdout().startsWith("out\n"), ctx.stdout());
        assertTrue(ctx.stdout().contains(dir.toRealPath().toString()), "runs in the working directory");
        assertEquals("err\n", ctx.errBytes.toString(StandardCharsets.UTF_8));
        MagicException e = assertThrows(MagicException.class, () -> ctx.registry.runCell("sh", "", "exit 3", 2, ctx));
        assertEquals("CalledProcessError", e.ename());
        assertTrue(e.getMessage().contains("3"));
    }

    @Test
    void timePrintsTheWallTimeAfterRunningTheCode() throws Exception {
        FakeContext ctx = new FakeContext();
        ctx.registry.runCell("time", "", "work()", 2, ctx);
        assertEquals(List.of("null@2:work()"), ctx.ran);
        assertTrue(ctx.stdout().matches("Time: \\d+\\.\\d{6} seconds\\.\\R"), ctx.stdout());
    }

    @Test
    void classpathExpandsGlobsAndRejectsMissingFiles() throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/b.jar"), "");
        Files.writeString(dir.resolve("lib/a.jar"), "");
        FakeContext ctx = new FakeContext();
        ctx.registry.runLine("classpath", "lib/*.jar", ctx);
        assertEquals(List.of(dir.resolve("lib/a.jar"), dir.resolve("lib/b.jar")), ctx.classpath);
        assertTrue(assertThrows(MagicException.class, () -> ctx.registry.runLine("jars", "nothere.jar", ctx))
                .getMessage().contains("nothere.jar"));
        assertThrows(MagicException.class, () -> ctx.registry.runLine("classpath", "", ctx));
    }
}
