package org.rootprompt.root.hist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rootprompt.root.core.TNamed;

/** A stack of histograms drawn on top of each other (ROOT's THStack): the model; drawing is the graphics layer's. */
public class THStack extends TNamed {
    private final List<TH1> fHists = new ArrayList<>();
    private List<TH1> fStack;
    private double fMaximum = -1111;
    private double fMinimum = -1111;

    public THStack() {
        this("", "");
    }

    public THStack(String name, String title) {
        super(name, title);
    }

    /** Adds a histogram on top; all must have the same binning as the first. */
    public void Add(TH1 h) {
        Add(h, "");
    }

    public void Add(TH1 h, String option) {
        if (h == null) {
            return;
        }
        if (!fHists.isEmpty() && h.GetNcells() != fHists.get(0).GetNcells()) {
            Error("Add", "Histogram %s has a different number of bins: %d instead of %d", h.GetName(),
                    h.GetNbinsX(), fHists.get(0).GetNbinsX());
            return;
        }
        fHists.add(h);
        fStack = null;
    }

    /** The histograms, in the order they were added. */
    public List<TH1> GetHists() {
        return Collections.unmodifiableList(fHists);
    }

    public int GetNhists() {
        return fHists.size();
    }

    /** The running sums: the i-th is the sum of the first i+1 histograms (ROOT's GetStack). */
    public List<TH1> GetStack() {
        if (fStack == null) {
            List<TH1> sums = new ArrayList<>();
            boolean add = TH1.AddDirectoryStatus();
            TH1.AddDirectory(false); // the sums are the stack's own, not gDirectory's
            try {
                for (int i = 0; i < fHists.size(); i++) {
                    TH1 sum = fHists.get(i).Clone();
                    sum.SetName(fHists.get(i).GetName() + "_stack_" + (i + 1));
                    if (i > 0) {
                        sum.Add(sums.get(i - 1));
                    }
                    sums.add(sum);
                }
            } finally {
                TH1.AddDirectory(add);
            }
            fStack = sums;
        }
        return Collections.unmodifiableList(fStack);
    }

    /** The largest bin content of the stacked sum, or with "nostack" of any single histogram. */
    public double GetMaximum(String option) {
        if (fMaximum != -1111) {
            return fMaximum;
        }
        boolean nostack = option != null && option.toLowerCase().contains("nostack");
        List<TH1> hists = nostack ? fHists : (fHists.isEmpty() ? fHists : List.of(GetStack().get(fHists.size() - 1)));
        double max = -Double.MAX_VALUE;
        for (TH1 h : hists) {
            max = Math.max(max, h.GetMaximum());
        }
        return hists.isEmpty() ? 0 : max;
    }

    public double GetMaximum() {
        return GetMaximum("");
    }

    public double GetMinimum(String option) {
        if (fMinimum != -1111) {
            return fMinimum;
        }
        boolean nostack = option != null && option.toLowerCase().contains("nostack");
        List<TH1> hists = nostack ? fHists : (fHists.isEmpty() ? fHists : List.of(GetStack().get(0)));
        double min = Double.MAX_VALUE;
        for (TH1 h : hists) {
            min = Math.min(min, h.GetMinimum());
        }
        return hists.isEmpty() ? 0 : min;
    }

    public double GetMinimum() {
        return GetMinimum("");
    }

    /** The maximum set by {@link #SetMaximum}, -1111 when none (ROOT's fMaximum). */
    public double getStoredMaximum() {
        return fMaximum;
    }

    public double getStoredMinimum() {
        return fMinimum;
    }

    public void SetMaximum(double maximum) {
        fMaximum = maximum;
    }

    public void SetMinimum(double minimum) {
        fMinimum = minimum;
    }
}
