package org.rootprompt.kernel.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import org.rootprompt.display.Renderers;
import org.rootprompt.magics.FrontEnd.SourceMap;

/**
 * The Java engine: JShell running in the kernel's JVM. Not thread-safe: the session calls it from its
 * one execution thread, except {@link #stop()}, which any thread may call.
 */
public final class JShellEngine implements AutoCloseable {
    private static final Set<String> PLAIN_TYPES = Set.of("boolean", "byte", "char", "short", "int", "long",
            "float", "double", "void", "String", "java.lang.String", "Boolean", "Byte", "Character", "Short",
            "Integer", "Long", "Float", "Double");

    private final GuardedExecutionControl.Provider provider = new GuardedExecutionControl.Provider();
    private final JShell jshell;
    private final SourceCodeAnalysis analysis;
    /** Where each snippet's line 1 sits, so stack frames ({@code #12:3}) point into the user's cells. */
    private final Map<String, Origin> origins = new HashMap<>();
    private volatile boolean stopRequested;

    /** A snippet's place: the cell it came from and the map of that cell. */
    private record Origin(String cellLabel, int javaLine, SourceMap map) {
        int cellLine(int snippetLine) {
            return map.line(javaLine + snippetLine - 1);
        }
    }

    public JShellEngine(List<String> imports) {
        jshell = JShell.builder()
                .executionEngine(provider, Map.of())
                .compilerOptions("-Xlint:none", "-proc:none")
                .build();
        String classpath = System.getProperty("java.class.path");
        if (classpath != null && !classpath.isBlank()) {
            for (String entry : classpath.split(java.io.File.pathSeparator)) {
                jshell.addToClasspath(entry);
            }
        }
        analysis = jshell.sourceCodeAnalysis();
        // one snippet for all the imports: JShell compiles it once instead of once per import
        if (!imports.isEmpty()) {
            jshell.eval(String.join(" ", imports));
        }
    }

    /** Compiles and runs a trivial snippet so that the first user cell does not pay for javac's warm-up. */
    public void warmUp() {
        analysis.analyzeCompletion("int $warmup = 1 + 1;");
        jshell.eval("Math.abs(1);");
    }

    public void addToClasspath(String entry) {
        jshell.addToClasspath(entry);
    }

    /** Asks the running snippet to stop (JShell's stop). The evaluation then reports "Interrupted". */
    public void stop() {
        stopRequested = true;
        jshell.stop();
    }

    /**
     * Runs a Java cell body: its snippets in order, consecutive plain statements batched into one
     * compilation. Stops at the first failure.
     *
     * @param cellLabel how tracebacks name this cell, e.g. {@code "In [3]"}
     */
    public EvalOutcome eval(String java, SourceMap map, String cellLabel) {
        stopRequested = false;
        List<Piece> pieces;
        try {
            pieces = split(java);
        } catch (IncompleteException e) {
            int[] lc = lineColumn(java, e.offset);
            return compileFailure(java, map, lc[0], lc[1], "reached end of cell while parsing"
                    + " (an unclosed brace, parenthesis or string?)");
        }
        EvalOutcome.Success last = new EvalOutcome.Success(null, null);
        int i = 0;
        while (i < pieces.size()) {
            int j = i;
            if (i < pieces.size() - 1) {
                while (j < pieces.size() - 1 && pieces.get(j).plainStatement) {
                    j++;
                }
            }
            EvalOutcome outcome;
            if (j - i >= 2) {
                outcome = evalBatch(java, pieces.subList(i, j), map, cellLabel);
                if (outcome == null) { // did not compile as a block: go one by one for exact errors
                    j = i + 1;
                    outcome = evalPiece(java, pieces.get(i), map, cellLabel, false);
                }
            } else {
                j = i + 1;
                outcome = evalPiece(java, pieces.get(i), map, cellLabel, j == pieces.size());
            }
            if (outcome instanceof EvalOutcome.Failure) {
                return outcome;
            }
            last = (EvalOutcome.Success) outcome;
            i = j;
        }
        return last;
    }

    /** A complete snippet of the cell: its text and where it starts. */
    private record Piece(String text, int offset, boolean plainStatement) {}

    private static final class IncompleteException extends Exception {
        final int offset;

        IncompleteException(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    private List<Piece> split(String java) throws IncompleteException {
        List<Piece> pieces = new ArrayList<>();
        int offset = 0;
        String rest = java;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness c = info.completeness();
            if (c == Completeness.EMPTY) {
                break;
            }
            if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) {
                throw new IncompleteException(java.stripTrailing().length());
            }
            int consumed = rest.length() - info.remaining().length();
            if (consumed <= 0) {
                consumed = rest.length();
            }
            String text = rest.substring(0, consumed);
            if (c == Completeness.COMPLETE_WITH_SEMI) {
                text = text.stripTrailing() + ";";
            }
            pieces.add(new Piece(text, offset, StatementBatcher.isPlainStatement(text)));
            offset += consumed;
            rest = rest.substring(consumed);
        }
        return pieces;
    }

    /** One compilation for several plain statements; null when the block does not compile. */
    private EvalOutcome evalBatch(String java, List<Piece> batch, SourceMap map, String cellLabel) {
        StringBuilder block = new StringBuilder("{");
        for (Piece p : batch) {
            block.append(p.text);
        }
        block.append("\n}");
        List<SnippetEvent> events = jshell.eval(block.toString());
        SnippetEvent main = mainEvent(events);
        if (main == null || main.status() == Snippet.Status.REJECTED) {
            if (main != null) {
                jshell.drop(main.snippet());
            }
            return null;
        }
        Piece first = batch.get(0);
        origins.put(main.snippet().id(), new Origin(cellLabel, firstCodeLine(java, first.offset), map));
        return outcome(main, java, first, map, false);
    }

    private EvalOutcome evalPiece(String java, Piece piece, SourceMap map, String cellLabel, boolean last) {
        List<SnippetEvent> events = jshell.eval(piece.text);
        SnippetEvent main = mainEvent(events);
        if (main == null) {
            return stopRequested ? interrupted() : new EvalOutcome.Success(null, null);
        }
        origins.put(main.snippet().id(), new Origin(cellLabel, firstCodeLine(java, piece.offset), map));
        return outcome(main, java, piece, map, last);
    }

    private EvalOutcome outcome(SnippetEvent main, String java, Piece piece, SourceMap map, boolean last) {
        if (stopRequested) {
            return interrupted();
        }
        if (main.exception() != null) {
            return runtimeFailure(main.exception());
        }
        Snippet snippet = main.snippet();
        if (main.status() == Snippet.Status.REJECTED) {
            List<Diag> diags = jshell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
            jshell.drop(snippet);
            if (diags.isEmpty()) {
                int[] lc = lineColumn(java, piece.offset);
                return compileFailure(java, map, lc[0], lc[1], "this code could not be compiled");
            }
            Diag d = diags.get(0);
            int pos = (int) Math.max(0, d.getStartPosition());
            int[] lc = lineColumn(java, piece.offset + Math.min(pos, piece.text.length() - 1));
            return compileFailure(java, map, lc[0], lc[1], d.getMessage(Locale.ROOT));
        }
        if (main.status() == Snippet.Status.RECOVERABLE_DEFINED || main.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            String missing = jshell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet)
                    .collect(Collectors.joining(", "));
            System.err.println("note: " + describe(snippet) + " was declared, but cannot be used until "
                    + missing + " is declared");
        }
        if (!last || !showsValue(snippet)) {
            return new EvalOutcome.Success(null, null);
        }
        String type = snippet instanceof VarSnippet v ? v.typeName() : ((ExpressionSnippet) snippet).typeName();
        String name = snippet instanceof VarSnippet v ? v.name() : ((ExpressionSnippet) snippet).name();
        if (type.endsWith("DisplayId")) { // a display call already showed its output
            return new EvalOutcome.Success(null, null);
        }
        Object value = PLAIN_TYPES.contains(type) ? null
                : snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                        ? provider.control().lastSnippetVariable(name) // the $n of the snippet that just ran
                        : fetch(name);
        return new EvalOutcome.Success(main.value(), Renderers.isRich(value) ? value : null);
    }

    private static boolean showsValue(Snippet s) {
        return s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                || s.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND;
    }

    /** The object held by a session variable (one extra, cheap snippet; only for object values). */
    private Object fetch(String variable) {
        ValueHolder.clear();
        List<SnippetEvent> events = jshell.eval(ValueHolder.class.getName() + ".hold(" + variable + ");");
        SnippetEvent main = mainEvent(events);
        if (main != null) {
            jshell.drop(main.snippet());
        }
        return ValueHolder.take();
    }

    private static String describe(Snippet s) {
        return switch (s.kind()) {
            case METHOD -> "method " + ((jdk.jshell.MethodSnippet) s).name() + ((jdk.jshell.MethodSnippet) s).signature();
            case TYPE_DECL -> "class " + ((jdk.jshell.TypeDeclSnippet) s).name();
            case VAR -> "variable " + ((VarSnippet) s).name();
            default -> s.source().strip();
        };
    }

    private static SnippetEvent mainEvent(List<SnippetEvent> events) {
        for (SnippetEvent e : events) {
            if (e.causeSnippet() == null) {
                return e;
            }
        }
        return null;
    }

    private static EvalOutcome interrupted() {
        return new EvalOutcome.Failure("Interrupted", "the cell was interrupted",
                List.of("Interrupted: the cell was interrupted; the session's state is kept"));
    }

    private EvalOutcome compileFailure(String java, SourceMap map, int javaLine, int javaColumn, String message) {
        int line = map.line(javaLine);
        int column = map.column(javaLine, javaColumn);
        String[] messageLines = message.lines()
                .filter(l -> !l.strip().matches("location: class\\s*")) // JShell's wrapper class has no name
                .toArray(String[]::new);
        List<String> traceback = new ArrayList<>();
        traceback.add("Line " + line + ", column " + column + ": error: " + messageLines[0]);
        for (int i = 1; i < messageLines.length; i++) {
            traceback.add("  " + messageLines[i]);
        }
        String[] lines = java.split("\n", -1);
        if (javaLine - 1 < lines.length) {
            traceback.add("    " + lines[javaLine - 1]);
            traceback.add("    " + " ".repeat(Math.max(0, javaColumn - 1)) + "^");
        }
        return new EvalOutcome.Failure("CompilationError",
                "line " + line + ", column " + column + ": " + messageLines[0], List.of(String.join("\n", traceback)));
    }

    private EvalOutcome runtimeFailure(JShellException e) {
        if (e instanceof UnresolvedReferenceException u) {
            String message = describe(u.getSnippet()) + " cannot be used until "
                    + jshell.unresolvedDependencies(u.getSnippet()).collect(Collectors.joining(", ")) + " is declared";
            return new EvalOutcome.Failure("UnresolvedReferenceException", message,
                    List.of("UnresolvedReferenceException: " + message));
        }
        EvalException ee = (EvalException) e;
        String className = ee.getExceptionClassName();
        if (className.equals(ExitGuard.ExitRequested.class.getName())) {
            return new EvalOutcome.Failure("SystemExit", ee.getMessage(), List.of("SystemExit: " + ee.getMessage()));
        }
        List<String> traceback = new ArrayList<>();
        appendTrace(ee, traceback, "");
        String message = ee.getMessage() == null ? "" : ee.getMessage();
        return new EvalOutcome.Failure(className, message, List.of(String.join("\n", traceback)));
    }

    private void appendTrace(Throwable t, List<String> out, String prefix) {
        String className = t instanceof EvalException ee ? ee.getExceptionClassName() : t.getClass().getName();
        out.add(prefix + className + (t.getMessage() == null ? "" : ": " + t.getMessage()));
        int shown = 0;
        String previous = null;
        int repeats = 0;
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < frames.length; i++) {
            String line = frame(frames[i]);
            if (line == null) {
                continue;
            }
            if (line.equals(previous)) { // deep recursion: say how often instead of repeating
                repeats++;
                continue;
            }
            if (repeats > 0) {
                out.add("\t... the frame above repeats " + repeats + " more times");
                repeats = 0;
            }
            if (++shown > 30) {
                out.add("\t... " + (frames.length - i) + " more");
                break;
            }
            out.add("\tat " + line);
            previous = line;
        }
        if (repeats > 0) {
            out.add("\t... the frame above repeats " + repeats + " more times");
        }
        if (t.getCause() != null && t.getCause() != t) {
            appendTrace(t.getCause(), out, "Caused by: ");
        }
    }

    /** A stack frame as the user should see it; null for the engine's own frames. */
    private String frame(StackTraceElement f) {
        String file = f.getFileName();
        if (file != null && file.startsWith("#")) {
            Origin origin = origins.get(file.substring(1));
            String method = f.getMethodName();
            String where = origin == null ? "cell" : origin.cellLabel + ", line " + origin.cellLine(f.getLineNumber());
            return method.isEmpty() || method.equals("do_it$") ? where : method + " (" + where + ")";
        }
        String cls = f.getClassName();
        if (cls.startsWith("jdk.internal.reflect") || cls.startsWith("java.lang.reflect")
                || cls.startsWith("jdk.jshell") || cls.startsWith(getClass().getPackageName())) {
            return null;
        }
        return f.toString();
    }

    /** JShell numbers a snippet's lines from its first non-blank character. */
    private static int firstCodeLine(String java, int offset) {
        int i = offset;
        while (i < java.length() && Character.isWhitespace(java.charAt(i))) {
            i++;
        }
        return lineColumn(java, i)[0];
    }

    static int[] lineColumn(String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    // ---- completion, inspection, completeness ----

    /** Completion matches and the replaced range [start, end) in UTF-16 offsets of the whole code. */
    public record Completion(List<String> matches, int start, int end) {}

    public Completion complete(String code, int cursor) {
        int base = snippetStart(code, cursor);
        String snippet = code.substring(base, cursor);
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = analysis.completionSuggestions(snippet, snippet.length(), anchor);
        List<String> matches = suggestions.stream()
                .sorted((a, b) -> Boolean.compare(b.matchesType(), a.matchesType()))
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .distinct()
                .collect(Collectors.toList());
        return new Completion(matches, base + anchor[0], cursor);
    }

    /** Signatures (and Javadoc where the JDK has sources) of the symbol at the cursor. */
    public List<SourceCodeAnalysis.Documentation> documentation(String code, int cursor) {
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        int base = snippetStart(code, Math.min(end, code.length()));
        String snippet = code.substring(base, end);
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(snippet, snippet.length(), true);
        if (docs.isEmpty()) {
            docs = analysis.documentation(snippet + "(", snippet.length() + 1, true);
        }
        if (docs.isEmpty() && !snippet.isBlank()) {
            docs = analysis.documentation("new " + snippet.strip() + "(", snippet.strip().length() + 5, true);
        }
        return docs;
    }

    /** Where the snippet that contains {@code cursor} begins. */
    private int snippetStart(String code, int cursor) {
        int base = 0;
        String rest = code.substring(0, cursor);
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete() || info.remaining().isEmpty()) {
                break;
            }
            int consumed = rest.length() - info.remaining().length();
            if (consumed <= 0) {
                break;
            }
            base += consumed;
            rest = rest.substring(consumed);
        }
        return base;
    }

    /** Jupyter's is_complete: "complete", "incomplete" or "invalid". */
    public String completeness(String code) {
        String rest = code;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE:
                    return "incomplete";
                case UNKNOWN:
                    return "invalid";
                case EMPTY:
                    return "complete";
                default:
                    if (info.remaining().length() >= rest.length()) {
                        return "complete";
                    }
                    rest = info.remaining();
            }
        }
        return "complete";
    }

    /** Names and types of the session's variables, for {@code user_expressions}-style inspection. */
    public Map<String, String> variables() {
        Map<String, String> vars = new java.util.LinkedHashMap<>();
        jshell.variables().forEach(v -> vars.put(v.name(), v.typeName()));
        return vars;
    }

    @Override
    public void close() {
        jshell.close();
    }
}
