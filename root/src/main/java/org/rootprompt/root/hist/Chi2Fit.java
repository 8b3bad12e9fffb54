package org.rootprompt.root.hist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.math.MigradMinimizer;
import org.rootprompt.root.math.Minimizer;
import org.rootprompt.root.math.MinimizerResult;

/**
 * χ² fits of a TF1 to points (x, y, σy[, σx]): a histogram's bins (TH1::Fit) or a graph's points
 * (TGraph::Fit), with ROOT's options, starting values for the predefined shapes and ROOT's printout.
 */
final class Chi2Fit {
    private Chi2Fit() {}

    /** The options these fits understand; others are reported, not silently ignored. */
    private record Options(boolean quiet, boolean verbose, boolean noStore, boolean range, boolean add, boolean ex0) {
        static Options parse(TObject owner, String option) {
            String o = option == null ? "" : option.toUpperCase();
            boolean ex0 = o.contains("EX0");
            String rest = o.replace("EX0", "");
            for (String unsupported : new String[] {"WL", "L", "P", "I", "W", "E", "M", "B"}) {
                if (rest.contains(unsupported)) {
                    ErrorHandler.report(ErrorHandler.kError, owner.ClassName() + "::Fit",
                            "option " + unsupported + " is not supported yet; use the default chi-square fit");
                    return null;
                }
            }
            return new Options(o.contains("Q"), o.contains("V"), o.contains("N"), o.contains("R"), o.contains("+"), ex0);
        }
    }

    /**
     * The function a fit by name uses: a TF1 of that name (the user's, or ROOT's standard gaus, expo,
     * polN…), else the name read as a formula on [xmin, xmax]; null, with an error, when neither.
     */
    static TF1 byName(TObject owner, String fname, double xmin, double xmax) {
        TF1 f = TF1.GetFunction(fname);
        if (f == null) {
            f = new TF1(fname, fname, xmin, xmax);
            if (f.GetNpar() == 0 || !f.GetExpFormula().equals(fname)) {
                ErrorHandler.report(ErrorHandler.kError, owner.ClassName() + "::Fit", "function " + fname + " not found");
                return null;
            }
        }
        return f;
    }

    /** Whether a fit by name starts from ROOT's estimates: the function is the predefined shape itself. */
    static boolean predefined(TF1 f, String fname) {
        return f.GetExpFormula().strip().equals(fname);
    }

    /** A histogram's bins in range with a non-zero error (ROOT skips empty bins in a χ² fit). */
    static TFitResult histogram(TH1 h, TF1 f, String option, double xmin, double xmax, boolean predefined) {
        Options opt = Options.parse(h, option);
        if (opt == null) {
            return null;
        }
        TAxis axis = h.GetXaxis();
        int first = axis.GetFirst();
        int last = axis.GetLast();
        double lo = opt.range ? f.GetXmin() : xmin;
        double hi = opt.range ? f.GetXmax() : xmax;
        if (lo < hi) {
            first = Math.max(first, axis.FindFixBin(lo));
            last = Math.min(last, axis.FindFixBin(hi));
            if (last > first && axis.GetBinLowEdge(last) == hi) {
                last--;
            }
        }
        List<double[]> points = new ArrayList<>();
        for (int bin = first; bin <= last; bin++) {
            double error = h.GetBinError(bin);
            if (error > 0) {
                points.add(new double[] {axis.GetBinCenter(bin), h.GetBinContent(bin), error, 0});
            }
        }
        return fit(h, points, f, opt, predefined, false, fn -> h.storeFunction(fn, opt.add));
    }

    /**
     * A graph's points in range. Without errors every point weighs 1; with x errors the effective
     * variance σy² + (f'(x)·σx)² is used, unless option "EX0".
     */
    static TFitResult graph(TGraph g, TF1 f, String option, double xmin, double xmax, boolean predefined) {
        Options opt = Options.parse(g, option);
        if (opt == null) {
            return null;
        }
        double lo = opt.range ? f.GetXmin() : xmin;
        double hi = opt.range ? f.GetXmax() : xmax;
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < g.GetN(); i++) {
            double x = g.GetPointX(i);
            if (lo < hi && (x < lo || x > hi)) {
                continue;
            }
            double ey = g.errorY(i);
            double ex = opt.ex0 ? 0 : g.errorX(i);
            if (g.hasErrors() && ey <= 0 && ex <= 0) {
                continue; // ROOT skips points whose errors are all zero
            }
            points.add(new double[] {x, g.GetPointY(i), g.hasErrors() ? ey : 1, ex});
        }
        // without errors every point weighs 1, and ROOT scales the errors by sqrt(χ²/NDF)
        return fit(g, points, f, opt, predefined, !g.hasErrors(), fn -> g.storeFunction(fn, opt.add));
    }

    /**
     * A 2-D graph's points (x, y, z) fitted with z = f(x, y): weighted by the z errors of a
     * TGraph2DErrors (points without one are skipped), else every point weighs 1 and the errors are
     * scaled as for TGraph. Option "R" keeps the points inside the function's rectangle.
     */
    static TFitResult graph2D(TGraph2D g, TF2 f, String option) {
        Options opt = Options.parse(g, option);
        if (opt == null) {
            return null;
        }
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < g.GetN(); i++) {
            double x = g.GetX()[i];
            double y = g.GetY()[i];
            if (opt.range && (x < f.GetXmin() || x > f.GetXmax() || y < f.GetYmin() || y > f.GetYmax())) {
                continue;
            }
            double ez = g.hasErrors() ? g.GetErrorZ(i) : 1;
            if (ez <= 0) {
                continue;
            }
            points.add(new double[] {x, g.GetZ()[i], ez, 0, y}); // y rides at index 4, after σx
        }
        return fit(g, points, f, opt, false, !g.hasErrors(), fn -> g.storeFunction(fn, opt.add));
    }

    private static TFitResult fit(TObject owner, List<double[]> points, TF1 f, Options opt, boolean predefined,
            boolean normalizeErrors, Consumer<TF1> store) {
        int npar = f.GetNpar();
        if (predefined) {
            initialEstimates(points, f);
        }
        double[] start = f.GetParameters().clone();
        double[] steps = new double[npar];
        double[] lower = new double[npar];
        double[] upper = new double[npar];
        boolean[] fixed = new boolean[npar];
        int nfree = 0;
        for (int i = 0; i < npar; i++) {
            steps[i] = start[i] != 0 ? 0.1 * Math.abs(start[i]) : 0.1;
            double[] limits = f.GetParLimits(i);
            fixed[i] = f.IsFixed(i);
            lower[i] = f.IsBound(i) ? limits[0] : Double.NaN;
            upper[i] = f.IsBound(i) ? limits[1] : Double.NaN;
            if (!fixed[i]) {
                nfree++;
            }
        }
        int ndf = points.size() - nfree;
        if (points.isEmpty() || ndf < 0) {
            ErrorHandler.report(ErrorHandler.kError, "Fit", "Fit data is empty ");
            return null;
        }
        double[] xx = new double[4];
        Minimizer.Problem problem = new Minimizer.Problem(p -> {
            double chi2 = 0;
            for (double[] pt : points) {
                xx[0] = pt[0];
                xx[1] = pt.length > 4 ? pt[4] : 0; // the y of a 2-D graph's point
                double fx = f.EvalPar(xx, p);
                double variance = pt[2] * pt[2];
                if (pt[3] > 0) { // effective variance: the slope carries the x error into y
                    double h = 1e-6 * Math.max(Math.abs(pt[0]), 1);
                    xx[0] = pt[0] + h;
                    double up = f.EvalPar(xx, p);
                    xx[0] = pt[0] - h;
                    double down = f.EvalPar(xx, p);
                    double slope = (up - down) / (2 * h);
                    variance += slope * slope * pt[3] * pt[3];
                }
                double r = pt[1] - fx;
                chi2 += variance > 0 ? r * r / variance : 0;
            }
            return chi2;
        }, start, steps, lower, upper, fixed, 1.0, 0.01, 0);
        MinimizerResult r = new MigradMinimizer().minimize(problem);
        if (normalizeErrors && ndf > 0) {
            double scale = r.minimum() / ndf;
            double[] errors = r.errors().clone();
            double[][] cov = new double[npar][];
            for (int i = 0; i < npar; i++) {
                errors[i] *= Math.sqrt(scale);
                cov[i] = r.covariance()[i].clone();
                for (int j = 0; j < npar; j++) {
                    cov[i][j] *= scale;
                }
            }
            r = new MinimizerResult(r.parameters(), errors, cov, r.minimum(), r.edm(), r.calls(), r.valid(), r.status());
        }
        String[] names = new String[npar];
        boolean[] bound = new boolean[npar];
        for (int i = 0; i < npar; i++) {
            names[i] = f.GetParName(i);
            bound[i] = !Double.isNaN(lower[i]);
        }
        TFitResult result = new TFitResult("Minuit2 / Migrad", names, r.parameters(), r.errors(), r.covariance(),
                fixed, bound, r.minimum(), r.minimum(), ndf, r.edm(), r.calls(), r.valid() ? 0 : 4, r.valid());
        f.setFitResult(r.parameters(), r.errors(), r.minimum(), ndf);
        if (!opt.noStore) {
            store.accept(f.Clone());
        }
        if (!opt.quiet) {
            result.Print(System.out, opt.verbose);
        }
        return result;
    }

    /**
     * ROOT's data-driven starting values (ROOT::Fit::InitGaus / InitExpo): for gaus the weighted mean
     * and RMS of the points, a height between the largest value and the Gaussian's, sigma limited to
     * [0, 10 RMS]; for expo a straight line through ln(y).
     */
    private static void initialEstimates(List<double[]> points, TF1 f) {
        String formula = f.GetExpFormula().strip();
        int n = points.size();
        if (n == 0) {
            return;
        }
        if (formula.equals("gaus") || formula.equals("gausn")) {
            double rangex = points.get(n - 1)[0] - points.get(0)[0];
            double binwidth = rangex > 0 ? rangex : 1;
            double allcha = 0;
            double sumx = 0;
            double sumx2 = 0;
            double valmax = 0;
            double x0 = 0;
            for (int i = 0; i < n; i++) {
                double x = points.get(i)[0];
                double val = points.get(i)[1];
                sumx += val * x;
                sumx2 += val * x * x;
                allcha += val;
                valmax = Math.max(valmax, val);
                if (i > 0 && x - x0 < binwidth) {
                    binwidth = x - x0;
                }
                x0 = x;
            }
            if (allcha <= 0) {
                return;
            }
            double mean = sumx / allcha;
            double rms = sumx2 / allcha - mean * mean;
            rms = rms > 0 ? Math.sqrt(rms) : binwidth * n / 4;
            double constant = formula.equals("gausn") ? allcha * binwidth
                    : 0.5 * (valmax + binwidth * allcha / (2.50662827 * rms));
            f.SetParameters(constant, mean, rms);
            f.SetParLimits(2, 0, 10 * rms);
        } else if (formula.equals("expo")) {
            double s = 0;
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (double[] p : points) {
                if (p[1] <= 0) {
                    continue;
                }
                double ly = Math.log(p[1]);
                s += 1;
                sx += p[0];
                sy += ly;
                sxx += p[0] * p[0];
                sxy += p[0] * ly;
            }
            double det = s * sxx - sx * sx;
            if (s >= 2 && det != 0) {
                f.SetParameters((sxx * sy - sx * sxy) / det, (s * sxy - sx * sy) / det);
            }
        }
    }
}
