package org.rootprompt.root.hist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.math.Integrator;
import org.rootprompt.root.math.Linear;
import org.rootprompt.root.math.MigradMinimizer;
import org.rootprompt.root.math.Minimizer;
import org.rootprompt.root.math.MinimizerResult;
import org.rootprompt.root.math.Minos;

/**
 * Fits of a TF1 to a histogram's bins (TH1::Fit) or a graph's points (TGraph::Fit), as ROOT's HFit
 * does: χ² (Neyman, or Pearson with option "P"), Poisson likelihood ("L", "WL"), bin integrals ("I"),
 * Minos errors ("E"), with ROOT's options, starting values for the predefined shapes and printout.
 */
final class HFit {
    private HFit() {}

    /**
     * ROOT's Foption_t, as much of it as these fits use: letters without a meaning here (X, G, U, F, C)
     * are ignored, as ROOT ignores them in these fits; MULTI and WIDTH are refused.
     */
    private record Options(boolean quiet, boolean verbose, boolean noStore, boolean range, boolean add,
            boolean noErrorX, int like, boolean pearson, boolean integral, int errors1, boolean minos, boolean more,
            boolean bound) {

        /** ROOT::Fit::FitOptionsMake: which letters mean what, in ROOT's order of precedence. */
        static Options parse(TObject owner, String option, boolean histogram) {
            String o = option == null ? "" : option.toUpperCase();
            for (String unsupported : new String[] {"MULTI", "WIDTH"}) {
                if (o.contains(unsupported)) {
                    ErrorHandler.report(ErrorHandler.kError, owner.ClassName() + "::Fit",
                            "option " + unsupported + " is not supported yet");
                    return null;
                }
            }
            boolean integral = false;
            int errors1 = 0;
            boolean noErrorX = false;
            if (histogram) {
                integral = o.contains("I");
                errors1 = o.contains("WW") ? 2 : 0;
            } else {
                o = o.replace("EX0", "T");
                noErrorX = o.contains("T");
            }
            int like = o.contains("L") ? 1 : 0;
            boolean pearson = o.contains("P");
            if (like == 1) {
                if (o.contains("W")) {
                    like = 2; // weighted likelihood
                    errors1 = 0;
                }
                if (histogram && (pearson || o.contains("X"))) {
                    ErrorHandler.report(ErrorHandler.kWarning, "Fit",
                            "Cannot use P or X option in combination of L. Ignore the chi2 option and perform a likelihood fit");
                }
            } else if (o.contains("W") && errors1 == 0) {
                errors1 = 1;
            }
            if (!histogram && like > 0) { // HFit::CheckGraphFitOptions
                ErrorHandler.report(ErrorHandler.kInfo, "CheckGraphFitOptions",
                        "L (Log Likelihood fit) is an invalid option when fitting a graph. It is ignored");
                like = 0;
            }
            return new Options(o.contains("Q"), o.contains("V"), o.contains("N"), o.contains("R"), o.contains("+"),
                    noErrorX, like, pearson && like == 0, integral, errors1, o.contains("E"), o.contains("M"),
                    o.contains("B"));
        }

        /** Empty bins count in likelihood and Pearson fits, and with "WW". */
        boolean useEmpty() {
            return like > 0 || pearson || errors1 > 1;
        }
    }

    /** One fitted point: its coordinate, value, errors, and the bin edges for the integral option. */
    /** A point to fit: y measured at x (and at x2, the y of a 2-D graph), the bin's edges for "I". */
    private record Point(double x, double y, double error, double errorX, double low, double high, double x2) {
        Point(double x, double y, double error, double errorX, double low, double high) {
            this(x, y, error, errorX, low, high, 0);
        }
    }

    /**
     * The points of a fit and the sums ROOT's BinData keeps: Σ content and Σ error² (empty bins with
     * the default error 1 left out), which make the global weight of weighted data.
     */
    private static final class Data {
        final List<Point> points = new ArrayList<>();
        double sumContent;
        double sumError2;
        boolean weighted;

        void add(Point p) {
            points.add(p);
            sumContent += p.y();
            if (p.y() != 0 || p.error() != 1) {
                sumError2 += p.error() * p.error();
            }
            if (p.y() != 0 && Math.abs(p.error() * p.error() / p.y() - 1) > 1e-12) {
                weighted = true;
            }
        }
    }

    /**
     * Stores a fit's function in an object's list of functions: without "+" the earlier functions
     * go, and what else the list holds (the stat box, the user's objects) stays, as in ROOT's HFit.
     */
    static void store(TList functions, TF1 f, boolean add) {
        if (!add) {
            for (TObject o : functions) {
                if (o instanceof TF1) {
                    functions.Remove(o);
                }
            }
        }
        functions.Add(f);
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

    /**
     * A histogram's bins in range. A χ² fit skips empty bins (their error is 0); likelihood and
     * Pearson fits keep them. "W" sets every error to 1, "I" keeps the bin edges for the integrals.
     */
    static TFitResult histogram(TH1 h, TF1 f, String option, double xmin, double xmax) {
        Options opt = Options.parse(h, option, true);
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
        Data data = new Data();
        for (int bin = first; bin <= last; bin++) {
            double value = h.GetBinContent(bin);
            double error = h.GetBinError(bin);
            // ROOT's AdjustError: a bin without error is kept, with error 1, only where the option wants it
            if (error <= 0) {
                if (!(opt.useEmpty() || (opt.errors1 > 0 && value != 0))) {
                    continue;
                }
                error = 1;
            } else if (opt.errors1 > 0) {
                error = 1;
            }
            data.add(new Point(axis.GetBinCenter(bin), value, error, 0, axis.GetBinLowEdge(bin), axis.GetBinUpEdge(bin)));
        }
        // the stored function spans the fit range, or the bins in range (ROOT's HFit::GetDrawingRange)
        double drawLo = lo < hi ? lo : axis.GetBinLowEdge(axis.GetFirst());
        double drawHi = lo < hi ? hi : axis.GetBinUpEdge(axis.GetLast());
        return fit(data, f, opt, false, fn -> {
            fn.SetRange(drawLo, drawHi);
            store(h.GetListOfFunctions(), fn, opt.add);
        });
    }

    /**
     * A graph's points in range. Without errors (or with "W") every point weighs 1; with x errors the
     * effective variance σy² + (f'(x)·σx)² is used, unless option "EX0".
     */
    static TFitResult graph(TGraph g, TF1 f, String option, double xmin, double xmax) {
        Options opt = Options.parse(g, option, false);
        if (opt == null) {
            return null;
        }
        double lo = opt.range ? f.GetXmin() : xmin;
        double hi = opt.range ? f.GetXmax() : xmax;
        boolean withErrors = g.hasErrors() && opt.errors1 == 0;
        Data data = new Data();
        for (int i = 0; i < g.GetN(); i++) {
            double x = g.GetPointX(i);
            if (lo < hi && (x < lo || x > hi)) {
                continue;
            }
            double ey = withErrors ? g.errorY(i) : 1;
            double ex = withErrors && !opt.noErrorX ? g.errorX(i) : 0;
            if (ey <= 0 && ex <= 0) {
                continue; // ROOT skips points whose errors are all zero
            }
            data.add(new Point(x, g.GetPointY(i), ey, ex, x, x));
        }
        // without errors every point weighs 1, and ROOT scales the errors by sqrt(χ²/NDF)
        // the stored function spans the fit range, or the graph's x axis with its 10% margins
        // (ROOT's HFit::GetDrawingRange uses the graph's histogram)
        double[] drawn = lo < hi ? new double[] {lo, hi} : graphXRange(g);
        return fit(data, f, opt, !withErrors, fn -> {
            if (drawn != null) {
                fn.SetRange(drawn[0], drawn[1]);
            }
            store(g.GetListOfFunctions(), fn, opt.add);
        });
    }

    /** The x range of a graph's axis as TGraph::GetHistogram makes it: the points' extent and 10% more on each side. */
    private static double[] graphXRange(TGraph g) {
        int n = g.GetN();
        if (n == 0) {
            return null;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, g.GetPointX(i) - g.errorX(i));
            max = Math.max(max, g.GetPointX(i) + g.errorX(i));
        }
        double dx = 0.1 * (max - min);
        return dx > 0 ? new double[] {min - dx, max + dx} : new double[] {min - 1, max + 1};
    }

    /**
     * A 2-D graph's points (x, y, z) fitted with z = f(x, y): weighted by the z errors of a
     * TGraph2DErrors (points without one are skipped), else every point weighs 1 and the errors are
     * scaled as for TGraph. Option "R" keeps the points inside the function's rectangle.
     */
    static TFitResult graph2D(TGraph2D g, TF2 f, String option) {
        Options opt = Options.parse(g, option, false);
        if (opt == null) {
            return null;
        }
        boolean withErrors = g.hasErrors() && opt.errors1 == 0;
        Data data = new Data();
        for (int i = 0; i < g.GetN(); i++) {
            double x = g.GetX()[i];
            double y = g.GetY()[i];
            if (opt.range && (x < f.GetXmin() || x > f.GetXmax() || y < f.GetYmin() || y > f.GetYmax())) {
                continue;
            }
            double ez = withErrors ? g.GetErrorZ(i) : 1;
            if (ez <= 0) {
                continue;
            }
            data.add(new Point(x, g.GetZ()[i], ez, 0, x, x, y));
        }
        return fit(data, f, opt, !withErrors, fn -> store(g.GetListOfFunctions(), fn, opt.add));
    }

    private static TFitResult fit(Data data, TF1 f, Options opt, boolean normalizeErrors, Consumer<TF1> store) {
        int npar = f.GetNpar();
        if (!opt.bound) { // "B" keeps the user's values and limits of a predefined shape
            initialEstimates(data.points, f);
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
        int ndf = data.points.size() - nfree;
        if (data.points.isEmpty() || ndf < 0) {
            ErrorHandler.report(ErrorHandler.kError, "Fit", "Fit data is empty ");
            return null;
        }
        boolean minos = opt.minos;
        if (opt.like == 2 && minos) {
            ErrorHandler.report(ErrorHandler.kInfo, "Fitter::DoBinnedLikelihoodFit",
                    "MINOS errors cannot be computed in weighted likelihood fits");
            minos = false;
        }
        Objective objective = new Objective(f, data, opt.integral);
        ToDoubleFunction<double[]> fcn = opt.like > 0 ? objective::poissonLogL
                : opt.pearson ? objective::pearsonChi2 : objective::chi2;
        // a likelihood's one standard deviation is a rise of 1/2 in -log L
        Minimizer.Problem problem = new Minimizer.Problem(fcn, start, steps, lower, upper, fixed,
                opt.like > 0 ? 0.5 : 1.0, 0.01, 0);
        MigradMinimizer migrad = new MigradMinimizer();
        MinimizerResult r = migrad.minimize(problem);
        if (opt.like == 2) {
            r = weightCorrected(migrad, problem.withFunction(objective::weightSquaredLogL), r);
        }
        // a binned likelihood's χ² is Baker and Cousins' 2·(-log likelihood ratio), which the FCN is
        double chi2 = opt.like > 0 ? 2 * r.minimum() : r.minimum();
        if (normalizeErrors && ndf > 0 && chi2 > 0) {
            r = scaled(r, chi2 / ndf);
        }
        String[] names = new String[npar];
        boolean[] bound = new boolean[npar];
        for (int i = 0; i < npar; i++) {
            names[i] = f.GetParName(i);
            bound[i] = !Double.isNaN(lower[i]);
        }
        // ROOT asks Minuit2 for "MigradImproved"; Minuit2 knows no such algorithm and runs Migrad
        String minimizer = opt.more ? "Minuit2 / MigradImproved" : "Minuit2 / Migrad";
        TFitResult result = new TFitResult(minimizer, names, r.parameters(), r.errors(), r.covariance(), fixed, bound,
                chi2, r.minimum(), ndf, r.edm(), r.calls(), r.valid() ? 0 : 4, r.valid());
        if (minos && r.valid()) {
            for (int i = 0; i < npar; i++) {
                double[] e = fixed[i] ? null : Minos.errors(migrad, problem, r, i);
                if (e != null) {
                    result.SetMinosError(i, e[0], e[1]);
                }
            }
        }
        f.setFitResult(r.parameters(), r.errors(), chi2, ndf);
        if (!opt.noStore) {
            store.accept(f.Clone());
        }
        if (!opt.quiet) {
            result.Print(System.out, opt.verbose);
        }
        return result;
    }

    /**
     * ROOT's correction of a weighted likelihood fit (Fitter::ApplyWeightCorrection): the covariance C
     * of the fit becomes C·H₂·C, H₂ the Hessian of the likelihood whose terms are weighted by w².
     */
    private static MinimizerResult weightCorrected(MigradMinimizer migrad, Minimizer.Problem w2, MinimizerResult r) {
        MinimizerResult hesse = migrad.hesse(w2.withStart(r.parameters()));
        double[][] cov = hesse.valid() ? Linear.sandwich(r.covariance(), hesse.covariance()) : null;
        if (cov == null) {
            ErrorHandler.report(ErrorHandler.kError, "Fitter::ApplyWeightCorrection",
                    "Error running Hesse on weight2 likelihood - cannot compute errors");
            return r;
        }
        return withCovariance(r, cov);
    }

    private static MinimizerResult scaled(MinimizerResult r, double factor) {
        double[][] cov = new double[r.covariance().length][];
        for (int i = 0; i < cov.length; i++) {
            cov[i] = r.covariance()[i].clone();
            for (int j = 0; j < cov.length; j++) {
                cov[i][j] *= factor;
            }
        }
        return withCovariance(r, cov);
    }

    private static MinimizerResult withCovariance(MinimizerResult r, double[][] cov) {
        double[] errors = new double[cov.length];
        for (int i = 0; i < cov.length; i++) {
            errors[i] = Math.sqrt(Math.max(cov[i][i], 0));
        }
        return new MinimizerResult(r.parameters(), errors, cov, r.minimum(), r.edm(), r.calls(), r.valid(), r.status());
    }

    /** The functions a fit minimises (ROOT's FitUtil::EvaluateChi2 and EvaluatePoissonLogL). */
    private static final class Objective {
        private final TF1 f;
        private final Data data;
        private final boolean integral;
        private final double[] xx = new double[4];

        Objective(TF1 f, Data data, boolean integral) {
            this.f = f;
            this.data = data;
            this.integral = integral;
        }

        /** The expectation in a point: f at x, or with "I" f's mean over the bin, to ROOT's precision 1e-9. */
        private double expected(Point pt, double[] p) {
            if (integral) {
                double sum = Integrator.integrate(x -> at(x, p), pt.low(), pt.high(), 1e-9, 1e-9, 1000);
                return sum / (pt.high() - pt.low());
            }
            xx[1] = pt.x2();
            return at(pt.x(), p);
        }

        private double at(double x, double[] p) {
            xx[0] = x;
            return f.EvalPar(xx, p);
        }

        /** Neyman's χ², with the effective variance σy² + (f'·σx)² for points with x errors. */
        double chi2(double[] p) {
            return sum(p, (pt, fx) -> {
                double variance = pt.error() * pt.error();
                if (pt.errorX() > 0) { // the slope carries the x error into y
                    double h = 1e-6 * Math.max(Math.abs(pt.x()), 1);
                    double slope = (at(pt.x() + h, p) - at(pt.x() - h, p)) / (2 * h);
                    variance += slope * slope * pt.errorX() * pt.errorX();
                }
                double r = pt.y() - fx;
                return variance > 0 ? r * r / variance : 0;
            });
        }

        /**
         * Pearson's χ²: the expectation is the variance, divided by the global weight Σw²/Σw for weighted
         * data; bins where the expectation is not positive do not count.
         */
        double pearsonChi2(double[] p) {
            double weight = data.weighted ? data.sumError2 / data.sumContent : 1;
            return sum(p, (pt, fx) -> fx > 0 ? (pt.y() - fx) * (pt.y() - fx) / (fx * weight) : 0);
        }

        /**
         * -log of the Poisson likelihood ratio to the saturated model, Σ f - n + n·log(n/f): half of
         * Baker and Cousins' χ², whose minimum is that of -log L.
         */
        double poissonLogL(double[] p) {
            return sum(p, (pt, fx) -> {
                double mu = Math.max(fx, 0);
                return mu - pt.y() + (pt.y() > 0 ? pt.y() * (Math.log(pt.y()) - safeLog(mu)) : 0);
            });
        }

        /**
         * The same with each bin's terms weighted by its effective weight w = σ²/n (empty bins: the
         * global Σσ²/Σn), whose Hessian ROOT uses to correct the errors of a weighted likelihood fit.
         */
        double weightSquaredLogL(double[] p) {
            double global = data.sumError2 / data.sumContent;
            return sum(p, (pt, fx) -> {
                double mu = Math.max(fx, 0);
                if (pt.y() == 0) {
                    return global * mu;
                }
                double w = pt.error() * pt.error() / pt.y();
                return w * (mu - pt.y()) + w * pt.y() * (safeLog(pt.y()) - safeLog(mu));
            });
        }

        private interface Term {
            double of(Point pt, double expected);
        }

        private double sum(double[] p, Term term) {
            double total = 0;
            for (Point pt : data.points) {
                total += term.of(pt, expected(pt, p));
            }
            return total;
        }

        /** ROOT's Util::EvalLog: a log that stays finite, and keeps falling, below the smallest double. */
        private static double safeLog(double x) {
            double epsilon = 2 * Double.MIN_NORMAL;
            return x <= epsilon ? x / epsilon + Math.log(epsilon) - 1 : Math.log(x);
        }
    }

    /**
     * ROOT's data-driven starting values (ROOT::Fit::InitGaus / InitExpo) for a TF1 whose formula is
     * the predefined shape itself, whatever its name: for gaus the weighted mean
     * and RMS of the points, a height between the largest value and the Gaussian's, sigma limited to
     * [0, 10 RMS]; for expo a straight line through ln(y).
     */
    private static void initialEstimates(List<Point> points, TF1 f) {
        String formula = f.GetExpFormula().strip();
        int n = points.size();
        if (n == 0) {
            return;
        }
        // ROOT starts landau from the same estimates as gaus (HFitImpl: InitGaus for both)
        if (formula.equals("gaus") || formula.equals("gausn") || formula.equals("landau") || formula.equals("landaun")) {
            double rangex = points.get(n - 1).x() - points.get(0).x();
            double binwidth = rangex > 0 ? rangex : 1;
            double allcha = 0;
            double sumx = 0;
            double sumx2 = 0;
            double valmax = 0;
            double x0 = 0;
            for (int i = 0; i < n; i++) {
                double x = points.get(i).x();
                double val = points.get(i).y();
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
            for (Point p : points) {
                if (p.y() <= 0) {
                    continue;
                }
                double ly = Math.log(p.y());
                s += 1;
                sx += p.x();
                sy += ly;
                sxx += p.x() * p.x();
                sxy += p.x() * ly;
            }
            double det = s * sxx - sx * sx;
            if (s >= 2 && det != 0) {
                f.SetParameters((sxx * sy - sx * sxy) / det, (s * sxy - sx * sy) / det);
            }
        } else if (formula.matches("pol\\d")) {
            polynomialEstimates(points, f);
        }
    }

    /**
     * polN starts from the weighted least-squares polynomial through the points (x errors left
     * out), so that the minimiser begins at the answer of the linear problem: with only y errors
     * it stays there, with x errors it moves from there instead of from an arbitrary point.
     */
    private static void polynomialEstimates(List<Point> points, TF1 f) {
        int npar = f.GetNpar();
        if (points.size() < npar) {
            return;
        }
        double[][] normal = new double[npar][npar];
        double[] rhs = new double[npar];
        double[] powers = new double[npar];
        for (Point p : points) {
            double w = p.error() > 0 ? 1 / (p.error() * p.error()) : 1;
            powers[0] = 1;
            for (int k = 1; k < npar; k++) {
                powers[k] = powers[k - 1] * p.x();
            }
            for (int i = 0; i < npar; i++) {
                rhs[i] += w * powers[i] * p.y();
                for (int j = 0; j < npar; j++) {
                    normal[i][j] += w * powers[i] * powers[j];
                }
            }
        }
        double[][] inverse = Linear.invertPositiveDefinite(normal);
        if (inverse == null) {
            return; // degenerate points: keep the function's own parameters
        }
        double[] c = new double[npar];
        for (int i = 0; i < npar; i++) {
            for (int j = 0; j < npar; j++) {
                c[i] += inverse[i][j] * rhs[j];
            }
        }
        f.SetParameters(c);
    }
}
