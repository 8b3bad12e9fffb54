package org.rootprompt.root.gpad;

import java.util.Map;
import org.rootprompt.root.core.TAttFill;

/**
 * Text in LaTeX's math syntax ({@code \frac{a}{b}}, {@code \sqrt{x}}, {@code \alpha}, {@code x^{2}},
 * {@code \mathrm{…}} …), as ROOT's TMathText. It is drawn by translating it to TLatex's syntax
 * ({@link #toLatex}) and laying that out as TLatex does; a TLatex text with a backslash is drawn
 * the same way, as TLatex::PaintLatex hands such text to TMathText.
 */
public class TMathText extends TText implements TAttFill {
    private TAttFill.Fill fAttFill = new TAttFill.Fill(1, 1001);

    public TMathText() {
        super();
    }

    public TMathText(double x, double y, String text) {
        super(x, y, text);
    }

    /** Draws a copy with this object's attributes at (x, y) and returns it (ROOT's DrawMathText). */
    public TMathText DrawMathText(double x, double y, String text) {
        return (TMathText) DrawText(x, y, text);
    }

    @Override
    public TAttFill.Fill attFill() { return fAttFill; }

    @Override
    public TMathText Clone() {
        TMathText copy = (TMathText) super.Clone();
        copy.fAttFill = fAttFill.copy();
        return copy;
    }

    /** LaTeX names that TLatex spells differently; every other {@code \name} becomes {@code #name}. */
    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("ne", "#neq"), Map.entry("le", "#leq"), Map.entry("ge", "#geq"),
            Map.entry("to", "#rightarrow"), Map.entry("gets", "#leftarrow"), Map.entry("cdot", "#upoint"),
            Map.entry("ldots", "#3dots"), Map.entry("dots", "#3dots"), Map.entry("cdots", "#3dots"),
            Map.entry("div", "#divide"), Map.entry("dfrac", "#frac"), Map.entry("tfrac", "#frac"),
            Map.entry("mathrm", "#mbox"), Map.entry("text", "#mbox"), Map.entry("textrm", "#mbox"),
            Map.entry("mbox", "#mbox"), Map.entry("operatorname", "#mbox"),
            Map.entry("mathbf", "#bf"), Map.entry("textbf", "#bf"), Map.entry("boldsymbol", "#bf"),
            Map.entry("mathit", "#it"), Map.entry("textit", "#it"),
            Map.entry("prime", "'"), Map.entry("lbrace", "@{"), Map.entry("rbrace", "@}"),
            Map.entry("displaystyle", ""), Map.entry("textstyle", ""), Map.entry("limits", ""));

    /**
     * The text in TLatex's syntax: {@code \name} becomes {@code #name} (with LaTeX's other spellings
     * such as {@code \ne}, {@code \le}, {@code \cdot}, {@code \mathrm}, {@code \mathbf} renamed),
     * {@code $} math delimiters go, LaTeX's spacing commands become a space, {@code \{ \}} literal
     * braces and {@code \% \$ \& \_ \#} their characters. The space that ends a command name goes,
     * as in LaTeX, unless a letter follows, which would otherwise join the name.
     */
    public static String toLatex(String tex) {
        if (tex == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(tex.length());
        int i = 0;
        while (i < tex.length()) {
            char c = tex.charAt(i);
            if (c == '$') {
                i++;
            } else if (c != '\\') {
                out.append(c);
                i++;
            } else if (i + 1 < tex.length() && Character.isLetter(tex.charAt(i + 1))) {
                int end = i + 1;
                while (end < tex.length() && Character.isLetter(tex.charAt(end))) {
                    end++;
                }
                String name = tex.substring(i + 1, end);
                out.append(RENAMED.getOrDefault(name, "#" + name));
                if (name.equals("left") || name.equals("right")) {
                    // the delimiter: \{ \} are braces here, "." is no delimiter
                    if (end + 1 < tex.length() && tex.charAt(end) == '\\' && "{}|".indexOf(tex.charAt(end + 1)) >= 0) {
                        out.append(tex.charAt(end + 1));
                        end += 2;
                    }
                }
                if (end + 1 < tex.length() && tex.charAt(end) == ' ' && !Character.isLetter(tex.charAt(end + 1))) {
                    end++;
                }
                i = end;
            } else {
                char next = i + 1 < tex.length() ? tex.charAt(i + 1) : ' ';
                out.append(switch (next) {
                    case ',', ';', ':', ' ', '\\' -> " ";
                    case '!' -> "";
                    case '{', '}' -> "@" + next;
                    default -> String.valueOf(next);
                });
                i += 2;
            }
        }
        return out.toString();
    }
}
