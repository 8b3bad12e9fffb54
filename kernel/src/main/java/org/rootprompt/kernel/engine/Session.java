package org.rootprompt.kernel.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jdk.jshell.SourceCodeAnalysis;
import org.rootprompt.display.CanvasDisplay;
import org.rootprompt.display.Display;
import org.rootprompt.display.DisplaySink;
import org.rootprompt.display.MimeBundle;
import org.rootprompt.display.Renderers;
import org.rootprompt.kernel.Log;
import org.rootprompt.kernel.protocol.Interpreter;
import org.rootprompt.magics.CellSplitter;
import org.rootprompt.magics.FrontEnd;
import org.rootprompt.magics.MagicContext;
import org.rootprompt.magics.MagicException;
import org.rootprompt.magics.MagicRegistry;
import org.rootprompt.magics.TranslationException;

/**
 * A notebook session: magics, language front-ends and the JShell engine behind the
 * {@link Interpreter} interface. All JShell work happens on one execution thread.
 */
public final class Session implements Interpreter {
    static final List<String> IMPORTS = List.of(
            "import java.util.*;",
            "import java.util.function.*;",
            "import java.util.stream.*;",
            "import java.io.*;",
            "import java.nio.file.*;",
            "import java.math.*;",
            "import static org.rootprompt.display.Display.*;",
            "import org.rootprompt.root.core.*;",
            "import org.rootprompt.root.hist.*;",
            "import org.rootprompt.root.math.*;",
            "import org.rootprompt.root.gpad.*;",
            "import static org.rootprompt.root.gpad.TPad.gPad;",
            "import static org.rootprompt.root.gpad.TStyle.gStyle;",
            "import static org.rootprompt.root.math.TRandom.gRandom;",
            "import static org.rootprompt.root.core.Globals.*;",
            "import static org.rootprompt.root.core.ErrorHandler.*;",
            "import static org.rootprompt.root.core.EColor.*;",
            "import static org.rootprompt.root.core.TROOT.gROOT;",
            "import static org.rootprompt.root.core.TROOT.gDirectory;");

    private final String defaultLanguage;
    private final Map<String, FrontEnd> frontEnds = new LinkedHashMap<>();
    private final MagicRegistry magics = MagicRegistry.withBuiltins();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rootprompt-exec");
        t.setDaemon(true);
        return t;
    });
    private final Future<JShellEngine> engine;
    private final List<Runnable> interruptHooks = new CopyOnWriteArrayList<>();
    private final String version;
    private volatile Output output;
    private volatile boolean interrupted;

    public Session(String defaultLanguage, String version) {
        this.defaultLanguage = defaultLanguage;
        this.version = version;
        frontEnds.put("java", FrontEnd.JAVA);
        engine = executor.submit(() -> {
            JShellEngine e = new JShellEngine(IMPORTS);
            e.warmUp();
            return e;
        });
        CanvasDisplay.install();
        magics.line("jsroot", (args, ctx) -> jsroot(args.strip(), ctx));
        magics.line("rootbrowse", (args, ctx) -> rootbrowse(args.strip(), ctx));
        Display.setSink(new DisplaySink() {
            @Override
            public void display(MimeBundle bundle, String displayId) {
                currentOutput().display(bundle, displayId, false);
            }

            @Override
            public void update(MimeBundle bundle, String displayId) {
                currentOutput().display(bundle, displayId, true);
            }

            @Override
            public void clear(boolean wait) {
                currentOutput().clear(wait);
            }
        });
    }

    /** Adds a language, e.g. the C++ dialect once it exists. */
    public void addFrontEnd(FrontEnd frontEnd) {
        frontEnds.put(frontEnd.language(), frontEnd);
    }

    /** The stream that user code reads as System.in: each read asks the front end for a line. */
    public InputStream stdin() {
        return new InputStream() {
            private byte[] line = new byte[0];
            private int pos;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (pos >= line.length) {
                    line = (currentOutput().input("", false) + "\n").getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                int n = Math.min(len, line.length - pos);
                System.arraycopy(line, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    private Output currentOutput() {
        Output o = output;
        if (o == null) {
            throw new IllegalStateException("no notebook request is active");
        }
        return o;
    }

    // ---- Interpreter ----

    @Override
    public Info info() {
        boolean cpp = defaultLanguage.equals("cpp");
        Map<String, Object> languageInfo = new LinkedHashMap<>();
        if (cpp) {
            languageInfo.put("name", "c++");
            languageInfo.put("version", "17");
            languageInfo.put("mimetype", "text/x-c++src");
            languageInfo.put("file_extension", ".C");
            languageInfo.put("codemirror_mode", "text/x-c++src");
            languageInfo.put("pygments_lexer", "c++");
            languageInfo.put("nbconvert_exporter", "script");
        } else {
            languageInfo.put("name", "java");
            languageInfo.put("version", System.getProperty("java.specification.version"));
            languageInfo.put("mimetype", "text/x-java");
            languageInfo.put("file_extension", ".jshell");
            languageInfo.put("codemirror_mode", "text/x-java");
            languageInfo.put("pygments_lexer", "java");
            languageInfo.put("nbconvert_exporter", "script");
        }
        String banner = "ROOT Prompt " + version + ": ROOT-style C++ and Java cells on JShell (Java "
                + System.getProperty("java.version") + ")\nDefault cell language: " + (cpp ? "C++" : "Java")
                + ". Type %lsmagic for the magics.";
        return new Info("rootprompt", version, languageInfo, banner, List.of(
                Map.of("text", "ROOT Prompt user guide", "url", "https://github.com/rootprompt/rootprompt/blob/main/docs/user-guide.md"),
                Map.of("text", "ROOT reference", "url", "https://root.cern/doc/master/"),
                Map.of("text", "Java API", "url", "https://docs.oracle.com/en/java/javase/17/docs/api/")));
    }

    @Override
    public ExecuteOutcome execute(ExecuteRequest request, Output out) {
        output = out;
        interrupted = false;
        Future<ExecuteOutcome> task = executor.submit(() -> runCell(request));
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ExecuteOutcome.Error("Interrupted", "the kernel was interrupted", List.of("Interrupted"));
        } catch (java.util.concurrent.CancellationException e) {
            return new ExecuteOutcome.Error("Interrupted", "the kernel is shutting down",
                    List.of("Interrupted: the kernel is shutting down"));
        } catch (ExecutionException e) {
            Log.error("cell failed inside the engine", e.getCause());
            return new ExecuteOutcome.Error("InternalError", String.valueOf(e.getCause()),
                    List.of("Internal kernel error: " + e.getCause()));
        } finally {
            interruptHooks.clear();
        }
    }

    /** Thrown through magics when code they run fails; carries the failure as the user sees it. */
    private static final class CodeFailed extends MagicException {
        final EvalOutcome.Failure failure;

        CodeFailed(EvalOutcome.Failure failure) {
            super(failure.ename(), failure.evalue());
            this.failure = failure;
        }
    }

    /** What ends a terminal session, as IPython (exit, quit) and ROOT (.q) spell it. */
    private static final java.util.Set<String> EXIT_COMMANDS = java.util.Set.of("exit", "quit", "exit()", "quit()", ".q");

    private ExecuteOutcome runCell(ExecuteRequest request) {
        if (EXIT_COMMANDS.contains(request.code().strip())) {
            // the front end decides: jupyter console exits, a notebook ignores the request
            return new ExecuteOutcome.Ok(null, Map.of(), List.of(Map.of("source", "ask_exit", "keepkernel", false)));
        }
        String cellLabel = request.storeHistory() ? "In [" + request.executionCount() + "]" : "cell";
        Runner runner = new Runner(cellLabel);
        try {
            for (CellSplitter.Part part : CellSplitter.split(request.code())) {
                if (interrupted) {
                    return interruptedError();
                }
                runner.last = null;
                if (part instanceof CellSplitter.Code code) {
                    runner.runCode(code.source(), null, code.firstLine());
                } else if (part instanceof CellSplitter.LineMagicCall call) {
                    magics.runLine(call.name(), call.args(), runner);
                } else if (part instanceof CellSplitter.CellMagicCall call) {
                    magics.runCell(call.name(), call.args(), call.body(), call.bodyFirstLine(), runner);
                }
            }
        } catch (CodeFailed e) {
            return new ExecuteOutcome.Error(e.failure.ename(), e.failure.evalue(), e.failure.traceback());
        } catch (MagicException e) {
            if (interrupted) {
                return interruptedError();
            }
            return new ExecuteOutcome.Error(e.ename(), e.getMessage(), List.of(e.ename() + ": " + e.getMessage()));
        } finally {
            System.out.flush();
            System.err.flush();
            showCanvases(); // after the cell's text, as in ROOT's notebooks
            System.err.flush();
        }
        MimeBundle result = null;
        if (runner.last != null && runner.last.display() != null && !request.silent()) {
            result = runner.last.value() != null
                    ? Renderers.render(runner.last.value(), runner.last.display())
                    : MimeBundle.text(runner.last.display());
        }
        return new ExecuteOutcome.Ok(result, userExpressions(request.userExpressions()), List.of());
    }

    /**
     * {@code %jsroot on|off} as in ROOT's notebooks (also "debug", which is "on" here since a PNG is
     * always sent too), and {@code %jsroot url URL} to load JSROOT from elsewhere.
     */
    private static void jsroot(String args, MagicContext ctx) throws MagicException {
        String[] words = args.isEmpty() ? new String[] {"on"} : args.split("\\s+");
        switch (words[0]) {
            case "on", "debug" -> CanvasDisplay.setJsroot(true);
            case "off" -> CanvasDisplay.setJsroot(false);
            case "url" -> {
                if (words.length != 2 || !(words[1].startsWith("http://") || words[1].startsWith("https://") || words[1].startsWith("/"))) {
                    throw new MagicException("%jsroot url needs one URL of a JSROOT folder (with build/jsroot.js), e.g."
                            + " %jsroot url https://root.cern/js/7.11.2/");
                }
                String url = words[1].endsWith("/") ? words[1] : words[1] + "/";
                java.util.List<String> servers = new java.util.ArrayList<>(java.util.List.of(url));
                servers.addAll(org.rootprompt.display.JsrootHtml.DEFAULT_SERVERS);
                CanvasDisplay.setJsrootServers(servers);
                ctx.out().println("JSROOT is loaded from " + url);
            }
            default -> throw new MagicException("%jsroot takes on, off or url URL, not '" + args + "'");
        }
    }

    /** Files larger than this make the notebook heavy (they travel inside it), as in ROOT's %rootbrowse. */
    static final long ROOTBROWSE_MAX_BYTES = 10L * 1024 * 1024;

    /**
     * {@code %rootbrowse FILE [force]}: a JSROOT browser of a ROOT file, the file sent inside the
     * notebook as ROOT's newest notebooks do. Like ROOT, a file that cannot be read is reported on
     * stderr and does not fail the cell.
     */
    private static void rootbrowse(String args, MagicContext ctx) {
        boolean force = args.endsWith(" force");
        String name = force ? args.substring(0, args.length() - " force".length()).strip() : args;
        if (name.isEmpty()) {
            ctx.err().println("%rootbrowse takes a ROOT file name, and force to show a file over 10 MB");
            return;
        }
        Path file = ctx.workingDirectory().resolve(name);
        try {
            if (!force && Files.size(file) > ROOTBROWSE_MAX_BYTES) {
                ctx.err().printf("File %s is larger than 10 MB; %%rootbrowse %s force shows it anyway%n", name, name);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            String html = org.rootprompt.display.JsrootHtml.fileBrowser(bytes, name, CanvasDisplay.getJsrootServers());
            Display.display(MimeBundle.of("text/html", html, "JSROOT browser of " + name));
        } catch (IOException | RuntimeException e) {
            ctx.err().println("Not able to open file " + name);
        }
    }

    /**
     * Shows the canvases the cell drew on, as ROOT's notebooks do at the end of every cell, also
     * after an error; a failure to paint is reported and does not fail the cell.
     */
    private static void showCanvases() {
        try {
            CanvasDisplay.showChanged();
        } catch (RuntimeException | LinkageError e) {
            System.err.println("Error in <TCanvas::Paint>: the canvas could not be drawn: " + e);
        }
    }

    private static ExecuteOutcome interruptedError() {
        return new ExecuteOutcome.Error("Interrupted", "the cell was interrupted",
                List.of("Interrupted: the cell was interrupted; the session's state is kept"));
    }

    private Map<String, Object> userExpressions(Map<String, String> expressions) {
        Map<String, Object> results = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : expressions.entrySet()) {
            EvalOutcome outcome = engine().eval(e.getValue(), FrontEnd.SourceMap.shifted(0), "user expression");
            Map<String, Object> r = new LinkedHashMap<>();
            if (outcome instanceof EvalOutcome.Success s) {
                r.put("status", "ok");
                r.put("data", Map.of("text/plain", s.display() == null ? "" : s.display()));
                r.put("metadata", Map.of());
            } else {
                EvalOutcome.Failure f = (EvalOutcome.Failure) outcome;
                r.put("status", "error");
                r.put("ename", f.ename());
                r.put("evalue", f.evalue());
                r.put("traceback", f.traceback());
            }
            results.put(e.getKey(), r);
        }
        return results;
    }

    /** The magic context of one cell; remembers the value of the last code it ran. */
    private final class Runner implements MagicContext {
        final String cellLabel;
        EvalOutcome.Success last;

        Runner(String cellLabel) {
            this.cellLabel = cellLabel;
        }

        @Override
        public PrintStream out() {
            return System.out;
        }

        @Override
        public PrintStream err() {
            return System.err;
        }

        @Override
        public void runCode(String code, String language, int firstLine) throws MagicException {
            String lang = language == null ? defaultLanguage : language;
            FrontEnd frontEnd = frontEnds.get(lang);
            if (frontEnd == null) {
                throw new MagicException("LanguageNotAvailable", (lang.startsWith("cpp") ? "C++" : lang)
                        + " cells need a front-end that this build does not include yet; run Java with %%java"
                        + " or use the 'ROOT Prompt (Java)' kernel");
            }
            FrontEnd.Translation translation;
            try {
                translation = frontEnd.translate(code, firstLine);
            } catch (TranslationException e) {
                throw new CodeFailed(new EvalOutcome.Failure(e.ename(), e.getMessage(), List.of(e.getMessage())));
            }
            EvalOutcome outcome = engine().eval(translation.java(), translation.map(), cellLabel);
            if (outcome instanceof EvalOutcome.Failure f) {
                throw new CodeFailed(f);
            }
            last = (EvalOutcome.Success) outcome;
        }

        @Override
        public void addToClasspath(Path entry) {
            engine().addToClasspath(entry.toString());
        }

        @Override
        public Path workingDirectory() {
            return Path.of("").toAbsolutePath();
        }

        @Override
        public MagicRegistry registry() {
            return magics;
        }

        @Override
        public void onInterrupt(Runnable action) {
            interruptHooks.add(action);
        }
    }

    private JShellEngine engine() {
        try {
            return engine.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the engine");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the JShell engine failed to start: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public Completion complete(String code, int cursor) {
        JShellEngine.Completion c = onExecutor(() -> engine().complete(code, cursor));
        List<String> matches = new ArrayList<>(c.matches());
        // magic names after % or %%
        String before = code.substring(0, cursor);
        int lineStart = before.lastIndexOf('\n') + 1;
        String line = before.substring(lineStart);
        if (line.matches("\\s*%%?\\w*")) {
            boolean cell = line.strip().startsWith("%%");
            String prefix = line.strip().substring(cell ? 2 : 1);
            matches.clear();
            (cell ? magics.cellMagics() : magics.lineMagics()).keySet().stream()
                    .filter(n -> n.startsWith(prefix)).forEach(n -> matches.add((cell ? "%%" : "%") + n));
            return new Completion(matches, lineStart + line.indexOf('%'), cursor);
        }
        return new Completion(matches, c.start(), c.end());
    }

    @Override
    public Inspection inspect(String code, int cursor, int detailLevel) {
        List<SourceCodeAnalysis.Documentation> docs = onExecutor(() -> engine().documentation(code, cursor));
        if (docs.isEmpty()) {
            return new Inspection(false, new MimeBundle(Map.of(), Map.of()));
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder markdown = new StringBuilder();
        // detail 0: signatures with the Javadoc summary; detail 1: the whole description and tags
        for (SourceCodeAnalysis.Documentation d : docs) {
            plain.append(d.signature()).append('\n');
            markdown.append("```java\n").append(d.signature()).append("\n```\n");
            String javadoc = d.javadoc();
            if (javadoc != null && !javadoc.isBlank()) {
                if (detailLevel > 0) {
                    plain.append("  ").append(JavadocText.description(javadoc, false).replace("\n", "\n  "))
                            .append("\n").append(JavadocText.tags(javadoc, false)).append('\n');
                    markdown.append(JavadocText.description(javadoc, true)).append("\n\n")
                            .append(JavadocText.tags(javadoc, true)).append('\n');
                } else {
                    plain.append("  ").append(JavadocText.summary(javadoc, false)).append("\n");
                    markdown.append(JavadocText.summary(javadoc, true)).append("\n\n");
                }
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text/plain", plain.toString().strip());
        data.put("text/markdown", markdown.toString().strip());
        return new Inspection(true, new MimeBundle(data, Map.of()));
    }

    @Override
    public Completeness isComplete(String code) {
        if (CellSplitter.split(code).stream().anyMatch(p -> !(p instanceof CellSplitter.Code))) {
            return new Completeness("complete", null);
        }
        String status = onExecutor(() -> engine().completeness(code));
        if (!status.equals("incomplete")) {
            return new Completeness(status, null);
        }
        String[] lines = code.split("\n");
        String lastLine = lines.length == 0 ? "" : lines[lines.length - 1];
        String indent = lastLine.substring(0, lastLine.length() - lastLine.stripLeading().length());
        String trimmed = lastLine.strip();
        if (trimmed.endsWith("{") || trimmed.endsWith("(") || trimmed.endsWith("->")) {
            indent += "    ";
        }
        return new Completeness("incomplete", indent);
    }

    private <T> T onExecutor(java.util.concurrent.Callable<T> task) {
        try {
            return executor.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void interrupt() {
        interrupted = true;
        for (Runnable hook : interruptHooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                Log.error("interrupt hook failed", e);
            }
        }
        if (engine.isDone()) {
            engine().stop();
        }
    }

    @Override
    public void shutdown() {
        // cancel, not just drop, queued work: execute() may be waiting on it
        for (Runnable queued : executor.shutdownNow()) {
            if (queued instanceof Future<?> future) {
                future.cancel(false);
            }
        }
    }
}
