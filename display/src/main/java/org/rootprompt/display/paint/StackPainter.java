package org.rootprompt.display.paint;

import java.awt.Graphics2D;
import java.util.List;
import org.rootprompt.root.gpad.TStyle;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.THStack;

/** THStack: the running sums drawn from the top one down, or with "nostack" each histogram on its own. */
final class StackPainter {
    private StackPainter() {}

    /**
     * The x range of the first histogram and the y range THStack::BuildAndPaint gives: from the
     * lowest content of the first sum to the highest of the last (of all histograms with
     * "nostack"), the minimum pulled to 0 (on a log axis 0.9 of it), the maximum raised by the
     * top margin (on a log axis by 0.2 decade per decade, the minimum lowered by 0.5), unless set.
     */
    static AxisTicks.Frame frame(THStack stack, String option, boolean logy) {
        boolean nostack = DrawOption.parse(option).nostack;
        List<TH1> sums = stack.GetStack();
        List<TH1> lowest = nostack ? stack.GetHists() : List.of(sums.get(0));
        List<TH1> highest = nostack ? stack.GetHists() : List.of(sums.get(sums.size() - 1));
        double min = lowest.stream().mapToDouble(h -> h.GetMinimum(logy ? 0 : -Float.MAX_VALUE)).min().orElse(0);
        double max = highest.stream().mapToDouble(TH1::GetMaximum).max().orElse(1);
        if (logy) {
            min = min > 0 ? 0.9 * min : 1e-3 * max;
        } else if (min > 0) {
            min = 0;
        }
        boolean maxUnset = stack.getStoredMaximum() == AxisTicks.kUnset;
        boolean minUnset = stack.getStoredMinimum() == AxisTicks.kUnset;
        max = maxUnset ? max : stack.getStoredMaximum();
        min = minUnset ? min : stack.getStoredMinimum();
        if (!nostack || maxUnset) {
            if (logy && min > 0) {
                max *= 1 + 0.2 * Math.log10(max / min);
            } else if (!logy && maxUnset) {
                max *= 1 + TStyle.gStyle.GetHistTopMargin();
            }
        }
        if ((!nostack || minUnset) && logy) {
            min = min > 0 ? min / (1 + 0.5 * Math.log10(max / min)) : 1e-3 * max;
        }
        TH1 first = stack.GetHists().get(0);
        AxisTicks.Range xr = AxisTicks.HistogramXRange(HistPainter.edges(first.GetXaxis()), false);
        return new AxisTicks.Frame(xr.min(), xr.max(), min, max);
    }

    static void paint(Graphics2D g, PadView v, THStack stack, String option) {
        DrawOption o = DrawOption.parse(option);
        String own = option.replaceAll("(?i)nostack|same", "");
        if (o.nostack) {
            for (TH1 h : stack.GetHists()) {
                HistPainter.paint1D(g, v, h, HistPainter.effectiveOption(h, own));
            }
            return;
        }
        // the sums carry the attributes of the histograms they end with; the largest is drawn first
        List<TH1> sums = stack.GetStack();
        List<TH1> hists = stack.GetHists();
        for (int i = sums.size() - 1; i >= 0; i--) {
            TH1 sum = sums.get(i);
            TH1 h = hists.get(i);
            copyAttributes(h, sum);
            HistPainter.paint1D(g, v, sum, DrawOption.parse(own.isBlank() ? "HIST" : own));
        }
    }

    private static void copyAttributes(TH1 from, TH1 to) {
        to.SetLineColor(from.GetLineColor());
        to.SetLineStyle(from.GetLineStyle());
        to.SetLineWidth(from.GetLineWidth());
        to.SetFillColor(from.GetFillColor());
        to.SetFillStyle(from.GetFillStyle());
        to.SetMarkerColor(from.GetMarkerColor());
        to.SetMarkerStyle(from.GetMarkerStyle());
        to.SetMarkerSize(from.GetMarkerSize());
    }
}
