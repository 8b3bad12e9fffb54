package org.rootprompt.display.paint;

import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;

/** Looking at painted pictures: counting pixels of a kind in a region. */
final class Pixels {
    private Pixels() {}

    static int count(BufferedImage image, int x0, int y0, int x1, int y1, IntPredicate kind) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                if (kind.test(image.getRGB(x, y) & 0xffffff)) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean isDark(int rgb) {
        return ((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100 && (rgb & 0xff) < 100;
    }

    /** Within a few units of a colour on each component (antialiased edges are blends). */
    static IntPredicate near(int target, int tolerance) {
        return rgb -> Math.abs(((rgb >> 16) & 0xff) - ((target >> 16) & 0xff)) <= tolerance
                && Math.abs(((rgb >> 8) & 0xff) - ((target >> 8) & 0xff)) <= tolerance
                && Math.abs((rgb & 0xff) - (target & 0xff)) <= tolerance;
    }
}
