package org.policyreport.analysis.inference;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * Upper-tail probabilities of the test distributions, computed directly from the regularized
 * incomplete gamma and beta functions. {@code 1 - cdf} rounds to 0 once the cdf rounds to 1 (a chi2
 * of 80 with 1 df already does); these stay accurate far into the tail, which a p-value printed as
 * "&lt; 0.001" does not need but a reader comparing with R or Stata does.
 */
public final class Tails {
  private Tails() {}

  /** P(chi2(df) &gt; x); 1 for x &lt;= 0. */
  public static double chi2(double x, double df) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x <= 0) {
      return 1.0;
    }
    return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
  }

  /** P(F(df1, df2) &gt; f); 1 for f &lt;= 0. Uses I_{df2/(df2+df1 f)}(df2/2, df1/2). */
  public static double f(double f, double df1, double df2) {
    if (Double.isNaN(f)) {
      return Double.NaN;
    }
    if (f <= 0) {
      return 1.0;
    }
    return Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2.0, df1 / 2.0);
  }

  /** P(|Z| &gt; |z|) for a standard normal Z. */
  public static double normalTwoSided(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    return Math.min(1.0, Erf.erfc(Math.abs(z) / Math.sqrt(2.0)));
  }

  /** P(|T| &gt; |t|) for Student's t with {@code df} degrees of freedom. */
  public static double tTwoSided(double t, double df) {
    if (Double.isNaN(t)) {
      return Double.NaN;
    }
    if (Double.isInfinite(df)) {
      return normalTwoSided(t);
    }
    return Math.min(1.0, Beta.regularizedBeta(df / (df + t * t), df / 2.0, 0.5));
  }
}
