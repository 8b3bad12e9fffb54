package org.rootprompt.kernel.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The cells this session executed with store_history, for history_request (tail, range, search). */
final class History {
    /** One executed cell; {@code output} is its text/plain result or null. */
    record Entry(int session, int line, String input, String output) {}

    private final int session;
    private final List<Entry> entries = new ArrayList<>();

    History(int session) {
        this.session = session;
    }

    synchronized void add(int line, String input, String output) {
        entries.add(new Entry(session, line, input, output));
    }

    synchronized List<Entry> tail(int n) {
        int from = Math.max(0, entries.size() - Math.max(0, n));
        return List.copyOf(entries.subList(from, entries.size()));
    }

    /** Lines [start, stop) of a session; this kernel only knows its own session (0 or negative = current). */
    synchronized List<Entry> range(int requestedSession, int start, int stop) {
        if (requestedSession > 0 && requestedSession != session) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.line() >= start && (stop <= 0 || e.line() < stop)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Glob search as IPython does it ({@code *} and {@code ?}); the last n matches, optionally unique. */
    synchronized List<Entry> search(String glob, int n, boolean unique) {
        Pattern p = Pattern.compile(globToRegex(glob), Pattern.DOTALL);
        List<Entry> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (p.matcher(e.input()).matches() && (!unique || seen.add(e.input()))) {
                out.add(0, e);
                if (n > 0 && out.size() >= n) {
                    break;
                }
            }
        }
        return out;
    }

    static String globToRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }
}
