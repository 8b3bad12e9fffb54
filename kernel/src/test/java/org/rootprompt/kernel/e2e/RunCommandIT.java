package org.rootprompt.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rootprompt run}, as a user runs it: {@code java -jar rootprompt.jar run NOTEBOOK}, in a
 * process of its own, which starts its own kernel process. No kernelspec is installed in the
 * environment it sees (HOME, JUPYTER_DATA_DIR and JUPYTER_PATH point into a temporary folder), so the
 * fallback to the jar's own kernel is what runs, except where a test installs a kernelspec itself.
 */
class RunCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void noSystemKernelspec() {
        for (String dir : List.of("/usr/local/share/jupyter/kernels", "/usr/share/jupyter/kernels")) {
            assumeFalse(Files.exists(Path.of(dir, "root-java")) || Files.exists(Path.of(dir, "root")),
                    "a system-wide root kernelspec would be used instead of the jar under test");
        }
    }

    record Run(int exit, String stdout, String stderr, long millis) {
        @Override
        public String toString() {
            return "exit " + exit + " after " + millis + " ms\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    private static Run run(Path home, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", E2e.jar().toString(), "run"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        env.put("JUPYTER_DATA_DIR", home.resolve("data").toString());
        env.put("JUPYTER_PATH", home.resolve("path").toString());
        env.remove("XDG_DATA_HOME");
        env.remove("CONDA_PREFIX");
        env.remove("VIRTUAL_ENV");
        Path out = Files.createTempFile(tmp, "run", ".out");
        Path err = Files.createTempFile(tmp, "run", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("rootprompt run did not finish in 90 s:\n" + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err), (System.nanoTime() - t0) / 1_000_000);
    }

    private static Path notebook(Path dir, String name, String kernel, String... sources) throws IOException {
        ObjectNode nb = JSON.createObjectNode();
        ArrayNode cells = nb.putArray("cells");
        cells.addObject().put("cell_type", "markdown").put("id", "intro").putObject("metadata");
        ((ObjectNode) cells.get(0)).put("source", "# A test notebook");
        int i = 0;
        for (String source : sources) {
            ObjectNode cell = cells.addObject().put("cell_type", "code").put("id", "c" + i++);
            cell.putNull("execution_count");
            cell.putObject("metadata");
            cell.putArray("outputs");
            cell.put("source", source);
        }
        ObjectNode md = nb.putObject("metadata");
        if (kernel != null) {
            md.putObject("kernelspec").put("name", kernel).put("display_name", kernel).put("language", "java");
        }
        md.put("custom_key", "kept");
        nb.put("nbformat", 4).put("nbformat_minor", 5);
        Path file = dir.resolve(name);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(nb));
        return file;
    }

    private static List<JsonNode> codeCells(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode c : JSON.readTree(file.toFile()).path("cells")) {
            if (c.path("cell_type").asText().equals("code")) {
                out.add(c);
            }
        }
        return out;
    }

    private static String text(JsonNode multiline) {
        if (multiline.isArray()) {
            StringBuilder sb = new StringBuilder();
            multiline.forEach(l -> sb.append(l.asText()));
            return sb.toString();
        }
        return multiline.asText();
    }

    @Test
    void runsTheJavaExampleNotebook() throws Exception {
        Path example = E2e.repo().resolve("examples/java-basics.ipynb");
        assertTrue(Files.isRegularFile(example), "missing " + example);
        Path dir = Files.createDirectories(tmp.resolve("example"));
        Path input = Files.copy(example, dir.resolve("java-basics.ipynb"));
        Run r = run(dir, input.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.stderr().contains("not installed; running this program's own kernel"), r.toString());

        Path output = dir.resolve("java-basics.nbconvert.ipynb");
        assertTrue(Files.isRegularFile(output), "the default output is NOTEBOOK.nbconvert.ipynb beside the input");
        JsonNode nb = JSON.readTree(output.toFile());
        assertEquals(4, nb.path("nbformat").asInt());
        assertEquals("java", nb.path("metadata").path("language_info").path("name").asText());
        assertEquals("root-java", nb.path("metadata").path("kernelspec").path("name").asText());

        List<JsonNode> cells = codeCells(output);
        int expected = 1;
        for (JsonNode cell : cells) {
            assertEquals(expected++, cell.path("execution_count").asInt(), cell.toString());
            for (JsonNode out : cell.path("outputs")) {
                assertFalse(out.path("output_type").asText().equals("error"), "an error in the example: " + out);
            }
        }
        long summaryLines = r.stdout().lines().filter(l -> l.matches("\\[\\d+] ok +\\d+\\.\\d\\ds  .*")).count();
        assertEquals(cells.size(), summaryLines, "one summary line per code cell:\n" + r.stdout());
        // the progress display shows its last state, in place
        JsonNode progress = cells.stream().filter(c -> text(c.path("source")).contains("updateDisplay(progress"))
                .findFirst().orElseThrow().path("outputs");
        assertEquals(1, progress.size(), progress.toString());
        assertEquals("Step 3 of 3", text(progress.get(0).path("data").path("text/plain")), "update_display_data applied");
    }

    @Test
    void outputsFollowNbclientRules() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("rules"));
        Path input = notebook(dir, "rules.ipynb", "root-java",
                "var shown = display(\"first\");",
                "updateDisplay(shown, \"second\");\nSystem.out.println(\"gone\");\nclearOutput(true);\nSystem.out.println(\"kept\");",
                "System.out.print(\"a\");\nSystem.out.flush();\nThread.sleep(150);\nSystem.out.print(\"b\");\n"
                        + "System.err.print(\"E\");\nSystem.err.flush();\nThread.sleep(150);\nSystem.out.println(\"c\");",
                "System.out.println(\"to clear\");\nclearOutput();\n6 * 7",
                "%%bash\npwd",
                "   ");
        Path out = dir.resolve("custom-name.ipynb");
        Run r = run(dir, input.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.toString());
        List<JsonNode> cells = codeCells(out);

        JsonNode display = cells.get(0).path("outputs");
        assertEquals(1, display.size(), display.toString());
        assertEquals("display_data", display.get(0).path("output_type").asText());
        assertEquals("second", text(display.get(0).path("data").path("text/plain")), "updated in place");
        assertFalse(display.get(0).has("transient"), "transient is not stored");

        JsonNode cleared = cells.get(1).path("outputs");
        assertEquals(1, cleared.size(), cleared.toString());
        assertEquals("kept\n", text(cleared.get(0).path("text")), "clear_output(wait=true) clears before the next output");

        JsonNode streams = cells.get(2).path("outputs");
        assertEquals(3, streams.size(), "stdout, stderr, stdout in order: " + streams);
        assertEquals("ab", text(streams.get(0).path("text")), "consecutive stdout chunks merge");
        assertEquals("stderr", streams.get(1).path("name").asText());
        assertEquals("c\n", text(streams.get(2).path("text")));

        JsonNode result = cells.get(3).path("outputs");
        assertEquals(1, result.size(), result.toString());
        assertEquals("execute_result", result.get(0).path("output_type").asText());
        assertEquals(cells.get(3).path("execution_count").asInt(), result.get(0).path("execution_count").asInt());
        assertEquals("42", text(result.get(0).path("data").path("text/plain")));

        assertEquals(dir.toRealPath().toString() + "\n", text(cells.get(4).path("outputs").get(0).path("text")),
                "the kernel runs in the notebook's folder");

        assertTrue(cells.get(5).path("execution_count").isNull(), "a blank cell is not run");
        assertEquals("kept", JSON.readTree(out.toFile()).path("metadata").path("custom_key").asText(),
                "metadata is kept");
    }

    @Test
    void stopsAtTheFirstErrorAndFails() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("error"));
        Path input = notebook(dir, "error.ipynb", null,
                "int before = 1;",
                "int broken = \"text\";",
                "int after = 2;");
        Run r = run(dir, input.toString(), "--kernel", "root-java");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.stdout().contains("[1] ok"), r.toString());
        assertTrue(r.stdout().lines().anyMatch(l -> l.matches("\\[2] error .*CompilationError: line 1, column 14.*")),
                r.toString());
        assertFalse(r.stdout().contains("[3]"), r.toString());
        assertTrue(r.stderr().contains("incompatible types"), "the traceback is shown: " + r);

        List<JsonNode> cells = codeCells(dir.resolve("error.nbconvert.ipynb"));
        assertEquals("error", cells.get(1).path("outputs").get(0).path("output_type").asText());
        assertEquals("CompilationError", cells.get(1).path("outputs").get(0).path("ename").asText());
        assertTrue(cells.get(2).path("execution_count").isNull(), "the cell after the error did not run");
        assertEquals("root-java", JSON.readTree(dir.resolve("error.nbconvert.ipynb").toFile())
                .path("metadata").path("kernelspec").path("name").asText(), "a missing kernelspec is filled in");
    }

    @Test
    void allowErrorsRunsEverythingAndSucceeds() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("allow"));
        Path input = notebook(dir, "allow.ipynb", "root-java",
                "throw new IllegalStateException(\"expected\");",
                "int after = 2;\nafter");
        Run r = run(dir, input.toString(), "--allow-errors");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.stdout().contains("[1] error") && r.stdout().contains("java.lang.IllegalStateException: expected"),
                r.toString());
        assertTrue(r.stdout().contains("[2] ok"), r.toString());
        List<JsonNode> cells = codeCells(dir.resolve("allow.nbconvert.ipynb"));
        JsonNode error = cells.get(0).path("outputs").get(0);
        assertEquals("error", error.path("output_type").asText());
        assertEquals("expected", error.path("evalue").asText());
        assertTrue(error.path("traceback").size() > 0);
        assertEquals("2", text(cells.get(1).path("outputs").get(0).path("data").path("text/plain")));
    }

    @Test
    void aCellOverTheTimeoutIsInterruptedAndFails() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("timeout"));
        Path input = notebook(dir, "timeout.ipynb", "root-java",
                "int quick = 1;",
                "while (true) {}",
                "int never = 1;");
        Run r = run(dir, input.toString(), "--timeout", "2", "--allow-errors");
        assertEquals(1, r.exit(), "a timeout fails the run even with --allow-errors: " + r);
        assertTrue(r.stdout().lines().anyMatch(l -> l.startsWith("[2] timeout")), r.toString());
        assertTrue(r.millis() < 30_000, r.toString());
        List<JsonNode> cells = codeCells(dir.resolve("timeout.nbconvert.ipynb"));
        assertEquals("error", cells.get(1).path("outputs").get(0).path("output_type").asText(), cells.get(1).toString());
        assertTrue(cells.get(2).path("execution_count").isNull());
    }

    @Test
    void usesAnInstalledKernelspec() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("spec"));
        Path specDir = Files.createDirectories(dir.resolve("path/kernels/root-java"));
        ObjectNode spec = JSON.createObjectNode();
        ArrayNode argv = spec.putArray("argv");
        for (String a : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmarker.from.spec=${RUN_IT_MARKER}", "-jar", E2e.jar().toString(),
                "kernel", "--language", "java", "-f", "{connection_file}")) {
            argv.add(a);
        }
        spec.put("display_name", "Spec under test").put("language", "java").put("interrupt_mode", "message");
        spec.putObject("env").put("FROM_SPEC", "home=${HOME}");
        Files.writeString(specDir.resolve("kernel.json"), JSON.writeValueAsString(spec));
        Path input = notebook(dir, "spec.ipynb", "root-java",
                "System.getenv(\"FROM_SPEC\") + \" \" + System.getProperty(\"marker.from.spec\")");
        Run r = run(dir, input.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.stderr().contains(specDir.toString()), "says which kernelspec runs: " + r);
        JsonNode out = codeCells(dir.resolve("spec.nbconvert.ipynb")).get(0).path("outputs").get(0);
        assertEquals("\"home=" + dir + " ${RUN_IT_MARKER}\"", text(out.path("data").path("text/plain")),
                "env from kernel.json is set, with ${VAR} substituted; argv is not substituted");
    }

    @Test
    void reportsAKernelThatDoesNotStart() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("dead"));
        Path specDir = Files.createDirectories(dir.resolve("path/kernels/dies"));
        Files.writeString(specDir.resolve("kernel.json"),
                "{\"argv\": [\"sh\", \"-c\", \"exit 7\", \"{connection_file}\"], \"display_name\": \"dies\", \"language\": \"java\"}");
        Path missingSpec = Files.createDirectories(dir.resolve("path/kernels/missing"));
        Files.writeString(missingSpec.resolve("kernel.json"),
                "{\"argv\": [\"/no/such/program\", \"{connection_file}\"], \"display_name\": \"missing\", \"language\": \"java\"}");

        Path input = notebook(dir, "dead.ipynb", "dies", "1");
        Run dies = run(dir, input.toString());
        assertEquals(1, dies.exit(), dies.toString());
        assertTrue(dies.stderr().contains("did not start") && dies.stderr().contains("status 7"), dies.toString());
        assertFalse(Files.exists(dir.resolve("dead.nbconvert.ipynb")), "nothing ran, nothing is written");

        Run missing = run(dir, input.toString(), "--kernel", "missing");
        assertEquals(1, missing.exit(), missing.toString());
        assertTrue(missing.stderr().contains("/no/such/program"), missing.toString());
    }

    @Test
    void rejectsWhatIsNotANotebook() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bad"));
        Path notJson = Files.writeString(dir.resolve("broken.ipynb"), "{ not json");
        Run broken = run(dir, notJson.toString());
        assertEquals(2, broken.exit(), broken.toString());
        assertTrue(broken.stderr().contains("not a notebook"), broken.toString());

        Path v3 = Files.writeString(dir.resolve("old.ipynb"), "{\"nbformat\": 3, \"worksheets\": []}");
        Run old = run(dir, v3.toString());
        assertEquals(2, old.exit(), old.toString());
        assertTrue(old.stderr().contains("nbformat 3"), old.toString());

        Run missing = run(dir, dir.resolve("nope.ipynb").toString());
        assertEquals(2, missing.exit(), missing.toString());

        Run unknownKernel = run(dir, notebook(dir, "k.ipynb", "no-such-kernel", "1").toString());
        assertEquals(2, unknownKernel.exit(), unknownKernel.toString());
        assertTrue(unknownKernel.stderr().contains("no-such-kernel"), unknownKernel.toString());
    }
}
