package org.rootprompt.kernel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel driven by real Jupyter clients (Debian's jupyter_client 7.4, jupyter_kernel_test 0.4.5,
 * nbconvert 6.5 / nbclient, jupyter_console 6.4), each run as a subprocess against the kernelspec
 * {@code root-java} that {@code rootprompt install --prefix <tmp>/prefix} writes, found through
 * {@code JUPYTER_PATH=<tmp>/prefix/share/jupyter} (JUPYTER_DATA_DIR, JUPYTER_RUNTIME_DIR and
 * JUPYTER_CONFIG_DIR point into the temporary folder too, so the user's Jupyter setup is not touched):
 * <ul>
 *   <li>{@code kernel/src/test/python/test_conformance.py}: the protocol conformance suite, no skips allowed;</li>
 *   <li>{@code nbconvert --execute} of a notebook (ours, and {@code examples/java-basics.ipynb} when it exists);</li>
 *   <li>{@code kernel/src/test/python/console_session.py}: {@code jupyter console} fed through a pipe.</li>
 * </ul>
 * Python is {@code $ROOTPROMPT_PYTHON} or {@code /usr/bin/python3}. With {@code CI=true} a missing Python
 * package fails the test; otherwise the tests are skipped only when that Python lacks jupyter_client.
 */
class ConformanceIT {
    private static final String KERNEL_NAME = "root-java";
    private static final Duration SUITE_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration NOTEBOOK_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration CONSOLE_TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static String python;
    private static Path repo;
    private static Path pythonTests;
    private static Map<String, String> jupyterEnv;
    private static Path jupyterPath;

    @BeforeAll
    static void kernelspec() throws IOException {
        String env = System.getenv("ROOTPROMPT_PYTHON");
        python = env != null && !env.isBlank() ? env : "/usr/bin/python3";
        repo = Path.of(property("rootprompt.repo")).toAbsolutePath().normalize();
        pythonTests = repo.resolve("kernel/src/test/python");
        Path jar = Path.of(property("rootprompt.jar")).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(jar), "kernel jar not built: " + jar);

        requirePythonModule("jupyter_client", true);

        // The kernelspec, written by `rootprompt install --prefix` as a user would (this also
        // exercises install): <tmp>/prefix/share/jupyter/kernels/root-java with a copy of the jar.
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path prefix = tmp.resolve("prefix");
        Result install = run(tmp, Duration.ofSeconds(60), java.toString(), "-jar", jar.toString(),
                "install", "--prefix", prefix.toString(), "--language", "java", "--name", KERNEL_NAME);
        install.assertExit0("rootprompt install --prefix");
        jupyterPath = prefix.resolve("share").resolve("jupyter");
        Path kernelJson = jupyterPath.resolve("kernels").resolve(KERNEL_NAME).resolve("kernel.json");
        assertTrue(Files.isRegularFile(kernelJson), "install wrote no " + kernelJson + "\n" + install.output);
        JsonNode spec = JSON.readTree(kernelJson.toFile());
        assertEquals("java", spec.path("language").asText(), "language in " + kernelJson);
        assertTrue(spec.path("argv").toString().contains("{connection_file}"), "argv in " + kernelJson);

        jupyterEnv = Map.of(
                "JUPYTER_PATH", jupyterPath.toString(),
                "JUPYTER_DATA_DIR", tmp.resolve("data").toString(),
                "JUPYTER_RUNTIME_DIR", tmp.resolve("runtime").toString(),
                "JUPYTER_CONFIG_DIR", tmp.resolve("config").toString(),
                "IPYTHONDIR", tmp.resolve("ipython").toString(),
                "ROOTPROMPT_KERNEL_NAME", KERNEL_NAME,
                // no __pycache__ in the source tree
                "PYTHONDONTWRITEBYTECODE", "1",
                "PYTHONUNBUFFERED", "1");
    }

    @Test
    void conformanceSuite() {
        requirePythonModule("jupyter_kernel_test", false);
        requirePythonModule("jsonschema", false);
        Result r = run(pythonTests, SUITE_TIMEOUT,
                python, "-m", "unittest", "-v", "test_conformance");
        r.assertExit0("jupyter_kernel_test suite");

        Matcher ran = Pattern.compile("(?m)^Ran (\\d+) tests? in").matcher(r.output);
        assertTrue(ran.find(), "no unittest summary in the output:\n" + r.output);
        // the 12 tests of jupyter_kernel_test 0.4.5 minus test_pager, plus our own
        assertTrue(Integer.parseInt(ran.group(1)) >= 11, "too few tests ran:\n" + r.output);
        for (String test : List.of("test_kernel_info", "test_execute_stdout", "test_execute_stderr",
                "test_completion", "test_is_complete", "test_error", "test_execute_result",
                "test_display_data", "test_history", "test_inspect", "test_clear_output")) {
            // (the kernel's own stderr shares the stream, so do not insist on whole lines)
            assertTrue(r.output.contains(test + " ("), test + " did not run:\n" + r.output);
        }
        // a skipped test (or sub-test, e.g. one history access type) would hide a missing feature
        assertFalse(r.output.contains("skipped"), "a test was skipped:\n" + r.output);
        assertFalse(r.output.contains("expected failure"), "an expected failure:\n" + r.output);
        // "OK (skipped=1)" would not match
        assertTrue(Pattern.compile("(?m)^OK\\s*$").matcher(r.output).find(), "suite not OK:\n" + r.output);
    }

    @Test
    void nbconvertExecutesOurNotebook() throws IOException {
        requirePythonModule("nbconvert", false);
        requirePythonModule("nbclient", false);
        Path source = tmp.resolve("notebooks-in/java-smoke.ipynb");
        Files.createDirectories(source.getParent());
        try (InputStream in = ConformanceIT.class.getResourceAsStream("/conformance/java-smoke.ipynb")) {
            assertTrue(in != null, "test resource conformance/java-smoke.ipynb missing");
            Files.copy(in, source);
        }
        JsonNode nb = executeNotebook(source, "smoke");
        List<JsonNode> cells = codeCells(nb);
        assertEquals(6, cells.size());
        assertEquals("42", text(output(cells.get(0), "execute_result").path("data").path("text/plain")));
        assertEquals("hello from nbconvert\n", text(output(cells.get(1), "stream").path("text")));
        assertEquals("<b>bold from nbconvert</b>",
                text(output(cells.get(2), "display_data").path("data").path("text/html")));
        // nbclient applied the update_display_data to the output with that display id
        assertEquals("after update", text(output(cells.get(3), "display_data").path("data").path("text/plain")));
        assertEquals("from bash\n", text(output(cells.get(4), "stream").path("text")));
        assertEquals("55", text(output(cells.get(5), "execute_result").path("data").path("text/plain")));
        for (int i = 0; i < cells.size(); i++) {
            assertEquals(i + 1, cells.get(i).path("execution_count").asInt(), "execution_count of cell " + i);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"java-basics.ipynb", "java-histograms.ipynb", "java-graphics.ipynb"})
    void nbconvertExecutesExampleNotebook(String name) throws IOException {
        Path example = repo.resolve("examples").resolve(name);
        assertTrue(Files.isRegularFile(example), example + " is missing");
        requirePythonModule("nbconvert", false);
        requirePythonModule("nbclient", false);
        JsonNode nb = executeNotebook(example, "example-" + name.replace(".ipynb", ""));
        List<JsonNode> cells = codeCells(nb);
        assertFalse(cells.isEmpty(), "no code cells in " + example);
        int withOutputs = 0;
        for (JsonNode cell : cells) {
            if (cell.path("outputs").size() > 0) {
                withOutputs++;
            }
            for (JsonNode out : cell.path("outputs")) {
                assertFalse("error".equals(out.path("output_type").asText()),
                        "error output in " + example + ": " + out);
            }
        }
        assertTrue(withOutputs > 0, "the executed example notebook has no outputs");
    }

    @Test
    void nbconvertKeepsTheCanvasesOfTheGraphicsExample() throws IOException {
        requirePythonModule("nbconvert", false);
        JsonNode nb = executeNotebook(repo.resolve("examples").resolve("java-graphics.ipynb"), "graphics-canvases");
        List<JsonNode> cells = codeCells(nb);
        int pictures = 0;
        int interactive = 0;
        for (JsonNode cell : cells) {
            for (JsonNode out : cell.path("outputs")) {
                if ("display_data".equals(out.path("output_type").asText()) && out.path("data").has("image/png")) {
                    pictures++;
                    interactive += out.path("data").has("text/html") ? 1 : 0;
                }
            }
        }
        assertEquals(4, pictures, "one PNG for each canvas drawn: c1, c2, c3, and c1 again with %jsroot on");
        assertEquals(1, interactive, "only the %jsroot on cell carries JSROOT HTML");
    }

    @Test
    void consoleSession() {
        requirePythonModule("jupyter_console", false);
        Result r = run(pythonTests, CONSOLE_TIMEOUT.plusSeconds(30),
                python, "console_session.py", "--kernel", KERNEL_NAME, "--python", python,
                "--timeout", String.valueOf(CONSOLE_TIMEOUT.toSeconds()));
        r.assertExit0("jupyter console session");
        assertTrue(r.output.contains("OK: console session"), r.output);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static JsonNode executeNotebook(Path notebook, String outDirName) throws IOException {
        Path outDir = tmp.resolve("notebooks-out").resolve(outDirName);
        Files.createDirectories(outDir);
        Result r = run(tmp, NOTEBOOK_TIMEOUT,
                python, "-m", "nbconvert", "--to", "notebook", "--execute", notebook.toString(),
                "--output-dir", outDir.toString(),
                "--ExecutePreprocessor.kernel_name=" + KERNEL_NAME,
                "--ExecutePreprocessor.timeout=120");
        r.assertExit0("nbconvert --execute " + notebook);
        Path executed = outDir.resolve(notebook.getFileName());
        assertTrue(Files.isRegularFile(executed), "nbconvert wrote no " + executed + "\n" + r.output);
        JsonNode nb = JSON.readTree(executed.toFile());
        assertEquals("java", nb.path("metadata").path("language_info").path("name").asText(),
                "language_info copied from kernel_info_reply");
        return nb;
    }

    private static List<JsonNode> codeCells(JsonNode nb) {
        List<JsonNode> cells = new ArrayList<>();
        for (JsonNode cell : nb.path("cells")) {
            if ("code".equals(cell.path("cell_type").asText())) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** The only output of a cell, which must have the given type. */
    private static JsonNode output(JsonNode cell, String type) {
        JsonNode outputs = cell.path("outputs");
        assertEquals(1, outputs.size(), "outputs of " + cell);
        assertEquals(type, outputs.get(0).path("output_type").asText(), "output of " + cell);
        return outputs.get(0);
    }

    /** nbformat multiline strings are a string or a list of lines. */
    private static String text(JsonNode node) {
        if (node.isArray()) {
            StringBuilder sb = new StringBuilder();
            node.forEach(n -> sb.append(n.asText()));
            return sb.toString();
        }
        assertTrue(node.isTextual(), "expected text, got " + node);
        return node.asText();
    }

    private static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Skips (outside CI, and only for jupyter_client) or fails when {@code python} cannot import the module.
     */
    private static void requirePythonModule(String module, boolean skippable) {
        Result r;
        try {
            r = run(tmp, Duration.ofSeconds(60), python, "-c", "import " + module);
        } catch (UncheckedIOException e) {
            r = new Result(-1, "cannot run " + python + ": " + e.getCause());
        }
        if (r.exit == 0) {
            return;
        }
        String message = python + " cannot import " + module + " (on Debian: apt-get install "
                + "python3-jupyter-client python3-jupyter-kernel-test python3-nbconvert python3-nbclient "
                + "python3-jupyter-console python3-jsonschema; or set ROOTPROMPT_PYTHON)\n" + r.output;
        if (skippable && !ci()) {
            assumeTrue(false, message);
        }
        fail(message);
    }

    private record Result(int exit, String output) {
        void assertExit0(String what) {
            if (exit != 0) {
                fail(what + " exited with " + exit + ". Output:\n" + output);
            }
            // visible in the failsafe report and the CI log even when it passes
            System.out.println("---- " + what + " ----\n" + output);
        }
    }

    private static Result run(Path dir, Duration timeout, String... command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(jupyterEnv == null ? Map.of() : jupyterEnv);
        pb.redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                in.transferTo(buffer);
            } catch (IOException ignored) {
                // the process was killed
            }
        }, "subprocess-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                // kill the kernel too, not only the Python client
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                reader.join(5000);
                fail("timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command)
                        + "\nOutput so far:\n" + output(buffer));
            }
            reader.join(10000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("interrupted: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), "$ " + String.join(" ", command) + "\n" + output(buffer));
    }

    private static String output(ByteArrayOutputStream buffer) {
        synchronized (buffer) {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank(), "system property " + name + " not set (run with mvn verify)");
        return value;
    }
}
