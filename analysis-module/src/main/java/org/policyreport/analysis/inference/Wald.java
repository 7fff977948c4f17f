package org.policyreport.analysis.inference;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.contract.Coefficient;

/**
 * Builds coefficient rows from estimates and their covariance matrix: the single place where
 * standard errors, test statistics, p-values and confidence intervals are computed.
 */
public final class Wald {
  /** Confidence level of every interval in results.json. */
  public static final double LEVEL = 0.95;

  private Wald() {}

  /**
   * One row per parameter. {@code equations} and {@code terms} name parameter {@code i}; {@code
   * vcov} is the full covariance matrix in the same order.
   */
  public static List<Coefficient> rows(
      List<String> equations, List<String> terms, double[] params, double[][] vcov, Reference ref) {
    if (equations.size() != params.length
        || terms.size() != params.length
        || vcov.length != params.length) {
      throw new IllegalArgumentException("names, estimates and covariance differ in size");
    }
    double crit = ref.critical(LEVEL);
    List<Coefficient> out = new ArrayList<>(params.length);
    for (int i = 0; i < params.length; i++) {
      double se = Math.sqrt(vcov[i][i]);
      double stat = params[i] / se;
      out.add(
          new Coefficient(
              equations.get(i),
              terms.get(i),
              params[i],
              se,
              stat,
              ref.twoSidedP(stat),
              params[i] - crit * se,
              params[i] + crit * se));
    }
    return List.copyOf(out);
  }

  /**
   * Exponentiated rows (incidence-rate ratios, odds ratios): estimate exp(b), delta-method SE
   * exp(b)·se(b), the same statistic and p-value as b (Stata's convention), and the interval as the
   * exponentiated interval of b.
   */
  public static List<Coefficient> exponentiate(List<Coefficient> rows) {
    List<Coefficient> out = new ArrayList<>(rows.size());
    for (Coefficient c : rows) {
      double e = Math.exp(c.coef());
      out.add(
          new Coefficient(
              c.equation(),
              c.term(),
              e,
              e * c.se(),
              c.stat(),
              c.p(),
              Math.exp(c.ciLow()),
              Math.exp(c.ciHigh())));
    }
    return List.copyOf(out);
  }
}
