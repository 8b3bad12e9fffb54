package org.rootprompt.display.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootFontsTest {

    @Test
    void textSizeIsAFractionOfTheSmallerPadSideUnlessPrecisionIsThree() {
        // TAttText: charheight = textsize × min(pad width, pad height) in pixels; precision 3 is pixels
        assertEquals(20, RootFonts.textSizePixels(0.04, 42, 700, 500), 1e-12);
        assertEquals(20, RootFonts.textSizePixels(0.04, 42, 500, 700), 1e-12);
        assertEquals(18, RootFonts.textSizePixels(18, 43, 700, 500), 1e-12);
    }

    @Test
    void glyphsUseRootsFreeTypeScale() {
        assertEquals(20 * 0.93376068, RootFonts.font(42, 20).getSize2D(), 1e-4);
    }

    @Test
    void fontNumbersGiveTheirStyles() {
        Font helvetica = RootFonts.font(42, 20);
        assertFalse(bold(helvetica) || italic(helvetica));
        assertTrue(bold(RootFonts.font(62, 20)));
        assertTrue(italic(RootFonts.font(52, 20)));
        Font boldItalic = RootFonts.font(72, 20);
        assertTrue(bold(boldItalic) && italic(boldItalic));
        assertTrue(bold(RootFonts.font(22, 20)), "Times bold");
        assertEquals(RootFonts.font(42, 20).getFamily(), RootFonts.font(999, 20).getFamily(), "unknown numbers are Helvetica");
    }

    /** A face is bold by its style flag (logical fonts) or by being the bold face (font files). */
    private static boolean bold(Font f) {
        return f.isBold() || f.getFontName().contains("Bold");
    }

    private static boolean italic(Font f) {
        return f.isItalic() || f.getFontName().contains("Italic") || f.getFontName().contains("Oblique");
    }

    @Test
    void helveticaIsTheBundledLiberationSansOnEveryMachine() {
        assertEquals("Liberation Sans", RootFonts.helveticaFamily());
        assertEquals("Liberation Sans", RootFonts.bundled("LiberationSans-Regular.ttf").getFamily());
        assertEquals(null, RootFonts.bundled("NoSuchFont.ttf"));
    }

    @Test
    void liberationFilesAreLoadedFromTheFirstDirectoryThatHasThem(@TempDir Path temp) throws IOException {
        // DejaVu Sans stands in for Liberation Sans, which this machine may not have
        Path dejaVu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assumeTrue(Files.isReadable(dejaVu));
        Path empty = Files.createDirectory(temp.resolve("empty"));
        Path damaged = Files.createDirectory(temp.resolve("damaged"));
        Files.writeString(damaged.resolve("LiberationSans-Regular.ttf"), "not a font");
        Path good = Files.createDirectory(temp.resolve("good"));
        Files.copy(dejaVu, good.resolve("LiberationSans-Regular.ttf"));
        Font found = RootFonts.firstReadable(List.of(empty, damaged, good), "LiberationSans-Regular.ttf");
        assertEquals("DejaVu Sans", found.getFamily());
        assertNull(RootFonts.firstReadable(List.of(empty, damaged), "LiberationSans-Regular.ttf"));
    }
}
