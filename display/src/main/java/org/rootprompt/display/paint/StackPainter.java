package org.rootprompt.display.paint;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.THStack;

/** THStack: the running sums drawn from the top one down, or with "nostack" each histogram on its own. */
final class StackPainter {
    private StackPainter() {}

    /** The x range of the first histogram and a y range that holds every drawn histogram. */
    static AxisTicks.Frame frame(THStack stack, String option, boolean logy) {
        List<TH1> drawn = drawn(stack, DrawOption.parse(option).nostack);
        TH1 first = drawn.get(0);
        AxisTicks.Range xr = AxisTicks.HistogramXRange(HistPainter.edges(first.GetXaxis()), false);
        List<Double> all = new ArrayList<>();
        for (TH1 h : drawn) {
            for (double c : HistPainter.contents(h)) {
                all.add(c);
            }
        }
        double[] contents = all.stream().mapToDouble(Double::doubleValue).toArray();
        AxisTicks.Range yr = HistPainter.yRange(contents, null, first, logy);
        return yr == null ? null : new AxisTicks.Frame(xr.min(), xr.max(), yr.min(), yr.max());
    }

    private static List<TH1> drawn(THStack stack, boolean nostack) {
        return nostack ? stack.GetHists() : stack.GetStack();
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
