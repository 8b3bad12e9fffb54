package org.rootprompt.magics;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cell into what runs: a cell magic ({@code %%name args} on the first line, the rest its
 * body) or a sequence of code chunks and line magics ({@code %name args} lines), in order.
 */
public final class CellSplitter {
    private CellSplitter() {}

    /** One piece of a cell. {@code firstLine} is 1-based in the cell, so errors can point into it. */
    public sealed interface Part permits Code, LineMagicCall, CellMagicCall {}

    public record Code(String source, int firstLine) implements Part {}

    public record LineMagicCall(String name, String args, int line) implements Part {}

    public record CellMagicCall(String name, String args, String body, int bodyFirstLine) implements Part {}

    public static List<Part> split(String cell) {
        List<Part> parts = new ArrayList<>();
        String[] lines = cell.split("\n", -1);
        int first = firstNonBlank(lines);
        if (first >= 0 && lines[first].stripLeading().startsWith("%%")) {
            String header = lines[first].stripLeading().substring(2).strip();
            String body = String.join("\n", java.util.Arrays.copyOfRange(lines, first + 1, lines.length));
            parts.add(new CellMagicCall(nameOf(header), argsOf(header), body, first + 2));
            return parts;
        }
        StringBuilder chunk = new StringBuilder();
        int chunkStart = 1;
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            if (stripped.startsWith("%") && !stripped.startsWith("%%") && stripped.length() > 1
                    && Character.isJavaIdentifierStart(stripped.charAt(1))) {
                flush(parts, chunk, chunkStart);
                String header = stripped.substring(1).strip();
                parts.add(new LineMagicCall(nameOf(header), argsOf(header), i + 1));
                chunk.setLength(0);
                chunkStart = i + 2;
            } else {
                chunk.append(lines[i]);
                if (i < lines.length - 1) {
                    chunk.append('\n');
                }
            }
        }
        flush(parts, chunk, chunkStart);
        return parts;
    }

    private static void flush(List<Part> parts, StringBuilder chunk, int start) {
        if (!chunk.toString().isBlank()) {
            parts.add(new Code(chunk.toString(), start));
        }
    }

    private static int firstNonBlank(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String nameOf(String header) {
        int space = indexOfSpace(header);
        return space < 0 ? header : header.substring(0, space);
    }

    private static String argsOf(String header) {
        int space = indexOfSpace(header);
        return space < 0 ? "" : header.substring(space + 1).strip();
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
