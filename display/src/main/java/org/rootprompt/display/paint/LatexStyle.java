package org.rootprompt.display.paint;

/**
 * What a piece of a TLatex formula is drawn with: ROOT font code, text size in pixels (ROOT's
 * character height), ROOT colour number, and the size of the whole text, which limits how far
 * nested scripts shrink.
 */
record LatexStyle(int font, double px, double outerPx, int color) {
    /** TLatex's fFactorSize: each script level is this much smaller. */
    private static final double SCRIPT_FACTOR = 1.5;
    /** TLatex's fLimitFactorSize: scripts stop shrinking after this many levels. */
    private static final int SCRIPT_LEVELS = 3;

    LatexStyle script() {
        double smaller = px / SCRIPT_FACTOR;
        double smallest = outerPx / Math.pow(SCRIPT_FACTOR, SCRIPT_LEVELS);
        return smaller < smallest * (1 - 1e-6) ? this : withPx(smaller);
    }

    LatexStyle withPx(double newPx) {
        return new LatexStyle(font, newPx, outerPx, color);
    }

    LatexStyle withFont(int newFont) {
        return new LatexStyle(newFont, px, outerPx, color);
    }

    LatexStyle withColor(int newColor) {
        return new LatexStyle(font, px, outerPx, newColor);
    }

    /**
     * Width of the rules in fractions, roots, accents and brackets. ROOT draws them 2 pixels wide
     * whatever the size; we keep about the stem width of the letters, so that large or scaled-up
     * text keeps its proportions (1.4 pixels at ROOT's usual 20-pixel text).
     */
    float lineWidth() {
        return (float) Math.max(1, px * 0.07);
    }
}
