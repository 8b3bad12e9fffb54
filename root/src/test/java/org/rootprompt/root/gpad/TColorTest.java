package org.rootprompt.root.gpad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.rootprompt.root.core.EColor.*;
import static org.rootprompt.root.gpad.TStyle.gStyle;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.EColor;

/**
 * Colour numbers against ROOT's own table. Components "from ROOT" are copied by hand from
 * core/base/src/TColor.cxx (root-project/root, commit ee114f73), in the function named beside each;
 * the derived ones come from bench/reference/tcolor_reference.py (numpy and colorsys), whose output
 * is quoted where it is used.
 */
class TColorTest {
    private static final double FLOAT_EPS = 1e-6; // a few steps of single precision

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void freshSession() {
        TColor.reset();
        savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
        TColor.reset();
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Asserts the colour's components, compared as ROOT stores them (single precision). */
    private static void assertRGB(int number, double r, double g, double b) {
        TColor.RGBA c = TColor.rgba(number);
        assertArrayEquals(new double[] {r, g, b}, new double[] {c.red(), c.green(), c.blue()}, FLOAT_EPS,
                "colour " + number);
    }

    private static void assertBytes(int number, int r, int g, int b) {
        assertRGB(number, r / 255.0, g / 255.0, b / 255.0);
    }

    @Test
    void basicColoursAreRootsInitialisation() {
        // TColor::InitializeColors: new TColor(kWhite,1,1,1,"background") ... new TColor(50, 0.83,0.35,0.33)
        assertRGB(0, 1, 1, 1);
        assertRGB(1, 0, 0, 0);
        assertRGB(2, 1, 0, 0);
        assertRGB(3, 0, 1, 0);
        assertRGB(4, 0, 0, 1);
        assertRGB(7, 0, 1, 1);
        assertRGB(8, 0.35, 0.83, 0.33);
        assertRGB(9, 0.35, 0.33, 0.85);
        assertRGB(10, 0.999, 0.999, 0.999);
        assertRGB(11, 0.754, 0.715, 0.676);
        assertRGB(15, 0.6, 0.6, 0.6);
        assertRGB(19, 0.95, 0.95, 0.95);
        assertRGB(20, 0.8, 0.78, 0.67);
        assertRGB(38, 0.49, 0.6, 0.82);
        assertRGB(46, 0.81, 0.37, 0.38);
        assertRGB(50, 0.83, 0.35, 0.33);
        // "Sets the associated dark color also to white": c110->SetRGB(0.999,0.999,.999)
        assertRGB(110, 0.999, 0.999, 0.999);
        assertEquals("red", TColor.find(2).GetName());
        assertEquals("grey12", TColor.find(12).GetName());
    }

    @Test
    void colourWheelIsRootsCreateColorWheel() {
        // TColor::CreateColorWheel, arrays red[], blue[], azure[], orange[] ... and CreateColorsGray
        assertEquals(634, kRed + 2);
        assertBytes(kRed + 2, 153, 0, 0);
        assertBytes(kBlue + 2, 0, 0, 153);
        assertBytes(kAzure - 9, 153, 204, 255);
        assertBytes(kOrange + 7, 255, 102, 0);
        assertBytes(kGray + 1, 153, 153, 153);
        assertBytes(kGray, 204, 204, 204);
        assertBytes(kGreen - 9, 153, 255, 153);
        assertBytes(kMagenta + 4, 51, 0, 51);
        assertBytes(kSpring + 10, 204, 255, 0);
        assertBytes(kYellow, 255, 255, 0);
        assertBytes(kCyan + 3, 0, 102, 102);
        assertBytes(kTeal - 1, 0, 204, 153);
        assertBytes(kViolet + 5, 102, 51, 204);
        assertBytes(kPink + 1, 255, 153, 204);
        assertBytes(kPink, 255, 0, 51);
        assertEquals("kRed+2", TColor.find(kRed + 2).GetName());
        assertEquals("#990000", TColor.find(kRed + 2).GetTitle());
        assertEquals("kAzure-9", TColor.find(kAzure - 9).GetName());
        assertEquals("kGray+1", TColor.find(kGray + 1).GetName());
    }

    @Test
    void hlsDerivedColoursMatchColorsys() {
        // tcolor_reference.py: "color 51 0.573333333 0 1", "color 75 0 1 0.333333333", "color 99 1 0.0933333333 0"
        assertRGB(51, 0.573333333, 0, 1);
        assertRGB(75, 0, 1, 0.333333333);
        assertRGB(99, 1, 0.0933333333, 0);
        // "color 205 0.54 0.06 0.06" ... "color 208 0.94 0.46 0.46": the 3-D shades of red
        assertRGB(205, 0.54, 0.06, 0.06);
        assertRGB(206, 0.72, 0.08, 0.08);
        assertRGB(207, 0.92, 0.28, 0.28);
        assertRGB(208, 0.94, 0.46, 0.46);
        // black's shades are greys from 0.6: light 0.36 for the first (hand computation)
        assertRGB(201, 0.36, 0.36, 0.36);
    }

    @Test
    void darkAndBrightCompanionsAreMadeOnDemand() {
        assertEquals(null, TColor.find(102));
        assertEquals(102, TColor.GetColorDark(2));
        assertEquals(154, TColor.GetColorBright(4));
        assertEquals(138, TColor.GetColorDark(38));
        // tcolor_reference.py: "color 102 0.7 0 0", "color 154 0.2 0.2 1", "color 138 0.239217391 0.385405797 0.677782609"
        assertRGB(102, 0.7, 0, 0);
        assertRGB(154, 0.2, 0.2, 1);
        assertRGB(138, 0.239217391, 0.385405797, 0.677782609);
        assertEquals("red_dark", TColor.find(102).GetName());
        assertEquals(-1, TColor.GetColorDark(3000));
        // recolouring a basic colour keeps its existing companion in step (TColor::SetRGB)
        TColor.find(2).SetRGB(0, 0, 1);
        assertRGB(102, 0, 0, 0.7);
    }

    @Test
    void birdIsTheStartPaletteWithRootsNumbers() {
        assertEquals(255, gStyle.GetNumberOfColors());
        assertEquals(924, gStyle.GetColorPalette(0));
        assertEquals(1178, gStyle.GetColorPalette(254));
        assertEquals(924, TColor.GetColorPalette(255)); // modulo the palette size
        // tcolor_reference.py: kBird[0], [31], [127], [200], [254]
        assertRGB(924, 0.208199993, 0.1664, 0.529299974);
        assertRGB(924 + 31, 0.0592, 0.359899998, 0.868399978);
        assertRGB(924 + 127, 0.180199996, 0.717800021, 0.642499983);
        assertRGB(924 + 200, 0.868381262, 0.747818768, 0.306840628);
        assertRGB(924 + 254, 0.976999998, 0.977043748, 0.0583656244);
        assertEquals(1179, TColor.GetFreeColorIndex());
    }

    @Test
    void predefinedPalettesAreMadeOnceAndReused() {
        gStyle.SetPalette(kViridis);
        assertEquals(1179, TColor.GetColorPalette(0));
        assertEquals(1179 + 254, TColor.GetColorPalette(254));
        // case 112: red[0] = 26./255., green[0] = 9./255., blue[0] = 30./255.
        assertBytes(1179, 26, 9, 30);
        gStyle.SetPalette(kBird);
        assertEquals(924, TColor.GetColorPalette(0));
        gStyle.SetPalette(kViridis);
        assertEquals(1179, TColor.GetColorPalette(0));
        assertEquals(1179 + 255, TColor.GetFreeColorIndex());
        // a palette asked for with another opacity takes it
        TColor.SetPalette(kViridis, null, 0.5);
        assertEquals(0.5f, TColor.rgba(1179 + 10).alpha());
        TColor.SetPalette(kViridis, null, 1);
        assertEquals(1f, TColor.rgba(1179 + 10).alpha());
    }

    @Test
    void everyPredefinedPaletteHasItsConstant() throws ReflectiveOperationException {
        for (int number = 51; number <= 113; number++) {
            String name = TColor.predefinedPaletteName(number);
            assertEquals(number, EColor.class.getField(name).getInt(null), name);
            TColor.SetPalette(number);
            assertEquals(255, TColor.GetNumberOfColors(), name);
        }
        assertEquals(57, kBird);
        assertEquals(55, kRainBow);
        assertEquals(113, kCividis);
        assertEquals("", stderr());
    }

    @Test
    void otherPalettesAsRootDefinesThem() {
        TColor.SetPalette(1, null); // the old rainbow: 51..99, then kRed
        assertEquals(50, TColor.GetNumberOfColors());
        assertEquals(51, TColor.GetColorPalette(0));
        assertEquals(99, TColor.GetColorPalette(48));
        assertEquals(kRed, TColor.GetColorPalette(49));
        TColor.SetPalette(0); // the pad palette
        assertEquals(50, TColor.GetNumberOfColors());
        assertEquals(19, TColor.GetColorPalette(0));
        assertEquals(1, TColor.GetColorPalette(49));
        TColor.SetPalette(5, null);
        assertArrayEquals(new int[] {19, 18, 17, 16, 15}, TColor.GetPalette());
        gStyle.SetPalette(3, new int[] {2, 3, 4});
        assertEquals(3, gStyle.GetColorPalette(4));
        TColor.InvertPalette();
        assertArrayEquals(new int[] {4, 3, 2}, TColor.GetPalette());
    }

    @Test
    void unknownPaletteIsAnErrorAndChangesNothing() {
        TColor.SetPalette(114);
        assertEquals("Error in <SetPalette>: Unknown palette number 114\n", stderr());
        assertEquals(924, TColor.GetColorPalette(0));
    }

    @Test
    void gradientTableAsRootsExample() {
        // TColor::CreateGradientColorTable's documentation: blue -> red over the first 40 %, then -> white
        int first = TColor.CreateGradientColorTable(3, new double[] {0, 0.4, 1}, new double[] {0, 1, 1},
                new double[] {0, 0, 1}, new double[] {1, 0, 1}, 10);
        assertEquals(1179, first);
        assertEquals(10, TColor.GetNumberOfColors());
        assertEquals(first, TColor.GetColorPalette(0));
        assertRGB(first, 0, 0, 1);
        assertRGB(first + 2, 0.5, 0, 0.5); // 2 of 4 steps from blue to red
        assertRGB(first + 4, 1, 0, 0);
        assertRGB(first + 7, 1, 0.5, 0.5); // 3 of 6 steps from red to white
        assertEquals(-1, TColor.CreateGradientColorTable(2, new double[] {0.5, 0.2}, new double[] {0, 1},
                new double[] {0, 1}, new double[] {0, 1}, 10));
    }

    @Test
    void getColorFindsExistingColoursFirst() {
        assertEquals(2, TColor.GetColor(255, 0, 0));
        assertEquals(2, TColor.GetColor(1.0, 0.0, 0.0));
        assertEquals(2, TColor.GetColor(250, 3, 0)); // within ROOT's batch tolerance of 1/31
        assertEquals(kRed + 2, TColor.GetColor("#990000"));
        assertEquals(kRed + 2, TColor.GetColor(0.6, 0, 0));
        assertEquals(kBlue + 2, TColor.GetColor(0, 0, 153));
    }

    @Test
    void getColorMakesANewColourAfterTheLastOne() {
        int ci = TColor.GetColor("#7f025c");
        assertEquals(1179, ci);
        assertEquals("#7f025c", TColor.find(ci).GetName());
        assertBytes(ci, 127, 2, 92);
        assertEquals(ci, TColor.GetColor(127, 2, 92));
        assertEquals(ci, TColor.GetColor(127.5 / 255, 2.5 / 255, 92.5 / 255));
        assertEquals(ci, TColor.GetColor(0x80, 0x1, 0x5b)); // within the tolerance
        // an exact threshold tells red from almost red
        TColor.SetColorThreshold(0);
        assertNotEquals(2, TColor.GetColor(254, 0, 0));
        TColor.SetColorThreshold(-1);
        assertEquals(2, TColor.GetColor(253, 0, 0));
    }

    @Test
    void badHexStringIsAnError() {
        assertEquals(0, TColor.GetColor("red"));
        assertEquals(0, TColor.GetColor("#12"));
        assertEquals("Error in <TColor::GetColor(const char*)>: incorrect color string\n".repeat(2), stderr());
    }

    @Test
    void transparentColoursAreNewColours() {
        int t = TColor.GetColorTransparent(kRed, 0.3);
        assertEquals(1179, t);
        TColor.RGBA c = TColor.rgba(t);
        assertEquals(new TColor.RGBA(1, 0, 0, 0.3f), c);
        assertEquals(1f, TColor.rgba(kRed).alpha());
        assertEquals("kRed_transparent", TColor.find(t).GetName());
        assertEquals("#4cff0000", TColor.find(t).AsHexString()); // alpha 0.3 truncates to 0x4c
        assertEquals(new Color(255, 0, 0, 76), TColor.awtColor(t));
        assertEquals(1180, TColor.GetColorTransparent(kRed, 0.3)); // ROOT makes one more each time
        assertEquals(-1, TColor.GetColorTransparent(5000, 0.5));
        assertEquals("Error in <TColor::GetColorTransparent>: color with index 5000 not defined\n", stderr());
    }

    @Test
    void painterColours() {
        assertEquals(new Color(0, 0, 153), TColor.awtColor(kBlue + 2));
        assertEquals(new Color(255, 255, 255), TColor.awtColor(kWhite));
        assertEquals(Color.BLACK, TColor.awtColor(5000)); // unknown numbers paint black
        assertEquals(new TColor.RGBA(0, 0, 0, 1), TColor.rgba(-3));
    }

    @Test
    void definingATakenNumberWarnsAndKeepsTheColour() {
        TColor copy = new TColor(2, 0.5, 0.5, 0.5);
        assertEquals("Warning in <TColor::TColor>: color 2 already defined\n", stderr());
        assertEquals(1f, copy.GetRed());
        assertRGB(2, 1, 0, 0);
        TColor mine = new TColor(1756, 0.1, 0.2, 0.3);
        assertEquals("Color1756", mine.GetName());
        assertEquals(1757, TColor.GetFreeColorIndex());
    }

    @Test
    void lsPrintsAsRoot() {
        PrintStream savedOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            TColor.find(2).ls();
        } finally {
            System.setOut(savedOut);
        }
        assertEquals("Color:2  Red=1.000000 Green=0.000000 Blue=0.000000 Alpha=1.000000 Name=red\n",
                out.toString(StandardCharsets.UTF_8));
    }
}
