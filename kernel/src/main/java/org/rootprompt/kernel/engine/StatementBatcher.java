package org.rootprompt.kernel.engine;

import java.util.Set;

/**
 * Decides, from text alone, whether a JShell snippet is a plain statement that can share one
 * compilation with its neighbours (every snippet costs a javac run, so batching is the main lever on
 * cell latency). It only says yes when the snippet cannot be a declaration, because a declaration
 * moved into a block would stop being a session variable; when unsure it says no, which is only slower.
 */
final class StatementBatcher {
    private static final Set<String> STATEMENT_KEYWORDS = Set.of(
            "if", "for", "while", "do", "switch", "try", "synchronized", "throw", "assert", "new");
    private static final Set<String> ASSIGNMENT_OPS = Set.of(
            "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", ">>>=", "++", "--");

    private StatementBatcher() {}

    static boolean isPlainStatement(String snippet) {
        String s = stripLeadingComments(snippet);
        if (s.isEmpty()) {
            return false;
        }
        if (s.startsWith("{") || s.startsWith("++") || s.startsWith("--")) {
            return true;
        }
        int i = identifierEnd(s, 0);
        if (i == 0) {
            return false;
        }
        String first = s.substring(0, i);
        if (STATEMENT_KEYWORDS.contains(first)) {
            return true;
        }
        // a chain a.b.c followed by a call or an assignment; two names in a row would be a declaration
        while (true) {
            int j = skipSpaces(s, i);
            if (j < s.length() && s.charAt(j) == '.') {
                int k = skipSpaces(s, j + 1);
                int end = identifierEnd(s, k);
                if (end == k) {
                    return false;
                }
                i = end;
                continue;
            }
            if (j < s.length() && s.charAt(j) == '(') {
                return true;
            }
            for (String op : ASSIGNMENT_OPS) {
                if (s.startsWith(op, j) && !s.startsWith("==", j)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static int identifierEnd(String s, int from) {
        int i = from;
        if (i < s.length() && Character.isJavaIdentifierStart(s.charAt(i))) {
            i++;
            while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static String stripLeadingComments(String s) {
        int i = 0;
        while (true) {
            i = skipSpaces(s, i);
            if (s.startsWith("//", i)) {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? s.length() : nl + 1;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else {
                return s.substring(i);
            }
        }
    }
}
