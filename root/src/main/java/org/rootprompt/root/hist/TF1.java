package org.rootprompt.root.hist;

import java.util.Arrays;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TAttFill;
import org.rootprompt.root.core.TAttLine;
import org.rootprompt.root.core.TAttMarker;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TNamed;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.math.Integrator;

/**
 * A one-dimensional function with parameters on a range: from a formula in ROOT's syntax
 * ({@code new TF1("f", "gaus", -3, 3)}), or from Java code ({@code (x, p) -> p[0] * x[0]}). It
 * evaluates, integrates (adaptive Gauss–Kronrod to 1e-12), differentiates, finds extremes and roots.
 */
public class TF1 extends TNamed implements TAttLine, TAttFill, TAttMarker {
    /** Java code as a TF1: the variables x[0..] and the parameters p[0..], as ROOT's C++ signature. */
    @FunctionalInterface
    public interface Function {
        double eval(double[] x, double[] p);
    }

    private final TFormula.Expr fExpr;
    private final TFormula fFormula;
    private Parameters fParams;
    private double fXmin;
    private double fXmax;
    private int fNpx = 100;
    private double[] fParMin;
    private double[] fParMax;

    /** From a formula, e.g. {@code "gaus"}, {@code "[0]*sin([1]*x)"}, {@code "pol3"}. */
    public TF1(String name, String formula, double xmin, double xmax) {
        super(name, formula);
        fFormula = new TFormula(name, formula);
        fExpr = fFormula.GetExpr();
        fParams = new Parameters(this, fFormula.parameterNames());
        init(xmin, xmax);
    }

    public TF1(String name, String formula) {
        this(name, formula, 0, 1);
    }

    /** From Java code with npar parameters. */
    public TF1(String name, Function function, double xmin, double xmax, int npar) {
        super(name, name);
        if (npar < 0) {
            ErrorHandler.report(ErrorHandler.kError, "TF1::TF1", "negative number of parameters: " + npar);
            npar = 0;
        }
        fFormula = null;
        fExpr = function::eval;
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < npar; i++) {
            names.add("p" + i);
        }
        fParams = new Parameters(this, names);
        init(xmin, xmax);
    }

    private void init(double xmin, double xmax) {
        fXmin = xmin;
        fXmax = xmax;
        fParMin = new double[fParams.size()];
        fParMax = new double[fParams.size()];
        // as ROOT: the latest function of a name replaces the earlier one in gROOT's list
        TList functions = TROOT.gROOT.GetListOfFunctions();
        functions.Remove(functions.FindObject(GetName()));
        functions.Add(this);
    }

    static {
        TROOT.gROOT.setStandardFunctions(TF1::GetFunction);
    }

    /**
     * The function of that name: one the user made, or one of ROOT's standard ones
     * (TF1::InitStandardFunctions: gaus, gausn, landau, landaun, expo, pol0…pol9) made on first use
     * with ROOT's default parameters; null if there is none. Other shapes (crystalball, breitwigner,
     * xygaus…) are formulas, not standard functions, as in ROOT.
     */
    public static TF1 GetFunction(String name) {
        if (TROOT.gROOT.GetListOfFunctions().FindObject(name) instanceof TF1 mine) {
            return mine;
        }
        TF1 f = null;
        switch (name) {
            case "gaus", "gausn", "landau", "landaun" -> {
                f = new TF1(name, name, -1, 1);
                f.SetParameters(1, 0, 1);
            }
            case "expo" -> {
                f = new TF1(name, name, -1, 1);
                f.SetParameters(1, 1);
            }
            default -> {
                if (name.matches("pol\\d")) {
                    f = new TF1(name, name, -1, 1);
                    double[] ones = new double[f.GetNpar()];
                    java.util.Arrays.fill(ones, 1);
                    f.SetParameters(ones);
                }
            }
        }
        return f;
    }

    // ---- evaluation ----

    public double Eval(double x) {
        return fExpr.eval(new double[] {x, 0, 0, 0}, fParams.values());
    }

    public double Eval(double x, double y, double z) {
        return fExpr.eval(new double[] {x, y, z, 0}, fParams.values());
    }

    /** Evaluates at x with the given parameters (this function's own when params is null). */
    public double EvalPar(double[] x, double[] params) {
        double[] xx = x.length >= 4 ? x : Arrays.copyOf(x, 4);
        return fExpr.eval(xx, params == null ? fParams.values() : params);
    }

    // ---- parameters ----

    public int GetNpar() { return fParams.size(); }
    public double GetParameter(int i) { return fParams.get(i); }
    public double GetParameter(String name) { return fParams.get(name); }
    public double[] GetParameters() { return fParams.values(); }
    public void SetParameter(int i, double value) { fParams.set(i, value); fIntegral = null; }
    public void SetParameter(String name, double value) { fParams.set(name, value); fIntegral = null; }
    public void SetParameters(double... values) { fParams.setAll(values); fIntegral = null; }
    public String GetParName(int i) { return fParams.name(i); }
    public void SetParName(int i, String name) { fParams.setName(i, name); }
    public void SetParNames(String... names) { fParams.setNames(names); }

    public int GetParNumber(String name) {
        return fParams.indexOf(name);
    }

    /** Limits for a fit; equal limits fix the parameter at its value. */
    public void SetParLimits(int i, double min, double max) {
        if (checkIndex("SetParLimits", i)) {
            fParMin[i] = min;
            fParMax[i] = max;
        }
    }

    public double[] GetParLimits(int i) {
        return checkIndex("GetParLimits", i) ? new double[] {fParMin[i], fParMax[i]} : new double[2];
    }

    /** Fixes a parameter at a value for fits (ROOT marks it with limits min >= max; (1, 0) for zero). */
    public void FixParameter(int i, double value) {
        if (checkIndex("FixParameter", i)) {
            fParams.set(i, value);
            fParMin[i] = value != 0 ? value : 1;
            fParMax[i] = value != 0 ? value : 0;
        }
    }

    public void ReleaseParameter(int i) {
        if (checkIndex("ReleaseParameter", i)) {
            fParMin[i] = 0;
            fParMax[i] = 0;
        }
    }

    public boolean IsFixed(int i) {
        return checkIndex("IsFixed", i) && fParMin[i] >= fParMax[i] && !(fParMin[i] == 0 && fParMax[i] == 0);
    }

    /** Whether a fit keeps parameter i between limits (min < max). */
    public boolean IsBound(int i) {
        return checkIndex("IsBound", i) && fParMin[i] < fParMax[i];
    }

    // ---- fit results ----

    private double fChisquare;
    private int fNDF;
    private double[] fParErrors = new double[0];

    public double GetChisquare() {
        return fChisquare;
    }

    public int GetNDF() {
        return fNDF;
    }

    /** The probability of the fit's χ² (TMath::Prob). */
    public double GetProb() {
        return org.rootprompt.root.math.TMath.Prob(fChisquare, fNDF);
    }

    public double GetParError(int i) {
        return i >= 0 && i < fParErrors.length ? fParErrors[i] : 0;
    }

    public double[] GetParErrors() {
        return fParErrors.clone();
    }

    public void SetChisquare(double chi2) {
        fChisquare = chi2;
    }

    public void SetNDF(int ndf) {
        fNDF = ndf;
    }

    /** One error per parameter (a function read from a file keeps its fit's errors). */
    public void SetParErrors(double... errors) {
        fParErrors = errors.clone();
    }

    /** Called by fits. */
    void setFitResult(double[] params, double[] errors, double chi2, int ndf) {
        fParams.setAll(params);
        fParErrors = errors.clone();
        fChisquare = chi2;
        fNDF = ndf;
    }

    private boolean checkIndex(String method, int i) {
        return fParams.valid(method, i);
    }

    // ---- range and sampling ----

    public void SetRange(double xmin, double xmax) {
        fXmin = xmin;
        fXmax = xmax;
        fIntegral = null;
    }

    public double GetXmin() {
        return fXmin;
    }

    public double GetXmax() {
        return fXmax;
    }

    /** The number of points used to draw and to search (ROOT's default 100, at most 10^7). */
    public void SetNpx(int npx) {
        if (npx < 4) {
            Warning("SetNpx", "Number of points must be >=4 && <= %d, fNpx set to 4", 10_000_000);
            fNpx = 4;
        } else if (npx > 10_000_000) {
            Warning("SetNpx", "Number of points must be >=4 && <= %d, fNpx set to %d", 10_000_000, 10_000_000);
            fNpx = 10_000_000;
        } else {
            fNpx = npx;
        }
        fIntegral = null;
    }

    public int GetNpx() {
        return fNpx;
    }

    // ---- analysis ----

    /** The integral over [a, b] with relative precision 1e-12. */
    public double Integral(double a, double b) {
        return Integral(a, b, 1e-12);
    }

    public double Integral(double a, double b, double epsrel) {
        return Integrator.integrate(this::Eval, a, b, 0, epsrel, 1000);
    }

    /** The derivative at x by Richardson's extrapolation of central differences. */
    public double Derivative(double x) {
        double h = 0.001 * Math.max(1e-8, Math.abs(fXmax - fXmin));
        double d1 = (Eval(x + h) - Eval(x - h)) / (2 * h);
        double d2 = (Eval(x + h / 2) - Eval(x - h / 2)) / h;
        return (4 * d2 - d1) / 3;
    }

    public double GetMaximum() {
        return Eval(GetMaximumX());
    }

    public double GetMinimum() {
        return Eval(GetMinimumX());
    }

    /** Where the function is largest in its range: a scan of fNpx points, then golden-section refinement. */
    public double GetMaximumX() {
        return extremum(fXmin, fXmax, -1);
    }

    public double GetMaximumX(double xmin, double xmax) {
        return extremum(xmin, xmax, -1);
    }

    public double GetMinimumX() {
        return extremum(fXmin, fXmax, 1);
    }

    public double GetMinimumX(double xmin, double xmax) {
        return extremum(xmin, xmax, 1);
    }

    private double extremum(double xmin, double xmax, double sign) {
        double step = (xmax - xmin) / fNpx;
        double best = xmin;
        double bestValue = sign * Eval(xmin);
        for (int i = 1; i <= fNpx; i++) {
            double x = xmin + i * step;
            double v = sign * Eval(x);
            if (v < bestValue) {
                bestValue = v;
                best = x;
            }
        }
        double a = Math.max(xmin, best - step);
        double b = Math.min(xmax, best + step);
        double g = (Math.sqrt(5) - 1) / 2;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        while (Math.abs(b - a) > 1e-10 * Math.max(1, Math.abs(a) + Math.abs(b))) {
            if (sign * Eval(c) < sign * Eval(d)) {
                b = d;
            } else {
                a = c;
            }
            c = b - g * (b - a);
            d = a + g * (b - a);
        }
        return 0.5 * (a + b);
    }

    /** An x in [xmin, xmax] where the function equals y: the first sign change on the grid, then bisection. */
    public double GetX(double y) {
        return GetX(y, fXmin, fXmax);
    }

    public double GetX(double y, double xmin, double xmax) {
        double step = (xmax - xmin) / fNpx;
        double a = xmin;
        double fa = Eval(a) - y;
        for (int i = 1; i <= fNpx; i++) {
            double b = xmin + i * step;
            double fb = Eval(b) - y;
            if (fa == 0) {
                return a;
            }
            if (fa * fb <= 0) {
                for (int k = 0; k < 200 && b - a > 1e-14 * Math.max(1, Math.abs(a)); k++) {
                    double m = 0.5 * (a + b);
                    double fm = Eval(m) - y;
                    if (fa * fm <= 0) {
                        b = m;
                    } else {
                        a = m;
                        fa = fm;
                    }
                }
                return 0.5 * (a + b);
            }
            a = b;
            fa = fb;
        }
        Error("GetX", "the function does not reach %g in [%g, %g]", y, xmin, xmax);
        return Double.NaN;
    }

    /** The n-th moment ∫ x^n f / ∫ f over [a, b]. */
    public double Moment(double n, double a, double b) {
        double norm = Integral(a, b);
        if (norm == 0) {
            Error("Moment", "Integral zero over range");
            return 0;
        }
        return Integrator.integrate(x -> Math.pow(x, n) * Eval(x), a, b, 0, 1e-12, 1000) / norm;
    }

    public double Mean(double a, double b) {
        return Moment(1, a, b);
    }

    public double Variance(double a, double b) {
        double mean = Mean(a, b);
        double norm = Integral(a, b);
        if (norm == 0) {
            return 0;
        }
        return Integrator.integrate(x -> (x - mean) * (x - mean) * Eval(x), a, b, 0, 1e-12, 1000) / norm;
    }

    // ---- random numbers ----

    /** The cumulative integral over fNpx bins and, per bin, x ≈ alpha + beta·r + gamma·r²/2 (ROOT's tables). */
    private double[] fIntegral;
    private double[] fAlpha;
    private double[] fBeta;
    private double[] fGamma;

    /** A random number distributed as this function on its range, with gRandom (ROOT's algorithm). */
    public double GetRandom() {
        return GetRandom(org.rootprompt.root.math.TRandom.gRandom);
    }

    /**
     * ROOT's algorithm: the cumulative integral over fNpx equal bins, one uniform number r, its bin by
     * binary search, and x from the parabola that approximates the integral inside the bin.
     */
    public double GetRandom(org.rootprompt.root.math.TRandom rng) {
        if (!buildSamplingTables()) {
            return 0;
        }
        return sample(rng.Rndm());
    }

    /** A random number in [xmin, xmax] (ROOT's GetRandom(xmin, xmax): redrawn until inside). */
    public double GetRandom(double xmin, double xmax) {
        return GetRandom(xmin, xmax, org.rootprompt.root.math.TRandom.gRandom);
    }

    public double GetRandom(double xmin, double xmax, org.rootprompt.root.math.TRandom rng) {
        if (!buildSamplingTables()) {
            return 0;
        }
        double dx = (fXmax - fXmin) / fNpx;
        int binMin = Math.max(0, (int) ((xmin - fXmin) / dx));
        int binMax = Math.min(fNpx, (int) ((xmax - fXmin) / dx) + 2);
        double pmin = fIntegral[binMin];
        double pmax = fIntegral[binMax];
        double x;
        do {
            x = sample(rng.Uniform(pmin, pmax));
        } while (x < xmin || x > xmax);
        return x;
    }

    private double sample(double r) {
        int bin = Math.max(0, org.rootprompt.root.math.TMath.BinarySearch(fNpx, fIntegral, r));
        double rr = r - fIntegral[bin];
        double yy = fGamma[bin] != 0
                ? (-fBeta[bin] + Math.sqrt(fBeta[bin] * fBeta[bin] + 2 * fGamma[bin] * rr)) / fGamma[bin]
                : rr / fBeta[bin];
        return fAlpha[bin] + yy;
    }

    private boolean buildSamplingTables() {
        if (fIntegral != null) {
            return true;
        }
        int n = fNpx;
        double dx = (fXmax - fXmin) / n;
        double[] xx = new double[n + 1];
        for (int i = 0; i < n; i++) {
            xx[i] = fXmin + i * dx;
        }
        xx[n] = fXmax;
        double[] integral = new double[n + 1];
        int negative = 0;
        for (int i = 0; i < n; i++) {
            double integ = Integral(xx[i], xx[i + 1], 1e-9);
            if (integ < 0) {
                negative++;
                integ = -integ;
            }
            integral[i + 1] = integral[i] + integ;
        }
        if (negative > 0) {
            Warning("GetRandom", "function:%s has %d negative values: abs assumed", GetName(), negative);
        }
        double total = integral[n];
        if (total == 0) {
            Error("GetRandom", "Integral of function is zero");
            return false;
        }
        for (int i = 1; i <= n; i++) {
            integral[i] /= total;
        }
        double[] alpha = new double[n + 1];
        double[] beta = new double[n];
        double[] gamma = new double[n];
        for (int i = 0; i < n; i++) {
            double x0 = xx[i];
            double r2 = integral[i + 1] - integral[i];
            double r1 = Integral(x0, x0 + 0.5 * dx, 1e-9) / total;
            double r3 = 2 * r2 - 4 * r1;
            gamma[i] = Math.abs(r3) > 1e-8 ? r3 / (dx * dx) : 0;
            beta[i] = r2 / dx - gamma[i] * dx;
            alpha[i] = x0;
            gamma[i] *= 2;
        }
        fAlpha = alpha;
        fBeta = beta;
        fGamma = gamma;
        fIntegral = integral;
        return true;
    }

    /** The formula text, or empty for a TF1 made from Java code. */
    public String GetExpFormula() {
        return fFormula == null ? "" : fFormula.GetExpFormula();
    }

    // ---- line, fill and marker attributes (ROOT's TAttLine, TAttFill, TAttMarker) ----

    private TAttLine.Line fAttLine = new TAttLine.Line(2, 1, 2);
    private TAttFill.Fill fAttFill = new TAttFill.Fill(19, 0);
    private TAttMarker.Marker fAttMarker = new TAttMarker.Marker(1, 1, 1);

    @Override
    public TAttLine.Line attLine() { return fAttLine; }

    @Override
    public TAttFill.Fill attFill() { return fAttFill; }

    @Override
    public TAttMarker.Marker attMarker() { return fAttMarker; }

    /** Draws a copy of this function and returns it (ROOT's DrawCopy). */
    public TF1 DrawCopy(String option) {
        TF1 copy = Clone();
        copy.Draw(option);
        return copy;
    }

    @Override
    public TF1 Clone() {
        TF1 copy = (TF1) super.Clone();
        copy.fAttLine = fAttLine.copy();
        copy.fAttFill = fAttFill.copy();
        copy.fAttMarker = fAttMarker.copy();
        copy.fParams = fParams.copyFor(copy);
        copy.fParMin = fParMin.clone();
        copy.fParMax = fParMax.clone();
        return copy;
    }
}
