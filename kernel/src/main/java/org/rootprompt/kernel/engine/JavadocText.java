package org.rootprompt.kernel.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Javadoc comment text (as JShell returns it) turned into what an inspection shows: plain text or Markdown. */
final class JavadocText {
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(code|literal|link|linkplain|value)\\s*([^}]*)}");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@(\\w+)\\s*");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");

    private JavadocText() {}

    /** The main description (no @param/@return block), inline tags resolved, HTML removed. */
    static String description(String javadoc, boolean markdown) {
        Matcher block = BLOCK_TAG.matcher(javadoc);
        String main = block.find() ? javadoc.substring(0, block.start()) : javadoc;
        return clean(main, markdown);
    }

    /** The first sentence of the description, as Javadoc's summary line. */
    static String summary(String javadoc, boolean markdown) {
        String text = description(javadoc, markdown).replaceAll("\\s+", " ").strip();
        Matcher end = Pattern.compile("\\.(\\s|$)").matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    /** The block tags (@param, @return, @throws) as a list, one per line. */
    static String tags(String javadoc, boolean markdown) {
        Matcher block = BLOCK_TAG.matcher(javadoc);
        if (!block.find()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String[] parts = javadoc.substring(block.start()).split("(?m)^\\s*(?=@\\w+)");
        for (String part : parts) {
            String p = clean(part, markdown).replaceAll("\\s+", " ").strip();
            if (!p.isEmpty()) {
                out.append(markdown ? "- " : "  ").append(p).append('\n');
            }
        }
        return out.toString();
    }

    private static String clean(String text, boolean markdown) {
        Matcher m = INLINE_TAG.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String body = m.group(2).strip();
            if (m.group(1).startsWith("link")) {
                int space = body.indexOf(' ');
                body = space > 0 ? body.substring(space + 1) : body.replace('#', '.');
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(markdown && !m.group(1).equals("linkplain") ? "`" + body + "`" : body));
        }
        m.appendTail(sb);
        String s = sb.toString().replaceAll("(?i)<p>", "\n\n").replaceAll("(?i)<li>", "\n- ");
        s = HTML_TAG.matcher(s).replaceAll("");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        // one space of comment indentation per line, and at most one blank line in a row
        s = s.replaceAll("(?m)^[ \t]+|[ \t]+$", "").replaceAll("\n{3,}", "\n\n");
        return s.strip();
    }
}
