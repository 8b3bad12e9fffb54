package org.rootprompt.root.core;

/**
 * ROOT's line attributes (colour, style, width) for objects drawn with lines: histograms, graphs,
 * functions, boxes. The values live in a {@link Line} that the implementing class holds, so that
 * {@code h.SetLineColor(kRed)} works on every such class as in ROOT.
 */
public interface TAttLine {
    /** The line attributes of this object (ROOT's fLineColor, fLineStyle, fLineWidth). */
    Line attLine();

    /** Line attribute values; ROOT's TAttLine() defaults are colour 1, style 1, width 1. */
    final class Line {
        int color;
        int style;
        int width;
        float alpha = 1;

        public Line(int color, int style, int width) {
            this.color = color;
            this.style = style;
            this.width = width;
        }

        /** An independent copy, for clones. */
        public Line copy() {
            Line c = new Line(color, style, width);
            c.alpha = alpha;
            return c;
        }
    }

    default int GetLineColor() { return attLine().color; }
    default int GetLineStyle() { return attLine().style; }
    default int GetLineWidth() { return attLine().width; }
    default void SetLineColor(int color) { attLine().color = color; attLine().alpha = 1; }
    default void SetLineStyle(int style) { attLine().style = style; }
    default void SetLineWidth(int width) { attLine().width = width; }

    /** The colour with an opacity in [0, 1] (ROOT makes a transparent colour of it). */
    default void SetLineColorAlpha(int color, double alpha) {
        attLine().color = color;
        attLine().alpha = (float) Math.max(0, Math.min(1, alpha));
    }

    /** The opacity set by {@link #SetLineColorAlpha}, 1 otherwise. */
    default float GetLineAlpha() { return attLine().alpha; }
}
