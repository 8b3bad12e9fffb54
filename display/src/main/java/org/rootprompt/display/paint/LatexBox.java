package org.rootprompt.display.paint;

/** The space a piece of formula takes: its width and how far it reaches above and below its baseline (TLatexFormSize). */
record LatexBox(double width, double over, double under) {
    static final LatexBox EMPTY = new LatexBox(0, 0, 0);

    double height() {
        return over + under;
    }

    /** This box followed by {@code next} on the same baseline. */
    LatexBox then(LatexBox next) {
        return new LatexBox(width + next.width, Math.max(over, next.over), Math.max(under, next.under));
    }
}
