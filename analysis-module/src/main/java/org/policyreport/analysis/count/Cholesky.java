package org.policyreport.analysis.count;

/** Cholesky factor of a small symmetric positive-definite matrix (the information matrix). */
final class Cholesky {
  private final double[][] l;

  private Cholesky(double[][] l) {
    this.l = l;
  }

  /** Factors {@code a}, or returns null when it is not numerically positive definite. */
  static Cholesky of(double[][] a) {
    int p = a.length;
    double[][] l = new double[p][p];
    for (int j = 0; j < p; j++) {
      double s = a[j][j];
      for (int k = 0; k < j; k++) {
        s -= l[j][k] * l[j][k];
      }
      if (!(s > 1e-14 * Math.abs(a[j][j])) || !(s > 0)) {
        return null;
      }
      double d = Math.sqrt(s);
      l[j][j] = d;
      for (int i = j + 1; i < p; i++) {
        double t = a[i][j];
        for (int k = 0; k < j; k++) {
          t -= l[i][k] * l[j][k];
        }
        l[i][j] = t / d;
      }
    }
    return new Cholesky(l);
  }

  double[] solve(double[] b) {
    int p = l.length;
    double[] x = b.clone();
    for (int i = 0; i < p; i++) {
      double s = x[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * x[k];
      }
      x[i] = s / l[i][i];
    }
    for (int i = p - 1; i >= 0; i--) {
      double s = x[i];
      for (int k = i + 1; k < p; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }

  double[][] inverse() {
    int p = l.length;
    double[][] inv = new double[p][];
    for (int j = 0; j < p; j++) {
      double[] e = new double[p];
      e[j] = 1;
      inv[j] = solve(e);
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < i; j++) {
        double v = 0.5 * (inv[i][j] + inv[j][i]);
        inv[i][j] = v;
        inv[j][i] = v;
      }
    }
    return inv;
  }

  /**
   * Greedy column selection in the given order (Stata's rule: keep earlier regressors): column j is
   * kept when its part not explained by the kept earlier columns has a squared norm above {@code
   * tol} times its own. {@code gram} is X'X.
   */
  static boolean[] independentColumns(double[][] gram, double tol) {
    int p = gram.length;
    boolean[] keep = new boolean[p];
    double[][] l = new double[p][p];
    for (int j = 0; j < p; j++) {
      double s = gram[j][j];
      for (int k = 0; k < j; k++) {
        if (keep[k]) {
          s -= l[j][k] * l[j][k];
        }
      }
      if (!(gram[j][j] > 0) || !(s > tol * gram[j][j])) {
        continue;
      }
      keep[j] = true;
      double d = Math.sqrt(s);
      l[j][j] = d;
      for (int i = j + 1; i < p; i++) {
        double t = gram[i][j];
        for (int k = 0; k < j; k++) {
          if (keep[k]) {
            t -= l[i][k] * l[j][k];
          }
        }
        l[i][j] = t / d;
      }
    }
    return keep;
  }
}
