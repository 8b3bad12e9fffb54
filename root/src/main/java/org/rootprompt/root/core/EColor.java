package org.rootprompt.root.core;

/**
 * ROOT's colour constants, plain ints so that {@code kRed+2} works as in ROOT, and ROOT's booleans.
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

    public static final boolean kTRUE = true;
    public static final boolean kFALSE = false;
}
