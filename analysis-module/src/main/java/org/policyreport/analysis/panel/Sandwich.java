package org.policyreport.analysis.panel;

/** The heteroskedasticity- and cluster-robust covariance sandwich A^-1 B A^-1. */
final class Sandwich {
  private Sandwich() {}

  /**
   * B = sum_g s_g s_g' with s_g the sum of e_i x_i over the observations of group g ({@code group}
   * null: every observation its own group).
   */
  static double[][] meat(double[][] design, int[] kept, double[] e, int[] group, int groups) {
    int p = kept.length;
    double[][] scores = new double[groups][p];
    for (int j = 0; j < p; j++) {
      double[] col = design[kept[j]];
      for (int r = 0; r < e.length; r++) {
        scores[group == null ? r : group[r]][j] += col[r] * e[r];
      }
    }
    double[][] b = new double[p][p];
    for (double[] s : scores) {
      for (int i = 0; i < p; i++) {
        for (int j = 0; j <= i; j++) {
          b[i][j] += s[i] * s[j];
        }
      }
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < i; j++) {
        b[j][i] = b[i][j];
      }
    }
    return b;
  }

  static double[][] sandwich(double[][] bread, double[][] meat) {
    return multiply(multiply(bread, meat), bread);
  }

  static double[][] multiply(double[][] a, double[][] b) {
    int n = a.length;
    int m = b[0].length;
    double[][] out = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < b.length; k++) {
        double aik = a[i][k];
        for (int j = 0; j < m; j++) {
          out[i][j] += aik * b[k][j];
        }
      }
    }
    return out;
  }
}
