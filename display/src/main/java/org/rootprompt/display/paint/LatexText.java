package org.rootprompt.display.paint;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.rootprompt.root.gpad.TMathText;

/**
 * A text in ROOT's TLatex syntax, parsed once, that can be measured and drawn with Java2D.
 *
 * <p>The syntax is TLatex's: {@code x^{2}}, {@code x_{i}}, {@code x^{a}_{b}}, {@code {}^{40}_{20}Ca},
 * {@code #frac{a}{b}}, {@code #splitline{a}{b}}, {@code #sqrt{x}}, {@code #sqrt[3]{x}}, Greek letters
 * ({@code #alpha} … {@code #omega}, {@code #Alpha} … {@code #Omega}, the {@code #var…} forms), TLatex's
 * symbols ({@code #pm #times #leq #rightarrow #int #sum #infty #partial …}), the accents {@code #bar
 * #vec #dot #ddot #hat #check #acute #grave #tilde #slash}, {@code #it{…}}, {@code #bf{…}},
 * {@code #color[n]{…}}, {@code #font[n]{…}}, {@code #scale[f]{…}}, {@code #kern[dx]{…}},
 * {@code #lower[dy]{…}}, {@code #mbox{…}} and growing brackets {@code #left( … #right)} (also
 * {@code [ { |}) or {@code #(){…} #[]{…} #{}{…} #||{…}}. An unknown {@code #word} is printed as
 * written, as ROOT prints it. Text without any of {@code # ^ _ @ { }} skips the parser.
 *
 * <p>A text with a syntax error (a missing brace, {@code #frac} without its second argument,
 * unmatched {@code #left}/{@code #right}, a bad number in {@code #color[…]} …) is not drawn: as
 * TLatex does, drawing prints {@code *ERROR<TLatex>: } and TLatex's message on standard output,
 * then {@code ==> } and the text. {@link #syntaxError()} gives the message.
 *
 * <p>Sizes are ROOT's text size in pixels (see {@link RootFonts#textSizePixels}); positions are in
 * the Graphics2D's user space, y downwards. Fonts are ROOT font codes (42 Helvetica, 62 bold …) and
 * colours ROOT colour numbers (see {@link org.rootprompt.root.gpad.TColor#awtColor}).
 */
public final class LatexText {
    /** ROOT's default text font, Helvetica (TStyle's 42). */
    public static final int DEFAULT_FONT = 42;

    /** The space a text takes at a size: width, and the ink above and below the baseline, in pixels. */
    public record Extent(double width, double ascent, double descent) {
        public double height() {
            return ascent + descent;
        }
    }

    private final String source;
    private final LatexNode root;
    private final String syntaxError;

    private LatexText(String source, LatexNode root, String syntaxError) {
        this.source = source;
        this.root = root;
        this.syntaxError = syntaxError;
    }

    /**
     * Parses {@code text}; never fails (a null text is empty). A text with a backslash is in
     * TMathText's LaTeX syntax, as TLatex::PaintLatex decides, and is laid out from its TLatex
     * translation ({@link TMathText#toLatex}).
     */
    public static LatexText parse(String text) {
        String source = text == null ? "" : text;
        String latex = source.indexOf('\\') >= 0 ? TMathText.toLatex(source) : source;
        if (latex.chars().noneMatch(c -> "#^_@{}".indexOf(c) >= 0)) {
            return new LatexText(source, new LatexNode.Text(latex), null);
        }
        LatexParser.Result parsed = LatexParser.parse(latex);
        return new LatexText(source, parsed.tree(), parsed.error());
    }

    /** The text as it was given. */
    public String source() {
        return source;
    }

    /** TLatex's message for the text's first syntax error, or null when the text is correct. */
    public String syntaxError() {
        return syntaxError;
    }

    /** The extent at {@code sizePx} pixels in ROOT font {@code font}; zero for a text with a syntax error. */
    public Extent measure(int font, double sizePx) {
        LatexBox box = box(font, sizePx);
        return new Extent(box.width(), box.over(), box.under());
    }

    /** The extent in Helvetica. */
    public Extent measure(double sizePx) {
        return measure(DEFAULT_FONT, sizePx);
    }

    /**
     * Draws the text at ({@code x}, {@code y}) with ROOT's alignment code (10 × horizontal + vertical:
     * horizontal 1 left, 2 centre, 3 right; vertical 1 baseline, 2 centre, 3 top, 0 bottom of the
     * descent) and rotated by {@code angleDegrees} counter-clockwise about that point. The
     * Graphics2D's colour, stroke, transform and hints are restored afterwards.
     */
    public void draw(Graphics2D g, double x, double y, int align, double angleDegrees, int font, double sizePx, int color) {
        if (syntaxError != null) {
            System.out.println("\n*ERROR<TLatex>: " + syntaxError + "\n==> " + source);
            return;
        }
        if (source.isEmpty() || sizePx <= 0) {
            return;
        }
        LatexStyle style = style(font, sizePx, color);
        LatexBox box = root.measure(style);
        Graphics2D pen = (Graphics2D) g.create();
        try {
            pen.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            pen.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            pen.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            pen.transform(placement(x, y, angleDegrees));
            root.draw(new LatexPen(pen), alignX(box, align), alignY(box, align), style);
        } finally {
            pen.dispose();
        }
    }

    /** The area that {@link #draw} covers, as an upright rectangle around the (possibly rotated) box. */
    public Rectangle2D bounds(double x, double y, int align, double angleDegrees, int font, double sizePx) {
        LatexBox box = box(font, sizePx);
        Rectangle2D upright = new Rectangle2D.Double(alignX(box, align), alignY(box, align) - box.over(),
                box.width(), box.height());
        return placement(x, y, angleDegrees).createTransformedShape(upright).getBounds2D();
    }

    /** The parse tree, for tests and debugging: e.g. {@code sup("x", "2")}. */
    @Override
    public String toString() {
        return root.toString();
    }

    private LatexBox box(int font, double sizePx) {
        return syntaxError == null ? root.measure(style(font, sizePx, 1)) : LatexBox.EMPTY;
    }

    private static LatexStyle style(int font, double sizePx, int color) {
        return new LatexStyle(font, sizePx, sizePx, color);
    }

    /** ROOT's angles turn counter-clockwise on the screen, whose y axis points down. */
    private static AffineTransform placement(double x, double y, double angleDegrees) {
        AffineTransform t = AffineTransform.getTranslateInstance(x, y);
        t.rotate(-Math.toRadians(angleDegrees));
        return t;
    }

    private static double alignX(LatexBox box, int align) {
        return switch (align / 10) {
            case 2 -> -box.width() / 2;
            case 3 -> -box.width();
            default -> 0;
        };
    }

    /** Where the baseline goes relative to the point, as TLatex::PaintLatex1 places it. */
    private static double alignY(LatexBox box, int align) {
        return switch (align % 10) {
            case 0 -> -box.under();
            case 2 -> box.height() / 2 - box.under();
            case 3 -> box.over();
            default -> 0;
        };
    }
}
