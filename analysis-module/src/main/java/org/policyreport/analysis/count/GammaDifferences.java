package org.policyreport.analysis.count;

/**
 * Differences of the log-gamma, digamma and trigamma functions at {@code y + m} and {@code m} for a
 * whole count {@code y}, evaluated without cancellation. The naive {@code lnGamma(y + m) -
 * lnGamma(m)} loses every digit when {@code m = 1/alpha} is large (both terms are about {@code m ln
 * m}); an optimiser can then run off to a spurious "better" likelihood. Small counts use the finite
 * sums {@code sum_{j<y} ln(m + j)}, {@code sum 1/(m + j)}, {@code sum 1/(m + j)^2}; larger counts
 * use differences of Stirling series, after shifting {@code m} up to at least 10 by the recurrence
 * so that the series is accurate to rounding.
 */
final class GammaDifferences {
  /** Counts up to this use the finite sums: cheaper than the series and exact to rounding. */
  private static final int SMALL = 16;

  /** Stirling series below are accurate to about 1e-16 relative from here on. */
  private static final double SERIES_FROM = 10.0;

  private GammaDifferences() {}

  /**
   * Writes {@code lnG(y+m) - lnG(m)}, {@code psi(y+m) - psi(m)} and {@code psi'(y+m) - psi'(m)}
   * into {@code out[0..2]}.
   */
  static void eval(double y, double m, double[] out) {
    if (y == 0) {
      out[0] = 0;
      out[1] = 0;
      out[2] = 0;
      return;
    }
    if (y <= SMALL) {
      int n = (int) y;
      double s1 = 0;
      double s2 = 0;
      for (int j = 0; j < n; j++) {
        double r = 1.0 / (m + j);
        s1 += r;
        s2 += r * r;
      }
      double lg;
      if (m >= 1e-6) {
        // prod (1 + j/m) stays near 1 for large m, where ln(m + j) - ln m would cancel.
        double im = 1.0 / m;
        double prod = 1;
        for (int j = 1; j < n; j++) {
          prod *= 1 + j * im;
        }
        lg = y * Math.log(m) + Math.log(prod);
      } else {
        lg = 0;
        for (int j = 0; j < n; j++) {
          lg += Math.log(m + j);
        }
      }
      out[0] = lg;
      out[1] = s1;
      out[2] = -s2;
      return;
    }
    double lgShift = 0;
    double dgShift = 0;
    double tgShift = 0;
    double ms = m;
    double ys = y;
    if (ms < SERIES_FROM) {
      double prod = 1;
      while (ms < SERIES_FROM) {
        double r = 1.0 / ms;
        prod *= ms;
        dgShift += r;
        tgShift += r * r;
        ms += 1;
        ys -= 1;
      }
      lgShift = Math.log(prod);
    }
    double x1 = ms + ys;
    double ratio = ys / ms;
    double l1p = Math.log1p(ratio);
    out[0] =
        (ms - 0.5) * l1p
            + ys * Math.log(x1)
            - ys
            + (stirlingCorrection(x1) - stirlingCorrection(ms))
            + lgShift;
    out[1] = l1p + ys / (2 * ms * x1) + (digammaTail(x1) - digammaTail(ms)) + dgShift;
    out[2] = -ys / (ms * x1) + (trigammaTail(x1) - trigammaTail(ms)) - tgShift;
  }

  /** lnGamma(x) - ((x - 1/2) ln x - x + ln(2 pi)/2) for x >= 10. */
  private static double stirlingCorrection(double x) {
    double r = 1.0 / x;
    double r2 = r * r;
    return r
        * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 * (1.0 / 1188)))));
  }

  /** psi(x) - ln x + 1/(2x) for x >= 10. */
  private static double digammaTail(double x) {
    double r2 = 1.0 / (x * x);
    return -r2
        * (1.0 / 12 - r2 * (1.0 / 120 - r2 * (1.0 / 252 - r2 * (1.0 / 240 - r2 * (1.0 / 132)))));
  }

  /** psi'(x) - 1/x for x >= 10. */
  private static double trigammaTail(double x) {
    double r = 1.0 / x;
    double r2 = r * r;
    return r2
        * (0.5
            + r
                * (1.0 / 6
                    - r2 * (1.0 / 30 - r2 * (1.0 / 42 - r2 * (1.0 / 30 - r2 * (5.0 / 66))))));
  }
}
