package org.rootprompt.root.math;

import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Gauss–Kronrod integration (21-point Kronrod rule with its embedded 10-point Gauss rule),
 * globally adaptive: the interval with the largest error estimate is split until the total error is
 * below the tolerance, as ROOT's default one-dimensional integrator does.
 */
public final class Integrator {
    private static final double[] XGK = {0.995657163025808080735527280689003, 0.973906528517171720077964012084452,
        0.930157491355708226001207180059508, 0.865063366688984510732096688423493, 0.780817726586416897063717578345042,
        0.679409568299024406234327365114874, 0.562757134668604683339000099272694, 0.433395394129247190799265943165784,
        0.294392862701460198131126603103866, 0.148874338981631210884826001129720, 0.0};
    private static final double[] WGK = {0.011694638867371874278064396062192, 0.032558162307964727478818972459390,
        0.054755896574351996031381300244580, 0.075039674810919952767043140916190, 0.093125454583697605535065465083366,
        0.109387158802297641899210590325805, 0.123491976262065851077581316866330, 0.134709217311473325928054001771707,
        0.142775938577060080797094273138717, 0.147739104901338491374841515972068, 0.149445554002916905664936468389821};
    /** Weights of the 10-point Gauss rule, whose nodes are XGK[1], XGK[3], …, XGK[9]. */
    private static final double[] WG = {0.066671344308688137593568809893332, 0.149451349150580593145776339657697,
        0.219086362515982043995534934228163, 0.269266719309996355091226921569469, 0.295524224714752870173892994651338};

    private Integrator() {}

    /** One application of the rule on [a, b]: {Kronrod estimate, |Kronrod - Gauss|}. */
    static double[] rule(DoubleUnaryOperator f, double a, double b) {
        double centre = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double fc = f.applyAsDouble(centre);
        double kronrod = fc * WGK[10];
        double gauss = 0;
        for (int j = 0; j < 10; j++) {
            double dx = half * XGK[j];
            double sum = f.applyAsDouble(centre - dx) + f.applyAsDouble(centre + dx);
            kronrod += WGK[j] * sum;
            if (j % 2 == 1) {
                gauss += WG[j / 2] * sum;
            }
        }
        return new double[] {kronrod * half, Math.abs((kronrod - gauss) * half)};
    }

    private record Piece(double a, double b, double value, double error) {}

    /**
     * The integral of f over [a, b] to relative precision {@code relTol} (or absolute {@code absTol},
     * whichever is reached first), with at most {@code maxIntervals} subintervals.
     */
    public static double integrate(DoubleUnaryOperator f, double a, double b, double absTol, double relTol,
            int maxIntervals) {
        if (a == b) {
            return 0;
        }
        if (a > b) {
            return -integrate(f, b, a, absTol, relTol, maxIntervals);
        }
        PriorityQueue<Piece> pieces = new PriorityQueue<>((p, q) -> Double.compare(q.error, p.error));
        double[] first = rule(f, a, b);
        pieces.add(new Piece(a, b, first[0], first[1]));
        double total = first[0];
        double error = first[1];
        while (error > Math.max(absTol, relTol * Math.abs(total)) && pieces.size() < maxIntervals) {
            Piece worst = pieces.poll();
            double mid = 0.5 * (worst.a + worst.b);
            if (mid <= worst.a || mid >= worst.b) { // cannot split further in double precision
                pieces.add(worst);
                break;
            }
            double[] left = rule(f, worst.a, mid);
            double[] right = rule(f, mid, worst.b);
            pieces.add(new Piece(worst.a, mid, left[0], left[1]));
            pieces.add(new Piece(mid, worst.b, right[0], right[1]));
            total += left[0] + right[0] - worst.value;
            error += left[1] + right[1] - worst.error;
        }
        // sum again to avoid the drift of the running total
        double sum = 0;
        for (Piece p : pieces) {
            sum += p.value;
        }
        return sum;
    }

    /** With ROOT's TF1::Integral defaults: relative precision 1e-12. */
    public static double integrate(DoubleUnaryOperator f, double a, double b) {
        return integrate(f, a, b, 0, 1e-12, 1000);
    }
}
