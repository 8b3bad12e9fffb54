package org.rootprompt.root.core;

/**
 * ROOT's colour constants, plain ints so that {@code kRed+2} works as in ROOT, ROOT's palette
 * numbers ({@code kBird}, {@code kViridis}, …) and ROOT's booleans.
 */
public final class EColor {
    private EColor() {}

    public static final int kWhite = 0;
    public static final int kBlack = 1;
    public static final int kGray = 920;
    public static final int kRed = 632;
    public static final int kGreen = 416;
    public static final int kBlue = 600;
    public static final int kYellow = 400;
    public static final int kMagenta = 616;
    public static final int kCyan = 432;
    public static final int kOrange = 800;
    public static final int kSpring = 820;
    public static final int kTeal = 840;
    public static final int kAzure = 860;
    public static final int kViolet = 880;
    public static final int kPink = 900;

    // ROOT's predefined palettes (EColorPalette), for gStyle.SetPalette(kBird) and TColor.SetPalette
    public static final int kDeepSea = 51;
    public static final int kGreyScale = 52;
    public static final int kDarkBodyRadiator = 53;
    public static final int kBlueYellow = 54;
    public static final int kRainBow = 55;
    public static final int kInvertedDarkBodyRadiator = 56;
    public static final int kBird = 57;
    public static final int kCubehelix = 58;
    public static final int kGreenRedViolet = 59;
    public static final int kBlueRedYellow = 60;
    public static final int kOcean = 61;
    public static final int kColorPrintableOnGrey = 62;
    public static final int kAlpine = 63;
    public static final int kAquamarine = 64;
    public static final int kArmy = 65;
    public static final int kAtlantic = 66;
    public static final int kAurora = 67;
    public static final int kAvocado = 68;
    public static final int kBeach = 69;
    public static final int kBlackBody = 70;
    public static final int kBlueGreenYellow = 71;
    public static final int kBrownCyan = 72;
    public static final int kCMYK = 73;
    public static final int kCandy = 74;
    public static final int kCherry = 75;
    public static final int kCoffee = 76;
    public static final int kDarkRainBow = 77;
    public static final int kDarkTerrain = 78;
    public static final int kFall = 79;
    public static final int kFruitPunch = 80;
    public static final int kFuchsia = 81;
    public static final int kGreyYellow = 82;
    public static final int kGreenBrownTerrain = 83;
    public static final int kGreenPink = 84;
    public static final int kIsland = 85;
    public static final int kLake = 86;
    public static final int kLightTemperature = 87;
    public static final int kLightTerrain = 88;
    public static final int kMint = 89;
    public static final int kNeon = 90;
    public static final int kPastel = 91;
    public static final int kPearl = 92;
    public static final int kPigeon = 93;
    public static final int kPlum = 94;
    public static final int kRedBlue = 95;
    public static final int kRose = 96;
    public static final int kRust = 97;
    public static final int kSandyTerrain = 98;
    public static final int kSienna = 99;
    public static final int kSolar = 100;
    public static final int kSouthWest = 101;
    public static final int kStarryNight = 102;
    public static final int kSunset = 103;
    public static final int kTemperatureMap = 104;
    public static final int kThermometer = 105;
    public static final int kValentine = 106;
    public static final int kVisibleSpectrum = 107;
    public static final int kWaterMelon = 108;
    public static final int kCool = 109;
    public static final int kCopper = 110;
    public static final int kGistEarth = 111;
    public static final int kViridis = 112;
    public static final int kCividis = 113;

    public static final boolean kTRUE = true;
    public static final boolean kFALSE = false;
}
