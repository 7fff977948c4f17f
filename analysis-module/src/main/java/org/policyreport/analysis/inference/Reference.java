package org.policyreport.analysis.inference;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The reference distribution of a Wald statistic: the standard normal (z, maximum likelihood and
 * GLS) or Student's t with residual degrees of freedom (OLS, within).
 */
public record Reference(String kind, double df) {
  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  public Reference {
    if (!kind.equals("z") && !kind.equals("t")) {
      throw new IllegalArgumentException("reference must be z or t, not " + kind);
    }
    if (kind.equals("t") && !(df > 0)) {
      throw new IllegalArgumentException(
          "t reference needs positive degrees of freedom, got " + df);
    }
  }

  public static Reference normal() {
    return new Reference("z", Double.POSITIVE_INFINITY);
  }

  public static Reference t(double df) {
    return new Reference("t", df);
  }

  /** Two-sided p-value of a statistic. */
  public double twoSidedP(double stat) {
    if (Double.isNaN(stat)) {
      return Double.NaN;
    }
    return kind.equals("z") ? Tails.normalTwoSided(stat) : Tails.tTwoSided(stat, df);
  }

  /** The quantile that leaves {@code (1 - level) / 2} in each tail, e.g. 1.959964 for 95 % z. */
  public double critical(double level) {
    double q = 0.5 + level / 2.0;
    return kind.equals("z")
        ? NORMAL.inverseCumulativeProbability(q)
        : tDist().inverseCumulativeProbability(q);
  }

  private TDistribution tDist() {
    return new TDistribution(null, df);
  }
}
