package org.rootprompt.root.hist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rootprompt.root.core.TNamed;

/** A collection of graphs drawn together (ROOT's TMultiGraph); a fit uses the points of all of them. */
public class TMultiGraph extends TNamed {
    private final List<TGraph> fGraphs = new ArrayList<>();
    private final List<String> fOptions = new ArrayList<>();

    public TMultiGraph() {
        this("", "");
    }

    public TMultiGraph(String name, String title) {
        super(name, title);
    }

    /** Adds a graph, with its own draw option (used by the graphics layer). */
    public void Add(TGraph graph, String option) {
        if (graph != null) {
            fGraphs.add(graph);
            fOptions.add(option == null ? "" : option);
        }
    }

    public void Add(TGraph graph) {
        Add(graph, "");
    }

    public List<TGraph> GetListOfGraphs() {
        return Collections.unmodifiableList(fGraphs);
    }

    /** The draw option given with graph i. */
    public String GetGraphOption(int i) {
        return fOptions.get(i);
    }

    /** Fits f to the points of every graph together, as ROOT's TMultiGraph::Fit; options as TGraph::Fit. */
    public TFitResult Fit(TF1 f, String option) {
        return merged().Fit(f, option);
    }

    public TFitResult Fit(String fname, String option) {
        return merged().Fit(fname, option);
    }

    public TFitResult Fit(String fname) {
        return Fit(fname, "");
    }

    /** One graph of all points; with errors if any graph has them (points of graphs without get 0). */
    private TGraph merged() {
        boolean errors = fGraphs.stream().anyMatch(TGraph::hasErrors);
        int n = fGraphs.stream().mapToInt(TGraph::GetN).sum();
        TGraph all = errors ? new TGraphErrors(n) : new TGraph(n);
        int k = 0;
        for (TGraph g : fGraphs) {
            for (int i = 0; i < g.GetN(); i++, k++) {
                all.SetPoint(k, g.GetPointX(i), g.GetPointY(i));
                if (errors) {
                    ((TGraphErrors) all).SetPointError(k, g.errorX(i), g.errorY(i));
                }
            }
        }
        all.SetName(GetName());
        return all;
    }
}
