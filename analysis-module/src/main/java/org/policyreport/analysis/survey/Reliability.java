package org.policyreport.analysis.survey;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.contract.ItemReliability;
import org.policyreport.contract.ScaleReliability;

/**
 * Cronbach's alpha of a scale with the conventions of R's psych::alpha: sample variances, alpha =
 * k/(k-1) (1 - sum var(item) / var(total)); standardized alpha = k r / (1 + (k-1) r) with r the
 * mean off-diagonal Pearson correlation; alpha if an item is deleted; corrected item-total
 * correlation (psych's r.drop). Respondents with a blank answer on any item of the scale are left
 * out (listwise).
 */
final class Reliability {
  private Reliability() {}

  /**
   * @param answers answers[j][i] for item j and respondent i, NaN for blank
   */
  static ScaleReliability of(double[][] answers, List<String> items, List<String> columns) {
    int k = answers.length;
    int n = answers[0].length;
    List<Integer> complete = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean ok = true;
      for (int j = 0; j < k && ok; j++) {
        ok = !Double.isNaN(answers[j][i]);
      }
      if (ok) {
        complete.add(i);
      }
    }
    int m = complete.size();
    double[][] x = new double[k][m];
    for (int j = 0; j < k; j++) {
      for (int r = 0; r < m; r++) {
        x[j][r] = answers[j][complete.get(r)];
      }
    }
    double[][] cov = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = a; b < k; b++) {
        cov[a][b] = covariance(x[a], x[b]);
        cov[b][a] = cov[a][b];
      }
    }
    boolean[] all = new boolean[k];
    java.util.Arrays.fill(all, true);
    Double alpha = alpha(cov, all, m);
    Double meanR = meanCorrelation(cov, m);
    Double std = meanR == null || k < 2 ? null : finite(k * meanR / (1 + (k - 1) * meanR));
    List<ItemReliability> itemStats = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      boolean[] others = all.clone();
      others[j] = false;
      Double dropped = alpha(cov, others, m);
      Double rDrop = null;
      if (m >= 2 && k >= 2) {
        double varOthers = sum(cov, others);
        double covItemOthers = 0;
        for (int b = 0; b < k; b++) {
          if (others[b]) {
            covItemOthers += cov[j][b];
          }
        }
        rDrop = finite(covItemOthers / Math.sqrt(cov[j][j] * varOthers));
      }
      itemStats.add(new ItemReliability(items.get(j), columns.get(j), dropped, rDrop));
    }
    return new ScaleReliability(alpha, std, meanR, m, k, itemStats);
  }

  private static Double alpha(double[][] cov, boolean[] use, int m) {
    int k = 0;
    double itemVariances = 0;
    for (int j = 0; j < use.length; j++) {
      if (use[j]) {
        k++;
        itemVariances += cov[j][j];
      }
    }
    if (k < 2 || m < 2) {
      return null;
    }
    double total = sum(cov, use);
    return finite((double) k / (k - 1) * (1 - itemVariances / total));
  }

  /** Variance of the sum of the used items: the sum of their covariance block. */
  private static double sum(double[][] cov, boolean[] use) {
    double s = 0;
    for (int a = 0; a < use.length; a++) {
      for (int b = 0; b < use.length; b++) {
        if (use[a] && use[b]) {
          s += cov[a][b];
        }
      }
    }
    return s;
  }

  private static Double meanCorrelation(double[][] cov, int m) {
    int k = cov.length;
    if (k < 2 || m < 2) {
      return null;
    }
    double s = 0;
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        s += cov[a][b] / Math.sqrt(cov[a][a] * cov[b][b]);
      }
    }
    return finite(s / (k * (k - 1) / 2.0));
  }

  private static double covariance(double[] a, double[] b) {
    int n = a.length;
    if (n < 2) {
      return Double.NaN;
    }
    double ma = mean(a);
    double mb = mean(b);
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (a[i] - ma) * (b[i] - mb);
    }
    return s / (n - 1);
  }

  static double mean(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s / a.length;
  }

  static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
