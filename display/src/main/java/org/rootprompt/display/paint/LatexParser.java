package org.rootprompt.display.paint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses TLatex syntax into {@link LatexNode}s. It follows what TLatex accepts rather than TeX:
 * braces group only as arguments (elsewhere they are printed, as ROOT prints them), a script applies
 * to all the plain text before it, {@code @} escapes a brace or bracket, and an unknown {@code #word}
 * is printed as written. It never fails: a missing closing brace ends at the end of the text.
 */
final class LatexParser {
    /** ROOT's font-number tables of TLatex's #bf and #it: which of the 15 fonts is the bold or italic twin. */
    private static final int[] BOLD_TWIN = {3, 13, 1, 6, 7, 4, 5, 10, 11, 8, 9, 12, 2, 14, 15};
    private static final int[] ITALIC_TWIN = {13, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 15, 1, 14, 12};

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private enum Until { END, BRACE, RIGHT }

    private final String text;
    private int pos;

    private LatexParser(String text) {
        this.text = text;
    }

    static LatexNode parse(String text) {
        return new LatexParser(text).sequence(Until.END);
    }

    private LatexNode sequence(Until until) {
        List<LatexNode> items = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean afterScript = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (until == Until.BRACE && c == '}') {
                pos++;
                break;
            }
            if (until == Until.RIGHT && startsWith("#right") && pos + 6 < text.length()) {
                pos += 7;
                break;
            }
            boolean script = (c == '^' || c == '_') && startsWith(c + "{");
            if (script) {
                flush(run, items);
                pos += 2;
                LatexNode argument = sequence(Until.BRACE);
                attachScript(items, c == '^', argument, afterScript);
                afterScript = true;
                continue;
            }
            afterScript = false;
            if (c == '@' && pos + 1 < text.length() && "{}[]".indexOf(text.charAt(pos + 1)) >= 0) {
                run.append(text.charAt(pos + 1));
                pos += 2;
            } else if (startsWith("{}^{") || startsWith("{}_{")) {
                flush(run, items);
                items.add(new LatexNode.Strut());
                pos += 2;
            } else {
                LatexNode node = c == '#' ? command() : null;
                if (node == null) {
                    run.append(c);
                    pos++;
                } else {
                    flush(run, items);
                    items.add(node);
                }
            }
        }
        flush(run, items);
        return items.size() == 1 ? items.get(0) : new LatexNode.Row(List.copyOf(items));
    }

    private static void flush(StringBuilder run, List<LatexNode> items) {
        if (run.length() > 0) {
            items.add(new LatexNode.Text(run.toString()));
            run.setLength(0);
        }
    }

    /** The script takes the item before it as base; a second script right after the first joins it ({@code x^{a}_{b}}). */
    private static void attachScript(List<LatexNode> items, boolean superscript, LatexNode argument, boolean afterScript) {
        LatexNode base = items.isEmpty() ? new LatexNode.Text("") : items.remove(items.size() - 1);
        if (afterScript && base instanceof LatexNode.Scripts s && (superscript ? s.sup() == null : s.sub() == null)) {
            items.add(superscript ? new LatexNode.Scripts(s.base(), argument, s.sub())
                    : new LatexNode.Scripts(s.base(), s.sup(), argument));
            return;
        }
        items.add(superscript ? new LatexNode.Scripts(base, argument, null) : new LatexNode.Scripts(base, null, argument));
    }

    /** The command at {@code pos} (which is at a '#'), in TLatex's order of search; null leaves the '#' as text. */
    private LatexNode command() {
        int start = pos;
        pos++;
        LatexNode node = structure();
        if (node == null) {
            String[] greek = LatexSymbols.greekAt(text, pos);
            if (greek != null) {
                pos += greek[0].length();
                node = new LatexNode.Symbol(greek[0], greek[1]);
            }
        }
        if (node == null) {
            for (String kind : LatexNode.Accent.KINDS) {
                if (startsWith(kind + "{")) {
                    pos += kind.length() + 1;
                    node = new LatexNode.Accent(kind, sequence(Until.BRACE));
                    break;
                }
            }
        }
        if (node == null) {
            String name = LatexSymbols.symbolAt(text, pos);
            if (name != null) {
                pos += name.length();
                String glyph = LatexSymbols.SYMBOLS.get(name);
                node = switch (name) {
                    case "sum" -> new LatexNode.BigOperator(name, glyph, 1.8);
                    case "int" -> new LatexNode.BigOperator(name, glyph, 2.3);
                    default -> new LatexNode.Symbol(name, glyph);
                };
            }
        }
        if (node == null) {
            pos = start;
        }
        return node;
    }

    /** The commands with arguments. */
    private LatexNode structure() {
        if (take("splitline{")) {
            return new LatexNode.Stack(sequence(Until.BRACE), braceArgument(), false);
        }
        if (take("frac{")) {
            return new LatexNode.Stack(sequence(Until.BRACE), braceArgument(), true);
        }
        if (take("sqrt{")) {
            return new LatexNode.Root(null, sequence(Until.BRACE));
        }
        if (take("sqrt[")) {
            LatexNode index = parse(option());
            return new LatexNode.Root(index, braceArgument());
        }
        if (take("color[")) {
            int color = (int) number(option(), 1);
            return new LatexNode.Restyle("color[" + color + "]", s -> s.withColor(color), braceArgument());
        }
        if (take("font[")) {
            int font = (int) number(option(), 42);
            return new LatexNode.Restyle("font[" + font + "]", s -> s.withFont(font), braceArgument());
        }
        if (take("scale[")) {
            double factor = number(option(), 1);
            return new LatexNode.Restyle("scale[" + factor + "]", s -> s.withPx(s.px() * factor), braceArgument());
        }
        if (take("kern[")) {
            return new LatexNode.Shift(true, number(option(), 0), braceArgument());
        }
        if (take("lower[")) {
            return new LatexNode.Shift(false, number(option(), 0), braceArgument());
        }
        if (take("bf{")) {
            return new LatexNode.Restyle("bf", twin(BOLD_TWIN), sequence(Until.BRACE));
        }
        if (take("it{")) {
            return new LatexNode.Restyle("it", twin(ITALIC_TWIN), sequence(Until.BRACE));
        }
        if (take("mbox{") || take("hbox{")) {
            return new LatexNode.Restyle("mbox", UnaryOperator.identity(), sequence(Until.BRACE));
        }
        for (String opening : new String[] {"(){", "[]{", "{}{", "||{"}) {
            if (take(opening)) {
                return new LatexNode.Delimited(opening.charAt(0), sequence(Until.BRACE));
            }
        }
        if (startsWith("left") && pos + 4 < text.length() && "([{|".indexOf(text.charAt(pos + 4)) >= 0) {
            char kind = text.charAt(pos + 4);
            pos += 5;
            return new LatexNode.Delimited(kind, sequence(Until.RIGHT));
        }
        return null;
    }

    private static UnaryOperator<LatexStyle> twin(int[] table) {
        return s -> {
            int number = s.font() / 10;
            int twin = number >= 1 && number <= table.length ? table[number - 1] : number;
            return s.withFont(twin * 10 + s.font() % 10);
        };
    }

    private LatexNode braceArgument() {
        return take("{") ? sequence(Until.BRACE) : new LatexNode.Text("");
    }

    /** The text up to the closing ']' of an option such as {@code #color[2]}. */
    private String option() {
        int end = text.indexOf(']', pos);
        if (end < 0) {
            end = text.length();
        }
        String value = text.substring(pos, end);
        pos = Math.min(end + 1, text.length());
        return value;
    }

    /** An option's number; like ROOT's sscanf, leading digits count and junk after them is ignored. */
    private static double number(String option, double otherwise) {
        Matcher m = LEADING_NUMBER.matcher(option);
        return m.find() ? Double.parseDouble(m.group().trim()) : otherwise;
    }

    private boolean startsWith(String prefix) {
        return text.startsWith(prefix, pos);
    }

    private boolean take(String prefix) {
        if (startsWith(prefix)) {
            pos += prefix.length();
            return true;
        }
        return false;
    }
}
