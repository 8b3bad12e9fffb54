package org.rootprompt.root.gpad;

import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rootprompt.root.core.CFormat;
import org.rootprompt.root.core.EColor;
import org.rootprompt.root.core.Globals;
import org.rootprompt.root.core.TNamed;

/**
 * ROOT's colours: the table of colour numbers and their RGB (and HLS) components as ROOT builds it
 * at start-up (0–50 basic colours, 51–99 the old rainbow, 110 and 201–228 the shading colours, the
 * colour wheel {@code kRed+2} … around 390–923), colours made on demand ({@link #GetColor(int, int, int)},
 * dark, bright and transparent variants) and the current palette with ROOT's 63 predefined ones
 * ({@code gStyle.SetPalette(kBird)}). Colour numbers come out as ROOT's, so that a macro's numbers
 * mean the same colours. The session starts, as ROOT 6 does, with the palette kBird (colours
 * 924–1178), so the first colour a macro makes is 1179.
 */
public class TColor extends TNamed {
    /** How many predefined palettes ROOT has: kDeepSea = 51 … kCividis = 113. */
    private static final int PREDEFINED_PALETTES = 63;
    /** Where the nine colours of every predefined palette sit in it. */
    private static final double[] PALETTE_STOPS = {0.0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0};
    /** Colours in a predefined palette. */
    private static final int PALETTE_SIZE = 255;
    /** ROOT's pad palette of 50 colours (SetPalette with no colours, or fewer than 51). */
    private static final int[] PAD_PALETTE = {19, 18, 17, 16, 15, 14, 13, 12, 11, 20,
            21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 8,
            31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 9,
            41, 42, 43, 44, 45, 47, 48, 49, 46, 50, 2,
            7, 6, 5, 4, 3, 2, 1};
    /** GetColor's tolerance without graphics planes (ROOT in batch, as in a notebook): 5 bits a component. */
    private static final float BATCH_THRESHOLD = 1.0f / 31.0f;

    private static final PaletteStops[] PREDEFINED = loadPalettes();

    /** ROOT's gROOT->GetListOfColors(): the colour with number n at n, null where there is none. */
    private static final List<TColor> table = new ArrayList<>();
    private static int highestColorIndex;
    private static float colorThreshold = -1;
    private static int[] palette = {};
    /** ROOT's paletteType: 1 pad palette, 2 old rainbow, 3 user's, 51–113 a predefined one. */
    private static int paletteType;
    /** ROOT's fgPalettesList: per predefined palette, its first colour plus alpha / 10 once made. */
    private static final double[] madePalettes = new double[PREDEFINED_PALETTES];

    static {
        initialize();
    }

    private int fNumber = -1;
    private float fRed = -1;
    private float fGreen = -1;
    private float fBlue = -1;
    private float fHue = -1;
    private float fLight = -1;
    private float fSaturation = -1;
    private float fAlpha = 1;

    /** A colour outside the table (number -1), as ROOT's default constructor. */
    public TColor() {
        super("", "");
    }

    /** Colour number {@code color} with components in [0, 1]; see {@link #TColor(int, double, double, double, String, double)}. */
    public TColor(int color, double r, double g, double b) {
        this(color, r, g, b, "", 1);
    }

    public TColor(int color, double r, double g, double b, String name) {
        this(color, r, g, b, name, 1);
    }

    /**
     * Defines colour number {@code color}. A number that is taken keeps its colour: ROOT warns
     * {@code color N already defined} and this object is a detached copy of the existing one.
     */
    public TColor(int color, double r, double g, double b, String name, double a) {
        super(name, "");
        synchronized (TColor.class) {
            if (color < 0) {
                Globals.Error("TColor::TColor", "color index %d is negative", color);
                return;
            }
            TColor existing = find(color);
            if (existing != null) {
                Warning("TColor", "color %d already defined", color);
                copyComponents(existing);
                return;
            }
            fNumber = color;
            highestColorIndex = Math.max(highestColorIndex, color);
            if (fName.isEmpty()) {
                SetName("Color" + color);
            }
            put(this);
            SetRGB(r, g, b);
            fAlpha = (float) a;
        }
    }

    /**
     * ROOT's fast constructor for palettes: the next free number, no name, and no dark or bright
     * companions.
     */
    public TColor(double r, double g, double b, double a) {
        super("", "");
        synchronized (TColor.class) {
            fNumber = ++highestColorIndex;
            fRed = (float) r;
            fGreen = (float) g;
            fBlue = (float) b;
            fAlpha = (float) a;
            setHLS(hls(fRed, fGreen, fBlue));
            put(this);
        }
    }

    public int GetNumber() { return fNumber; }
    public float GetRed() { return fRed; }
    public float GetGreen() { return fGreen; }
    public float GetBlue() { return fBlue; }
    public float GetHue() { return fHue; }
    public float GetLight() { return fLight; }
    public float GetSaturation() { return fSaturation; }
    public float GetAlpha() { return fAlpha; }
    public void SetAlpha(double a) { fAlpha = (float) a; }

    /** Red, green and blue into {@code rgb[0..2]} (ROOT's three references). */
    public void GetRGB(float[] rgb) {
        rgb[0] = fRed;
        rgb[1] = fGreen;
        rgb[2] = fBlue;
    }

    /** Hue, light and saturation into {@code hls[0..2]}. */
    public void GetHLS(float[] hls) {
        hls[0] = fHue;
        hls[1] = fLight;
        hls[2] = fSaturation;
    }

    /**
     * Sets the components; a colour numbered up to 50 also recolours its dark (n + 100) and bright
     * (n + 150) companions if they exist, as ROOT keeps its box shading in step.
     */
    public void SetRGB(double r, double g, double b) {
        fRed = (float) r;
        fGreen = (float) g;
        fBlue = (float) b;
        if (fRed < 0) {
            return;
        }
        setHLS(hls(fRed, fGreen, fBlue));
        if (fNumber > 50) {
            return;
        }
        recolour(find(100 + fNumber), rgb(fHue, 0.7f * fLight, fSaturation));
        recolour(find(150 + fNumber), rgb(fHue, 1.2f * fLight, fSaturation));
    }

    /** {@code #rrggbb}, or {@code #aarrggbb} when not opaque, components truncated as ROOT does. */
    public String AsHexString() {
        int a = (int) (fAlpha * 255);
        String rgb = String.format("%02x%02x%02x", byteOf(fRed), byteOf(fGreen), byteOf(fBlue));
        return a != 255 ? String.format("#%02x%s", a, rgb) : "#" + rgb;
    }

    @Override
    public void ls() {
        System.out.println(CFormat.format("Color:%d  Red=%f Green=%f Blue=%f Alpha=%f Name=%s",
                fNumber, fRed, fGreen, fBlue, fAlpha, GetName()));
    }

    @Override
    public void Print(String option) {
        ls();
    }

    // ---- the colour table ------------------------------------------------------------------

    /** The colour with this number, or null: what ROOT's {@code gROOT->GetColor(n)} gives. */
    public static synchronized TColor find(int number) {
        return number >= 0 && number < table.size() ? table.get(number) : null;
    }

    /** The components of a colour, for painters. */
    public record RGBA(float red, float green, float blue, float alpha) {}

    /** The components of colour {@code number}; an unknown number paints black, as in ROOT. */
    public static RGBA rgba(int number) {
        TColor c = find(number);
        return c == null || c.fRed < 0 ? new RGBA(0, 0, 0, 1) : new RGBA(c.fRed, c.fGreen, c.fBlue, c.fAlpha);
    }

    /** The AWT colour a painter draws colour {@code number} with (components truncated to bytes as ROOT's image output does). */
    public static Color awtColor(int number) {
        RGBA c = rgba(number);
        return new Color(byteOf(c.red()), byteOf(c.green()), byteOf(c.blue()), byteOf(c.alpha()));
    }

    /**
     * The number of the colour with these components in [0, 255]: a colour that GetColor made
     * before with the same {@code #rrggbb}, else the first colour within ROOT's tolerance, else a
     * new colour numbered after the last one.
     */
    public static synchronized int GetColor(int r, int g, int b) {
        r = clamp(r);
        g = clamp(g);
        b = clamp(b);
        String name = String.format("#%02x%02x%02x", r, g, b);
        for (TColor c : table) {
            if (c != null && c.GetName().equals(name)) {
                return c.fNumber;
            }
        }
        float rr = r / 255.0f;
        float gg = g / 255.0f;
        float bb = b / 255.0f;
        float threshold = colorThreshold >= 0 ? colorThreshold : BATCH_THRESHOLD;
        for (TColor c : table) {
            if (c != null && Math.abs(c.fRed - rr) <= threshold && Math.abs(c.fGreen - gg) <= threshold
                    && Math.abs(c.fBlue - bb) <= threshold) {
                return c.fNumber;
            }
        }
        // the table never ends in a hole, so its size is ROOT's GetLast() + 1
        return new TColor(table.size(), rr, gg, bb, name).fNumber;
    }

    /** As {@link #GetColor(int, int, int)} with components in [0, 1] (truncated to 0–255 as ROOT does). */
    public static int GetColor(double r, double g, double b) {
        return GetColor((int) ((float) r * 255), (int) ((float) g * 255), (int) ((float) b * 255));
    }

    /** As {@link #GetColor(int, int, int)} for {@code "#rrggbb"}; anything else is an error and gives 0. */
    public static int GetColor(String hexColor) {
        if (hexColor != null && hexColor.matches("#\\p{XDigit}{6}.*")) {
            int rgb = Integer.parseInt(hexColor.substring(1, 7), 16);
            return GetColor(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff);
        }
        Globals.Error("TColor::GetColor(const char*)", "incorrect color string");
        return 0;
    }

    /**
     * The tolerance per component with which GetColor takes an existing colour; a negative value
     * restores ROOT's default (1/31 without graphics planes).
     */
    public static synchronized void SetColorThreshold(double t) {
        colorThreshold = (float) t;
    }

    /** The dark companion n + 100 of colour n (light × 0.7), made if needed; -1 if n does not exist. */
    public static synchronized int GetColorDark(int n) {
        return companion(n, 100, 0.7f, "_dark");
    }

    /** The bright companion n + 150 of colour n (light × 1.2), made if needed; -1 if n does not exist. */
    public static synchronized int GetColorBright(int n) {
        return companion(n, 150, 1.2f, "_bright");
    }

    private static int companion(int n, int offset, float lightFactor, String suffix) {
        TColor color = find(n);
        if (color == null) {
            return -1;
        }
        if (find(n + offset) == null) {
            float[] rgb = rgb(color.fHue, lightFactor * color.fLight, color.fSaturation);
            new TColor(n + offset, rgb[0], rgb[1], rgb[2], color.GetName() + suffix);
        }
        return n + offset;
    }

    /**
     * A new colour, numbered after the last one, with the components of colour n and opacity
     * {@code a}; colour n itself is unchanged. An unknown n is an error and gives -1.
     */
    public static synchronized int GetColorTransparent(int n, double a) {
        if (n < 0) {
            return -1;
        }
        TColor color = find(n);
        if (color == null) {
            Globals.Error("TColor::GetColorTransparent", "color with index %d not defined", n);
            return -1;
        }
        TColor transparent = new TColor(table.size(), color.fRed, color.fGreen, color.fBlue);
        transparent.SetAlpha(a);
        transparent.SetName(color.GetName() + "_transparent");
        return transparent.fNumber;
    }

    /** A number no colour has yet: one above the highest defined. */
    public static synchronized int GetFreeColorIndex() {
        return highestColorIndex + 1;
    }

    // ---- palettes ----------------------------------------------------------------------------

    /** Colour i of the current palette (i modulo its size; 0 for a negative i's remainder). */
    public static synchronized int GetColorPalette(int i) {
        if (palette.length == 0) {
            return 0;
        }
        int icol = i % palette.length;
        return palette[Math.max(icol, 0)];
    }

    /** The size of the current palette. */
    public static synchronized int GetNumberOfColors() {
        return palette.length;
    }

    /** A copy of the current palette's colour numbers. */
    public static synchronized int[] GetPalette() {
        return palette.clone();
    }

    /** Turns the current palette upside down. */
    public static synchronized void InvertPalette() {
        for (int i = 0, j = palette.length - 1; i < j; i++, j--) {
            int t = palette[i];
            palette[i] = palette[j];
            palette[j] = t;
        }
    }

    /** {@link #SetPalette(int, int[], double)} with ROOT's predefined palettes: {@code SetPalette(kViridis)}. */
    public static void SetPalette(int ncolors) {
        SetPalette(ncolors, null, 1);
    }

    public static void SetPalette(int ncolors, int[] colors) {
        SetPalette(ncolors, colors, 1);
    }

    /**
     * Sets the current palette as ROOT does: {@code ncolors <= 0} the 50-colour pad palette;
     * {@code (1, null)} the old rainbow (51–99, then kRed); {@code (51…113, null)} a predefined
     * palette of 255 colours with opacity {@code alpha}, made on first use and reused after;
     * otherwise the given colours (or the first {@code ncolors} of the pad palette).
     */
    public static synchronized void SetPalette(int ncolors, int[] colors, double alpha) {
        if (ncolors <= 0) {
            palette = PAD_PALETTE.clone();
            paletteType = 1;
        } else if (ncolors == 1 && colors == null) {
            palette = new int[50];
            for (int i = 0; i < 49; i++) {
                palette[i] = 51 + i;
            }
            palette[49] = EColor.kRed;
            paletteType = 2;
        } else if (colors == null && ncolors > 50) {
            setPredefinedPalette(ncolors, (float) alpha);
        } else {
            palette = colors != null ? Arrays.copyOf(colors, ncolors)
                    : Arrays.copyOf(PAD_PALETTE, Math.min(50, ncolors));
            paletteType = 3;
        }
    }

    private static void setPredefinedPalette(int number, float alpha) {
        int slot = number - 51;
        if (slot >= PREDEFINED_PALETTES) {
            Globals.Error("SetPalette", "Unknown palette number %d", number);
            return;
        }
        int first = (int) madePalettes[slot];
        if (first > 0) {
            double madeAlpha = 10 * (madePalettes[slot] - first);
            boolean sameAlpha = Math.abs(alpha - madeAlpha) < 0.0001;
            if (paletteType == number && sameAlpha) {
                return;
            }
            palette = consecutive(first, PALETTE_SIZE);
            paletteType = number;
            if (madeAlpha > 0 && !sameAlpha) {
                for (int ci : palette) {
                    find(ci).SetAlpha(alpha);
                }
                madePalettes[slot] = first + alpha / 10.;
            }
            return;
        }
        PaletteStops p = PREDEFINED[slot];
        first = CreateGradientColorTable(PALETTE_STOPS.length, PALETTE_STOPS, p.red(), p.green(), p.blue(),
                PALETTE_SIZE, alpha);
        paletteType = number;
        madePalettes[slot] = Math.max(first, 0);
        if (alpha > 0) {
            madePalettes[slot] += alpha / 10.0f;
        }
    }

    public static int CreateGradientColorTable(int number, double[] stops, double[] red, double[] green,
            double[] blue, int ncolors) {
        return CreateGradientColorTable(number, stops, red, green, blue, ncolors, 1, true);
    }

    public static int CreateGradientColorTable(int number, double[] stops, double[] red, double[] green,
            double[] blue, int ncolors, double alpha) {
        return CreateGradientColorTable(number, stops, red, green, blue, ncolors, alpha, true);
    }

    /**
     * ROOT's gradient palette: between consecutive stops, floor(ncolors·stop) steps of linear
     * interpolation in RGB, each a new colour; the colours become the current palette unless
     * {@code setPalette} is false. Returns the number of the first colour, or -1 for bad input
     * (fewer than 2 stops, no colours, a value outside [0, 1] or decreasing stops).
     */
    public static synchronized int CreateGradientColorTable(int number, double[] stops, double[] red,
            double[] green, double[] blue, int ncolors, double alpha, boolean setPalette) {
        if (number < 2 || ncolors < 1 || Math.min(Math.min(stops.length, red.length),
                Math.min(green.length, blue.length)) < number) {
            return -1;
        }
        for (int c = 0; c < number; c++) {
            if (!unit(red[c]) || !unit(green[c]) || !unit(blue[c]) || !unit(stops[c])
                    || (c >= 1 && stops[c - 1] > stops[c])) {
                return -1;
            }
        }
        int[] made = new int[ncolors];
        int n = 0;
        for (int g = 1; g < number; g++) {
            int steps = (int) (Math.floor(ncolors * stops[g]) - Math.floor(ncolors * stops[g - 1]));
            for (int c = 0; c < steps; c++) {
                new TColor(red[g - 1] + c * (red[g] - red[g - 1]) / steps,
                        green[g - 1] + c * (green[g] - green[g - 1]) / steps,
                        blue[g - 1] + c * (blue[g] - blue[g - 1]) / steps, (float) alpha);
                made[n++] = highestColorIndex;
            }
        }
        if (setPalette) {
            SetPalette(n, Arrays.copyOf(made, n));
        }
        return highestColorIndex + 1 - ncolors;
    }

    // ---- HLS -------------------------------------------------------------------------------

    /** ROOT's HLS to RGB: hue in [0, 360], light and saturation in [0, 1], into {@code rgb[0..2]}. */
    public static void HLStoRGB(double hue, double light, double satur, float[] rgb) {
        System.arraycopy(rgb((float) hue, (float) light, (float) satur), 0, rgb, 0, 3);
    }

    /** ROOT's RGB to HLS, components in [0, 1], into {@code hls[0..2]} (hue in [0, 360]). */
    public static void RGBtoHLS(double r, double g, double b, float[] hls) {
        System.arraycopy(hls((float) r, (float) g, (float) b), 0, hls, 0, 3);
    }

    // Single precision throughout, as ROOT's Float_t arithmetic, so the derived colours match bit for bit.
    private static float[] rgb(float hue, float light, float satur) {
        float rh = hue > 0 ? Math.min(hue, 360) : 0;
        float rl = light > 0 ? Math.min(light, 1) : 0;
        float rs = satur > 0 ? Math.min(satur, 1) : 0;
        float rm2 = rl <= 0.5f ? rl * (1.0f + rs) : rl + rs - rl * rs;
        float rm1 = 2.0f * rl - rm2;
        if (rs == 0) {
            return new float[] {rl, rl, rl};
        }
        return new float[] {hueToComponent(rm1, rm2, rh + 120.0f), hueToComponent(rm1, rm2, rh),
                hueToComponent(rm1, rm2, rh - 120.0f)};
    }

    private static float hueToComponent(float rn1, float rn2, float hue) {
        if (hue > 360) {
            hue = hue - 360.0f;
        }
        if (hue < 0) {
            hue = hue + 360.0f;
        }
        if (hue < 60) {
            return rn1 + (rn2 - rn1) * hue / 60.0f;
        }
        if (hue < 180) {
            return rn2;
        }
        if (hue < 240) {
            return rn1 + (rn2 - rn1) * (240.0f - hue) / 60.0f;
        }
        return rn1;
    }

    private static float[] hls(float rr, float gg, float bb) {
        float r = rr > 0 ? Math.min(rr, 1) : 0;
        float g = gg > 0 ? Math.min(gg, 1) : 0;
        float b = bb > 0 ? Math.min(bb, 1) : 0;
        float min = Math.min(r, Math.min(g, b));
        float max = Math.max(r, Math.max(g, b));
        float diff = max - min;
        float sum = max + min;
        float light = 0.5f * sum;
        if (max == min) {
            return new float[] {0, light, 0};
        }
        float rnorm = (max - r) / diff;
        float gnorm = (max - g) / diff;
        float bnorm = (max - b) / diff;
        float satur = light < 0.5f ? diff / sum : diff / (2.0f - sum);
        float hue = r == max ? 60.0f * (6.0f + bnorm - gnorm)
                : g == max ? 60.0f * (2.0f + rnorm - bnorm)
                : 60.0f * (4.0f + gnorm - rnorm);
        if (hue > 360) {
            hue = hue - 360.0f;
        }
        return new float[] {hue, light, satur};
    }

    // ---- start-up ----------------------------------------------------------------------------

    /** Back to the table and palette a new ROOT session has; for tests. */
    static synchronized void reset() {
        table.clear();
        highestColorIndex = 0;
        colorThreshold = -1;
        palette = new int[0];
        paletteType = 0;
        Arrays.fill(madePalettes, 0);
        initialize();
    }

    /** ROOT's TColor::InitializeColors, then the palette kBird that ROOT's gStyle sets at start-up. */
    private static void initialize() {
        new TColor(0, 1, 1, 1, "background");
        new TColor(1, 0, 0, 0, "black");
        new TColor(2, 1, 0, 0, "red");
        new TColor(3, 0, 1, 0, "green");
        new TColor(4, 0, 0, 1, "blue");
        new TColor(5, 1, 1, 0, "yellow");
        new TColor(6, 1, 0, 1, "magenta");
        new TColor(7, 0, 1, 1, "cyan");
        new TColor(10, 0.999, 0.999, 0.999, "white");
        new TColor(11, 0.754, 0.715, 0.676, "editcol");
        // ROOT's white 10 is nearly white, and so is its dark companion
        GetColorDark(10);
        find(110).SetRGB(0.999, 0.999, 0.999);

        // ROOT's custom colours, in ROOT's order
        double[][] custom = {
            {20, 0.8, 0.78, 0.67}, {31, 0.54, 0.66, 0.63}, {41, 0.83, 0.81, 0.53}, {30, 0.52, 0.76, 0.64},
            {32, 0.51, 0.62, 0.55}, {24, 0.70, 0.65, 0.59}, {21, 0.8, 0.78, 0.67}, {47, 0.67, 0.56, 0.58},
            {35, 0.46, 0.54, 0.57}, {33, 0.68, 0.74, 0.78}, {39, 0.5, 0.5, 0.61}, {37, 0.43, 0.48, 0.52},
            {38, 0.49, 0.6, 0.82}, {36, 0.41, 0.51, 0.59}, {49, 0.58, 0.41, 0.44}, {43, 0.74, 0.62, 0.51},
            {22, 0.76, 0.75, 0.66}, {45, 0.75, 0.51, 0.47}, {44, 0.78, 0.6, 0.49}, {26, 0.68, 0.6, 0.55},
            {28, 0.53, 0.4, 0.34}, {25, 0.72, 0.64, 0.61}, {27, 0.61, 0.56, 0.51}, {23, 0.73, 0.71, 0.64},
            {42, 0.87, 0.73, 0.53}, {46, 0.81, 0.37, 0.38}, {48, 0.65, 0.47, 0.48}, {34, 0.48, 0.56, 0.6},
            {40, 0.67, 0.65, 0.75}, {29, 0.69, 0.81, 0.78},
            // greyish non saturated colours
            {8, 0.35, 0.83, 0.33}, {9, 0.35, 0.33, 0.85}};
        for (double[] c : custom) {
            new TColor((int) c[0], c[1], c[2], c[3]);
        }
        for (int grey = 12; grey <= 19; grey++) {
            double level = grey == 19 ? .95 : (grey - 9) / 10.0;
            new TColor(grey, level, level, level, "grey" + grey);
        }
        new TColor(50, 0.83, 0.35, 0.33);

        // the old rainbow: hue from violet to red at full saturation (ROOT's "pretty palette")
        float maxHue = 280;
        float hueStep = maxHue / 50;
        for (int i = 0; i < 49; i++) {
            float[] rgb = rgb(maxHue - (i + 1) * hueStep, 0.5f, 1);
            new TColor(i + 51, rgb[0], rgb[1], rgb[2]);
        }

        // four shades of colours 1–7 for 3-D views (201–228); black counts as grey 0.6
        double[] lightFactors = {0.6, 0.8, 1.2, 1.4};
        for (int i = 1; i < 8; i++) {
            TColor base = find(i);
            float[] rgb = i == 1 ? new float[] {0.6f, 0.6f, 0.6f} : new float[] {base.fRed, base.fGreen, base.fBlue};
            for (int k = 0; k < 3; k++) {
                rgb[k] = rgb[k] == 1 ? 0.9f : rgb[k] == 0 ? 0.1f : rgb[k];
            }
            float[] hls = hls(rgb[0], rgb[1], rgb[2]);
            for (int k = 0; k < 4; k++) {
                float[] shade = rgb(hls[0], (float) (lightFactors[k] * hls[1]), hls[2]);
                new TColor(200 + 4 * i - 3 + k, shade[0], shade[1], shade[2]);
            }
        }

        createColorWheel();
        SetPalette(1, null);
        SetPalette(EColor.kBird);
    }

    /**
     * ROOT's colour wheel (TColor::CreateColorWheel): 15 shades around each of kMagenta, kRed,
     * kYellow, kGreen, kCyan, kBlue (numbers -10 … +4), 20 around each of kPink, kOrange, kSpring,
     * kTeal, kAzure, kViolet (-9 … +10), and the greys kGray … kGray+3; components in 0–255, in
     * number order.
     */
    private static void createColorWheel() {
        int[] magenta = {255, 204, 255, 255, 153, 255, 204, 153, 204, 255, 102, 255, 204, 102, 204,
            153, 102, 153, 255, 51, 255, 204, 51, 204, 153, 51, 153, 102, 51, 102,
            255, 0, 255, 204, 0, 204, 153, 0, 153, 102, 0, 102, 51, 0, 51};
        int[] red = {255, 204, 204, 255, 153, 153, 204, 153, 153, 255, 102, 102, 204, 102, 102,
            153, 102, 102, 255, 51, 51, 204, 51, 51, 153, 51, 51, 102, 51, 51,
            255, 0, 0, 204, 0, 0, 153, 0, 0, 102, 0, 0, 51, 0, 0};
        int[] yellow = {255, 255, 204, 255, 255, 153, 204, 204, 153, 255, 255, 102, 204, 204, 102,
            153, 153, 102, 255, 255, 51, 204, 204, 51, 153, 153, 51, 102, 102, 51,
            255, 255, 0, 204, 204, 0, 153, 153, 0, 102, 102, 0, 51, 51, 0};
        int[] green = {204, 255, 204, 153, 255, 153, 153, 204, 153, 102, 255, 102, 102, 204, 102,
            102, 153, 102, 51, 255, 51, 51, 204, 51, 51, 153, 51, 51, 102, 51,
            0, 255, 0, 0, 204, 0, 0, 153, 0, 0, 102, 0, 0, 51, 0};
        int[] cyan = {204, 255, 255, 153, 255, 255, 153, 204, 204, 102, 255, 255, 102, 204, 204,
            102, 153, 153, 51, 255, 255, 51, 204, 204, 51, 153, 153, 51, 102, 102,
            0, 255, 255, 0, 204, 204, 0, 153, 153, 0, 102, 102, 0, 51, 51};
        int[] blue = {204, 204, 255, 153, 153, 255, 153, 153, 204, 102, 102, 255, 102, 102, 204,
            102, 102, 153, 51, 51, 255, 51, 51, 204, 51, 51, 153, 51, 51, 102,
            0, 0, 255, 0, 0, 204, 0, 0, 153, 0, 0, 102, 0, 0, 51};
        int[] pink = {255, 51, 153, 204, 0, 102, 102, 0, 51, 153, 0, 51, 204, 51, 102,
            255, 102, 153, 255, 0, 102, 255, 51, 102, 204, 0, 51, 255, 0, 51,
            255, 153, 204, 204, 102, 153, 153, 51, 102, 153, 0, 102, 204, 51, 153,
            255, 102, 204, 255, 0, 153, 204, 0, 153, 255, 51, 204, 255, 0, 153};
        int[] orange = {255, 204, 153, 204, 153, 102, 153, 102, 51, 153, 102, 0, 204, 153, 51,
            255, 204, 102, 255, 153, 0, 255, 204, 51, 204, 153, 0, 255, 204, 0,
            255, 153, 51, 204, 102, 0, 102, 51, 0, 153, 51, 0, 204, 102, 51,
            255, 153, 102, 255, 102, 0, 255, 102, 51, 204, 51, 0, 255, 51, 0};
        int[] spring = {153, 255, 51, 102, 204, 0, 51, 102, 0, 51, 153, 0, 102, 204, 51,
            153, 255, 102, 102, 255, 0, 102, 255, 51, 51, 204, 0, 51, 255, 0,
            204, 255, 153, 153, 204, 102, 102, 153, 51, 102, 153, 0, 153, 204, 51,
            204, 255, 102, 153, 255, 0, 204, 255, 51, 153, 204, 0, 204, 255, 0};
        int[] teal = {153, 255, 204, 102, 204, 153, 51, 153, 102, 0, 153, 102, 51, 204, 153,
            102, 255, 204, 0, 255, 102, 51, 255, 204, 0, 204, 153, 0, 255, 204,
            51, 255, 153, 0, 204, 102, 0, 102, 51, 0, 153, 51, 51, 204, 102,
            102, 255, 153, 0, 255, 153, 51, 255, 102, 0, 204, 51, 0, 255, 51};
        int[] azure = {153, 204, 255, 102, 153, 204, 51, 102, 153, 0, 51, 153, 51, 102, 204,
            102, 153, 255, 0, 102, 255, 51, 102, 255, 0, 51, 204, 0, 51, 255,
            51, 153, 255, 0, 102, 204, 0, 51, 102, 0, 102, 153, 51, 153, 204,
            102, 204, 255, 0, 153, 255, 51, 204, 255, 0, 153, 204, 0, 204, 255};
        int[] violet = {204, 153, 255, 153, 102, 204, 102, 51, 153, 102, 0, 153, 153, 51, 204,
            204, 102, 255, 153, 0, 255, 204, 51, 255, 153, 0, 204, 204, 0, 255,
            153, 51, 255, 102, 0, 204, 51, 0, 102, 51, 0, 153, 102, 51, 204,
            153, 102, 255, 102, 0, 255, 102, 51, 255, 51, 0, 204, 51, 0, 255};
        wheelColors(EColor.kMagenta, "kMagenta", 10, magenta);
        wheelColors(EColor.kRed, "kRed", 10, red);
        wheelColors(EColor.kYellow, "kYellow", 10, yellow);
        wheelColors(EColor.kGreen, "kGreen", 10, green);
        wheelColors(EColor.kCyan, "kCyan", 10, cyan);
        wheelColors(EColor.kBlue, "kBlue", 10, blue);
        wheelColors(EColor.kPink, "kPink", 9, pink);
        wheelColors(EColor.kOrange, "kOrange", 9, orange);
        wheelColors(EColor.kSpring, "kSpring", 9, spring);
        wheelColors(EColor.kTeal, "kTeal", 9, teal);
        wheelColors(EColor.kAzure, "kAzure", 9, azure);
        wheelColors(EColor.kViolet, "kViolet", 9, violet);
        for (int k = 0; k < 4; k++) {
            double level = (204 - 51 * k) / 255.;
            new TColor(EColor.kGray + k, level, level, level, k == 0 ? "kGray" : "kGray+" + k);
        }
    }

    /** Colours base - below … named "kRed-10" … "kRed+4", titled with their hex string, unless taken. */
    private static void wheelColors(int base, String name, int below, int[] rgb) {
        for (int n = 0; n < rgb.length / 3; n++) {
            int offset = n - below;
            if (find(base + offset) == null) {
                String colorName = offset == 0 ? name : name + (offset > 0 ? "+" : "") + offset;
                TColor color = new TColor(base + offset, rgb[3 * n] / 255., rgb[3 * n + 1] / 255.,
                        rgb[3 * n + 2] / 255., colorName);
                color.SetTitle(color.AsHexString());
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static void put(TColor color) {
        while (table.size() <= color.fNumber) {
            table.add(null);
        }
        table.set(color.fNumber, color);
    }

    private void copyComponents(TColor other) {
        fNumber = other.fNumber;
        fRed = other.fRed;
        fGreen = other.fGreen;
        fBlue = other.fBlue;
        fHue = other.fHue;
        fLight = other.fLight;
        fSaturation = other.fSaturation;
        fAlpha = other.fAlpha;
    }

    private void setHLS(float[] hls) {
        fHue = hls[0];
        fLight = hls[1];
        fSaturation = hls[2];
    }

    private static void recolour(TColor color, float[] rgb) {
        if (color != null) {
            color.SetRGB(rgb[0], rgb[1], rgb[2]);
        }
    }

    private static int[] consecutive(int first, int n) {
        int[] numbers = new int[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = first + i;
        }
        return numbers;
    }

    private static int byteOf(float component) {
        return Math.max(0, Math.min(255, (int) (component * 255)));
    }

    private static int clamp(int component) {
        return Math.max(0, Math.min(255, component));
    }

    private static boolean unit(double v) {
        return v >= 0 && v <= 1;
    }

    /** The RGB of a predefined palette at its nine stops. */
    private record PaletteStops(int number, String name, double[] red, double[] green, double[] blue) {}

    /** The predefined palettes, from palettes.txt (ROOT's table, one palette in four lines). */
    private static PaletteStops[] loadPalettes() {
        PaletteStops[] palettes = new PaletteStops[PREDEFINED_PALETTES];
        try (InputStream in = TColor.class.getResourceAsStream("palettes.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            for (int i = 0; i + 3 < lines.size(); i += 4) {
                String[] head = lines.get(i).trim().split("\\s+");
                double divisor = Double.parseDouble(head[2]);
                PaletteStops p = new PaletteStops(Integer.parseInt(head[0]), head[1],
                        values(lines.get(i + 1), divisor), values(lines.get(i + 2), divisor),
                        values(lines.get(i + 3), divisor));
                palettes[p.number() - 51] = p;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return palettes;
    }

    private static double[] values(String line, double divisor) {
        return Arrays.stream(line.trim().split("\\s+")).mapToDouble(v -> Double.parseDouble(v) / divisor).toArray();
    }

    /** The names of the predefined palettes by number, e.g. 57 → "kBird"; for tests and documentation. */
    static String predefinedPaletteName(int number) {
        return PREDEFINED[number - 51].name();
    }
}
