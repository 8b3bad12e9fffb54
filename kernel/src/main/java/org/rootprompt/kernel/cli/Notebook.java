package org.rootprompt.kernel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.rootprompt.kernel.wire.Message;

/**
 * An nbformat 4 notebook as a JSON tree, and the rules by which IOPub messages become cell outputs
 * (nbclient's): streams of one name merge while nothing else comes between, {@code clear_output}
 * empties the outputs now or, with {@code wait}, just before the next output, and a display id's
 * updates rewrite every output shown under that id, in whichever cell.
 *
 * <p>Written as nbformat writes it ({@code json.dumps(indent=1, sort_keys=True, ensure_ascii=False)},
 * multi-line strings as lists of lines), so that an executed notebook diffs cleanly against one that
 * {@code jupyter nbconvert --execute} wrote.
 */
final class Notebook {
    private final ObjectMapper mapper;
    private final ObjectNode root;
    /** Outputs shown under a display id, for update_display_data. */
    private final Map<String, List<Shown>> displays = new HashMap<>();

    private record Shown(ObjectNode cell, ObjectNode output) {}

    private Notebook(ObjectMapper mapper, ObjectNode root) {
        this.mapper = mapper;
        this.root = root;
    }

    /** Reads a notebook; only nbformat 4 is accepted. */
    static Notebook read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json;
        try {
            json = mapper.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + " is not a notebook: invalid JSON ("
                    + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ")", e);
        }
        if (json == null || !json.isObject()) {
            throw new IOException(file + " is not a notebook: not a JSON object");
        }
        int format = json.path("nbformat").asInt(-1);
        if (format != 4) {
            throw new IOException(file + " has nbformat " + (format < 0 ? "(missing)" : format)
                    + "; only nbformat 4 is supported (convert it with: jupyter nbconvert --to notebook)");
        }
        if (!json.path("cells").isArray()) {
            throw new IOException(file + " is not a notebook: no 'cells' list");
        }
        ObjectNode root = (ObjectNode) json;
        if (!root.path("metadata").isObject()) {
            root.set("metadata", mapper.createObjectNode());
        }
        boolean needsIds = root.path("nbformat_minor").asInt(0) >= 5;
        for (JsonNode cell : root.path("cells")) {
            if (!cell.isObject()) {
                throw new IOException(file + " is not a notebook: a cell is not a JSON object");
            }
            ObjectNode c = (ObjectNode) cell;
            if (!c.path("metadata").isObject()) {
                c.set("metadata", mapper.createObjectNode());
            }
            if (needsIds && !c.path("id").isTextual()) {
                c.put("id", UUID.randomUUID().toString().substring(0, 8));
            }
        }
        return new Notebook(mapper, root);
    }

    ObjectNode root() {
        return root;
    }

    List<ObjectNode> cells() {
        List<ObjectNode> cells = new ArrayList<>();
        root.path("cells").forEach(c -> cells.add((ObjectNode) c));
        return cells;
    }

    ObjectNode metadata() {
        return (ObjectNode) root.get("metadata");
    }

    /** metadata.kernelspec.name, if the notebook names its kernel. */
    Optional<String> kernelName() {
        String name = metadata().path("kernelspec").path("name").asText("");
        return name.isBlank() ? Optional.empty() : Optional.of(name);
    }

    /** A cell's source as one string (nbformat allows a string or a list of lines). */
    static String source(JsonNode cell) {
        return multiline(cell.path("source"));
    }

    static boolean hasTag(JsonNode cell, String tag) {
        for (JsonNode t : cell.path("metadata").path("tags")) {
            if (t.asText().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String multiline(JsonNode node) {
        if (node.isArray()) {
            StringBuilder sb = new StringBuilder();
            node.forEach(line -> sb.append(line.asText()));
            return sb.toString();
        }
        return node.isNull() || node.isMissingNode() ? "" : node.asText();
    }

    // ---- outputs ----

    /** Empties a code cell's outputs and count before it runs; returns the collector for its messages. */
    synchronized CellOutputs startCell(ObjectNode cell) {
        forgetDisplays(cell);
        cell.set("outputs", mapper.createArrayNode());
        cell.putNull("execution_count");
        return new CellOutputs(cell);
    }

    private void forgetDisplays(ObjectNode cell) {
        for (Iterator<List<Shown>> it = displays.values().iterator(); it.hasNext(); ) {
            List<Shown> shown = it.next();
            shown.removeIf(s -> s.cell() == cell);
            if (shown.isEmpty()) {
                it.remove();
            }
        }
    }

    /** Turns the IOPub messages of one execute request into the outputs of its cell. */
    final class CellOutputs {
        private final ObjectNode cell;
        private boolean clearBeforeNext;

        private CellOutputs(ObjectNode cell) {
            this.cell = cell;
        }

        ArrayNode outputs() {
            return (ArrayNode) cell.get("outputs");
        }

        void accept(Message m) {
            synchronized (Notebook.this) {
                handle(m);
            }
        }

        private void handle(Message m) {
            JsonNode c = m.content();
            String type = m.type();
            String displayId = c.path("transient").path("display_id").asText(null);
            if (displayId != null && (type.equals("display_data") || type.equals("execute_result")
                    || type.equals("update_display_data"))) {
                for (Shown s : displays.getOrDefault(displayId, List.of())) {
                    s.output().set("data", c.path("data").deepCopy());
                    s.output().set("metadata", metadataOf(c));
                }
            }
            switch (type) {
                case "execute_input" -> cell.put("execution_count", c.path("execution_count").asInt());
                case "clear_output" -> {
                    if (c.path("wait").asBoolean(false)) {
                        clearBeforeNext = true;
                    } else {
                        clear();
                    }
                }
                case "stream" -> {
                    prepare();
                    String name = c.path("name").asText("stdout");
                    ArrayNode outs = outputs();
                    JsonNode last = outs.isEmpty() ? null : outs.get(outs.size() - 1);
                    if (last != null && last.path("output_type").asText().equals("stream")
                            && last.path("name").asText().equals(name)) {
                        ((ObjectNode) last).put("text", last.path("text").asText() + c.path("text").asText());
                    } else {
                        ObjectNode out = outs.addObject().put("output_type", "stream").put("name", name);
                        out.put("text", c.path("text").asText());
                    }
                }
                case "display_data", "execute_result" -> {
                    prepare();
                    ObjectNode out = mapper.createObjectNode().put("output_type", type);
                    if (type.equals("execute_result")) {
                        out.put("execution_count", c.path("execution_count").asInt());
                    }
                    out.set("data", c.path("data").deepCopy());
                    out.set("metadata", metadataOf(c));
                    outputs().add(out);
                    if (displayId != null) {
                        displays.computeIfAbsent(displayId, k -> new ArrayList<>()).add(new Shown(cell, out));
                    }
                }
                case "error" -> {
                    prepare();
                    ObjectNode out = outputs().addObject().put("output_type", "error")
                            .put("ename", c.path("ename").asText("")).put("evalue", c.path("evalue").asText(""));
                    out.set("traceback", c.path("traceback").isArray() ? c.path("traceback").deepCopy()
                            : mapper.createArrayNode());
                }
                default -> {
                    // status, update_display_data (applied above), comm messages: no output of their own
                }
            }
        }

        /** Adds an error output of the runner's own (a timeout, a dead kernel). */
        void addError(String ename, String evalue) {
            synchronized (Notebook.this) {
                prepare();
                ObjectNode out = outputs().addObject().put("output_type", "error").put("ename", ename).put("evalue", evalue);
                out.putArray("traceback").add(ename + ": " + evalue);
            }
        }

        void setExecutionCount(int count) {
            synchronized (Notebook.this) {
                if (count >= 0) {
                    cell.put("execution_count", count);
                }
            }
        }

        private void prepare() {
            if (clearBeforeNext) {
                clearBeforeNext = false;
                clear();
            }
        }

        private void clear() {
            outputs().removeAll();
            forgetDisplays(cell);
        }
    }

    private JsonNode metadataOf(JsonNode content) {
        JsonNode md = content.path("metadata");
        return md.isObject() ? md.deepCopy() : mapper.createObjectNode();
    }

    // ---- writing ----

    synchronized void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        writeJson(withSplitLines(root), sb, 0);
        sb.append('\n');
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /** A copy with sources, stream texts and text-like MIME data as lists of lines, as nbformat stores them. */
    private ObjectNode withSplitLines(ObjectNode notebook) {
        ObjectNode copy = notebook.deepCopy();
        for (JsonNode cellNode : copy.path("cells")) {
            ObjectNode cell = (ObjectNode) cellNode;
            if (cell.has("source")) {
                cell.set("source", lines(multiline(cell.get("source"))));
            }
            for (JsonNode outNode : cell.path("outputs")) {
                ObjectNode out = (ObjectNode) outNode;
                if (out.path("output_type").asText().equals("stream")) {
                    out.set("text", lines(multiline(out.path("text"))));
                }
                if (out.path("data").isObject()) {
                    ObjectNode data = (ObjectNode) out.get("data");
                    for (String mime : data.properties().stream().map(Map.Entry::getKey).toList()) {
                        JsonNode value = data.get(mime);
                        boolean json = mime.equals("application/json") || mime.endsWith("+json");
                        if (!json && (value.isTextual() || value.isArray())) {
                            data.set(mime, lines(multiline(value)));
                        }
                    }
                }
            }
        }
        return copy;
    }

    /** Python's {@code str.splitlines(keepends=True)}. */
    private ArrayNode lines(String text) {
        ArrayNode out = mapper.createArrayNode();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i += 2;
                out.add(text.substring(start, i));
                start = i;
            } else if (ch == '\n' || ch == '\r' || ch == '\u000b' || ch == '\u000c' || ch == '\u001c'
                    || ch == '\u001d' || ch == '\u001e' || ch == '\u0085' || ch == '\u2028' || ch == '\u2029') {
                i++;
                out.add(text.substring(start, i));
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Python's {@code json.dumps(indent=1, sort_keys=True, ensure_ascii=False)}. */
    static void writeJson(JsonNode node, StringBuilder out, int depth) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
            out.append("{\n");
            int i = 0;
            for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
                out.append(" ".repeat(depth + 1));
                writeString(e.getKey(), out);
                out.append(": ");
                writeJson(e.getValue(), out, depth + 1);
                out.append(++i < sorted.size() ? ",\n" : "\n");
            }
            out.append(" ".repeat(depth)).append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(" ".repeat(depth + 1));
                writeJson(node.get(i), out, depth + 1);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            out.append(" ".repeat(depth)).append(']');
        } else if (node.isTextual()) {
            writeString(node.asText(), out);
        } else if (node.isFloatingPointNumber()) {
            out.append(pythonFloat(node.doubleValue()));
        } else if (node.isNumber() || node.isBoolean() || node.isNull()) {
            out.append(node.asText());
        } else {
            out.append("null");
        }
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Python's repr of a float: positional for exponents in [-4, 16), else {@code 1e-05} style. */
    static String pythonFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = bd.precision() - bd.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = bd.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = bd.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + String.format("%02d", Math.abs(exponent));
    }
}
