package org.rootprompt.display.paint;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ROOT's text fonts and text sizes in Java2D.
 *
 * <p>A ROOT font code is {@code 10 × number + precision}. The numbers 1–15 are Times, Helvetica and
 * Courier in their four styles, Symbol and Wingdings; ROOT ships the metric clones of those fonts.
 * We use Liberation Sans, Serif and Mono, because they have exactly the advance widths of
 * Helvetica/Arial, Times and Courier, so text lines up as in ROOT's own pictures: first the copies
 * on our class path (the {@code openpdf-fonts-extra} jar, SIL Open Font License), so that every
 * machine draws the same pictures, then the system's (Debian's {@code fonts-liberation2} or
 * {@code fonts-liberation}), and last the JVM's logical fonts ({@code SansSerif}, {@code Serif},
 * {@code Monospaced}), which exist in every headless JVM. Symbol (12, 15) becomes the sans font with the Symbol font's Latin-to-Greek letters
 * (see {@link LatexText}); Wingdings (14) has no counterpart and becomes the sans font.
 *
 * <p>Sizes: every {@code pixelSize} here is ROOT's text size in pixels, the "character height" of
 * {@link #textSizePixels}. ROOT's FreeType layer draws glyphs with an em of that size times
 * {@link #GLYPH_SCALE} (TTF.cxx's {@code kScale}), and so do we.
 */
public final class RootFonts {
    /** ROOT's TTF {@code kScale}: the em size of the glyphs per pixel of text size. */
    public static final double GLYPH_SCALE = 0.93376068;

    private static final List<Path> LIBERATION_DIRS =
            List.of(Path.of("/usr/share/fonts/truetype/liberation2"), Path.of("/usr/share/fonts/truetype/liberation"));

    private enum Family {
        SANS("LiberationSans", Font.SANS_SERIF),
        SERIF("LiberationSerif", Font.SERIF),
        MONO("LiberationMono", Font.MONOSPACED);

        final String filePrefix;
        final String logicalName;

        Family(String filePrefix, String logicalName) {
            this.filePrefix = filePrefix;
            this.logicalName = logicalName;
        }
    }

    private record Face(Family family, int style) {}

    /** ROOT's font numbers 1–15 (index 0 stands for an unknown number: Helvetica). */
    private static final Face[] FACES = {
        new Face(Family.SANS, Font.PLAIN),
        new Face(Family.SERIF, Font.ITALIC), new Face(Family.SERIF, Font.BOLD),
        new Face(Family.SERIF, Font.BOLD | Font.ITALIC),
        new Face(Family.SANS, Font.PLAIN), new Face(Family.SANS, Font.ITALIC),
        new Face(Family.SANS, Font.BOLD), new Face(Family.SANS, Font.BOLD | Font.ITALIC),
        new Face(Family.MONO, Font.PLAIN), new Face(Family.MONO, Font.ITALIC),
        new Face(Family.MONO, Font.BOLD), new Face(Family.MONO, Font.BOLD | Font.ITALIC),
        new Face(Family.SANS, Font.PLAIN), new Face(Family.SERIF, Font.PLAIN),
        new Face(Family.SANS, Font.PLAIN), new Face(Family.SANS, Font.ITALIC),
    };

    private static final Map<Face, Font> LOADED = new ConcurrentHashMap<>();

    private RootFonts() {}

    /** The Java font for ROOT font code {@code rootFont} (e.g. 42 Helvetica, 62 Helvetica bold) at a text size in pixels. */
    public static Font font(int rootFont, float pixelSize) {
        return LOADED.computeIfAbsent(FACES[fontNumber(rootFont)], RootFonts::load)
                .deriveFont((float) (pixelSize * GLYPH_SCALE));
    }

    /** A font of the same style and size that has more glyphs, for characters {@code font} lacks. */
    public static Font fallback(Font font) {
        return new Font(Font.SANS_SERIF, font.getStyle(), 1).deriveFont(font.getSize2D());
    }

    /** True for Symbol (12) and Symbol italic (15), whose Latin letters are Greek. */
    static boolean isSymbol(int rootFont) {
        int number = fontNumber(rootFont);
        return number == 12 || number == 15;
    }

    /** The family that Helvetica (font 42) is drawn with here: "Liberation Sans" or the logical "SansSerif". */
    public static String helveticaFamily() {
        return font(42, 10).getFamily();
    }

    /**
     * ROOT's text size in pixels, as TAttText::Modify and TLatex::GetHeight compute it: with font
     * precision 3 ({@code rootFont % 10 == 3}) the size is already in pixels; otherwise it is a
     * fraction of the pad, multiplied by the smaller of the pad's width and height in pixels
     * (so {@code 0.04} in a 700 × 500 pad is 20 pixels).
     */
    public static double textSizePixels(double textSize, int rootFont, int padWidthPx, int padHeightPx) {
        return rootFont % 10 == 3 ? textSize : textSize * Math.min(padWidthPx, padHeightPx);
    }

    static int fontNumber(int rootFont) {
        int number = rootFont / 10;
        return number >= 1 && number < FACES.length ? number : 4;
    }

    private static Font load(Face face) {
        String suffix = switch (face.style()) {
            case Font.BOLD -> "Bold";
            case Font.ITALIC -> "Italic";
            case Font.BOLD | Font.ITALIC -> "BoldItalic";
            default -> "Regular";
        };
        String file = face.family().filePrefix + "-" + suffix + ".ttf";
        Font liberation = bundled(file);
        if (liberation == null) {
            liberation = firstReadable(LIBERATION_DIRS, file);
        }
        return liberation != null ? liberation : new Font(face.family().logicalName, face.style(), 1);
    }

    /** The font file from the class path's {@code liberation/} folder; null if it is not there. */
    static Font bundled(String fileName) {
        try (var in = RootFonts.class.getClassLoader().getResourceAsStream("liberation/" + fileName)) {
            return in == null ? null : Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException | IOException e) {
            return null; // a damaged copy: the system's or the logical font serves
        }
    }

    /** The TrueType font {@code fileName} from the first directory that has a readable copy; null if none. */
    static Font firstReadable(List<Path> dirs, String fileName) {
        for (Path dir : dirs) {
            Path file = dir.resolve(fileName);
            if (Files.isReadable(file)) {
                try {
                    return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
                } catch (FontFormatException | IOException e) {
                    // a damaged file: look further, then the logical font serves
                }
            }
        }
        return null;
    }
}
