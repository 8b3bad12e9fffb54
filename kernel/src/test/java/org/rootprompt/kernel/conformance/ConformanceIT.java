package org.rootprompt.kernel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.rootprompt.kernel.conformance.JupyterHarness.Result;
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
    private static final ObjectMapper JSON = JupyterHarness.JSON;

    @TempDir
    static Path tmp;

    private static String python;
    private static Path repo;
    private static Path pythonTests;
    private static Map<String, String> jupyterEnv;

    @BeforeAll
    static void kernelspec() throws IOException {
        python = JupyterHarness.python();
        repo = JupyterHarness.repo();
        pythonTests = repo.resolve("kernel/src/test/python");
        requirePythonModule("jupyter_client", true);

        // The kernelspec, written by `rootprompt install --prefix` as a user would (this also
        // exercises install): <tmp>/prefix/share/jupyter/kernels/root-java with a copy of the jar.
        Path jupyterPath = JupyterHarness.installKernelspec(tmp, KERNEL_NAME);
        JsonNode spec = JSON.readTree(jupyterPath.resolve("kernels").resolve(KERNEL_NAME).resolve("kernel.json").toFile());
        assertEquals("java", spec.path("language").asText(), "language in kernel.json");
        assertTrue(spec.path("argv").toString().contains("{connection_file}"), "argv in kernel.json");
        jupyterEnv = JupyterHarness.jupyterEnv(tmp, jupyterPath, KERNEL_NAME);
    }

    @Test
    void conformanceSuite() {
        requirePythonModule("jupyter_kernel_test", false);
        requirePythonModule("jsonschema", false);
        Result r = run(pythonTests, SUITE_TIMEOUT,
                python, "-m", "unittest", "-v", "test_conformance");
        r.assertExit0("jupyter_kernel_test suite");

        Matcher ran = Pattern.compile("(?m)^Ran (\\d+) tests? in").matcher(r.output());
        assertTrue(ran.find(), "no unittest summary in the output:\n" + r.output());
        // the 12 tests of jupyter_kernel_test 0.4.5 minus test_pager, plus our own
        assertTrue(Integer.parseInt(ran.group(1)) >= 11, "too few tests ran:\n" + r.output());
        for (String test : List.of("test_kernel_info", "test_execute_stdout", "test_execute_stderr",
                "test_completion", "test_is_complete", "test_error", "test_execute_result",
                "test_display_data", "test_history", "test_inspect", "test_clear_output")) {
            // (the kernel's own stderr shares the stream, so do not insist on whole lines)
            assertTrue(r.output().contains(test + " ("), test + " did not run:\n" + r.output());
        }
        // a skipped test (or sub-test, e.g. one history access type) would hide a missing feature
        assertFalse(r.output().contains("skipped"), "a test was skipped:\n" + r.output());
        assertFalse(r.output().contains("expected failure"), "an expected failure:\n" + r.output());
        // "OK (skipped=1)" would not match
        assertTrue(Pattern.compile("(?m)^OK\\s*$").matcher(r.output()).find(), "suite not OK:\n" + r.output());
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
        assertTrue(r.output().contains("OK: console session"), r.output());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static JsonNode executeNotebook(Path notebook, String outDirName) throws IOException {
        Path executed = JupyterHarness.executeNotebook(notebook, tmp.resolve("notebooks-out").resolve(outDirName),
                jupyterEnv, KERNEL_NAME, NOTEBOOK_TIMEOUT);
        return JSON.readTree(executed.toFile());
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
        if (r.exit() == 0) {
            return;
        }
        String message = python + " cannot import " + module + " (on Debian: apt-get install "
                + "python3-jupyter-client python3-jupyter-kernel-test python3-nbconvert python3-nbclient "
                + "python3-jupyter-console python3-jsonschema; or set ROOTPROMPT_PYTHON)\n" + r.output();
        if (skippable) {
            JupyterHarness.missingTool(message);
        }
        fail(message);
    }

    private static Result run(Path dir, Duration timeout, String... command) {
        return JupyterHarness.run(dir, jupyterEnv == null ? Map.of() : jupyterEnv, timeout, command);
    }
}
