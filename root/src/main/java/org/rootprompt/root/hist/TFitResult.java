package org.rootprompt.root.hist;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.rootprompt.root.core.CFormat;
import org.rootprompt.root.core.TNamed;
import org.rootprompt.root.math.TMath;

/** The result of a fit: values, errors, covariance, χ², NDF, and ROOT's printout of them. */
public class TFitResult extends TNamed {
    private final String fMinimizer;
    private final String[] fNames;
    private final double[] fParams;
    private final double[] fErrors;
    private final double[][] fCovariance;
    private final boolean[] fFixed;
    private final boolean[] fBound;
    private final double fChi2;
    private final double fMinFcn;
    private final int fNdf;
    private final double fEdm;
    private final int fNCalls;
    private final int fStatus;
    private final boolean fValid;
    /** Minos errors {lower, upper} of the parameters that have them. */
    private final Map<Integer, double[]> fMinosErrors = new TreeMap<>();

    TFitResult(String minimizer, String[] names, double[] params, double[] errors, double[][] covariance,
            boolean[] fixed, boolean[] bound, double chi2, double minFcn, int ndf, double edm, int ncalls,
            int status, boolean valid) {
        super("TFitResult-" + minimizer, "TFitResult");
        fMinimizer = minimizer;
        fNames = names;
        fParams = params;
        fErrors = errors;
        fCovariance = covariance;
        fFixed = fixed;
        fBound = bound;
        fChi2 = chi2;
        fMinFcn = minFcn;
        fNdf = ndf;
        fEdm = edm;
        fNCalls = ncalls;
        fStatus = status;
        fValid = valid;
    }

    public double Parameter(int i) { return fParams[i]; }
    public double ParError(int i) { return fErrors[i]; }
    public double Error(int i) { return fErrors[i]; }
    public String ParName(int i) { return fNames[i]; }
    public int NPar() { return fParams.length; }
    public double[] GetParams() { return fParams.clone(); }
    public double Chi2() { return fChi2; }
    public double MinFcnValue() { return fMinFcn; }
    public int Ndf() { return fNdf; }
    public double Edm() { return fEdm; }
    public int NCalls() { return fNCalls; }
    public int Status() { return fStatus; }
    public boolean IsValid() { return fValid; }
    public boolean IsParameterFixed(int i) { return fFixed[i]; }

    /** Whether Minos errors were computed for parameter i (fit option "E"). */
    public boolean HasMinosError(int i) {
        return fMinosErrors.containsKey(i);
    }

    /** The lower Minos error of parameter i (negative), or its parabolic error when there is none. */
    public double LowerError(int i) {
        return HasMinosError(i) ? fMinosErrors.get(i)[0] : fErrors[i];
    }

    /** The upper Minos error of parameter i, or its parabolic error when there is none. */
    public double UpperError(int i) {
        return HasMinosError(i) ? fMinosErrors.get(i)[1] : fErrors[i];
    }

    /**
     * Minimizer::GetMinosError: the lower and upper Minos errors of parameter i in errLow[0] and
     * errUp[0]; false, leaving them alone, when they were not computed.
     */
    public boolean GetMinosError(int i, double[] errLow, double[] errUp) {
        if (!HasMinosError(i)) {
            return false;
        }
        errLow[0] = LowerError(i);
        errUp[0] = UpperError(i);
        return true;
    }

    void SetMinosError(int i, double lower, double upper) {
        fMinosErrors.put(i, new double[] {lower, upper});
    }

    /** A copy of the covariance matrix (ROOT returns a TMatrixDSym; here a square double array). */
    public double[][] GetCovarianceMatrix() {
        double[][] copy = new double[fCovariance.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = fCovariance[i].clone();
        }
        return copy;
    }

    /** The probability of a χ² at least this large (TMath::Prob). */
    public double Prob() {
        return TMath.Prob(fChi2, fNdf);
    }

    public double CovMatrix(int i, int j) {
        return fCovariance[i][j];
    }

    public double Correlation(int i, int j) {
        double d = Math.sqrt(fCovariance[i][i] * fCovariance[j][j]);
        return d > 0 ? fCovariance[i][j] / d : 0;
    }

    /** ROOT's printout of a fit (FitResult::Print); "V" adds the covariance and correlation matrices. */
    @Override
    public void Print(String option) {
        Print(System.out, option != null && option.toUpperCase().contains("V"));
    }

    public void Print(PrintStream out, boolean verbose) {
        StringBuilder s = new StringBuilder();
        s.append("\n****************************************\n");
        if (!fValid) {
            s.append("                Invalid FitResult  (status = ").append(fStatus).append(" )");
            s.append("\n****************************************\n");
        }
        s.append("Minimizer is ").append(fMinimizer).append('\n');
        if (fMinFcn != fChi2 || fChi2 < 0) {
            s.append(line("MinFCN", fMinFcn));
        }
        if (fChi2 >= 0) {
            s.append(line("Chi2", fChi2));
        }
        s.append(CFormat.format("%-25s = %12d\n", "NDf", fNdf));
        s.append(line("Edm", fEdm));
        s.append(CFormat.format("%-25s = %12d\n", "NCalls", fNCalls));
        for (int i = 0; i < fParams.length; i++) {
            s.append(CFormat.format("%-25s = %12s", fNames[i], stream(fParams[i])));
            if (fFixed[i]) {
                s.append(" ".repeat(9)).append(" ".repeat(12)).append(" \t (fixed)");
            } else {
                s.append("   +/-   ").append(CFormat.format("%-12s", stream(fErrors[i])));
                if (HasMinosError(i)) {
                    s.append(CFormat.format("  %-12s +%-12s (Minos) ", stream(LowerError(i)), stream(UpperError(i))));
                }
                if (fBound[i]) {
                    s.append(" \t (limited)");
                }
            }
            s.append('\n');
        }
        if (verbose) {
            s.append("\nCovariance Matrix:\n\n");
            appendMatrix(s, false);
            s.append("\nCorrelation Matrix:\n\n");
            appendMatrix(s, true);
        }
        out.print(s);
        out.flush();
    }

    private void appendMatrix(StringBuilder s, boolean correlation) {
        s.append(CFormat.format("%12s", ""));
        for (String n : fNames) {
            s.append(CFormat.format("%12s", n));
        }
        s.append('\n');
        for (int i = 0; i < fParams.length; i++) {
            s.append(CFormat.format("%-12s", fNames[i]));
            for (int j = 0; j < fParams.length; j++) {
                s.append(CFormat.format("%12s", stream(correlation ? Correlation(i, j) : fCovariance[i][j])));
            }
            s.append('\n');
        }
    }

    private static String line(String name, double value) {
        return CFormat.format("%-25s = %12s\n", name, stream(value));
    }

    /** A double as C++'s ostream prints it by default: %g with 6 significant digits. */
    static String stream(double v) {
        return CFormat.format("%g", v);
    }
}
