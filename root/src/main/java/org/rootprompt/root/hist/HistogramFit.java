package org.rootprompt.root.hist;

import java.util.ArrayList;
import java.util.List;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.math.MigradMinimizer;
import org.rootprompt.root.math.Minimizer;
import org.rootprompt.root.math.MinimizerResult;

/**
 * TH1::Fit: a χ² fit of a TF1 to a histogram's bins, with ROOT's options, initial estimates for
 * the predefined shapes, and ROOT's printout.
 */
final class HistogramFit {
    private HistogramFit() {}

    /** The options this fit understands; others are reported, not silently ignored. */
    private record Options(boolean quiet, boolean verbose, boolean noStore, boolean range, boolean add) {
        static Options parse(TH1 h, String option) {
            String o = option == null ? "" : option.toUpperCase();
            for (String unsupported : new String[] {"WL", "L", "P", "I", "W", "E", "M", "B"}) {
                if (o.contains(unsupported)) {
                    h.reportError("Fit", "option " + unsupported + " is not supported yet; use the default chi-square fit");
                    return null;
                }
            }
            return new Options(o.contains("Q"), o.contains("V"), o.contains("N"), o.contains("R"), o.contains("+"));
        }
    }

    static TFitResult fit(TH1 h, TF1 f, String option, double xmin, double xmax, boolean predefined) {
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
        List<double[]> points = new ArrayList<>(); // x, y, error
        for (int bin = first; bin <= last; bin++) {
            double error = h.GetBinError(bin);
            if (error <= 0) {
                continue; // ROOT skips bins without an error (empty bins) in a chi-square fit
            }
            points.add(new double[] {axis.GetBinCenter(bin), h.GetBinContent(bin), error});
        }
        int npar = f.GetNpar();
        if (predefined) {
            initialEstimates(h, f, first, last);
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
                double r = (pt[1] - f.EvalPar(xx, p)) / pt[2];
                chi2 += r * r;
            }
            return chi2;
        }, start, steps, lower, upper, fixed, 1.0, 0.01, 0);
        MinimizerResult r = new MigradMinimizer().minimize(problem);
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
            h.storeFunction(f.Clone(), opt.add);
        }
        if (!opt.quiet) {
            result.Print(System.out, opt.verbose);
        }
        return result;
    }

    /** ROOT's starting values for gaus (mean, RMS and height of the bins in range; sigma limited). */
    private static void initialEstimates(TH1 h, TF1 f, int first, int last) {
        String formula = f.GetExpFormula().strip();
        if (formula.equals("gaus") || formula.equals("gausn")) {
            double valmax = h.GetBinContent(first);
            double binwidth = h.GetBinWidth(first);
            double allcha = 0;
            double sumx = 0;
            double sumx2 = 0;
            for (int bin = first; bin <= last; bin++) {
                double x = h.GetBinCenter(bin);
                double val = Math.abs(h.GetBinContent(bin));
                valmax = Math.max(valmax, val);
                sumx += val * x;
                sumx2 += val * x * x;
                allcha += val;
            }
            if (allcha == 0) {
                return;
            }
            double mean = sumx / allcha;
            double variance = sumx2 / allcha - mean * mean;
            double stddev = variance > 0 ? Math.sqrt(variance) : 0;
            if (stddev == 0) {
                stddev = binwidth * (last - first + 1) / 4;
            }
            double constant = 0.5 * (valmax + binwidth * allcha / (2.506628 * stddev));
            double xmin = h.GetXaxis().GetXmin();
            double xmax = h.GetXaxis().GetXmax();
            if ((mean < xmin || mean > xmax) && stddev > (xmax - xmin)) {
                mean = 0.5 * (xmax + xmin);
                stddev = 0.5 * (xmax - xmin);
            }
            if (formula.equals("gausn")) {
                constant = allcha * binwidth;
            }
            f.SetParameters(constant, mean, stddev);
            f.SetParLimits(2, 0, 10 * stddev);
        } else if (formula.equals("expo")) {
            // a straight line through ln(content) by least squares
            double s = 0;
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (int bin = first; bin <= last; bin++) {
                double y = h.GetBinContent(bin);
                if (y <= 0) {
                    continue;
                }
                double x = h.GetBinCenter(bin);
                double ly = Math.log(y);
                s += 1;
                sx += x;
                sy += ly;
                sxx += x * x;
                sxy += x * ly;
            }
            double det = s * sxx - sx * sx;
            if (s >= 2 && det != 0) {
                f.SetParameters((sxx * sy - sx * sxy) / det, (s * sxy - sx * sy) / det);
            }
        }
    }
}
