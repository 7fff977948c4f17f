package org.policyreport.report.render.xlsx;

/** Axis ranges that end on round numbers, with a round step between tick marks. */
final class Axes {
  /** Minimum, maximum and major step. */
  record Range(double min, double max, double step) {}

  private Axes() {}

  /** A range around [lo, hi] with about five steps of 1, 2, 2.5 or 5 times a power of ten. */
  static Range nice(double lo, double hi) {
    if (!(hi > lo)) {
      double pad = Math.max(1e-3, Math.abs(hi) * 0.1);
      lo -= pad;
      hi += pad;
    }
    double raw = (hi - lo) / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag * 10;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * mag >= raw) {
        step = m * mag;
        break;
      }
    }
    double min = Math.floor(lo / step + 1e-9) * step;
    double max = Math.ceil(hi / step - 1e-9) * step;
    return new Range(round(min, step), round(max, step), step);
  }

  /** Removes the binary noise of floor/ceil times step (2.7000000000000002). */
  private static double round(double v, double step) {
    int digits = Math.max(0, (int) Math.ceil(-Math.log10(step)) + 2);
    return new java.math.BigDecimal(v)
        .setScale(digits, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }
}
