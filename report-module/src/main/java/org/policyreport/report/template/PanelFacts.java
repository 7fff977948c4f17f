package org.policyreport.report.template;

import java.util.List;
import org.policyreport.contract.PanelSeries;
import org.policyreport.contract.VariableSummary;
import org.policyreport.report.format.NumberStyle;

/** Facts about the data themselves: summaries of a variable and its regional and time pattern. */
public final class PanelFacts {
  private final ReportContext ctx;
  private final NumberStyle f;

  PanelFacts(ReportContext ctx) {
    this.ctx = ctx;
    this.f = ctx.numbers();
  }

  /** A variable's summary with text in a precision that suits its magnitude. */
  public record Descriptive(
      String variable,
      String label,
      int n,
      String nText,
      String meanText,
      String sdText,
      String minText,
      String maxText) {}

  /**
   * A variable over units and periods: the unit mean in the first and last period, and the units
   * with the highest and lowest values in the last period.
   *
   * @param unitsLast units with a value in the last period
   * @param topToBottomText ratio of the highest to the lowest value in the last period
   */
  public record Series(
      String variable,
      String label,
      int firstPeriod,
      int lastPeriod,
      int unitsLast,
      String meanFirstText,
      String meanLastText,
      String meanChangePercentText,
      boolean meanRising,
      String top,
      String topText,
      String second,
      String secondText,
      String bottom,
      String bottomText,
      String topToBottomText) {}

  Descriptive summary(String data, String variable) {
    for (VariableSummary v : ctx.results().descriptives()) {
      if (v.data().equals(data) && v.variable().equals(variable)) {
        int d = decimals(Math.max(Math.abs(v.mean()), Math.abs(v.max())));
        return new Descriptive(
            variable,
            ctx.variable(variable),
            v.n(),
            f.integer(v.n()),
            f.num(v.mean(), d),
            f.num(v.sd(), d),
            f.num(v.min(), d),
            f.num(v.max(), d));
      }
    }
    return null;
  }

  Series series(PanelSeries s) {
    int first = 0;
    int last = s.periods().size() - 1;
    List<String> names = ctx.unitNames(s);
    List<Integer> order = s.unitsByValueAt(last);
    double m0 = mean(s, first);
    double m1 = mean(s, last);
    int d = decimals(Math.abs(m1));
    int top = order.get(0);
    int second = order.size() > 1 ? order.get(1) : top;
    int bottom = order.get(order.size() - 1);
    double vTop = s.values().get(top).get(last);
    double vBottom = s.values().get(bottom).get(last);
    return new Series(
        s.variable(),
        ctx.variable(s.variable()),
        s.periods().get(first),
        s.periods().get(last),
        order.size(),
        f.num(m0, d),
        f.num(m1, d),
        f.num(Math.abs(m1 / m0 - 1) * 100.0, 1),
        m1 > m0,
        names.get(top),
        f.num(vTop, d),
        names.get(second),
        f.num(s.values().get(second).get(last), d),
        names.get(bottom),
        f.num(vBottom, d),
        vBottom > 0 ? f.num(vTop / vBottom, 1) : "–");
  }

  private static double mean(PanelSeries s, int t) {
    Double m = s.meanAt(t);
    return m == null ? Double.NaN : m;
  }

  /** Fewer decimals for large magnitudes, as in the descriptives table. */
  private static int decimals(double magnitude) {
    return magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : 2;
  }
}
