package org.rootprompt.root.io;

import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TFormula;

/**
 * A TF1 read from a file becomes our TF1. Its members come generically (the file's streamer info,
 * as for any class), since ROOT stores the formula in a TFormula with an STL map that no description
 * of ours covers. The function is its formula when our TFormula compiles it (ROOT writes e.g.
 * {@code "([p0]+[p1]*x)"}), else the saved points (fSave), interpolated as ROOT's TF1::GetSave does.
 */
final class StoredFunctions {
    private StoredFunctions() {}

    static TObject toTF1(GenericObject stored) {
        String name = stored.GetName();
        double xmin = number(stored, "fXmin");
        double xmax = number(stored, "fXmax");
        double[] save = stored.Get("fSave") instanceof double[] s ? s : new double[0];
        GenericObject formulaObject = stored.Get("fFormula") instanceof GenericObject f ? f : null;
        String formula = formulaObject != null && formulaObject.Get("fFormula") instanceof String s ? s : "";
        double[] parameters = new double[0];
        String[] names = null;
        if (stored.Get("fParams") instanceof GenericObject p && p.Get("fParameters") instanceof double[] values) {
            parameters = values;
            names = p.Get("fParNames") instanceof String[] n ? n : null;
        } else if (formulaObject != null && formulaObject.Get("fClingParameters") instanceof double[] values) {
            parameters = values;
        }
        TF1 f;
        if (compiles(formula)) {
            f = new TF1(name, formula, xmin, xmax);
        } else {
            f = new TF1(name, (x, p) -> interpolate(save, x[0]), xmin, xmax, parameters.length);
        }
        f.SetTitle(stored.GetTitle());
        for (int i = 0; i < Math.min(parameters.length, f.GetNpar()); i++) {
            f.SetParameter(i, parameters[i]);
            if (names != null && i < names.length) {
                f.SetParName(i, names[i]);
            }
        }
        if ((int) number(stored, "fNpx") >= 4) {
            f.SetNpx((int) number(stored, "fNpx"));
        }
        if (stored.Get("fParErrors") instanceof double[] errors) {
            f.SetParErrors(errors);
        }
        f.SetChisquare(number(stored, "fChisquare"));
        f.SetNDF((int) number(stored, "fNDF"));
        f.SetLineColor((int) number(stored, "fLineColor"));
        f.SetLineStyle((int) number(stored, "fLineStyle"));
        f.SetLineWidth((int) number(stored, "fLineWidth"));
        f.SetFillColor((int) number(stored, "fFillColor"));
        f.SetFillStyle((int) number(stored, "fFillStyle"));
        f.SetMarkerColor((int) number(stored, "fMarkerColor"));
        f.SetMarkerStyle((int) number(stored, "fMarkerStyle"));
        f.SetMarkerSize(number(stored, "fMarkerSize"));
        return f;
    }

    /** Whether our TFormula compiles the stored formula; its error message is not the user's concern here. */
    private static boolean compiles(String formula) {
        if (formula.isBlank()) {
            return false;
        }
        int level = ErrorHandler.gErrorIgnoreLevel;
        ErrorHandler.gErrorIgnoreLevel = ErrorHandler.kBreak;
        try {
            return new TFormula("", formula).IsValid();
        } finally {
            ErrorHandler.gErrorIgnoreLevel = level;
        }
    }

    /**
     * ROOT's TF1::GetSave: fSave holds y at np+1 equidistant points, then the range's ends; between
     * two points the line through them, outside the range 0.
     */
    static double interpolate(double[] save, double x) {
        int np = save.length - 3;
        if (np < 1) {
            return 0;
        }
        double xmin = save[np + 1];
        double xmax = save[np + 2];
        if (x < xmin || x > xmax) {
            return 0;
        }
        double dx = (xmax - xmin) / np;
        int bin = Math.min((int) ((x - xmin) / dx), np - 1);
        double xlow = xmin + bin * dx;
        return save[bin] + (x - xlow) * (save[bin + 1] - save[bin]) / dx;
    }

    private static double number(GenericObject stored, String member) {
        return stored.Get(member) instanceof Number n ? n.doubleValue() : 0;
    }
}
