package org.rootprompt.root.core;

/**
 * ROOT's axis attributes: divisions (ROOT's n1 + 100·n2 + 10000·n3, e.g. 510; negative for exactly
 * that many, without optimisation), colours, label and title fonts, sizes and offsets, tick length,
 * and the drawing flags (centred or rotated title, more log labels, no exponent).
 */
public interface TAttAxis {
    /** The axis attributes of this object. */
    Axis attAxis();

    /** Axis attribute values with ROOT 6's defaults (TAttAxis under the Modern style). */
    final class Axis {
        int ndivisions = 510;
        int axisColor = 1;
        int labelColor = 1;
        int labelFont = 42;
        float labelOffset = 0.005f;
        float labelSize = 0.035f;
        float tickLength = 0.03f;
        float titleOffset = 1;
        float titleSize = 0.035f;
        int titleColor = 1;
        int titleFont = 42;
        boolean centerTitle;
        boolean rotateTitle;
        boolean centerLabels;
        boolean moreLogLabels;
        boolean noExponent;
        boolean ticksPlus;
        boolean ticksMinus;

        /** An independent copy, for clones. */
        public Axis copy() {
            Axis c = new Axis();
            c.ndivisions = ndivisions;
            c.axisColor = axisColor;
            c.labelColor = labelColor;
            c.labelFont = labelFont;
            c.labelOffset = labelOffset;
            c.labelSize = labelSize;
            c.tickLength = tickLength;
            c.titleOffset = titleOffset;
            c.titleSize = titleSize;
            c.titleColor = titleColor;
            c.titleFont = titleFont;
            c.centerTitle = centerTitle;
            c.rotateTitle = rotateTitle;
            c.centerLabels = centerLabels;
            c.moreLogLabels = moreLogLabels;
            c.noExponent = noExponent;
            c.ticksPlus = ticksPlus;
            c.ticksMinus = ticksMinus;
            return c;
        }
    }

    default int GetNdivisions() { return attAxis().ndivisions; }
    default int GetAxisColor() { return attAxis().axisColor; }
    default int GetLabelColor() { return attAxis().labelColor; }
    default int GetLabelFont() { return attAxis().labelFont; }
    default float GetLabelOffset() { return attAxis().labelOffset; }
    default float GetLabelSize() { return attAxis().labelSize; }
    default float GetTickLength() { return attAxis().tickLength; }
    default float GetTitleOffset() { return attAxis().titleOffset; }
    default float GetTitleSize() { return attAxis().titleSize; }
    default int GetTitleColor() { return attAxis().titleColor; }
    default int GetTitleFont() { return attAxis().titleFont; }

    /** Divisions n1 + 100·n2 + 10000·n3; with optimize false ROOT stores them negative (exactly that many). */
    default void SetNdivisions(int n, boolean optimize) { attAxis().ndivisions = optimize ? n : -Math.abs(n); }
    default void SetNdivisions(int n) { SetNdivisions(n, true); }

    /** Primary, secondary and tertiary divisions (ROOT's SetNdivisions(n1, n2, n3, optimize)). */
    default void SetNdivisions(int n1, int n2, int n3, boolean optimize) {
        SetNdivisions(n1 + 100 * n2 + 10000 * n3, optimize);
    }

    default void SetAxisColor(int color) { attAxis().axisColor = color; }
    default void SetLabelColor(int color) { attAxis().labelColor = color; }
    default void SetLabelFont(int font) { attAxis().labelFont = font; }
    default void SetLabelOffset(double offset) { attAxis().labelOffset = (float) offset; }
    default void SetLabelSize(double size) { attAxis().labelSize = (float) size; }
    default void SetTickLength(double length) { attAxis().tickLength = (float) length; }
    default void SetTickSize(double length) { SetTickLength(length); }
    default void SetTitleOffset(double offset) { attAxis().titleOffset = (float) offset; }
    default void SetTitleSize(double size) { attAxis().titleSize = (float) size; }
    default void SetTitleColor(int color) { attAxis().titleColor = color; }
    default void SetTitleFont(int font) { attAxis().titleFont = font; }

    /** The title centred on the axis instead of at its end. */
    default void CenterTitle(boolean center) { attAxis().centerTitle = center; }
    default void CenterTitle() { CenterTitle(true); }
    default boolean GetCenterTitle() { return attAxis().centerTitle; }
    default void RotateTitle(boolean rotate) { attAxis().rotateTitle = rotate; }
    default void RotateTitle() { RotateTitle(true); }
    default boolean GetRotateTitle() { return attAxis().rotateTitle; }
    /** Labels between the ticks, under the middle of each bin. */
    default void CenterLabels(boolean center) { attAxis().centerLabels = center; }
    default void CenterLabels() { CenterLabels(true); }
    default boolean GetCenterLabels() { return attAxis().centerLabels; }
    /** Labels on intermediate log ticks too, not only at decades. */
    default void SetMoreLogLabels(boolean more) { attAxis().moreLogLabels = more; }
    default void SetMoreLogLabels() { SetMoreLogLabels(true); }
    default boolean GetMoreLogLabels() { return attAxis().moreLogLabels; }
    /** Full numbers on the labels instead of a common ×10ⁿ factor. */
    default void SetNoExponent(boolean no) { attAxis().noExponent = no; }
    default void SetNoExponent() { SetNoExponent(true); }
    default boolean GetNoExponent() { return attAxis().noExponent; }

    /** Ticks on the "+" side, the "-" side or both ("+-"), as ROOT's SetTicks. */
    default void SetTicks(String option) {
        attAxis().ticksPlus = option.contains("+");
        attAxis().ticksMinus = option.contains("-");
    }

    default String GetTicks() {
        return (attAxis().ticksPlus ? "+" : "") + (attAxis().ticksMinus ? "-" : "");
    }
}
