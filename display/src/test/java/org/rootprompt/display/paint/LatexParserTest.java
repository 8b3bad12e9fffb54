package org.rootprompt.display.paint;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parse trees of TLatex strings, written by hand from TLatex's rules (TLatex.cxx, Analyse and CheckLatexSyntax).
 * Texts are quoted with backticks because a CSV line that starts with # is a comment.
 */
class LatexParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `Hello world` | `"Hello world"`
            `x^{2}` | `sup("x", "2")`
            `x_{i}` | `sub("x", "i")`
            `x^{a}_{b}` | `supsub("x", "a", "b")`
            `x_{b}^{a}` | `supsub("x", "a", "b")`
            `x^{y^{2}}` | `sup("x", sup("y", "2"))`
            `E_{T}miss^{2}` | `[sub("E", "T"), sup("miss", "2")]`
            `{}^{40}_{20}Ca` | `[supsub({}, "40", "20"), "Ca"]`
            `#frac{a}{b+c}` | `frac("a", "b+c")`
            `#splitline{one}{two}` | `splitline("one", "two")`
            `#sqrt{x}` | `sqrt("x")`
            `#sqrt[3]{x}` | `sqrt["3"]("x")`
            `#alpha+#Omega` | `[#alpha, "+", #Omega]`
            `#alphax` | `[#alpha, "x"]`
            `#varepsilon#epsilon` | `[#varepsilon, #epsilon]`
            `#infty #in #int` | `[#infty, " ", #in, " ", #int]`
            `#int_{0}^{1}` | `supsub(#int, "1", "0")`
            `#sum_{i}` | `sub(#sum, "i")`
            `#bar{x}#hat{y}#vec{v}` | `[bar("x"), hat("y"), vec("v")]`
            `#dot{x}#ddot{x}#tilde{n}` | `[dot("x"), ddot("x"), tilde("n")]`
            `#it{a}#bf{b}` | `[it("a"), bf("b")]`
            `#color[2]{red}` | `color[2]("red")`
            `#font[12]{abc}` | `font[12]("abc")`
            `#scale[1.5]{big}` | `scale[1.5]("big")`
            `#kern[0.3]{e}#lower[-0.2]{s}` | `[kern[0.3]("e"), lower[-0.2]("s")]`
            `#left(x#right)` | `left(("x")`
            `#left[x#right]^{2}` | `sup(left[("x"), "2")`
            `#left|x#right|` | `left|("x")`
            `#left(a#rightarrowb#right)` | `left((["a", #rightarrow, "b"])`
            `#leftarrow#rightarrow` | `[#leftarrow, #rightarrow]`
            `#(){x}#{}{y}` | `[left(("x"), left{("y")]`
            `#mbox{a}#hbox{b}` | `[mbox("a"), mbox("b")]`
            `#foo` | `"#foo"`
            `#foo^{2}` | `sup("#foo", "2")`
            `a{b}c` | `"a{b}c"`
            `@{x@}` | `"{x}"`
            `x^2` | `"x^2"`
            `#pm#mp#times#cdot#leq#geq` | `[#pm, #mp, #times, #cdot, #leq, #geq]`
            `#degree#ell#hbar#perp#forall#exists` | `[#degree, #ell, #hbar, #perp, #forall, #exists]`
            """)
    void parsesAsTLatexDoes(String text, String tree) {
        assertEquals(tree, LatexText.parse(text).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `x^{2`            | `Missing "}"`
            `{}^{40`          | `Missing "}"`
            `#frac{a}`        | `Error in syntax of  "#frac"`
            `#splitline{a}`   | `Error in syntax of  "#frac"`
            `#left(x`         | `Operators "#left" and "#right" don't match !`
            `x#right)`        | `Operators "#left" and "#right" don't match !`
            `#color[2`        | `Invalid number of "]{"`
            `#sqrt[3]x`       | `Invalid number of "]{"`
            `#color[red]{x}`  | `Invalid color number. Syntax is #color[(Int_t)nb]{ ... }`
            `#font[]{x}`      | `Invalid font number. Syntax is #font[(Int_t)nb]{ ... }`
            `#kern[a]{x}`     | `Invalid horizontal shift number. Syntax is #kern[(Float_t)dx]{ ... }`
            `#lower[b]{x}`    | `Invalid vertical shift number. Syntax is #lower[(Float_t)dy]{ ... }`
            `#scale[c]{x}`    | `Invalid scale factor. Syntax is #factor[(Double_t)nb]{ ... }`
            """)
    void syntaxErrorsHaveTLatexsMessages(String text, String message) {
        assertEquals(message, LatexText.parse(text).syntaxError());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x^{2}", "}", "a{b}c", "#foo", "@", "#", "x^2", "#left(#frac{a}{b}#right)", ""})
    void correctTextHasNoError(String text) {
        assertNull(LatexText.parse(text).syntaxError());
    }

    @Test
    void drawingAWrongTextPrintsTLatexsErrorAndDrawsNothing() {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        PrintStream saved = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            LatexText.parse("x^{2").draw(g, 10, 30, 11, 0, 42, 20, 0);
        } finally {
            System.setOut(saved);
            g.dispose();
        }
        assertEquals("\n*ERROR<TLatex>: Missing \"}\"\n==> x^{2\n", printed.toString(StandardCharsets.UTF_8).replace("\r", ""));
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(0, image.getRGB(x, y) & 0xFFFFFF, "nothing drawn at " + x + "," + y);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"#frac{a}", "x^{2", "#color[2", "#color[red]{x}", "}", "#left(x", "#right)", "#sqrt[", "#",
        "^{", "_", "#kern[]{x}", "@", "#bar", "{}^{", "#splitline{a}"})
    void brokenTextDoesNotThrow(String text) {
        LatexText latex = assertDoesNotThrow(() -> LatexText.parse(text));
        PrintStream saved = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        BufferedImage image = new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        assertDoesNotThrow(() -> {
            latex.measure(20);
            latex.draw(g, 10, 30, 11, 30, 42, 20, 1);
        });
        g.dispose();
        System.setOut(saved);
    }
}
