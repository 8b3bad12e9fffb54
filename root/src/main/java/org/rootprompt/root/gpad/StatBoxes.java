package org.rootprompt.root.gpad;

import java.util.ArrayList;
import java.util.List;
import org.rootprompt.root.core.CFormat;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TGraph;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH2;

/**
 * The stat boxes as ROOT's painters keep them: THistPainter::PaintStat and
 * TGraphPainter::PaintStats make a TPaveStats named "stats" the first time an object is painted
 * with one, put it into the object's list of functions, and on each later painting refill its
 * lines, keeping what the user changed on it (position, OptStat, OptFit, formats, colours).
 * {@link TPad#Update} runs this too, so that after {@code c.Update()} the box can be found with
 * {@code h.FindObject("stats")}, as in ROOT.
 */
public final class StatBoxes {
    private StatBoxes() {}

    /** Brings the stat boxes of the pad's histograms and fitted graphs (and its sub-pads') up to date. */
    static void update(TPad pad) {
        TList primitives = pad.GetListOfPrimitives();
        for (int i = 0; i < primitives.GetSize(); i++) {
            TObject o = primitives.At(i);
            String option = primitives.optionAt(i);
            if (o instanceof TPad sub) {
                update(sub);
            } else if (o instanceof TH1 h && wanted(h, option)) {
                histogram(h);
            } else if (o instanceof TGraph g && option.toLowerCase().contains("a")) {
                graph(g);
            }
        }
    }

    /**
     * Whether a histogram drawn with this option gets a stat box: not with "SAME" (but with
     * "SAMES"), nor after SetStats(0).
     */
    public static boolean wanted(TH1 h, String option) {
        String opt = option.toLowerCase();
        return (!opt.contains("same") || opt.contains("sames")) && !h.TestBit(TH1.kNoStats);
    }

    /**
     * THistPainter::PaintStat: the histogram's stat box with fresh lines, made and added to its
     * list of functions the first time; null (and a box removed) when it shows nothing.
     */
    public static TPaveStats histogram(TH1 h) {
        TList functions = h.GetListOfFunctions();
        TPaveStats stats = find(functions);
        TF1 fit = firstFunction(functions);
        int dostat = TStyle.gStyle.GetOptStat();
        // the box's own options count unless gStyle switched the statistics off, as in ROOT
        int dofit = stats != null && dostat != 0 ? stats.GetOptFit() : TStyle.gStyle.GetOptFit();
        if (stats != null && dostat != 0) {
            dostat = stats.GetOptStat();
        }
        if (dofit == 0) {
            fit = null;
        }
        dofit = dofit == 1 ? 111 : dofit;
        dostat = dostat == 1 ? 1111 : dostat;
        if (dostat == 0 && fit == null) {
            functions.Remove(stats);
            return null;
        }
        if (stats == null) {
            TStyle s = TStyle.gStyle;
            int nlines = statLines(h, dostat, fit == null ? 0 : dofit, s.GetStatFormat(), s.GetFitFormat()).size();
            double w = fit != null ? 1.8 * s.GetStatW() : s.GetStatW();
            stats = create(w, nlines, dostat, dofit);
            functions.Add(stats);
        }
        fill(stats, statLines(h, dostat, fit == null ? 0 : dofit, stats.GetStatFormat(), stats.GetFitFormat()));
        return stats;
    }

    /** TGraphPainter::PaintStats: a fitted graph's box with the fit's lines only; null without a fit. */
    public static TPaveStats graph(TGraph g) {
        TList functions = g.GetListOfFunctions();
        TPaveStats stats = find(functions);
        int dofit = stats != null ? stats.GetOptFit() : TStyle.gStyle.GetOptFit();
        TF1 fit = firstFunction(functions);
        if (dofit == 0 || fit == null) {
            return null;
        }
        dofit = dofit == 1 ? 111 : dofit;
        if (stats == null) {
            TStyle s = TStyle.gStyle;
            stats = create(1.8 * s.GetStatW(), fitLines(fit, dofit, s.GetFitFormat()).size(), 0, dofit);
            functions.Add(stats);
        }
        fill(stats, fitLines(fit, dofit, stats.GetFitFormat()));
        return stats;
    }

    /** A new box at gStyle's StatX/StatY corner with gStyle's stat attributes, as the painters make it. */
    private static TPaveStats create(double w, int nlines, int dostat, int dofit) {
        TStyle s = TStyle.gStyle;
        double ht = nlines * s.GetStatFontSize();
        if (ht <= 0) {
            ht = 0.25 * nlines * s.GetStatH();
        }
        TPaveStats stats = new TPaveStats(s.GetStatX() - w, s.GetStatY() - ht, s.GetStatX(), s.GetStatY(), "brNDC");
        stats.SetOptStat(dostat);
        stats.SetOptFit(dofit);
        stats.SetFillColor(s.GetStatColor());
        stats.SetFillStyle(s.GetStatStyle());
        stats.SetBorderSize(s.GetStatBorderSize());
        stats.SetTextColor(s.GetStatTextColor());
        stats.SetTextAlign(12);
        stats.SetTextFont(s.GetStatFont());
        stats.SetTextSize(s.GetStatFontSize());
        stats.SetStatFormat(s.GetStatFormat());
        stats.SetFitFormat(s.GetFitFormat());
        return stats;
    }

    private static void fill(TPaveStats stats, List<String> lines) {
        stats.Clear();
        lines.forEach(stats::AddText);
    }

    private static TPaveStats find(TList functions) {
        for (TObject o : functions) {
            if (o instanceof TPaveStats st) {
                return st;
            }
        }
        return null;
    }

    /** The fit the box reports: the first function in the list, as the painters take it. */
    public static TF1 firstFunction(TList functions) {
        for (TObject o : functions) {
            if (o instanceof TF1 f) {
                return f;
            }
        }
        return null;
    }

    /**
     * The lines of the stat box, as THistPainter::PaintStat writes them (names before " = ", values
     * after), for OptStat's digits ksiourmen from the right: name, entries, mean, std dev,
     * underflow, overflow, integral, skewness, kurtosis; then the fit's lines.
     */
    public static List<String> statLines(TH1 h, int optStat, int optFit, String statFormat, String fitFormat) {
        List<String> lines = new ArrayList<>();
        int n = optStat % 10;
        int e = optStat / 10 % 10;
        int m = optStat / 100 % 10;
        int r = optStat / 1000 % 10;
        int u = optStat / 10000 % 10;
        int ov = optStat / 100000 % 10;
        int in = optStat / 1000000 % 10;
        String vf = "%" + statFormat;
        boolean two = h instanceof TH2;
        if (n != 0) {
            lines.add(h.GetName());
        }
        if (e != 0) {
            lines.add(CFormat.format("Entries = %-7d", (int) (h.GetEntries() + 0.5)));
        }
        // a digit 2 adds the error of a 1-D histogram's mean or std dev: "Mean = value #pm error"
        if (m == 2 && !two) {
            lines.add(CFormat.format("Mean = " + vf + " #pm " + vf, h.GetMean(1), h.GetMeanError()));
        } else if (m != 0) {
            lines.add(CFormat.format((two ? "Mean x = " : "Mean = ") + vf, h.GetMean(1)));
            if (two) {
                lines.add(CFormat.format("Mean y = " + vf, h.GetMean(2)));
            }
        }
        if (r == 2 && !two) {
            lines.add(CFormat.format("Std Dev = " + vf + " #pm " + vf, h.GetStdDev(1), h.GetStdDevError()));
        } else if (r != 0) {
            lines.add(CFormat.format((two ? "Std Dev x = " : "Std Dev = ") + vf, h.GetStdDev(1)));
            if (two) {
                lines.add(CFormat.format("Std Dev y = " + vf, h.GetStdDev(2)));
            }
        }
        if (u != 0 && !two) {
            lines.add(CFormat.format("Underflow = " + vf, h.GetBinContent(0)));
        }
        if (ov != 0 && !two) {
            lines.add(CFormat.format("Overflow = " + vf, h.GetBinContent(h.GetNbinsX() + 1)));
        }
        if (in != 0) {
            lines.add(CFormat.format("Integral = " + vf, h.Integral()));
        }
        if (optStat / 10000000 % 10 != 0) {
            lines.add(CFormat.format((two ? "Skewness x = " : "Skewness = ") + vf, h.GetSkewness(1)));
            if (two) {
                lines.add(CFormat.format("Skewness y = " + vf, h.GetSkewness(2)));
            }
        }
        if (optStat / 100000000 % 10 != 0) {
            lines.add(CFormat.format((two ? "Kurtosis x = " : "Kurtosis = ") + vf, h.GetKurtosis(1)));
            if (two) {
                lines.add(CFormat.format("Kurtosis y = " + vf, h.GetKurtosis(2)));
            }
        }
        TF1 fit = firstFunction(h.GetListOfFunctions());
        if (fit != null && optFit != 0) {
            lines.addAll(fitLines(fit, optFit, fitFormat));
        }
        return lines;
    }

    /** The fit's lines: χ²/ndf, probability, then each parameter with its error, per gStyle's OptFit digits pcev. */
    public static List<String> fitLines(TF1 fit, int optFit, String fitFormat) {
        List<String> lines = new ArrayList<>();
        int values = optFit % 10;
        int errors = optFit / 10 % 10;
        int chi2 = optFit / 100 % 10;
        int prob = optFit / 1000 % 10;
        String ff = "%" + fitFormat;
        if (chi2 != 0) {
            lines.add(CFormat.format("#chi^{2} / ndf = " + ff + " / %d", fit.GetChisquare(), fit.GetNDF()));
        }
        if (prob != 0) {
            lines.add(CFormat.format("Prob  = " + ff, fit.GetProb()));
        }
        if (values != 0) {
            for (int i = 0; i < fit.GetNpar(); i++) {
                String value = CFormat.format("%-8s = " + ff, fit.GetParName(i), fit.GetParameter(i));
                lines.add(errors != 0 ? value + " #pm " + parameterError(value, fit.GetParError(i)) : value);
            }
        }
        return lines;
    }

    /**
     * A parameter's error with as many decimals as its printed value has (THistPainter's
     * GetBestFormat): "318.5 #pm 4.0"; "%4.2g" when that would print a non-zero error as zero.
     */
    public static String parameterError(String printedValue, double error) {
        String value = printedValue.substring(printedValue.indexOf('=') + 1).strip();
        int e = value.indexOf('e');
        int dot = value.indexOf('.');
        String format;
        if (e >= 0) {
            format = !value.contains("+") || error >= 1 ? "%." + Math.max(0, e - dot - 1) + "e" : "%.1f";
        } else {
            format = dot < 0 ? "%.1f" : "%." + (value.length() - dot - 1) + "f";
        }
        String text = CFormat.format(format, error);
        return Double.parseDouble(text) == 0 && error != 0 ? CFormat.format("%4.2g", error) : text;
    }

}
