package org.policyreport.analysis.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds for the CSV files exactly (decimal, half-even), so that the text never depends on a
 * formatter.
 */
final class Decimals {
  private Decimals() {}

  /** {@code x} rounded to {@code places} decimals, as a double (the value the CSV will show). */
  static double round(double x, int places) {
    return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** {@code x} rounded to {@code places} decimals, as plain text ("12.340"). */
  static String text(double x, int places) {
    String s = new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    return s.startsWith("-") && new BigDecimal(s).signum() == 0 ? s.substring(1) : s;
  }
}
