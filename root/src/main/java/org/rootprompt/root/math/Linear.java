package org.rootprompt.root.math;

/** Small dense linear algebra for fits. */
public final class Linear {
    private Linear() {}

    /** The inverse of a symmetric positive-definite matrix by Cholesky, or null if it is not one. */
    public static double[][] invertPositiveDefinite(double[][] m) {
        int n = m.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = m[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        // inverse of L, then (L⁻¹)ᵀ L⁻¹
        double[][] li = new double[n][n];
        for (int i = 0; i < n; i++) {
            li[i][i] = 1 / l[i][i];
            for (int j = 0; j < i; j++) {
                double sum = 0;
                for (int k = j; k < i; k++) {
                    sum -= l[i][k] * li[k][j];
                }
                li[i][j] = sum / l[i][i];
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int k = i; k < n; k++) {
                    sum += li[k][i] * li[k][j];
                }
                inv[i][j] = sum;
                inv[j][i] = sum;
            }
        }
        return inv;
    }

    /**
     * C·B⁻¹·C, over the parameters with a non-zero variance in B (the others stay 0): a covariance C
     * corrected by the covariance B of a second function (ROOT's weighted-likelihood errors); null when
     * B cannot be inverted.
     */
    public static double[][] sandwich(double[][] c, double[][] b) {
        int n = c.length;
        int[] free = java.util.stream.IntStream.range(0, n).filter(i -> b[i][i] > 0).toArray();
        double[][] sub = new double[free.length][free.length];
        for (int a = 0; a < free.length; a++) {
            for (int k = 0; k < free.length; k++) {
                sub[a][k] = b[free[a]][free[k]];
            }
        }
        double[][] inv = invertPositiveDefinite(sub);
        if (inv == null) {
            return null;
        }
        double[][] result = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int a = 0; a < free.length; a++) {
                    for (int k = 0; k < free.length; k++) {
                        sum += c[i][free[a]] * inv[a][k] * c[free[k]][j];
                    }
                }
                result[i][j] = sum;
            }
        }
        return result;
    }
}
