package org.rootprompt.root.gpad;

import org.rootprompt.root.core.Drawing;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TGraph;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.THStack;
import org.rootprompt.root.hist.TMultiGraph;

/**
 * What Draw means, as ROOT's classes define it: the object joins the current pad with its option
 * (making the default canvas if there is none), and objects that bring their own axes clear the
 * pad first unless the option has "same".
 */
final class PadDrawing {
    private PadDrawing() {}

    static void install() {
        Drawing.setHandler(PadDrawing::draw);
    }

    static void draw(TObject obj, String option) {
        if (TPad.gPad == null || !TPad.gPad.IsEditable()) {
            TCanvas.MakeDefCanvas();
        }
        TPad pad = TPad.gPad;
        String opt = option.toLowerCase();
        boolean same = opt.contains("same");
        if (obj instanceof TGraph graph) {
            option = graphOption(graph, pad, opt);
            opt = option;
        }
        if (!same && clearsPad(obj, opt)) {
            pad.Clear();
        }
        pad.append(obj, option);
    }

    /** Histograms, functions and stacks draw their own frame; graphs and multigraphs only with "a". */
    private static boolean clearsPad(TObject obj, String opt) {
        if (obj instanceof TH1 || obj instanceof TF1 || obj instanceof THStack) {
            return true;
        }
        if (obj instanceof TGraph || obj instanceof TMultiGraph) {
            return opt.contains("a");
        }
        return false;
    }

    /**
     * ROOT's TGraph::Draw: the option in lower case without "same", "*" meaning markers of style 3,
     * and "alp" when the option is empty and the pad has no axes yet.
     */
    private static String graphOption(TGraph graph, TPad pad, String opt) {
        opt = opt.replace("same", "");
        int star = opt.indexOf('*');
        if (star >= 0) {
            graph.SetMarkerStyle(3);
            opt = opt.substring(0, star) + "p" + opt.substring(star + 1);
        }
        if (opt.isBlank() && !hasAxes(pad)) {
            opt = "alp";
        }
        return opt;
    }

    /** Whether something in the pad already draws axes (ROOT looks for the pad's TFrame). */
    private static boolean hasAxes(TPad pad) {
        var primitives = pad.GetListOfPrimitives();
        for (int i = 0; i < primitives.GetSize(); i++) {
            TObject o = primitives.At(i);
            String opt = primitives.optionAt(i).toLowerCase();
            if (o instanceof TH1 || o instanceof TF1 || o instanceof THStack
                    || ((o instanceof TGraph || o instanceof TMultiGraph) && opt.contains("a"))) {
                return true;
            }
        }
        return false;
    }
}
