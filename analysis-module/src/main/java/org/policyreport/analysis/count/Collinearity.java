package org.policyreport.analysis.count;

import java.util.stream.IntStream;

/**
 * Finds regressors that are constant or linear combinations of earlier ones, from X'X (a null
 * column is the constant). Earlier columns win, as in Stata, so the constant is never the one
 * dropped.
 */
final class Collinearity {
  /** A column is dropped when less than this share of its squared norm is not explained. */
  static final double TOLERANCE = 1e-10;

  private Collinearity() {}

  static boolean[] independent(double[][] columns, int n) {
    int p = columns.length;
    double[][] gram = new double[p][p];
    // Each entry is one sequential loop, so the result does not depend on the thread count.
    IntStream.range(0, p)
        .parallel()
        .forEach(
            a -> {
              for (int b = 0; b <= a; b++) {
                gram[a][b] = cross(columns[a], columns[b], n);
              }
            });
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < a; b++) {
        gram[b][a] = gram[a][b];
      }
    }
    return Cholesky.independentColumns(gram, TOLERANCE);
  }

  private static double cross(double[] u, double[] v, int n) {
    double s = 0;
    if (u == null && v == null) {
      return n;
    }
    if (u == null || v == null) {
      double[] w = u == null ? v : u;
      for (int i = 0; i < n; i++) {
        s += w[i];
      }
      return s;
    }
    for (int i = 0; i < n; i++) {
      s += u[i] * v[i];
    }
    return s;
  }
}
