package org.rootprompt.display.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * Layout of TLatex formulas: the expected numbers are TLatex::Analyse's formulas worked by hand
 * (script raise 0.6 of the base's ascent, scripts 1/1.5 the size, fraction gaps of size/8, root
 * sign size/2 wide and size/4 above), and glyph widths taken straight from the Java font.
 */
class LatexLayoutTest {
    private static final double PX = 30;
    private static final double EPS = 1e-9;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private static LatexText.Extent extent(String text, double px) {
        return LatexText.parse(text).measure(px);
    }

    private static double glyphWidth(int rootFont, double px, String text) {
        Font font = RootFonts.font(rootFont, (float) px);
        return font.createGlyphVector(CONTEXT, text).getLogicalBounds().getWidth();
    }

    @Test
    void superscriptSitsAboveTheBaselineAndIsSmaller() {
        LatexText.Extent x = extent("x", PX);
        LatexText.Extent two = extent("2", PX / 1.5);
        LatexText.Extent power = extent("x^{2}", PX);
        assertEquals(x.width() + glyphWidth(42, PX / 1.5, "2"), power.width(), EPS);
        assertEquals(0.6 * x.ascent() + two.ascent(), power.ascent(), EPS);
        assertEquals(x.descent(), power.descent(), EPS);
        assertTrue(two.height() < extent("2", PX).height(), "the script is drawn smaller");
        assertTrue(power.ascent() > x.ascent(), "the script reaches above the x");
    }

    @Test
    void subscriptHangsBelowTheBaseline() {
        LatexText.Extent x = extent("x", PX);
        LatexText.Extent i = extent("i", PX / 1.5);
        LatexText.Extent index = extent("x_{i}", PX);
        assertEquals(x.descent() + i.descent() + 0.6 * i.ascent(), index.descent(), EPS);
        assertEquals(x.ascent(), index.ascent(), EPS);
    }

    @Test
    void sumTakesItsLimitsAboveAndBelow() {
        LatexText.Extent sigma = extent("∑", 1.8 * PX);
        LatexText.Extent i = extent("i=0", PX / 1.5);
        LatexText.Extent n = extent("n", PX / 1.5);
        LatexText.Extent sum = extent("#sum_{i=0}^{n}", PX);
        // TLatex: the operator's box is 0.45 of its ink ascent either side of the baseline
        double half = 0.45 * sigma.ascent();
        assertEquals(Math.max(sigma.width(), i.width()), sum.width(), EPS);
        assertEquals(half * 1.75 + n.height(), sum.ascent(), EPS);
        assertEquals(half * 0.9 + i.height(), sum.descent(), EPS);
    }

    @Test
    void emptyBaseHoldsScriptsBeforeTheText() {
        LatexText.Extent strut = extent("I", PX);
        LatexText.Extent mass = extent("40", PX / 1.5);
        LatexText.Extent calcium = extent("Ca", PX);
        assertEquals(strut.width() + mass.width() + calcium.width(), extent("{}^{40}_{20}Ca", PX).width(), EPS);
    }

    @Test
    void scriptsStopShrinkingThreeLevelsDown() {
        LatexStyle outer = new LatexStyle(42, 81, 81, 1);
        LatexStyle third = outer.script().script().script();
        assertEquals(24, third.px(), EPS);
        assertEquals(24, third.script().px(), EPS);
    }

    @Test
    void fractionIsTallerThanEitherPart() {
        LatexText.Extent top = extent("a+b", PX);
        LatexText.Extent bottom = extent("y", PX);
        LatexText.Extent fraction = extent("#frac{a+b}{y}", PX);
        assertEquals(top.height() + 3 * PX / 8, fraction.ascent(), EPS);
        assertEquals(bottom.height() - PX / 8, fraction.descent(), EPS);
        assertEquals(Math.max(top.width(), bottom.width()), fraction.width(), EPS);
        assertTrue(fraction.height() > top.height() + bottom.height());
    }

    @Test
    void squareRootAddsItsSign() {
        LatexText.Extent body = extent("x", PX);
        LatexText.Extent root = extent("#sqrt{x}", PX);
        assertEquals(body.width() + PX / 2, root.width(), EPS);
        assertEquals(body.ascent() + PX / 4, root.ascent(), EPS);
    }

    @Test
    void greekLetterIsItsGlyph() {
        assertEquals(glyphWidth(42, PX, "α"), extent("#alpha", PX).width(), EPS);
        assertEquals(glyphWidth(42, PX, "Ω"), extent("#Omega", PX).width(), EPS);
        // ROOT's Symbol font (12) turns Latin letters into Greek
        assertEquals(extent("#alpha", PX).width(), LatexText.parse("#font[122]{a}").measure(42, PX).width(), EPS);
    }

    @Test
    void unknownCommandIsPrintedAsWritten() {
        assertEquals(glyphWidth(42, PX, "#foo bar"), extent("#foo bar", PX).width(), EPS);
    }

    @Test
    void kernMovesByAFractionOfTheWidth() {
        assertEquals(1.5 * extent("ab", PX).width(), extent("#kern[0.5]{ab}", PX).width(), EPS);
    }

    @Test
    void bracketsGrowWithTheirContent() {
        LatexText.Extent fraction = extent("#frac{a}{b}", PX);
        LatexText.Extent bracketed = extent("#left[#frac{a}{b}#right]", PX);
        assertEquals(fraction.ascent(), bracketed.ascent(), EPS);
        assertEquals(fraction.width() + 3 * PX / 4, bracketed.width(), EPS);
    }

    @Test
    void boldAndItalicChangeTheFont() {
        assertEquals(glyphWidth(62, PX, "Wide"), extent("#bf{Wide}", PX).width(), EPS);
        assertEquals(glyphWidth(52, PX, "Wide"), extent("#it{Wide}", PX).width(), EPS);
        // #bf twice is not bold, as in ROOT
        assertEquals(extent("Wide", PX).width(), extent("#bf{#bf{Wide}}", PX).width(), EPS);
    }

    @Test
    void centredAlignmentCentresTheBoxOnThePoint() {
        var bounds = LatexText.parse("#frac{1}{x^{2}} + y_{i}").bounds(100, 80, 22, 0, 42, PX);
        assertEquals(100, bounds.getCenterX(), EPS);
        assertEquals(80, bounds.getCenterY(), EPS);
    }

    @Test
    void alignmentCodesPutTheCornerOnThePoint() {
        LatexText text = LatexText.parse("Ay");
        LatexText.Extent e = text.measure(PX);
        var leftBaseline = text.bounds(50, 60, 11, 0, 42, PX);
        assertEquals(50, leftBaseline.getMinX(), EPS);
        assertEquals(60 - e.ascent(), leftBaseline.getMinY(), EPS);
        var rightTop = text.bounds(50, 60, 33, 0, 42, PX);
        assertEquals(50, rightTop.getMaxX(), EPS);
        assertEquals(60, rightTop.getMinY(), EPS);
    }

    @Test
    void rotatedTextIsTall() {
        LatexText text = LatexText.parse("rotated text");
        LatexText.Extent e = text.measure(PX);
        var bounds = text.bounds(100, 100, 22, 90, 42, PX);
        assertEquals(e.width(), bounds.getHeight(), 1e-6);
        assertEquals(e.height(), bounds.getWidth(), 1e-6);
        assertTrue(bounds.getHeight() > bounds.getWidth());
    }

    @Test
    void drawingPaintsWhereTheBoxIs() {
        BufferedImage image = blank(120, 120);
        Graphics2D g = image.createGraphics();
        LatexText.parse("#bf{HH}").draw(g, 60, 60, 22, 0, 62, 40, 1);
        g.dispose();
        Rectangle ink = ink(image);
        assertEquals(60, ink.getCenterX(), 2);
        assertEquals(60, ink.getCenterY(), 2);
        assertEquals(Color.WHITE.getRGB(), image.getRGB(2, 2));
    }

    @Test
    void rotatedDrawingIsTallAndColoured() {
        BufferedImage image = blank(120, 200);
        Graphics2D g = image.createGraphics();
        LatexText.parse("#color[2]{HHHH}").draw(g, 60, 100, 22, 90, 42, 30, 1);
        g.dispose();
        Rectangle ink = ink(image);
        assertTrue(ink.height > 2 * ink.width, "rotated by 90 degrees: " + ink);
        int red = 0;
        for (int y = ink.y; y < ink.getMaxY(); y++) {
            for (int x = ink.x; x < ink.getMaxX(); x++) {
                Color c = new Color(image.getRGB(x, y));
                assertTrue(c.getRed() > 200, "only red and white are drawn, not " + c);
                red += c.getGreen() < 60 && c.getBlue() < 60 ? 1 : 0;
            }
        }
        assertTrue(red > 50, "solid red strokes: " + red + " pixels");
    }

    @Test
    void superscriptInkIsAboveTheBase() {
        BufferedImage base = blank(100, 100);
        BufferedImage power = blank(100, 100);
        Graphics2D g = base.createGraphics();
        LatexText.parse("x").draw(g, 20, 70, 11, 0, 42, 40, 1);
        g.dispose();
        g = power.createGraphics();
        LatexText.parse("x^{2}").draw(g, 20, 70, 11, 0, 42, 40, 1);
        g.dispose();
        assertTrue(ink(power).y < ink(base).y - 5, "the 2 rises above the x");
        assertTrue(ink(power).getMaxX() > ink(base).getMaxX() + 5, "and stands to its right");
    }

    private static BufferedImage blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** The smallest rectangle holding every pixel that is not white. */
    private static Rectangle ink(BufferedImage image) {
        Rectangle box = null;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != Color.WHITE.getRGB()) {
                    Rectangle pixel = new Rectangle(x, y, 1, 1);
                    box = box == null ? pixel : box.union(pixel);
                }
            }
        }
        assertTrue(box != null, "something was drawn");
        return box;
    }
}
