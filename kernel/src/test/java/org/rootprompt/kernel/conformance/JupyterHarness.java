package org.rootprompt.kernel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
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

/**
 * What the integration tests share: the kernelspec that {@code rootprompt install --prefix} writes into
 * a temporary folder, a Jupyter environment confined to that folder, and subprocesses run to the end.
 */
final class JupyterHarness {
    static final ObjectMapper JSON = new ObjectMapper();

    private JupyterHarness() {}

    /** {@code $ROOTPROMPT_PYTHON}, else Debian's Python, which has the Jupyter packages. */
    static String python() {
        String env = System.getenv("ROOTPROMPT_PYTHON");
        return env != null && !env.isBlank() ? env : "/usr/bin/python3";
    }

    static Path repo() {
        return Path.of(property("rootprompt.repo")).toAbsolutePath().normalize();
    }

    static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips the test outside CI, fails it in CI (which installs every tool the tests need). */
    static void missingTool(String message) {
        if (!ci()) {
            assumeTrue(false, message + " (skipped outside CI; CI=true makes this a failure)");
        }
        fail(message);
    }

    /**
     * Installs the kernelspec {@code name} (Java cells) with {@code rootprompt install --prefix <tmp>/prefix}
     * as a user would, plus {@code extraArgs}; returns the folder to put in JUPYTER_PATH.
     */
    static Path installKernelspec(Path tmp, String name, String... extraArgs) throws IOException {
        Path jar = Path.of(property("rootprompt.jar")).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(jar), "kernel jar not built: " + jar);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path prefix = tmp.resolve("prefix");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString(),
                "install", "--prefix", prefix.toString(), "--language", "java", "--name", name));
        command.addAll(List.of(extraArgs));
        Result install = run(tmp, Map.of(), Duration.ofSeconds(60), command.toArray(String[]::new));
        install.assertExit0("rootprompt install --prefix");
        Path jupyterPath = prefix.resolve("share").resolve("jupyter");
        Path kernelJson = jupyterPath.resolve("kernels").resolve(name).resolve("kernel.json");
        assertTrue(Files.isRegularFile(kernelJson), "install wrote no " + kernelJson + "\n" + install.output());
        return jupyterPath;
    }

    /** JUPYTER_PATH finds the temporary kernelspec; Jupyter's data, runtime and config stay in tmp. */
    static Map<String, String> jupyterEnv(Path tmp, Path jupyterPath, String kernelName) {
        return Map.of(
                "JUPYTER_PATH", jupyterPath.toString(),
                "JUPYTER_DATA_DIR", tmp.resolve("data").toString(),
                "JUPYTER_RUNTIME_DIR", tmp.resolve("runtime").toString(),
                "JUPYTER_CONFIG_DIR", tmp.resolve("config").toString(),
                "IPYTHONDIR", tmp.resolve("ipython").toString(),
                "ROOTPROMPT_KERNEL_NAME", kernelName,
                // no __pycache__ in the source tree
                "PYTHONDONTWRITEBYTECODE", "1",
                "PYTHONUNBUFFERED", "1");
    }

    /** Runs {@code nbconvert --execute} on the notebook with the given kernel; returns the executed copy in outDir. */
    static Path executeNotebook(Path notebook, Path outDir, Map<String, String> env, String kernelName,
            Duration timeout) throws IOException {
        Files.createDirectories(outDir);
        Result r = run(outDir, env, timeout,
                python(), "-m", "nbconvert", "--to", "notebook", "--execute", notebook.toString(),
                "--output-dir", outDir.toString(),
                "--ExecutePreprocessor.kernel_name=" + kernelName,
                "--ExecutePreprocessor.timeout=120");
        r.assertExit0("nbconvert --execute " + notebook);
        Path executed = outDir.resolve(notebook.getFileName());
        assertTrue(Files.isRegularFile(executed), "nbconvert wrote no " + executed + "\n" + r.output());
        JsonNode nb = JSON.readTree(executed.toFile());
        assertEquals("java", nb.path("metadata").path("language_info").path("name").asText(),
                "language_info copied from kernel_info_reply");
        return executed;
    }

    record Result(int exit, String output) {
        void assertExit0(String what) {
            if (exit != 0) {
                fail(what + " exited with " + exit + ". Output:\n" + output);
            }
            // visible in the failsafe report and the CI log even when it passes
            System.out.println("---- " + what + " ----\n" + output);
        }
    }

    /** Runs a command to its end (killing it and its children after {@code timeout}), stdin from /dev/null. */
    static Result run(Path dir, Map<String, String> env, Duration timeout, String... command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
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
                destroyWithChildren(p);
                reader.join(5000);
                fail("timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command)
                        + "\nOutput so far:\n" + output(buffer));
            }
            reader.join(10000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            destroyWithChildren(p);
            fail("interrupted: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), "$ " + String.join(" ", command) + "\n" + output(buffer));
    }

    /**
     * Asks the process to stop (a Jupyter server then shuts its kernels down), and after a grace period
     * kills it and every process it started; the children are listed first, since they leave its tree
     * when it dies.
     */
    static void destroyWithChildren(Process p) {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        try {
            p.waitFor(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        p.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static String output(ByteArrayOutputStream buffer) {
        synchronized (buffer) {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }

    static File nullFile() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    static String property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank(), "system property " + name + " not set (run with mvn verify)");
        return value;
    }
}
