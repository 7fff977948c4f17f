package org.policyreport.analysis.survey;

/**
 * The Borich needs index (mean weighted discrepancy score, Borich 1980) and its ranking. MWDS =
 * [sum_i (I_i - P_i)] * mean(I) / N over the N respondents who gave both ratings.
 */
final class Borich {
  private Borich() {}

  static double index(double[] importance, double[] performance) {
    int n = importance.length;
    double sumGap = 0;
    double sumImportance = 0;
    for (int i = 0; i < n; i++) {
      sumGap += importance[i] - performance[i];
      sumImportance += importance[i];
    }
    return sumGap * (sumImportance / n) / n;
  }

  /**
   * Rank 1 for the largest value; equal values (to 1e-12 relative, so that one index computed from
   * different sums that is mathematically equal still ties) share the smallest rank, as R's {@code
   * rank(-x, ties.method = "min")}.
   */
  static int[] ranks(double[] values) {
    int[] ranks = new int[values.length];
    for (int a = 0; a < values.length; a++) {
      int larger = 0;
      for (int b = 0; b < values.length; b++) {
        if (values[b] > values[a] && !tied(values[a], values[b])) {
          larger++;
        }
      }
      ranks[a] = larger + 1;
    }
    return ranks;
  }

  private static boolean tied(double x, double y) {
    return Math.abs(x - y) <= 1e-12 * Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)));
  }
}
