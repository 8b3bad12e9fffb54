package org.rootprompt.root.gpad;

/**
 * The stat box of a histogram (named "stats", kept in its list of functions once painted): which
 * statistics and fit results it shows, and their formats, as gStyle's SetOptStat/SetOptFit.
 */
public class TPaveStats extends TPaveText {
    private int fOptStat = TStyle.gStyle.GetOptStat();
    private int fOptFit = TStyle.gStyle.GetOptFit();
    private String fStatFormat = TStyle.gStyle.GetStatFormat();
    private String fFitFormat = TStyle.gStyle.GetFitFormat();

    public TPaveStats(double x1, double y1, double x2, double y2, String option) {
        super(x1, y1, x2, y2, option);
        SetName("stats");
    }

    /** ROOT's kTakeStyle: set by gStyle's SetOptStat/SetOptFit, the box then shows gStyle's options again. */
    public static final int kTakeStyle = 1 << 17;

    public int GetOptStat() { return TestBit(kTakeStyle) ? TStyle.gStyle.GetOptStat() : fOptStat; }

    /** The box's own statistics digits, which the painter keeps (and no longer gStyle's). */
    public void SetOptStat(int mode) {
        fOptStat = mode == 1 ? 1111 : mode;
        ResetBit(kTakeStyle);
    }

    public int GetOptFit() { return TestBit(kTakeStyle) ? TStyle.gStyle.GetOptFit() : fOptFit; }

    public void SetOptFit(int mode) {
        fOptFit = mode == 1 ? 111 : mode;
        ResetBit(kTakeStyle);
    }
    public String GetStatFormat() { return fStatFormat; }
    public void SetStatFormat(String format) { fStatFormat = format; }
    public String GetFitFormat() { return fFitFormat; }
    public void SetFitFormat(String format) { fFitFormat = format; }
}
