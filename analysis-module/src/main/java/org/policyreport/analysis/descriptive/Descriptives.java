package org.policyreport.analysis.descriptive;

import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.VariableSummary;

/** N, mean, standard deviation (n - 1), minimum and maximum of a column, blanks left out. */
public final class Descriptives {
  private Descriptives() {}

  public static VariableSummary of(DataTable table, String column) {
    double[] x =
        java.util.Arrays.stream(table.numericAllowingBlanks(column))
            .filter(v -> !Double.isNaN(v))
            .toArray();
    int n = x.length;
    double mean = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      mean += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    mean /= n;
    // A square of a value beyond about 1e154 overflows; scaling by a power of two is exact, so the
    // deviations are squared at a safe scale without changing any digit of the result.
    double largest = Math.max(Math.abs(min), Math.abs(max));
    int shift = largest > 0x1p500 ? Math.getExponent(largest) : 0;
    double scaledMean = Math.scalb(mean, -shift);
    double ss = 0;
    for (double v : x) {
      double d = Math.scalb(v, -shift) - scaledMean;
      ss += d * d;
    }
    double sd = n > 1 ? Math.scalb(Math.sqrt(ss / (n - 1)), shift) : 0.0;
    return new VariableSummary(table.name(), column, n, mean, sd, n > 0 ? min : 0, n > 0 ? max : 0);
  }
}
