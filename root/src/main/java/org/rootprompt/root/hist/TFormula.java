package org.rootprompt.root.hist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TNamed;
import org.rootprompt.root.math.RootMath;
import org.rootprompt.root.math.SpecialFunctions;
import org.rootprompt.root.math.TMath;

/**
 * A formula in ROOT's syntax — {@code "[0]*exp(-0.5*((x-[1])/[2])^2)"}, {@code "gaus(0)+pol1(3)"},
 * {@code "sin(x)/x"}, {@code "[amp]*TMath::Gaus(x,[mean],[sigma])"} — compiled once into a tree of
 * lambdas, so evaluating it costs no parsing. Variables x, y, z, t; parameters by index or name;
 * {@code ^} and {@code **} are powers; comparisons and logic give 1 or 0. ROOT's predefined shapes
 * (gaus, gausn, expo, landau, landaun, crystalball, crystalballn, breitwigner, polN, chebyshevN,
 * xygaus, xylandau, xyexpo, xyzgaus) and linear combinations {@code "1 ++ x ++ sin(x)"}.
 */
public class TFormula extends TNamed {
    /** A compiled expression of the variables x and the parameters p. */
    @FunctionalInterface
    public interface Expr {
        double eval(double[] x, double[] p);
    }

    private String fFormula;
    private Expr fExpr;
    private int fNdim;
    /** Names collected while parsing; the parameters proper live in {@link #fParams}. */
    private final List<String> fParNames = new ArrayList<>();
    private Parameters fParams = new Parameters(this, List.of());
    private boolean fValid;

    public TFormula(String name, String formula) {
        super(name, formula);
        Compile(formula);
    }

    /** Compiles (or recompiles) the expression; on a syntax error reports it and returns 1. */
    public int Compile(String formula) {
        fFormula = formula;
        fParNames.clear();
        fNdim = 0;
        try {
            Parser parser = new Parser(formula);
            fExpr = parser.parse();
            fNdim = Math.max(parser.maxVariable + 1, 1);
            double[] previous = fParams.values();
            fParams = new Parameters(this, fParNames);
            fParams.setAll(previous);
            fValid = true;
            return 0;
        } catch (SyntaxError e) {
            ErrorHandler.report(ErrorHandler.kError, "TFormula::Compile", e.getMessage());
            fExpr = (x, p) -> Double.NaN;
            fParNames.clear();
            fParams = new Parameters(this, fParNames);
            fValid = false;
            return 1;
        }
    }

    public boolean IsValid() {
        return fValid;
    }

    public String GetExpFormula() {
        return fFormula;
    }

    public int GetNdim() {
        return fNdim;
    }

    public int GetNpar() {
        return fParams.size();
    }

    /** The compiled expression, for callers that evaluate in a loop. */
    public Expr GetExpr() {
        return fExpr;
    }

    /** The parameter names found in the formula, in index order. */
    List<String> parameterNames() {
        return List.copyOf(fParNames);
    }

    public double Eval(double x) {
        return fExpr.eval(new double[] {x, 0, 0, 0}, fParams.values());
    }

    public double Eval(double x, double y) {
        return fExpr.eval(new double[] {x, y, 0, 0}, fParams.values());
    }

    public double Eval(double x, double y, double z) {
        return fExpr.eval(new double[] {x, y, z, 0}, fParams.values());
    }

    /** Evaluates at x with the given parameters (the formula's own when params is null). */
    public double EvalPar(double[] x, double[] params) {
        double[] xx = x.length >= 4 ? x : Arrays.copyOf(x, 4);
        return fExpr.eval(xx, params == null ? fParams.values() : params);
    }

    public double GetParameter(int i) { return fParams.get(i); }
    public double GetParameter(String name) { return fParams.get(name); }
    public double[] GetParameters() { return fParams.values(); }
    public void SetParameter(int i, double value) { fParams.set(i, value); }
    public void SetParameter(String name, double value) { fParams.set(name, value); }
    public void SetParameters(double... values) { fParams.setAll(values); }
    public String GetParName(int i) { return fParams.name(i); }
    public void SetParName(int i, String name) { fParams.setName(i, name); }
    public void SetParNames(String... names) { fParams.setNames(names); }

    /** The index of a named parameter, -1 if there is none. */
    public int GetParNumber(String name) {
        return fParams.indexOf(name);
    }

    @Override
    public TFormula Clone() {
        TFormula copy = (TFormula) super.Clone();
        copy.fParams = fParams.copyFor(copy);
        return copy;
    }

    // ---- parsing ----

    private static final class SyntaxError extends Exception {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private static final Map<String, DoubleUnaryOperator> FUNCTIONS1 = new LinkedHashMap<>();
    private static final Map<String, DoubleBinaryOperator> FUNCTIONS2 = new LinkedHashMap<>();

    /** A function of three or more arguments. */
    @FunctionalInterface
    private interface FunctionN {
        double apply(double[] a);
    }

    /** Functions of three or more arguments, by name and number of arguments: "TMath::Gaus/3". */
    private static final Map<String, FunctionN> FUNCTIONSN = new LinkedHashMap<>();

    static {
        FUNCTIONS1.put("sin", Math::sin);
        FUNCTIONS1.put("cos", Math::cos);
        FUNCTIONS1.put("tan", Math::tan);
        FUNCTIONS1.put("asin", Math::asin);
        FUNCTIONS1.put("acos", Math::acos);
        FUNCTIONS1.put("atan", Math::atan);
        FUNCTIONS1.put("sinh", Math::sinh);
        FUNCTIONS1.put("cosh", Math::cosh);
        FUNCTIONS1.put("tanh", Math::tanh);
        FUNCTIONS1.put("exp", Math::exp);
        FUNCTIONS1.put("log", Math::log);
        FUNCTIONS1.put("log10", Math::log10);
        FUNCTIONS1.put("sqrt", Math::sqrt);
        FUNCTIONS1.put("abs", Math::abs);
        FUNCTIONS1.put("fabs", Math::abs);
        FUNCTIONS1.put("floor", Math::floor);
        FUNCTIONS1.put("ceil", Math::ceil);
        FUNCTIONS1.put("erf", SpecialFunctions::erf);
        FUNCTIONS1.put("erfc", SpecialFunctions::erfc);
        FUNCTIONS1.put("tgamma", SpecialFunctions::gamma);
        FUNCTIONS1.put("lgamma", SpecialFunctions::lnGamma);
        FUNCTIONS2.put("pow", Math::pow);
        FUNCTIONS2.put("atan2", Math::atan2);
        FUNCTIONS2.put("min", Math::min);
        FUNCTIONS2.put("max", Math::max);
        FUNCTIONS2.put("fmod", (a, b) -> a % b);
        // TMath:: names used in formulas
        FUNCTIONS1.put("TMath::Sin", Math::sin);
        FUNCTIONS1.put("TMath::Cos", Math::cos);
        FUNCTIONS1.put("TMath::Tan", Math::tan);
        FUNCTIONS1.put("TMath::Exp", Math::exp);
        FUNCTIONS1.put("TMath::Log", Math::log);
        FUNCTIONS1.put("TMath::Log10", Math::log10);
        FUNCTIONS1.put("TMath::Sqrt", Math::sqrt);
        FUNCTIONS1.put("TMath::Abs", Math::abs);
        FUNCTIONS1.put("TMath::Erf", SpecialFunctions::erf);
        FUNCTIONS1.put("TMath::Erfc", SpecialFunctions::erfc);
        FUNCTIONS1.put("TMath::Gamma", SpecialFunctions::gamma);
        FUNCTIONS1.put("TMath::LnGamma", SpecialFunctions::lnGamma);
        FUNCTIONS1.put("TMath::Freq", SpecialFunctions::normalCdf);
        FUNCTIONS1.put("TMath::Gaus", TMath::Gaus);
        FUNCTIONS1.put("TMath::BreitWigner", TMath::BreitWigner);
        FUNCTIONS2.put("TMath::Power", Math::pow);
        FUNCTIONS2.put("TMath::Max", Math::max);
        FUNCTIONS2.put("TMath::Min", Math::min);
        FUNCTIONS2.put("TMath::ATan2", Math::atan2);
        FUNCTIONS2.put("TMath::Gaus", TMath::Gaus);
        FUNCTIONS2.put("TMath::Poisson", TMath::Poisson);
        FUNCTIONS2.put("TMath::Gamma", TMath::Gamma);
        FUNCTIONS1.put("TMath::Landau", TMath::Landau);
        FUNCTIONS2.put("TMath::Landau", TMath::Landau);
        FUNCTIONS1.put("TMath::LandauI", TMath::LandauI);
        FUNCTIONS1.put("ROOT::Math::landau_pdf", RootMath::landau_pdf);
        FUNCTIONS2.put("ROOT::Math::landau_pdf", RootMath::landau_pdf);
        FUNCTIONS1.put("ROOT::Math::landau_cdf", RootMath::landau_cdf);
        FUNCTIONS2.put("ROOT::Math::landau_cdf", RootMath::landau_cdf);
        FUNCTIONS2.put("ROOT::Math::breitwigner_pdf", RootMath::breitwigner_pdf);
        FUNCTIONSN.put("TMath::Gaus/3", a -> TMath.Gaus(a[0], a[1], a[2]));
        FUNCTIONSN.put("TMath::Gaus/4", a -> TMath.Gaus(a[0], a[1], a[2], a[3] != 0));
        FUNCTIONSN.put("TMath::BreitWigner/3", a -> TMath.BreitWigner(a[0], a[1], a[2]));
        FUNCTIONSN.put("TMath::Landau/3", a -> TMath.Landau(a[0], a[1], a[2]));
        FUNCTIONSN.put("TMath::Landau/4", a -> TMath.Landau(a[0], a[1], a[2], a[3] != 0));
        FUNCTIONSN.put("ROOT::Math::landau_pdf/3", a -> RootMath.landau_pdf(a[0], a[1], a[2]));
        FUNCTIONSN.put("ROOT::Math::landau_cdf/3", a -> RootMath.landau_cdf(a[0], a[1], a[2]));
        FUNCTIONSN.put("ROOT::Math::breitwigner_pdf/3", a -> RootMath.breitwigner_pdf(a[0], a[1], a[2]));
        FUNCTIONSN.put("ROOT::Math::crystalball_function/4", a -> RootMath.crystalball_function(a[0], a[1], a[2], a[3]));
        FUNCTIONSN.put("ROOT::Math::crystalball_function/5",
                a -> RootMath.crystalball_function(a[0], a[1], a[2], a[3], a[4]));
        FUNCTIONSN.put("ROOT::Math::crystalball_pdf/4", a -> RootMath.crystalball_pdf(a[0], a[1], a[2], a[3]));
        FUNCTIONSN.put("ROOT::Math::crystalball_pdf/5", a -> RootMath.crystalball_pdf(a[0], a[1], a[2], a[3], a[4]));
    }

    /** Whether some FUNCTIONSN entry has this name, whatever its number of arguments. */
    private static boolean knownN(String name) {
        return FUNCTIONSN.keySet().stream().anyMatch(key -> key.startsWith(name + "/"));
    }

    private static final Map<String, Double> CONSTANTS = Map.of(
            "pi", Math.PI, "e", Math.E, "TMath::Pi()", Math.PI, "TMath::TwoPi()", 2 * Math.PI,
            "TMath::E()", Math.E, "TMath::C()", TMath.C(), "TMath::Sqrt2()", TMath.Sqrt2());

    /** Recursive descent, one method per precedence level, lowest first. */
    private final class Parser {
        private final String s;
        private int pos;
        int maxVariable = -1;
        /** The next index for a predefined shape written without one, as in "gaus+pol1". */
        private int nextShapeParameter;

        Parser(String s) {
            this.s = s;
        }

        Expr parse() throws SyntaxError {
            List<String> terms = linearTerms();
            return terms.size() > 1 ? linearCombination(terms) : whole();
        }

        private Expr whole() throws SyntaxError {
            Expr e = logicalOr();
            skipSpaces();
            if (pos < s.length()) {
                throw error("unexpected '" + s.charAt(pos) + "'", pos);
            }
            return e;
        }

        /** The formula cut at each "++" outside brackets. */
        private List<String> linearTerms() {
            List<String> terms = new ArrayList<>();
            int depth = 0;
            int from = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    depth--;
                } else if (depth == 0 && s.startsWith("++", i)) {
                    terms.add(s.substring(from, i));
                    from = i + 2;
                    i++;
                }
            }
            terms.add(s.substring(from));
            return terms;
        }

        /**
         * ROOT's linear combination "t0 ++ t1 ++ …": Σ [i]*(t_i), one parameter per term, the terms
         * themselves without parameters. A polN term stands for its monomials 1, x, …, x^N, each with
         * its own parameter, as ROOT's linear fitter reads it ("pol1 ++ x^2" has three).
         */
        private Expr linearCombination(List<String> terms) throws SyntaxError {
            List<Expr> parts = new ArrayList<>();
            for (String term : terms) {
                String t = term.strip();
                if (t.matches("pol\\d+")) {
                    maxVariable = Math.max(maxVariable, 0);
                    for (int k = 0; k <= Integer.parseInt(t.substring(3)); k++) {
                        int power = k;
                        parts.add((x, p) -> Math.pow(x[0], power));
                    }
                    continue;
                }
                int parametersBefore = fParNames.size();
                Parser parser = new Parser(t);
                parts.add(parser.whole());
                maxVariable = Math.max(maxVariable, parser.maxVariable);
                if (fParNames.size() != parametersBefore) {
                    throw error("the term \"" + t + "\" of a linear combination has parameters of its own", s.indexOf(t));
                }
            }
            for (int i = 0; i < parts.size(); i++) {
                fParNames.add("p" + i);
            }
            Expr[] each = parts.toArray(new Expr[0]);
            return (x, p) -> {
                double sum = 0;
                for (int i = 0; i < each.length; i++) {
                    sum += p[i] * each[i].eval(x, p);
                }
                return sum;
            };
        }

        private SyntaxError error(String what, int at) {
            return new SyntaxError(what + " at position " + (at + 1) + " in \"" + s + "\"");
        }

        private void skipSpaces() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private boolean eat(String token) {
            skipSpaces();
            if (s.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        private Expr logicalOr() throws SyntaxError {
            Expr left = logicalAnd();
            while (eat("||")) {
                Expr a = left;
                Expr b = logicalAnd();
                left = (x, p) -> (a.eval(x, p) != 0 || b.eval(x, p) != 0) ? 1 : 0;
            }
            return left;
        }

        private Expr logicalAnd() throws SyntaxError {
            Expr left = comparison();
            while (eat("&&")) {
                Expr a = left;
                Expr b = comparison();
                left = (x, p) -> (a.eval(x, p) != 0 && b.eval(x, p) != 0) ? 1 : 0;
            }
            return left;
        }

        private Expr comparison() throws SyntaxError {
            Expr left = additive();
            while (true) {
                Expr a = left;
                if (eat("<=")) {
                    Expr b = additive();
                    left = (x, p) -> a.eval(x, p) <= b.eval(x, p) ? 1 : 0;
                } else if (eat(">=")) {
                    Expr b = additive();
                    left = (x, p) -> a.eval(x, p) >= b.eval(x, p) ? 1 : 0;
                } else if (eat("==")) {
                    Expr b = additive();
                    left = (x, p) -> a.eval(x, p) == b.eval(x, p) ? 1 : 0;
                } else if (eat("!=")) {
                    Expr b = additive();
                    left = (x, p) -> a.eval(x, p) != b.eval(x, p) ? 1 : 0;
                } else if (eat("<")) {
                    Expr b = additive();
                    left = (x, p) -> a.eval(x, p) < b.eval(x, p) ? 1 : 0;
                } else if (eat(">")) {
                    Expr b = additive();
                    left = (x, p) -> a.eval(x, p) > b.eval(x, p) ? 1 : 0;
                } else {
                    return left;
                }
            }
        }

        private Expr additive() throws SyntaxError {
            Expr left = multiplicative();
            while (true) {
                Expr a = left;
                if (eat("+")) {
                    Expr b = multiplicative();
                    left = (x, p) -> a.eval(x, p) + b.eval(x, p);
                } else if (eat("-")) {
                    Expr b = multiplicative();
                    left = (x, p) -> a.eval(x, p) - b.eval(x, p);
                } else {
                    return left;
                }
            }
        }

        private Expr multiplicative() throws SyntaxError {
            Expr left = unary();
            while (true) {
                Expr a = left;
                skipSpaces();
                if (s.startsWith("**", pos)) {
                    return left; // handled by power()
                }
                if (eat("*")) {
                    Expr b = unary();
                    left = (x, p) -> a.eval(x, p) * b.eval(x, p);
                } else if (eat("/")) {
                    Expr b = unary();
                    left = (x, p) -> a.eval(x, p) / b.eval(x, p);
                } else if (eat("%")) {
                    Expr b = unary();
                    left = (x, p) -> a.eval(x, p) % b.eval(x, p);
                } else {
                    return left;
                }
            }
        }

        private Expr unary() throws SyntaxError {
            if (eat("-")) {
                Expr a = unary();
                return (x, p) -> -a.eval(x, p);
            }
            if (eat("+")) {
                return unary();
            }
            if (eat("!")) {
                Expr a = unary();
                return (x, p) -> a.eval(x, p) == 0 ? 1 : 0;
            }
            return power();
        }

        /** a^b and a**b bind tighter than unary minus on the left and associate to the right. */
        private Expr power() throws SyntaxError {
            Expr base = primary();
            if (eat("^") || eat("**")) {
                Expr exponent = unary();
                return (x, p) -> Math.pow(base.eval(x, p), exponent.eval(x, p));
            }
            return base;
        }

        private Expr primary() throws SyntaxError {
            skipSpaces();
            if (pos >= s.length()) {
                throw error("unexpected end of formula", pos);
            }
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                Expr e = logicalOr();
                if (!eat(")")) {
                    throw error("missing ')'", pos);
                }
                return e;
            }
            if (c == '[') {
                return parameter();
            }
            if (Character.isDigit(c) || (c == '.' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1)))) {
                return number();
            }
            if (Character.isLetter(c) || c == '_') {
                return identifier();
            }
            throw error("unexpected '" + c + "'", pos);
        }

        private Expr number() throws SyntaxError {
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = save; // "2e" followed by something else: the number ends before e
                }
            }
            try {
                double v = Double.parseDouble(s.substring(start, pos));
                return (x, p) -> v;
            } catch (NumberFormatException e) {
                throw error("bad number '" + s.substring(start, pos) + "'", start);
            }
        }

        private Expr parameter() throws SyntaxError {
            int start = pos;
            int close = s.indexOf(']', pos);
            if (close < 0) {
                throw error("missing ']'", pos);
            }
            String inside = s.substring(pos + 1, close).strip();
            pos = close + 1;
            int index;
            if (!inside.isEmpty() && inside.chars().allMatch(Character::isDigit)) {
                index = Integer.parseInt(inside);
                while (fParNames.size() <= index) {
                    fParNames.add("p" + fParNames.size());
                }
            } else if (!inside.isEmpty()) {
                index = fParNames.indexOf(inside);
                if (index < 0) {
                    fParNames.add(inside);
                    index = fParNames.size() - 1;
                }
            } else {
                throw error("empty parameter []", start);
            }
            int i = index;
            return (x, p) -> p[i];
        }

        private Expr identifier() throws SyntaxError {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                    || s.startsWith("::", pos))) {
                pos += s.startsWith("::", pos) ? 2 : 1;
            }
            String name = s.substring(start, pos);
            skipSpaces();
            boolean call = pos < s.length() && s.charAt(pos) == '(';
            if (call && s.startsWith("()", pos) && CONSTANTS.containsKey(name + "()")) {
                pos += 2;
                double v = CONSTANTS.get(name + "()");
                return (x, p) -> v;
            }
            switch (name) {
                case "x", "y", "z", "t" -> {
                    int i = "xyzt".indexOf(name);
                    maxVariable = Math.max(maxVariable, i);
                    if (eat("[")) { // x[0], x[1] ...
                        int close = s.indexOf(']', pos);
                        if (close < 0) {
                            throw error("missing ']'", pos);
                        }
                        int j = Integer.parseInt(s.substring(pos, close).strip());
                        pos = close + 1;
                        maxVariable = Math.max(maxVariable, j);
                        return (x, p) -> x[j];
                    }
                    return (x, p) -> x[i];
                }
                default -> { }
            }
            if (!call && CONSTANTS.containsKey(name)) {
                double v = CONSTANTS.get(name);
                return (x, p) -> v;
            }
            Expr shape = predefined(name, call, start);
            if (shape != null) {
                return shape;
            }
            if (!call) {
                throw error("unknown name '" + name + "'", start);
            }
            pos++; // (
            List<Expr> args = new ArrayList<>();
            if (!eat(")")) {
                do {
                    args.add(logicalOr());
                } while (eat(","));
                if (!eat(")")) {
                    throw error("missing ')' after the arguments of " + name, pos);
                }
            }
            if (args.size() == 1 && FUNCTIONS1.containsKey(name)) {
                DoubleUnaryOperator f = FUNCTIONS1.get(name);
                Expr a = args.get(0);
                return (x, p) -> f.applyAsDouble(a.eval(x, p));
            }
            if (args.size() == 2 && FUNCTIONS2.containsKey(name)) {
                DoubleBinaryOperator f = FUNCTIONS2.get(name);
                Expr a = args.get(0);
                Expr b = args.get(1);
                return (x, p) -> f.applyAsDouble(a.eval(x, p), b.eval(x, p));
            }
            FunctionN fn = FUNCTIONSN.get(name + "/" + args.size());
            if (fn != null) {
                Expr[] a = args.toArray(new Expr[0]);
                return (x, p) -> {
                    double[] values = new double[a.length];
                    for (int i = 0; i < a.length; i++) {
                        values[i] = a[i].eval(x, p);
                    }
                    return fn.apply(values);
                };
            }
            if (FUNCTIONS1.containsKey(name) || FUNCTIONS2.containsKey(name) || knownN(name)) {
                throw error(name + " does not take " + args.size() + " arguments", start);
            }
            throw error("unknown function '" + name + "'", start);
        }

        /**
         * A predefined shape (gaus, landau, crystalball, xygaus, polN …, see {@link #shape}) with an
         * optional index of its first parameter, gaus(3); without one it takes the next free ones.
         */
        private Expr predefined(String name, boolean call, int start) throws SyntaxError {
            Shape shape = shape(name);
            if (shape == null) {
                return null;
            }
            int p0 = nextShapeParameter;
            if (call) {
                int close = s.indexOf(')', pos);
                String inside = close < 0 ? "" : s.substring(pos + 1, close).strip();
                if (inside.chars().allMatch(Character::isDigit) && !inside.isEmpty()) {
                    p0 = Integer.parseInt(inside);
                    pos = close + 1;
                } else {
                    throw error(name + "(...) takes the index of its first parameter, e.g. " + name + "(0)", start);
                }
            }
            maxVariable = Math.max(maxVariable, shape.dimension - 1);
            String[] names = shape.names;
            Expr e = shape.body.at(p0);
            for (int i = 0; i < names.length; i++) {
                int index = p0 + i;
                while (fParNames.size() <= index) {
                    fParNames.add("p" + fParNames.size());
                }
                if (fParNames.get(index).equals("p" + index)) {
                    // a lone shape names its parameters as ROOT does; sums keep p<i> for clashes
                    fParNames.set(index, names[i]);
                }
            }
            nextShapeParameter = Math.max(nextShapeParameter, p0 + names.length);
            return e;
        }
    }

    /** A predefined shape: its dimension, ROOT's parameter names, and its body for a first parameter index. */
    private record Shape(int dimension, String[] names, Body body) {}

    @FunctionalInterface
    private interface Body {
        Expr at(int p0);
    }

    private static String[] numbered(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "p" + i;
        }
        return names;
    }

    /**
     * ROOT's predefined shapes (TFormula::FillParametrizedFunctions), with ROOT's parameter order and
     * names; null for any other name. A trailing n is the normalised form (gausn, landaun, crystalballn).
     */
    private static Shape shape(String name) {
        if (name.matches("pol\\d+")) {
            int n = Integer.parseInt(name.substring(3));
            return new Shape(1, numbered(n + 1), p0 -> (x, p) -> { // Horner's rule
                double v = p[p0 + n];
                for (int i = n - 1; i >= 0; i--) {
                    v = v * x[0] + p[p0 + i];
                }
                return v;
            });
        }
        if (name.matches("chebyshev\\d+")) {
            int n = Integer.parseInt(name.substring(9));
            return new Shape(1, numbered(n + 1), p0 -> (x, p) -> { // Σ p_i T_i(x), T_{i+1} = 2x T_i - T_{i-1}
                double t0 = 1;
                double t1 = x[0];
                double v = p[p0] + (n >= 1 ? p[p0 + 1] * t1 : 0);
                for (int i = 2; i <= n; i++) {
                    double t2 = 2 * x[0] * t1 - t0;
                    v += p[p0 + i] * t2;
                    t0 = t1;
                    t1 = t2;
                }
                return v;
            });
        }
        String[] gausNames = {"Constant", "Mean", "Sigma"};
        return switch (name) {
            case "gaus" -> new Shape(1, gausNames, p0 -> (x, p) -> p[p0] * gaussian(x[0], p[p0 + 1], p[p0 + 2]));
            case "gausn" -> new Shape(1, gausNames, p0 -> (x, p) ->
                    p[p0] * gaussian(x[0], p[p0 + 1], p[p0 + 2]) / (Math.sqrt(2 * Math.PI) * p[p0 + 2]));
            case "expo" -> new Shape(1, new String[] {"Constant", "Slope"},
                    p0 -> (x, p) -> Math.exp(p[p0] + p[p0 + 1] * x[0]));
            case "landau", "landaun" -> {
                boolean norm = name.endsWith("n");
                yield new Shape(1, new String[] {"Constant", "MPV", "Sigma"},
                        p0 -> (x, p) -> p[p0] * TMath.Landau(x[0], p[p0 + 1], p[p0 + 2], norm));
            }
            case "crystalball" -> new Shape(1, new String[] {"Constant", "Mean", "Sigma", "Alpha", "N"}, p0 -> (x, p) ->
                    p[p0] * RootMath.crystalball_function(x[0], p[p0 + 3], p[p0 + 4], p[p0 + 2], p[p0 + 1]));
            case "crystalballn" -> new Shape(1, new String[] {"Constant", "Mean", "Sigma", "Alpha", "N"}, p0 -> (x, p) ->
                    p[p0] * RootMath.crystalball_pdf(x[0], p[p0 + 3], p[p0 + 4], p[p0 + 2], p[p0 + 1]));
            case "breitwigner" -> new Shape(1, new String[] {"Constant", "Mean", "Gamma"},
                    p0 -> (x, p) -> p[p0] * RootMath.breitwigner_pdf(x[0], p[p0 + 2], p[p0 + 1]));
            case "xygaus" -> new Shape(2, new String[] {"Constant", "MeanX", "SigmaX", "MeanY", "SigmaY"},
                    p0 -> (x, p) -> p[p0] * gaussian(x[0], p[p0 + 1], p[p0 + 2]) * gaussian(x[1], p[p0 + 3], p[p0 + 4]));
            case "xyzgaus" -> new Shape(3,
                    new String[] {"Constant", "MeanX", "SigmaX", "MeanY", "SigmaY", "MeanZ", "SigmaZ"},
                    p0 -> (x, p) -> p[p0] * gaussian(x[0], p[p0 + 1], p[p0 + 2]) * gaussian(x[1], p[p0 + 3], p[p0 + 4])
                            * gaussian(x[2], p[p0 + 5], p[p0 + 6]));
            // ROOT names neither of these two: p0, p1, ...
            case "xylandau" -> new Shape(2, numbered(5), p0 -> (x, p) -> p[p0]
                    * TMath.Landau(x[0], p[p0 + 1], p[p0 + 2], false) * TMath.Landau(x[1], p[p0 + 3], p[p0 + 4], false));
            case "xyexpo" -> new Shape(2, numbered(3),
                    p0 -> (x, p) -> Math.exp(p[p0] + p[p0 + 1] * x[0] + p[p0 + 2] * x[1]));
            default -> null;
        };
    }

    /** exp(-u²/2) with u = (x - mean)/sigma, unnormalised, as in ROOT's gaus body. */
    private static double gaussian(double x, double mean, double sigma) {
        double u = (x - mean) / sigma;
        return Math.exp(-0.5 * u * u);
    }
}
