package org.rootprompt.kernel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rootprompt run NOTEBOOK.ipynb}: what {@code jupyter nbconvert --to notebook --execute} does,
 * without Jupyter. The cells run in order through a real kernel process over ZeroMQ, exactly as a
 * front end would run them; the notebook is written back with its outputs.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a notebook through the kernel and write it with its outputs",
                "(like jupyter nbconvert --to notebook --execute)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every cell ran (or --allow-errors)", "1:a cell failed or timed out, or the kernel died",
                "2:bad arguments or an unreadable notebook"})
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NOTEBOOK.ipynb", description = "The notebook to run (nbformat 4).")
    Path notebook;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.ipynb",
            description = "Where to write the executed notebook (default: NOTEBOOK.nbconvert.ipynb beside the input).")
    Path output;

    @Option(names = "--kernel", paramLabel = "NAME",
            description = "Kernelspec name (default: the notebook's metadata.kernelspec.name, else root). "
                    + "If root or root-java is not installed, this program's own kernel runs.")
    String kernel;

    @Option(names = "--timeout", paramLabel = "S",
            description = "Per-cell time limit in seconds; a cell that exceeds it is interrupted and the run fails "
                    + "(default: no limit).")
    double timeout;

    @Option(names = "--allow-errors",
            description = "Keep going after a cell fails; the errors are written into the notebook and the exit status is 0.")
    boolean allowErrors;

    @Option(names = "--startup-timeout", paramLabel = "S", defaultValue = "60",
            description = "How long to wait for the kernel to start (default: ${DEFAULT-VALUE} s).")
    double startupTimeout;

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final String ellipsis = Charset.defaultCharset().newEncoder().canEncode('\u2026') ? "\u2026" : "...";

    @Override
    public Integer call() {
        if (!Files.isRegularFile(notebook)) {
            err.println("rootprompt run: no such notebook: " + notebook);
            return 2;
        }
        Notebook nb;
        try {
            nb = Notebook.read(notebook);
        } catch (IOException e) {
            err.println("rootprompt run: " + e.getMessage());
            return 2;
        }
        Path target = output != null ? output : defaultOutput(notebook);
        String name = kernel != null ? kernel : nb.kernelName().orElse("root");
        KernelLauncher launcher;
        try {
            launcher = launcher(name, System.getenv());
        } catch (IOException e) {
            err.println("rootprompt run: " + e.getMessage());
            return 2;
        }

        boolean failed;
        Path workingDirectory = notebook.toAbsolutePath().getParent();
        KernelClient client;
        try {
            client = KernelClient.start(launcher, workingDirectory, ProcessBuilder.Redirect.INHERIT, seconds(startupTimeout));
        } catch (TimeoutException | IOException | KernelClient.KernelDiedException e) {
            // nothing ran: no output notebook, as nbconvert
            err.println("rootprompt run: kernel '" + launcher.name() + "' did not start: " + e.getMessage());
            return 1;
        }
        try (client) {
            JsonNode languageInfo = client.kernelInfoContent().path("language_info");
            if (languageInfo.isObject()) {
                nb.metadata().set("language_info", languageInfo.deepCopy());
            }
            if (!nb.metadata().path("kernelspec").isObject()) {
                nb.metadata().putObject("kernelspec").put("name", launcher.name())
                        .put("display_name", launcher.displayName()).put("language", launcher.language());
            }
            failed = runCells(client, nb);
        } catch (TimeoutException e) {
            err.println("rootprompt run: the kernel did not answer: " + e.getMessage());
            failed = true;
        } catch (KernelClient.KernelDiedException e) {
            err.println("rootprompt run: " + e.getMessage());
            failed = true;
        }
        try {
            nb.write(target);
            err.println("rootprompt run: wrote " + target);
        } catch (IOException e) {
            err.println("rootprompt run: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        return failed ? 1 : 0;
    }

    /** Runs the code cells in order; true if the run failed (an error not allowed, a timeout, a dead kernel). */
    private boolean runCells(KernelClient client, Notebook nb) throws TimeoutException {
        Duration limit = timeout > 0 ? seconds(timeout) : null;
        for (ObjectNode cell : nb.cells()) {
            String source = Notebook.source(cell);
            if (!cell.path("cell_type").asText().equals("code") || source.isBlank()
                    || Notebook.hasTag(cell, "skip-execution")) {
                continue;
            }
            boolean errorAllowed = allowErrors || Notebook.hasTag(cell, "raises-exception");
            Notebook.CellOutputs outputs = nb.startCell(cell);
            KernelClient.ExecuteOptions options = new KernelClient.ExecuteOptions()
                    .allowStdin(false)
                    .stopOnError(!errorAllowed)
                    .listener(outputs::accept);
            long start = System.nanoTime();
            KernelClient.Pending pending = client.submitExecute(source, options);
            KernelClient.Response response;
            boolean timedOut = false;
            try {
                response = pending.await(limit);
            } catch (TimeoutException e) {
                timedOut = true;
                client.interrupt();
                try {
                    response = pending.await(Duration.ofSeconds(10));
                } catch (TimeoutException stillRunning) {
                    pending.forget();
                    response = pending.snapshot();
                }
            } catch (KernelClient.KernelDiedException e) {
                outputs.addError("DeadKernelError", e.getMessage());
                out.println(summary("?", "died", start, e.getMessage()));
                throw e;
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            int count = response.executionCount();
            outputs.setExecutionCount(count);
            String label = count >= 0 ? Integer.toString(count) : "?";
            if (timedOut) {
                String message = "the cell did not finish within " + formatSeconds(timeout) + " s and was interrupted";
                if (response.ofType("error").isEmpty()) {
                    outputs.addError("CellTimeoutError", message);
                }
                out.println(summary(label, "timeout", start, message));
                return true;
            }
            String status = response.status();
            if (status.equals("ok")) {
                out.println(summary(label, "ok", start, firstLine(source)));
                continue;
            }
            JsonNode c = response.content();
            String what = status.equals("error")
                    ? c.path("ename").asText("Error") + ": " + c.path("evalue").asText("")
                    : "the kernel answered '" + status + "'";
            out.println(summary(label, status.equals("error") ? "error" : status, start, what));
            if (!errorAllowed) {
                err.println();
                err.println("Cell [" + label + "] failed after " + String.format(Locale.ROOT, "%.2f", elapsed) + " s:");
                Notebook.source(cell).lines().forEach(l -> err.println("    " + l));
                err.println();
                for (JsonNode line : c.path("traceback")) {
                    err.println(stripAnsi(line.asText()));
                }
                err.println();
                return true;
            }
        }
        return false;
    }

    /** The kernelspec of that name, or this program's own kernel for root / root-java when none is installed. */
    KernelLauncher launcher(String name, Map<String, String> environment) throws IOException {
        var dir = KernelLauncher.findKernelspec(name, environment);
        if (dir.isPresent()) {
            err.println("rootprompt run: kernel '" + name + "' from " + dir.get());
            return KernelLauncher.fromKernelspec(dir.get());
        }
        String language = switch (name.toLowerCase(Locale.ROOT)) {
            case "root" -> "cpp";
            case "root-java" -> "java";
            default -> null;
        };
        if (language == null) {
            throw new IOException("no kernelspec named '" + name + "' in " + KernelLauncher.kernelDirectories(environment)
                    + " (this program's own kernels are root and root-java)");
        }
        err.println("rootprompt run: note: kernelspec '" + name + "' is not installed; running this program's own kernel"
                + " (--language " + language + ")");
        return KernelLauncher.forThisProgram(language);
    }

    static Path defaultOutput(Path input) {
        String file = input.getFileName().toString();
        String stem = file.endsWith(".ipynb") ? file.substring(0, file.length() - ".ipynb".length()) : file;
        return input.resolveSibling(stem + ".nbconvert.ipynb");
    }

    private String summary(String label, String status, long start, String text) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "[%s] %-5s %6.2fs  %s", label, status, elapsed, shorten(text, 100));
    }

    private String firstLine(String source) {
        String s = source.strip();
        int nl = s.indexOf('\n');
        String first = nl < 0 ? s : s.substring(0, nl).stripTrailing();
        if (first.length() > 60) {
            return first.substring(0, 60) + ellipsis;
        }
        return nl < 0 ? first : first + ellipsis;
    }

    private String shorten(String text, int max) {
        String s = stripAnsi(text).strip();
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl) + ellipsis;
        }
        return s.length() > max ? s.substring(0, max) + ellipsis : s;
    }

    private static String stripAnsi(String s) {
        return s.replaceAll("\u001b\\[[0-9;]*[A-Za-z]", "");
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }

    private static String formatSeconds(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }
}
