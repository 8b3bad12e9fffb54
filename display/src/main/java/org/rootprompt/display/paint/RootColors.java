package org.rootprompt.display.paint;

import java.awt.Color;
import java.util.function.IntFunction;

/**
 * ROOT colour numbers as Java colours. The first ten are ROOT's basic colours (TColor's table);
 * the canvas painter, which knows the whole palette, installs a lookup for every other number
 * (and may override these) with {@link #setLookup}.
 */
public final class RootColors {
    private static final Color[] BASIC = {
        Color.WHITE, Color.BLACK, Color.RED, Color.GREEN, Color.BLUE,
        Color.YELLOW, Color.MAGENTA, Color.CYAN,
        new Color(0.35f, 0.83f, 0.33f), new Color(0.35f, 0.33f, 0.85f),
    };

    private static volatile IntFunction<Color> lookup = null;

    private RootColors() {}

    /** The colour for ROOT colour number {@code index}; black when nobody knows the number. */
    public static Color color(int index) {
        IntFunction<Color> custom = lookup;
        Color found = custom == null ? null : custom.apply(index);
        if (found != null) {
            return found;
        }
        return index >= 0 && index < BASIC.length ? BASIC[index] : Color.BLACK;
    }

    /** Installs the painter's lookup; it may return null for numbers it does not know. Null removes it. */
    public static void setLookup(IntFunction<Color> newLookup) {
        lookup = newLookup;
    }
}
