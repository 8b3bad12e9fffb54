package org.rootprompt.root.core;

/**
 * ROOT's marker attributes (colour, style, size) for points: histograms drawn with "P", graphs,
 * TMarker. Styles are ROOT's numbers (1 dot, 20 full circle, 21 full square, 24 open circle, …).
 */
public interface TAttMarker {
    /** The marker attributes of this object (ROOT's fMarkerColor, fMarkerStyle, fMarkerSize). */
    Marker attMarker();

    /** Marker attribute values; ROOT's TAttMarker() defaults are colour 1, style 1, size 1. */
    final class Marker {
        int color;
        int style;
        float size;
        float alpha = 1;

        public Marker(int color, int style, double size) {
            this.color = color;
            this.style = style;
            this.size = (float) size;
        }

        /** An independent copy, for clones. */
        public Marker copy() {
            Marker c = new Marker(color, style, size);
            c.alpha = alpha;
            return c;
        }
    }

    default int GetMarkerColor() { return attMarker().color; }
    default int GetMarkerStyle() { return attMarker().style; }
    default float GetMarkerSize() { return attMarker().size; }
    default void SetMarkerColor(int color) { attMarker().color = color; attMarker().alpha = 1; }
    default void SetMarkerStyle(int style) { attMarker().style = style; }
    default void SetMarkerSize(double size) { attMarker().size = (float) size; }

    /** The colour with an opacity in [0, 1] (ROOT makes a transparent colour of it). */
    default void SetMarkerColorAlpha(int color, double alpha) {
        attMarker().color = color;
        attMarker().alpha = (float) Math.max(0, Math.min(1, alpha));
    }

    /** The opacity set by {@link #SetMarkerColorAlpha}, 1 otherwise. */
    default float GetMarkerAlpha() { return attMarker().alpha; }
}
