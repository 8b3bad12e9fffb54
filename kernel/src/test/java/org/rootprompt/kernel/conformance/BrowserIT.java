package org.rootprompt.kernel.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rootprompt.kernel.conformance.JupyterHarness.Result;

/**
 * The notebook graphics as a user sees them: {@code examples/java-graphics.ipynb}, executed by nbconvert
 * and trusted, is opened in Debian's classic Jupyter Notebook server on 127.0.0.1 by Debian's chromium,
 * driven by Playwright ({@code kernel/src/test/browser/notebook_check.mjs}), which checks that the
 * {@code %jsroot on} cell's output drew the canvas with JSROOT, without console errors.
 * <p>
 * JSROOT is the local copy that {@code install --jsroot-dir} puts in the kernelspec (npm's jsroot from
 * {@code bench/jsroot}); the browser may reach only the notebook server, so a drawing proves that copy
 * was served. The server runs under the base URL {@code /rp/}, as behind JupyterHub, so that the
 * relative kernelspec URL must be resolved against it. The screenshot goes to
 * {@code kernel/target/browser-artifacts/}. Needs node with npm, /usr/bin/chromium (or $CHROMIUM) and
 * Python's notebook package: skipped without them, except with CI=true, where it fails.
 */
class BrowserIT {
    private static final String KERNEL_NAME = "root-java";
    private static final String BASE_URL = "/rp/";
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(4);

    @TempDir
    Path tmp;

    @Test
    void jsrootDrawsTheHistogramInTheClassicNotebook() throws Exception {
        Path repo = JupyterHarness.repo();
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        requireTools(chromium);
        Path browserScripts = repo.resolve("kernel/src/test/browser");
        Path jsroot = npmInstalled(repo.resolve("bench/jsroot"), "jsroot");
        npmInstalled(browserScripts, "playwright-core");

        Path jupyterPath = JupyterHarness.installKernelspec(tmp, KERNEL_NAME, "--jsroot-dir", jsroot.toString());
        Map<String, String> env = JupyterHarness.jupyterEnv(tmp, jupyterPath, KERNEL_NAME);
        Path notebooks = tmp.resolve("notebooks");
        Path executed = JupyterHarness.executeNotebook(repo.resolve("examples/java-graphics.ipynb"), notebooks, env,
                KERNEL_NAME, Duration.ofMinutes(3));
        // an executed notebook's HTML outputs run their scripts only when the notebook is trusted
        JupyterHarness.run(tmp, env, Duration.ofSeconds(60), JupyterHarness.python(), "-m", "nbformat.sign",
                executed.toString()).assertExit0("jupyter trust");

        Path artifacts = repo.resolve("kernel/target/browser-artifacts");
        Files.createDirectories(artifacts);
        Path screenshot = artifacts.resolve("java-graphics-classic-notebook.png");
        Files.deleteIfExists(screenshot);
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        int port = freePort();
        Path serverLog = tmp.resolve("notebook-server.log");
        ProcessBuilder server = new ProcessBuilder(JupyterHarness.python(), "-m", "notebook", "--no-browser",
                "--allow-root", "--ip=127.0.0.1", "--port=" + port, "--port-retries=0",
                "--NotebookApp.token=" + token, "--NotebookApp.base_url=" + BASE_URL,
                "--notebook-dir=" + notebooks)
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(serverLog.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(JupyterHarness.nullFile()));
        server.environment().putAll(env);
        Process notebookServer = server.start();
        try {
            String base = "http://127.0.0.1:" + port + BASE_URL;
            awaitServer(notebookServer, base + "api/status?token=" + token, serverLog);
            Result check = JupyterHarness.run(browserScripts, Map.of("CHROMIUM", chromium), BROWSER_TIMEOUT,
                    "node", "notebook_check.mjs", base + "notebooks/" + executed.getFileName() + "?token=" + token,
                    screenshot.toString(), "h", "100"); // c1's histogram: new TH1F("h", ..., 100, -4, 4)
            assertTrue(Files.isRegularFile(screenshot), "no screenshot written\n" + check.output());
            check.assertExit0("notebook_check.mjs (screenshot: " + screenshot + ")");
            assertTrue(check.output().contains("OK: JSROOT drew a 800x600 SVG"), "c1 is 800x600:\n" + check.output());
            // the stat box counts what the notebook filled: h.FillRandom("gaus", 10000)
            assertTrue(check.output().contains("\"Entries\",\"10000\""), check.output());
        } finally {
            JupyterHarness.destroyWithChildren(notebookServer);
            System.out.println("---- notebook server ----\n" + Files.readString(serverLog));
        }
    }

    /** The tools that CI installs (.ci/run) and a developer may lack. */
    private static void requireTools(String chromium) {
        if (!Files.isExecutable(Path.of(chromium))) {
            JupyterHarness.missingTool(chromium + " not found (on Debian: apt-get install chromium; or set CHROMIUM)");
        }
        for (String[] tool : new String[][] {{"node", "--version"}, {"npm", "--version"},
                {JupyterHarness.python(), "-c", "import notebook, nbconvert, nbformat"}}) {
            Result r;
            try {
                r = JupyterHarness.run(Path.of("."), Map.of(), Duration.ofSeconds(60), tool);
            } catch (java.io.UncheckedIOException e) {
                r = new Result(-1, e.getCause().toString());
            }
            if (r.exit() != 0) {
                JupyterHarness.missingTool(String.join(" ", tool) + " failed (on Debian: apt-get install nodejs npm"
                        + " jupyter-notebook jupyter-nbconvert)\n" + r.output());
            }
        }
    }

    /** The package's folder in dir/node_modules, after {@code npm ci} from dir's package-lock.json if it is missing. */
    private static Path npmInstalled(Path dir, String name) {
        Path installed = dir.resolve("node_modules").resolve(name);
        if (!Files.isRegularFile(installed.resolve("package.json"))) {
            // no install scripts: nothing may be downloaded besides the registry's packages
            JupyterHarness.run(dir, Map.of(), NPM_TIMEOUT, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund")
                    .assertExit0("npm ci in " + dir);
        }
        assertTrue(Files.isRegularFile(installed.resolve("package.json")), "npm ci installed no " + installed);
        return installed;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the server answers, failing with its log if it exits or takes a minute. */
    private static void awaitServer(Process server, String statusUrl, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(statusUrl)).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), "the notebook server exited:\n" + Files.readString(log));
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the notebook server did not answer " + statusUrl + " within a minute:\n"
                + Files.readString(log));
    }
}
