package org.rootprompt.root.core;

/**
 * ROOT's text attributes: alignment (11 … 33: horizontal 1 left, 2 centre, 3 right; vertical 1
 * bottom, 2 centre, 3 top), angle in degrees, colour, font (ROOT's number × 10 + precision, e.g. 42
 * Helvetica, 62 Helvetica bold) and size (below 1: a fraction of the pad; font precision 3: pixels).
 */
public interface TAttText {
    /** The text attributes of this object (ROOT's fTextAlign, fTextAngle, fTextColor, fTextFont, fTextSize). */
    Text attText();

    /** Text attribute values; ROOT's TAttText() defaults are align 11, angle 0, colour 1, font 62, size 0.05. */
    final class Text {
        int align;
        float angle;
        int color;
        int font;
        float size;

        public Text(int align, double angle, int color, int font, double size) {
            this.align = align;
            this.angle = (float) angle;
            this.color = color;
            this.font = font;
            this.size = (float) size;
        }

        /** An independent copy, for clones. */
        public Text copy() {
            return new Text(align, angle, color, font, size);
        }
    }

    default int GetTextAlign() { return attText().align; }
    default float GetTextAngle() { return attText().angle; }
    default int GetTextColor() { return attText().color; }
    default int GetTextFont() { return attText().font; }
    default float GetTextSize() { return attText().size; }
    default void SetTextAlign(int align) { attText().align = align; }
    default void SetTextAngle(double angle) { attText().angle = (float) angle; }
    default void SetTextColor(int color) { attText().color = color; }
    default void SetTextFont(int font) { attText().font = font; }
    default void SetTextSize(double size) { attText().size = (float) size; }
}
