package org.rootprompt.display.paint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rootprompt.root.core.CFormat;
import org.rootprompt.root.core.Globals;
import org.rootprompt.root.gpad.TGaxis;

/**
 * The ticks and labels of one axis as ROOT computes them, without drawing anything: ROOT's
 * nice-number optimisation ({@code THLimitsFinder::Optimize}), the choices {@code TGaxis::PaintAxis}
 * makes for a linear or a logarithmic axis (primary, secondary and tertiary ticks, the label texts,
 * the common factor {@code ×10^{n}}), and the axis ranges that {@code THistPainter::PaintInit} and
 * {@code TGraph::GetHistogram} give a histogram or a graph before its axes are drawn.
 *
 * <p>Values are in user coordinates, also on a logarithmic axis (a tick at 100 is 100, not 2).
 * Label texts are those ROOT passes to TLatex, before it turns {@code -} into {@code #minus}.
 */
public final class AxisTicks {
    /** ROOT's unset value of a stored minimum or maximum. */
    public static final double kUnset = -1111;

    /** Result of {@link #Optimize}: the first and last nice values, their number of steps and step. */
    public record Limits(double binLow, double binHigh, int nbins, double binWidth) {}

    /** One tick: level 0 is a primary tick (and a decade on a log axis), 1 secondary, 2 tertiary. */
    public record Tick(double value, int level) {}

    /** One label and the value it stands at. */
    public record Label(double value, String text) {}

    /** A range [min, max] on one axis. */
    public record Range(double min, double max) {}

    /** The frame a graph is drawn in: its x and y ranges. */
    public record Frame(double xmin, double xmax, double ymin, double ymax) {}

    private final List<Tick> ticks;
    private final List<Label> labels;
    private final int exponent;

    private AxisTicks(List<Tick> ticks, List<Label> labels, int exponent) {
        this.ticks = Collections.unmodifiableList(ticks);
        this.labels = Collections.unmodifiableList(labels);
        this.exponent = exponent;
    }

    /** The tick marks, in drawing order (primary range first, then the ticks outside it). */
    public List<Tick> ticks() {
        return ticks;
    }

    /** The labels, from the low end of the axis to the high end. */
    public List<Label> labels() {
        return labels;
    }

    /** The power of ten factored out of the labels, 0 when there is none. */
    public int exponent() {
        return exponent;
    }

    /** The text ROOT writes at the end of the axis for {@link #exponent()}, or "" when there is none. */
    public String exponentLabel() {
        return exponent == 0 ? "" : "#times10^{" + exponent + "}";
    }

    /** Sets the number of digits above which labels get a ×10^{n} factor (TGaxis::SetMaxDigits). */
    public static void SetMaxDigits(int maxDigits) {
        TGaxis.SetMaxDigits(maxDigits);
    }

    /** TGaxis::GetMaxDigits: 5 unless changed. */
    public static int GetMaxDigits() {
        return TGaxis.GetMaxDigits();
    }

    /**
     * ROOT's TAxis/THistPainter scaling of the primary divisions of an axis written as
     * {@code 10000 + n} or more (for example 10510): the primary number is scaled by the pad's
     * size in NDC, so that a small pad gets fewer labels. Other values come back unchanged.
     */
    public static int ScaledDivisions(int ndivisions, double padFraction) {
        if (ndivisions <= 1000) {
            return ndivisions;
        }
        int upper = ndivisions / 100;
        int primary = Math.max(1, ndivisions % 100);
        return 100 * upper + (int) ((float) primary * padFraction);
    }

    /**
     * THLimitsFinder::Optimize: nice limits and step for about {@code nold} divisions of
     * [a1, a2], rounding the step up to 1, 2 or 5 times a power of ten and keeping the limits
     * inside [a1, a2].
     */
    public static Limits Optimize(double a1, double a2, int nold) {
        double al = Math.min(a1, a2);
        double ah = Math.max(a1, a2);
        if (al == ah) {
            ah = al + 1;
        }
        int ntemp = Math.max(nold, 2);
        while (true) {
            double awidth = (ah - al) / ntemp;
            if (!(awidth > 0 && awidth < Float.MAX_VALUE)) {
                // ROOT leaves the caller's zeros in place here
                return new Limits(0, 0, nold, 0);
            }
            int jlog = (int) Math.log10(awidth);
            if (jlog < -200 || jlog > 200) {
                return new Limits(0, 1, 100, 0.01);
            }
            if (awidth <= 1) {
                jlog--;
            }
            // ROOT subtracts 1e-10 so that a width of exactly 2 or 5 is not rounded up
            double sigfig = awidth * Math.pow(10, -jlog) - 1e-10;
            double siground;
            if (sigfig <= 1) {
                siground = 1;
            } else if (sigfig <= 2) {
                siground = 2;
            } else if (sigfig <= 5) {
                siground = 5;
            } else {
                siground = 1;
                jlog++;
            }
            double binWidth = siground * Math.pow(10, jlog);

            double alb = al / binWidth;
            if (Math.abs(alb) > 1e9) {
                return new Limits(al, ah, nold, binWidth);
            }
            int lwid = (int) alb;
            if (alb < 0) {
                lwid--;
            }
            double binLow = binWidth * lwid;
            alb = ah / binWidth + 1.00001;
            int kwid = (int) alb;
            if (alb < 0) {
                kwid--;
            }
            double binHigh = binWidth * kwid;
            int nbins = kwid - lwid;
            if (nold <= 5) {
                if (nold <= 1 && nbins != 1) {
                    binWidth *= 2;
                    nbins = 1;
                }
            } else if (2 * nbins == nold) {
                // exactly half the divisions asked for: try again with a finer width
                ntemp++;
                continue;
            }
            return trimmed(al, ah, binLow, binHigh, nbins, binWidth);
        }
    }

    /** The end of Optimize: drops a limit that lies outside [al, ah] unless nothing would remain. */
    private static Limits trimmed(double al, double ah, double binLow, double binHigh, int nbins, double binWidth) {
        double atest = binWidth * 0.0001;
        double low = binLow;
        double high = binHigh;
        int n = nbins;
        if (al - low >= atest) {
            low += binWidth;
            n--;
        }
        if (high - ah >= atest) {
            high -= binWidth;
            n--;
        }
        return low >= high ? new Limits(binLow, binHigh, nbins, binWidth) : new Limits(low, high, n, binWidth);
    }

    /**
     * The ticks and labels of an axis from {@code wmin} to {@code wmax}, as TGaxis::PaintAxis
     * draws it. {@code ndivisions} is ROOT's code {@code n1 + 100*n2 + 10000*n3} (primary,
     * secondary, tertiary) plus {@code 1000000*maxDigits}; a negative value means exactly that
     * many divisions without optimisation, as TAxis::SetNdivisions(n, kFALSE) stores it.
     * {@code chopt} is TGaxis's option string; used here: "G" logarithmic, "N" no optimisation,
     * "." keep a trailing dot.
     */
    public static AxisTicks Compute(double wmin, double wmax, int ndivisions, String chopt) {
        return Compute(wmin, wmax, ndivisions, chopt, false, false);
    }

    /**
     * As {@link #Compute(double, double, int, String)}, with TAxis's SetNoExponent (labels
     * written in full, no ×10^{n}) and SetMoreLogLabels (labels also on the 2..9 ticks of a log
     * axis; ROOT then drops those that overlap, which needs text sizes and is left to the painter).
     */
    public static AxisTicks Compute(double wmin, double wmax, int ndivisions, String chopt,
            boolean noExponent, boolean moreLogLabels) {
        String opt = chopt == null ? "" : chopt;
        boolean noopt = opt.indexOf('N') >= 0 || ndivisions < 0;
        int ndiv = Math.abs(ndivisions);
        int maxDigits = ndiv / 1000000 == 0 ? TGaxis.GetMaxDigits() : ndiv / 1000000;
        if (opt.indexOf('G') >= 0) {
            return logarithmic(wmin, wmax, ndiv, noExponent, moreLogLabels);
        }
        return linear(wmin, wmax, ndiv, noopt, noExponent, opt.indexOf('.') >= 0, maxDigits);
    }

    private static AxisTicks empty() {
        return new AxisTicks(new ArrayList<>(), new ArrayList<>(), 0);
    }

    private static AxisTicks linear(double wmin, double wmax, int ndiv, boolean noopt, boolean noExponent,
            boolean keepDot, int maxDigits) {
        int n1a = ndiv % 100;
        int n2a = (ndiv % 10000 - n1a) / 100;
        int n3a = (ndiv % 1000000 - n2a - n1a) / 10000;
        int nn3 = Math.max(n3a, 1);
        int nn2 = Math.max(n2a, 1) * nn3;
        int nn1 = Math.max(n1a, 1) * nn2 + 1;
        if (wmin == wmax || ndiv == 0 || n1a <= 1) {
            noopt = true;
        }
        // the part of the axis that carries the labels
        double binLow = wmin;
        double binHigh = wmax;
        if (!noopt) {
            Limits primary = Optimize(wmin, wmax, n1a);
            double bl = primary.binLow();
            double bh = primary.binHigh();
            int nbins = primary.nbins();
            double bw = primary.binWidth();
            // TGaxis trims again with an absolute epsilon of 1e-5
            if (wmin - bl > 1e-5) {
                bl += bw;
                nbins--;
            }
            if (bh - wmax > 1e-5) {
                bh -= bw;
                nbins--;
            }
            int nb2 = n2a;
            double bw2 = 0;
            double bl2 = 0;
            if (n2a > 1 && bw > 0) {
                Limits secondary = Optimize(bl, bl + bw, n2a);
                nb2 = secondary.nbins();
                bw2 = secondary.binWidth();
                bl2 = secondary.binLow();
            }
            int nb3 = n3a;
            if (n3a > 1 && bw2 > 0) {
                nb3 = Optimize(bl2, bl2 + bw2, n3a).nbins();
            }
            nn3 = Math.max(nb3, 1);
            nn2 = Math.max(nb2, 1) * nn3;
            // an optimised axis with no length falls back to the plain one (ROOT keeps nn2, nn3)
            if ((bh - bl) / (wmax - wmin) >= 1e-5) {
                n1a = nbins;
                nn1 = Math.max(n1a, 1) * nn2 + 1;
                binLow = bl;
                binHigh = bh;
            } else {
                noopt = true;
            }
        }
        if (ndiv == 0) {
            return empty();
        }
        if (wmin == wmax) {
            Globals.Error("TGaxis::PaintAxis", "wmin (%f) == wmax (%f)", wmin, wmax);
            return empty();
        }
        List<Tick> ticks = linearTicks(wmin, wmax, binLow, binHigh, nn1, nn2, nn3, noopt);
        if (n1a == 0) {
            return new AxisTicks(ticks, new ArrayList<>(), 0);
        }
        return linearLabels(ticks, binLow, binHigh, n1a, noExponent, keepDot, maxDigits);
    }

    private static List<Tick> linearTicks(double axisLow, double axisHigh, double binLow, double binHigh,
            int nticks, int nn2, int nn3, boolean noopt) {
        List<Tick> ticks = new ArrayList<>();
        double dx = (binHigh - binLow) / (nticks - 1);
        for (int k = 0; k < nticks; k++) {
            ticks.add(new Tick(binLow + k * dx, level(k, nn2, nn3)));
        }
        if (noopt) {
            return ticks;
        }
        // ROOT continues the secondary and tertiary ticks beyond the first and last labels
        int before = Math.min((int) ((binLow - axisLow) / dx), 1000);
        for (int k = 1; k <= before; k++) {
            ticks.add(new Tick(binLow - k * dx, level(k, nn2, nn3)));
        }
        int after = Math.min((int) ((axisHigh - binHigh) / dx), 1000);
        for (int k = 1; k <= after; k++) {
            ticks.add(new Tick(binHigh + k * dx, level(k, nn2, nn3)));
        }
        return ticks;
    }

    private static int level(int k, int nn2, int nn3) {
        return k % nn2 == 0 ? 0 : k % nn3 == 0 ? 1 : 2;
    }

    /** TGaxis's choice of printf format and factor ×10^{n}, then its clean-up of each label. */
    private static AxisTicks linearLabels(List<Tick> ticks, double wmin, double wmax, int n1a,
            boolean noExponent, boolean keepDot, int maxDigits) {
        final double epsilon = 1e-5;
        double wlabel = wmin;
        double dwlabel = (wmax - wmin) / n1a;
        double ww = Math.max(Math.abs(wmin), Math.abs(wmax));
        int nexe = 0;
        int if1;
        int if2;
        double xmicros = Math.pow(10, -maxDigits);
        double af = Math.log10(ww) + epsilon;
        if (!noExponent && Math.abs(wmax - wmin) / n1a < xmicros && af < 0) {
            // tiny steps on small values: a negative power of ten that is a multiple of 3
            int iexe = Math.abs((int) af);
            iexe += (3 - iexe % 3) % 3;
            nexe = -iexe;
            wlabel *= Math.pow(10, iexe);
            dwlabel *= Math.pow(10, iexe);
            if1 = maxDigits;
            if2 = maxDigits - 2;
        } else {
            af = (ww >= 1 ? Math.log10(ww) : Math.log10(ww * 0.0001)) + epsilon;
            int nf = (int) af + 1;
            if (!noExponent && nf > maxDigits) {
                do {
                    nexe++;
                    ww /= 10;
                    wlabel /= 10;
                    dwlabel /= 10;
                } while (!(nexe % 3 == 0 && ww <= Math.pow(10, maxDigits - 1)));
            }
            if (!noExponent && nf < -maxDigits) {
                double rne = 1 / Math.pow(10, maxDigits - 2);
                do {
                    nexe--;
                    ww *= 10;
                    wlabel *= 10;
                    dwlabel *= 10;
                } while (!(nexe % 3 == 0 && ww >= rne));
            }
            int na = 0;
            for (int i = maxDigits - 1; i > 0; i--) {
                if (Math.abs(ww) < Math.pow(10, i)) {
                    na = maxDigits - i;
                }
            }
            // one more decimal while a tenth of the divisions is still below 1 (in unscaled values, as ROOT)
            for (int ndyn = n1a; ndyn != 0; ndyn /= 10) {
                double wdyn = Math.abs((wmax - wmin) / ndyn);
                if (wdyn > 0.999 || na >= maxDigits - 2) {
                    break;
                }
                na++;
            }
            if2 = na;
            if1 = Math.max(nf + na, maxDigits) + 1;
        }
        if (Math.min(wmin, wmax) < 0) {
            if1++;
        }
        if1 = Math.min(if1, 32);
        while (dwlabel < Math.pow(10, -if2)) {
            if1++;
            if2++;
        }
        if1 = Math.max(0, Math.min(if1, 14));
        if2 = Math.min(if2, 14);
        String format = if2 > 0 ? "%" + if1 + "." + if2 + "f" : "%" + (if1 + 1) + ".1f";

        List<Label> labels = new ArrayList<>();
        for (int k = 0; k <= n1a; k++) {
            labels.add(new Label(wmin + k * (wmax - wmin) / n1a, cleaned(CFormat.format(format, wlabel), keepDot)));
            wlabel += dwlabel;
        }
        return new AxisTicks(ticks, labels, nexe);
    }

    /** TGaxis's clean-up: no blanks, a 0 before a leading dot, no trailing zeros or dot, no "-0". */
    private static String cleaned(String printed, boolean keepDot) {
        String label = printed.strip();
        if (label.startsWith(".")) {
            label = "0" + label;
        } else if (label.startsWith("-.")) {
            label = "-0" + label.substring(1);
        }
        int end = label.length();
        while (end > 0 && label.charAt(end - 1) == '0') {
            end--;
        }
        if (!keepDot && end > 0 && label.charAt(end - 1) == '.') {
            end--;
        }
        label = label.substring(0, end);
        return label.equals("-0") ? "0" : label;
    }

    /**
     * TGaxis's logarithmic axis: a tick on each decade and on 2..9 times it (only on 5 when the
     * axis spans more than twice the number of divisions in decades), labels on the decades
     * ("1", "10", then "10^{n}"; written out with noExponent), thinned to about n1 labels.
     */
    private static AxisTicks logarithmic(double wmin, double wmax, int ndiv, boolean noExponent,
            boolean moreLogLabels) {
        if (ndiv == 0) {
            return empty();
        }
        if (wmin == wmax) {
            Globals.Error("TGaxis::PaintAxis", "wmin (%f) == wmax (%f), or ndiv == 0", wmin, wmax);
            return empty();
        }
        if (wmin <= 0 || wmax <= 0) {
            Globals.Error("TGaxis::PaintAxis", "negative logarithmic axis");
            return empty();
        }
        final double epsilon = 1e-5;
        int n1a = ndiv % 100;
        double xmnlog = Math.log10(wmin);
        xmnlog += xmnlog > 0 ? 1e-6 : -1e-6;
        double h2sav = Math.log10(wmax);
        double h2 = h2sav + (h2sav > 0 ? 1e-6 : -1e-6);
        int ih1 = (int) xmnlog;
        int ih2 = 1 + (int) h2;
        int nbinin = ih2 - ih1 + 1;
        // positions along an axis of length 1, to apply ROOT's tolerances as it does
        double axmul = 1 / (h2sav - xmnlog);
        int labelnumber = ih1;
        if (xmnlog > 0 && xmnlog - ih1 > 0) {
            labelnumber++;
        }
        List<Tick> ticks = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int decade = ih1 - 2;
        for (int j = 1; j <= nbinin; j++) {
            decade++;
            double xone = axmul * (decade - xmnlog);
            if (xone - 1 > epsilon) {
                break;
            }
            if (xone >= 0) {
                ticks.add(new Tick(Math.pow(10, decade), 0));
                if (n1a == 0) {
                    return new AxisTicks(ticks, labels, 0);
                }
                int kmod = nbinin / n1a;
                if (kmod == 0) {
                    kmod = 1000000;
                }
                if (nbinin <= n1a || j == 1 || j == nbinin || j % kmod == 0) {
                    labels.add(new Label(Math.pow(10, decade), decadeLabel(labelnumber, noExponent)));
                }
                labelnumber++;
            }
            for (int k = 2; k < 10; k++) {
                xone = axmul * (Math.log10(k) + decade - xmnlog);
                if (xone < 0) {
                    continue;
                }
                if (xone > 1) {
                    return new AxisTicks(ticks, labels, 0);
                }
                if (nbinin <= 2 * n1a || k == 5) {
                    double value = k * Math.pow(10, decade);
                    ticks.add(new Tick(value, 1));
                    if (moreLogLabels) {
                        labels.add(new Label(value, intermediateLabel(k, labelnumber - 1, noExponent)));
                    }
                }
            }
        }
        return new AxisTicks(ticks, labels, 0);
    }

    private static String decadeLabel(int labelnumber, boolean noExponent) {
        if (labelnumber == 0) {
            return "1";
        }
        if (labelnumber == 1) {
            return "10";
        }
        if (!noExponent) {
            return "10^{" + labelnumber + "}";
        }
        return cleaned(CFormat.format("%f", Math.pow(10, labelnumber)), false);
    }

    private static String intermediateLabel(int k, int power, boolean noExponent) {
        if (noExponent) {
            return CFormat.format("%g", k * Math.pow(10, power));
        }
        if (power == 0) {
            return Integer.toString(k);
        }
        if (power == 1) {
            return Integer.toString(10 * k);
        }
        return k + "#times10^{" + power + "}";
    }

    /**
     * THistPainter::PaintInit's y range for a 1-D histogram: from the bin contents of the drawn
     * bins (and content ± error when drawn with error bars; {@code errors} null otherwise), the
     * stored minimum and maximum ({@link #kUnset} when not set), {@code gStyle->GetHistTopMargin()}
     * (0.05) and {@code gStyle->GetHistMinimumZero()}. On a log axis the range is still given in
     * user values (ROOT's pad works in their log10). Functions drawn with the histogram (ROOT
     * widens the range to their values at the bin centres) are not included. Null, after ROOT's
     * error message, when the histogram cannot be drawn on a log axis.
     */
    public static Range HistogramYRange(double[] contents, double[] errors, double minimum, double maximum,
            boolean logy, boolean minimumZero, double topMargin) {
        final String where = "THistPainter::PaintInit";
        boolean hasMinimum = minimum != kUnset;
        boolean hasMaximum = maximum != kUnset;
        double ymax = -1e32;
        double ymin = 1e32;
        for (int i = 0; i < contents.length; i++) {
            double c = contents[i];
            ymax = Math.max(ymax, c);
            if (!logy || c > 0) {
                ymin = Math.min(ymin, c);
            }
            if (errors != null) {
                double e = errors[i];
                ymax = Math.max(ymax, c + e);
                // on a log axis an error bar reaching (nearly) zero does not pull the axis down
                if (!logy || c - e > 0.01 * Math.abs(c)) {
                    ymin = Math.min(ymin, c - e);
                }
            }
        }
        if (hasMaximum) {
            ymax = maximum;
        }
        double lowest = hasMinimum ? minimum : ymin;
        if (logy && lowest < 0) {
            Globals.Error(where, "log scale requested with a negative argument (%f)", lowest);
            return null;
        } else if (logy && ymax == 0) {
            // an empty histogram on a log axis
            ymin = 0.01;
            ymax = 10;
        } else {
            ymin = lowest;
        }
        if (ymin >= ymax) {
            if (logy) {
                if (ymax <= 0) {
                    Globals.Error(where, "log scale is requested but maximum is less or equal 0 (%f)", ymax);
                    return null;
                }
                ymin = 0.001 * ymax;
            } else if (ymin > 0) {
                ymin = 0;
                ymax *= 2;
            } else if (ymin < 0) {
                ymax = 0;
                ymin *= 2;
            } else {
                ymin = 0;
                ymax = 1;
            }
        }
        if (Math.abs(ymin - ymax) <= 0.5e-15 * (Math.abs(ymin) + Math.abs(ymax))) {
            ymin *= 1 - 1e-14;
            ymax *= 1 + 1e-14;
        }
        if (logy) {
            if (ymin <= 0 || ymax <= 0) {
                Globals.Error(where, "Cannot set Y axis to log scale");
                return null;
            }
            return new Range(hasMinimum ? ymin : ymin * 0.5, hasMaximum ? ymax : ymax * 2 * (0.9 / 0.95));
        }
        if (!hasMinimum) {
            double margin = topMargin * (ymax - ymin);
            if (minimumZero) {
                ymin = ymin >= 0 ? 0 : ymin - margin;
            } else {
                ymin = ymin >= 0 && ymin - margin <= 0 ? 0 : ymin - margin;
            }
        }
        if (!hasMaximum) {
            ymax += topMargin * (ymax - ymin);
        }
        return new Range(ymin, ymax);
    }

    /**
     * THistPainter::PaintInit's x range for a 1-D histogram from the bin edges of the drawn bins
     * ({@code nbins + 1} values). On a log axis a first edge at or below zero is replaced by the
     * first positive one. Null, after ROOT's error message, when no edge is positive.
     */
    public static Range HistogramXRange(double[] edges, boolean logx) {
        double xmin = edges[0];
        double xmax = edges[edges.length - 1];
        if (logx) {
            for (int i = 0; i < edges.length - 1 && xmin <= 0; i++) {
                xmin = edges[i];
            }
            if (xmax <= 0 || xmin <= 0) {
                Globals.Error("THistPainter::PaintInit", "cannot set X axis to log scale");
                return null;
            }
        }
        return new Range(xmin, xmax);
    }

    /**
     * TGraph::ComputeRange: the smallest and largest x and y of the points. With a log axis the
     * lower end is the smallest positive running minimum, as ROOT keeps it.
     */
    public static Frame ComputeRange(double[] x, double[] y, boolean logx, boolean logy) {
        if (x.length == 0) {
            return new Frame(0, 0, 0, 0);
        }
        double xmin = x[0];
        double xmax = x[0];
        double ymin = y[0];
        double ymax = y[0];
        double xminl = 0;
        double yminl = 0;
        for (int i = 1; i < x.length; i++) {
            xmin = Math.min(xmin, x[i]);
            xmax = Math.max(xmax, x[i]);
            ymin = Math.min(ymin, y[i]);
            ymax = Math.max(ymax, y[i]);
            if (ymin > 0 && (yminl == 0 || ymin < yminl)) {
                yminl = ymin;
            }
            if (xmin > 0 && (xminl == 0 || xmin < xminl)) {
                xminl = xmin;
            }
        }
        if (logy && yminl > 0) {
            ymin = yminl;
        }
        if (logx && xminl > 0) {
            xmin = xminl;
        }
        return new Frame(xmin, xmax, ymin, ymax);
    }

    /**
     * TGraphErrors::ComputeRange (and TGraphAsymmErrors's): the points' range widened by their
     * error bars, given as low and high errors per point (the same array twice for symmetric
     * errors). On a log axis an error bar reaching zero widens the range to a third of the value.
     */
    public static Frame ComputeRange(double[] x, double[] y, double[] exLow, double[] exHigh,
            double[] eyLow, double[] eyHigh, boolean logx, boolean logy) {
        Frame points = ComputeRange(x, y, logx, logy);
        double[] xr = {points.xmin(), points.xmax()};
        double[] yr = {points.ymin(), points.ymax()};
        for (int i = 0; i < x.length; i++) {
            widen(xr, x[i], exLow[i], exHigh[i], logx);
            widen(yr, y[i], eyLow[i], eyHigh[i], logy);
        }
        return new Frame(xr[0], xr[1], yr[0], yr[1]);
    }

    private static void widen(double[] range, double v, double low, double high, boolean log) {
        if (v - low < range[0]) {
            range[0] = !log || low < v ? v - low : Math.min(range[0], v / 3);
        }
        if (v + high > range[1]) {
            range[1] = v + high;
        }
    }

    /**
     * The frame TGraph::GetHistogram builds for drawing a graph with axes ("A"), from the
     * points' range (see ComputeRange): 10% margins on each side, not crossing zero when the
     * points do not, the graph's stored minimum and maximum ({@link #kUnset} when not set), and
     * ROOT's fallbacks for log axes. THistPainter then draws exactly this frame.
     */
    public static Frame GraphFrame(Frame points, double minimum, double maximum, boolean logx, boolean logy) {
        double rwxmin = points.xmin();
        double rwxmax = points.xmax();
        double rwymin = points.ymin();
        double rwymax = points.ymax();
        if (rwxmin == rwxmax) {
            rwxmax += 1;
        }
        if (rwymin == rwymax) {
            rwymax += 1;
        }
        double dx = 0.1 * (rwxmax - rwxmin);
        double dy = 0.1 * (rwymax - rwymin);
        double uxmin = rwxmin - dx;
        double uxmax = rwxmax + dx;
        double ymin = minimum != kUnset ? minimum : rwymin - dy;
        double ymax = maximum != kUnset ? maximum : rwymax + dy;
        if (uxmin < 0 && rwxmin >= 0) {
            uxmin = logx ? 0.9 * rwxmin : 0;
        }
        if (uxmax > 0 && rwxmax <= 0) {
            uxmax = logx ? 1.1 * rwxmax : 0;
        }
        if (ymin < 0 && rwymin >= 0) {
            ymin = 0.9 * rwymin;
        }
        if (ymin <= 0 && logy) {
            ymin = 0.001 * ymax;
        }
        if (uxmin <= 0 && logx) {
            uxmin = uxmax > 1000 ? 1 : 0.001 * uxmax;
        }
        return new Frame(uxmin, uxmax, ymin, ymax);
    }
}
