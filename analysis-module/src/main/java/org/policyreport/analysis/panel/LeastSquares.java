package org.policyreport.analysis.panel;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.analysis.api.EstimationException;

/**
 * (Weighted) least squares through the normal equations, with columns that are linear combinations
 * of earlier ones dropped in order (as Stata's "omitted because of collinearity"). Normal equations
 * are used for speed on large panels; one step of iterative refinement recovers the digits they
 * lose on badly scaled data.
 */
final class LeastSquares {
  /** A column is dropped when less than this share of its sum of squares is new. */
  static final double COLLINEAR_TOLERANCE = 1e-10;

  /** The solution: kept column positions, their coefficients and (X'WX)^-1 among them. */
  record Solution(int[] kept, double[] beta, double[][] inverse, double[] residuals, double ssr) {}

  private LeastSquares() {}

  /**
   * Regresses {@code y} on the columns {@code x[j]} (observation weights {@code w}, or null for
   * ones). {@code model} names the model in error messages.
   */
  static Solution fit(double[][] x, double[] y, double[] w, String model) {
    double[][] xtx = crossProducts(x, w);
    double[] xty = crossProducts(x, y, w);
    int[] kept = independentColumns(xtx);
    if (kept.length == 0) {
      throw new EstimationException(model + ": no regressor left after removing collinear columns");
    }
    double[][] a = subMatrix(xtx, kept);
    double[][] l = cholesky(a, model);
    double[] rhs = new double[kept.length];
    for (int i = 0; i < kept.length; i++) {
      rhs[i] = xty[kept[i]];
    }
    double[] beta = solve(l, rhs);
    double[] resid = residuals(x, y, kept, beta);
    // One refinement step: solve for the correction from the residuals' cross products.
    double[] g = new double[kept.length];
    for (int i = 0; i < kept.length; i++) {
      double[] col = x[kept[i]];
      double s = 0;
      for (int r = 0; r < y.length; r++) {
        s += col[r] * resid[r] * (w == null ? 1.0 : w[r]);
      }
      g[i] = s;
    }
    double[] delta = solve(l, g);
    for (int i = 0; i < beta.length; i++) {
      beta[i] += delta[i];
    }
    resid = residuals(x, y, kept, beta);
    double ssr = 0;
    for (int r = 0; r < y.length; r++) {
      ssr += resid[r] * resid[r] * (w == null ? 1.0 : w[r]);
    }
    return new Solution(kept, beta, inverse(l), resid, ssr);
  }

  static double[][] crossProducts(double[][] x, double[] w) {
    int p = x.length;
    double[][] out = new double[p][p];
    int n = p == 0 ? 0 : x[0].length;
    double[] wx = new double[n];
    for (int j = 0; j < p; j++) {
      double[] a = x[j];
      for (int r = 0; r < n; r++) {
        wx[r] = w == null ? a[r] : a[r] * w[r];
      }
      for (int l = 0; l <= j; l++) {
        double[] b = x[l];
        double s = 0;
        for (int r = 0; r < n; r++) {
          s += wx[r] * b[r];
        }
        out[j][l] = s;
        out[l][j] = s;
      }
    }
    return out;
  }

  static double[] crossProducts(double[][] x, double[] y, double[] w) {
    double[] out = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      double[] a = x[j];
      double s = 0;
      for (int r = 0; r < y.length; r++) {
        s += a[r] * y[r] * (w == null ? 1.0 : w[r]);
      }
      out[j] = s;
    }
    return out;
  }

  /** Columns kept by a Cholesky sweep that skips pivots with (almost) nothing new. */
  static int[] independentColumns(double[][] xtx) {
    int p = xtx.length;
    List<Integer> kept = new ArrayList<>();
    double[][] l = new double[p][p];
    for (int j = 0; j < p; j++) {
      double d = xtx[j][j];
      double[] row = new double[kept.size()];
      for (int a = 0; a < kept.size(); a++) {
        int ka = kept.get(a);
        double s = xtx[j][ka];
        for (int b = 0; b < a; b++) {
          s -= row[b] * l[a][b];
        }
        row[a] = s / l[a][a];
        d -= row[a] * row[a];
      }
      if (xtx[j][j] > 0 && d > COLLINEAR_TOLERANCE * xtx[j][j]) {
        int pos = kept.size();
        System.arraycopy(row, 0, l[pos], 0, row.length);
        l[pos][pos] = Math.sqrt(d);
        kept.add(j);
      }
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  static double[][] subMatrix(double[][] m, int[] idx) {
    double[][] out = new double[idx.length][idx.length];
    for (int i = 0; i < idx.length; i++) {
      for (int j = 0; j < idx.length; j++) {
        out[i][j] = m[idx[i]][idx[j]];
      }
    }
    return out;
  }

  static double[][] cholesky(double[][] a, String model) {
    int p = a.length;
    double[][] l = new double[p][p];
    for (int j = 0; j < p; j++) {
      double d = a[j][j];
      for (int k = 0; k < j; k++) {
        d -= l[j][k] * l[j][k];
      }
      if (!(d > 0)) {
        throw new EstimationException(model + ": cross-product matrix is not positive definite");
      }
      l[j][j] = Math.sqrt(d);
      for (int i = j + 1; i < p; i++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = s / l[j][j];
      }
    }
    return l;
  }

  static double[] solve(double[][] l, double[] b) {
    int p = l.length;
    double[] z = new double[p];
    for (int i = 0; i < p; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * z[k];
      }
      z[i] = s / l[i][i];
    }
    double[] x = new double[p];
    for (int i = p - 1; i >= 0; i--) {
      double s = z[i];
      for (int k = i + 1; k < p; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }

  static double[][] inverse(double[][] l) {
    int p = l.length;
    double[][] inv = new double[p][p];
    for (int j = 0; j < p; j++) {
      double[] e = new double[p];
      e[j] = 1;
      double[] c = solve(l, e);
      for (int i = 0; i < p; i++) {
        inv[i][j] = c[i];
      }
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < i; j++) {
        double s = 0.5 * (inv[i][j] + inv[j][i]);
        inv[i][j] = s;
        inv[j][i] = s;
      }
    }
    return inv;
  }

  /** Inverse of a symmetric positive definite matrix; {@code what} names it in errors. */
  static double[][] inverseOf(double[][] a, String what) {
    return inverse(cholesky(a, what));
  }

  static double[] residuals(double[][] x, double[] y, int[] kept, double[] beta) {
    double[] e = y.clone();
    for (int i = 0; i < kept.length; i++) {
      double[] col = x[kept[i]];
      double b = beta[i];
      for (int r = 0; r < e.length; r++) {
        e[r] -= b * col[r];
      }
    }
    return e;
  }

  /** The quadratic form b' V^-1 b (a Wald statistic). */
  static double quadraticForm(double[] b, double[][] v, String what) {
    double[] z = solve(cholesky(v, what), b);
    double s = 0;
    for (int i = 0; i < b.length; i++) {
      s += b[i] * z[i];
    }
    return s;
  }
}
