package org.rootprompt.display.paint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TLatex's names for Greek letters and symbols, as Unicode. ROOT draws them from the Symbol font,
 * whose Latin letters are Greek ({@code a} is α); we keep that one table, use it for ROOT fonts 12
 * and 15 too, and draw the Unicode characters with the text's own font.
 */
final class LatexSymbols {
    /** The Symbol font's letters a–z and A–Z, as Unicode. */
    private static final String SYMBOL_LOWER = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";
    private static final String SYMBOL_UPPER = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";

    /** TLatex's Greek names in its search order: the first 52 are the Symbol font's a–z, A–Z. */
    private static final String[] GREEK = {
        "alpha", "beta", "chi", "delta", "varepsilon", "phi", "gamma", "eta", "iota", "varphi", "kappa", "lambda",
        "mu", "nu", "omicron", "pi", "theta", "rho", "sigma", "tau", "upsilon", "varomega", "omega", "xi", "psi", "zeta",
        "Alpha", "Beta", "Chi", "Delta", "Epsilon", "Phi", "Gamma", "Eta", "Iota", "vartheta",
        "Kappa", "Lambda", "Mu", "Nu", "Omicron", "Pi", "Theta", "Rho", "Sigma", "Tau",
        "Upsilon", "varsigma", "Omega", "Xi", "Psi", "Zeta", "varUpsilon", "epsilon",
    };

    /**
     * TLatex's other symbols (its table of Symbol-font characters and the ones it draws with lines),
     * plus four that ROOT prints as written but users expect: degree, ell, cdot and a bare sqrt.
     */
    static final Map<String, String> SYMBOLS = new LinkedHashMap<>();

    static {
        String[] pairs = {
            "leq", "≤", "/", "⁄", "infty", "∞", "voidb", "ƒ", "club", "♣", "diamond", "♦", "heart", "♥",
            "spade", "♠", "leftrightarrow", "↔", "leftarrow", "←", "uparrow", "↑", "rightarrow", "→",
            "downarrow", "↓", "circ", "°", "pm", "±", "doublequote", "″", "geq", "≥", "times", "×",
            "propto", "∝", "partial", "∂", "bullet", "•", "divide", "÷", "neq", "≠", "equiv", "≡",
            "approx", "≈", "3dots", "…", "cbar", "⏐", "topbar", "⎯", "downleftarrow", "↵", "aleph", "ℵ",
            "Jgothic", "ℑ", "Rgothic", "ℜ", "voidn", "℘", "otimes", "⊗", "oplus", "⊕", "oslash", "∅",
            "cap", "∩", "cup", "∪", "supset", "⊃", "supseteq", "⊇", "notsubset", "⊄", "subset", "⊂",
            "subseteq", "⊆", "in", "∈", "notin", "∉", "angle", "∠", "nabla", "∇", "oright", "®",
            "ocopyright", "©", "trademark", "™", "prod", "∏", "surd", "√", "upoint", "⋅", "corner", "¬",
            "wedge", "∧", "vee", "∨", "Leftrightarrow", "⇔", "Leftarrow", "⇐", "Uparrow", "⇑",
            "Rightarrow", "⇒", "Downarrow", "⇓", "LT", "〈", "void1", "®", "copyright", "©", "void3", "™",
            "sum", "∑", "arctop", "⎛", "lbar", "⎜", "arcbottom", "⎝", "void8", "⎢", "bottombar", "⎣",
            "arcbar", "⎧", "ltbar", "⎨", "AA", "Å", "aa", "å", "void06", "⎪", "GT", "〉", "int", "∫",
            "forall", "∀", "exists", "∃",
            // drawn with lines by ROOT
            "Box", "□", "odot", "⊙", "hbar", "ℏ", "minus", "−", "plus", "+", "mp", "∓", "perp", "⊥",
            "backslash", "\\", "parallel", "∥",
            // not TLatex commands (ROOT prints them as written), accepted here
            "degree", "°", "ell", "ℓ", "sqrt", "√", "cdot", "⋅",
        };
        for (int i = 0; i < pairs.length; i += 2) {
            SYMBOLS.put(pairs[i], pairs[i + 1]);
        }
    }

    private LatexSymbols() {}

    /** The Greek letter whose name starts {@code text} at {@code from}, first in TLatex's order; null if none. */
    static String[] greekAt(String text, int from) {
        for (int k = 0; k < GREEK.length; k++) {
            if (text.startsWith(GREEK[k], from)) {
                String letter = switch (k) {
                    case 52 -> "ϒ";
                    case 53 -> "ϵ";
                    default -> fromSymbolFont(String.valueOf((char) (k < 26 ? 'a' + k : 'A' + k - 26)));
                };
                return new String[] {GREEK[k], letter};
            }
        }
        return null;
    }

    /** The longest symbol name that starts {@code text} at {@code from}, as TLatex picks it; null if none. */
    static String symbolAt(String text, int from) {
        String best = null;
        for (String name : SYMBOLS.keySet()) {
            if (text.startsWith(name, from) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best;
    }

    /** Text as the Symbol font shows it: Latin letters become Greek. */
    static String fromSymbolFont(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                out.append(SYMBOL_LOWER.charAt(c - 'a'));
            } else if (c >= 'A' && c <= 'Z') {
                out.append(SYMBOL_UPPER.charAt(c - 'A'));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
