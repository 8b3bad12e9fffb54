package org.rootprompt.root.core;

/**
 * ROOT's fill attributes (colour and style) for areas: histograms, graphs, pads, boxes. Style 0 is
 * hollow, 1001 solid, 3000–3025 hatched patterns, 4000–4100 transparency, as in ROOT.
 */
public interface TAttFill {
    /** The fill attributes of this object (ROOT's fFillColor, fFillStyle). */
    Fill attFill();

    /** Fill attribute values; ROOT's TAttFill() defaults are colour 1, style 0. */
    final class Fill {
        int color;
        int style;
        float alpha = 1;

        public Fill(int color, int style) {
            this.color = color;
            this.style = style;
        }

        /** An independent copy, for clones. */
        public Fill copy() {
            Fill c = new Fill(color, style);
            c.alpha = alpha;
            return c;
        }
    }

    default int GetFillColor() { return attFill().color; }
    default int GetFillStyle() { return attFill().style; }
    default void SetFillColor(int color) { attFill().color = color; attFill().alpha = 1; }
    default void SetFillStyle(int style) { attFill().style = style; }

    /** The colour with an opacity in [0, 1] (ROOT makes a transparent colour of it). */
    default void SetFillColorAlpha(int color, double alpha) {
        attFill().color = color;
        attFill().alpha = (float) Math.max(0, Math.min(1, alpha));
    }

    /** The opacity set by {@link #SetFillColorAlpha}, 1 otherwise. */
    default float GetFillAlpha() { return attFill().alpha; }

    /** Whether the area is see-through: hollow style 0, or ROOT's transparency styles 4000–4099. */
    default boolean IsTransparent() {
        int style = attFill().style;
        return style == 0 || (style >= 4000 && style <= 4099);
    }
}
