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
 * is printed as written. It never throws: it notes the first syntax error with TLatex's message
 * and carries on as if the missing brace or bracket were at the end.
 */
final class LatexParser {
    /** ROOT's font-number tables of TLatex's #bf and #it: which of the 15 fonts is the bold or italic twin. */
    private static final int[] BOLD_TWIN = {3, 13, 1, 6, 7, 4, 5, 10, 11, 8, 9, 12, 2, 14, 15};
    private static final int[] ITALIC_TWIN = {13, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 15, 1, 14, 12};

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    // TLatex's messages (CheckLatexSyntax), spaces and all
    private static final String LEFT_RIGHT = "Operators \"#left\" and \"#right\" don't match !";
    private static final String OPTION_SYNTAX = "Invalid number of \"]{\"";
    private static final String FRACTION_SYNTAX = "Error in syntax of  \"#frac\"";

    private enum Until { END, BRACE, RIGHT }

    /** A parsed text, and TLatex's message for its first syntax error (null if none). */
    record Result(LatexNode tree, String error) {}

    private final String text;
    private int pos;
    private String error;

    private LatexParser(String text) {
        this.text = text;
    }

    static Result parse(String text) {
        LatexParser parser = new LatexParser(text);
        LatexNode tree = parser.sequence(Until.END);
        return new Result(tree, parser.error);
    }

    private void fail(String message) {
        if (error == null && message != null) {
            error = message;
        }
    }

    private LatexNode sequence(Until until) {
        List<LatexNode> items = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean afterScript = false;
        boolean closed = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            boolean right = startsWith("#right") && pos + 6 < text.length() && ")]}|".indexOf(text.charAt(pos + 6)) >= 0;
            if (until == Until.BRACE && c == '}' || until == Until.RIGHT && right) {
                pos += right ? 7 : 1;
                closed = true;
                break;
            }
            if (right) {
                fail(LEFT_RIGHT);
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
        if (!closed && until != Until.END) {
            fail(until == Until.BRACE ? "Missing \"}\"" : LEFT_RIGHT);
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
            for (LatexNode.Accent.Mark mark : LatexNode.Accent.Mark.values()) {
                if (take(mark.command() + "{")) {
                    node = new LatexNode.Accent(mark, sequence(Until.BRACE));
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
            return new LatexNode.Stack(sequence(Until.BRACE), argument(FRACTION_SYNTAX), false);
        }
        if (take("frac{")) {
            return new LatexNode.Stack(sequence(Until.BRACE), argument(FRACTION_SYNTAX), true);
        }
        if (take("sqrt{")) {
            return new LatexNode.Root(null, sequence(Until.BRACE));
        }
        if (take("sqrt[")) {
            Result index = parse(option());
            fail(index.error());
            return new LatexNode.Root(index.tree(), argument(OPTION_SYNTAX));
        }
        if (take("color[")) {
            int color = (int) number("Invalid color number. Syntax is #color[(Int_t)nb]{ ... }", 1);
            return new LatexNode.Restyle("color[" + color + "]", s -> s.withColor(color), argument(OPTION_SYNTAX));
        }
        if (take("font[")) {
            int font = (int) number("Invalid font number. Syntax is #font[(Int_t)nb]{ ... }", 42);
            return new LatexNode.Restyle("font[" + font + "]", s -> s.withFont(font), argument(OPTION_SYNTAX));
        }
        if (take("scale[")) {
            // ROOT's message names the command #factor
            double factor = number("Invalid scale factor. Syntax is #factor[(Double_t)nb]{ ... }", 1);
            return new LatexNode.Restyle("scale[" + factor + "]", s -> s.withPx(s.px() * factor), argument(OPTION_SYNTAX));
        }
        if (take("kern[")) {
            double dx = number("Invalid horizontal shift number. Syntax is #kern[(Float_t)dx]{ ... }", 0);
            return new LatexNode.Shift(true, dx, argument(OPTION_SYNTAX));
        }
        if (take("lower[")) {
            double dy = number("Invalid vertical shift number. Syntax is #lower[(Float_t)dy]{ ... }", 0);
            return new LatexNode.Shift(false, dy, argument(OPTION_SYNTAX));
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

    /** A braced argument that must follow; {@code message} is TLatex's complaint when it does not. */
    private LatexNode argument(String message) {
        if (take("{")) {
            return sequence(Until.BRACE);
        }
        fail(message);
        return new LatexNode.Text("");
    }

    /** The text up to the closing ']' of an option such as {@code #color[2]}. */
    private String option() {
        int end = text.indexOf(']', pos);
        if (end < 0) {
            fail(OPTION_SYNTAX);
            end = text.length();
        }
        String value = text.substring(pos, end);
        pos = Math.min(end + 1, text.length());
        return value;
    }

    /** The option's number; like ROOT's sscanf, leading digits count and what follows them is ignored. */
    private double number(String message, double otherwise) {
        Matcher m = LEADING_NUMBER.matcher(option());
        if (m.find()) {
            return Double.parseDouble(m.group().trim());
        }
        fail(message);
        return otherwise;
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
