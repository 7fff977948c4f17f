package org.policyreport.report.figures;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.PanelSeries;
import org.policyreport.contract.SurveyItemResult;
import org.policyreport.contract.SurveyResult;
import org.policyreport.report.chart.ChartSpec;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.tables.RegressionTable;
import org.policyreport.report.template.ReportContext;

/** The report's figure types, each a chart specification made from results. */
public final class Figures {
  private Figures() {}

  /**
   * Incidence-rate ratios of a count model's regressors with 95 % intervals, each per the
   * regressor's presentation scale as in the regression table (a ratio per 1,000 venture firms, not
   * per firm, which would sit on the no-effect line).
   */
  public static ChartSpec irr(ReportContext ctx, ModelResult m) {
    List<String> terms = new ArrayList<>();
    List<Double> est = new ArrayList<>();
    List<Double> lo = new ArrayList<>();
    List<Double> hi = new ArrayList<>();
    for (Coefficient c : m.irr()) {
      // The period dummies of time effects are controls; the plot is about the regressors.
      if (c.term().equals("_cons") || ctx.isTimeDummy(m, c.term())) {
        continue;
      }
      double scale = ctx.scale(c.term());
      if (scale != 1.0) {
        c = RegressionTable.shown(m, c.equation(), c.term(), true, scale);
      }
      terms.add(ctx.scaledVariable(c.term()));
      est.add(c.coef());
      lo.add(c.ciLow());
      hi.add(c.ciHigh());
    }
    if (terms.isEmpty()) {
      throw new DocumentException("model '" + m.id() + "' has no incidence-rate ratios to plot");
    }
    return new ChartSpec.Coefficients(ctx.words().get("axis.irr"), terms, est, lo, hi, 1.0, true);
  }

  /** The value of a variable in one period (the last by default) by unit, largest first. */
  public static ChartSpec regions(ReportContext ctx, PanelSeries s, Integer period) {
    int t = period == null ? s.periods().size() - 1 : s.periods().indexOf(period);
    if (t < 0) {
      throw new DocumentException("series " + s.variable() + " has no period " + period);
    }
    List<String> names = ctx.unitNames(s);
    List<Integer> order = s.unitsByValueAt(t);
    List<String> categories = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int u : order) {
      categories.add(names.get(u));
      values.add(s.values().get(u).get(t));
    }
    String period0 = Integer.toString(s.periods().get(t));
    return new ChartSpec.Bar(
        axis(ctx, ctx.settings().study().unit(), "axis.region"),
        ctx.variable(s.variable()),
        categories,
        List.of(new ChartSpec.Series(period0, values)),
        true);
  }

  /**
   * The variable over time: the mean over all units plus the {@code top} units with the largest
   * values in the last period, so the figure stays readable.
   */
  public static ChartSpec trend(ReportContext ctx, PanelSeries s, int top) {
    List<String> names = ctx.unitNames(s);
    List<Integer> order = s.unitsByValueAt(s.periods().size() - 1);
    List<ChartSpec.Series> series = new ArrayList<>();
    List<Double> mean = new ArrayList<>();
    for (int t = 0; t < s.periods().size(); t++) {
      mean.add(s.meanAt(t));
    }
    series.add(new ChartSpec.Series(ctx.words().get("series.mean"), mean, true));
    for (int i = 0; i < Math.min(top, order.size()); i++) {
      int u = order.get(i);
      series.add(new ChartSpec.Series(names.get(u), s.values().get(u)));
    }
    List<Double> x = s.periods().stream().map(Integer::doubleValue).toList();
    return new ChartSpec.Lines(
        axis(ctx, ctx.settings().study().period(), "axis.year"),
        ctx.variable(s.variable()),
        x,
        series);
  }

  /**
   * One unit's series against the mean of all units, for a brief: two lines, the mean dashed. A
   * unit observed only from a later period (a region founded later) starts there.
   */
  public static ChartSpec unitTrend(ReportContext ctx, PanelSeries s, String unit) {
    int u = s.units().indexOf(unit);
    if (u < 0) {
      throw new org.policyreport.report.document.DocumentException(
          "the series of '" + s.variable() + "' has no unit '" + unit + "'");
    }
    List<Double> mean = new ArrayList<>();
    for (int t = 0; t < s.periods().size(); t++) {
      mean.add(s.meanAt(t));
    }
    List<ChartSpec.Series> series =
        List.of(
            new ChartSpec.Series(ctx.words().get("series.mean"), mean, true),
            new ChartSpec.Series(ctx.unitNames(s).get(u), s.values().get(u)));
    List<Double> x = s.periods().stream().map(Integer::doubleValue).toList();
    return new ChartSpec.Lines(
        axis(ctx, ctx.settings().study().period(), "axis.year"),
        ctx.variable(s.variable()),
        x,
        series);
  }

  /** Importance–performance matrix: items at (performance, importance) with grand-mean lines. */
  public static ChartSpec ipa(ReportContext ctx, SurveyResult survey) {
    List<ChartSpec.Point> points = new ArrayList<>();
    double mi = 0;
    double mp = 0;
    for (SurveyItemResult it : survey.items()) {
      points.add(new ChartSpec.Point(ctx.itemLabel(it), it.performanceMean(), it.importanceMean()));
      mi += it.importanceMean();
      mp += it.performanceMean();
    }
    int k = survey.items().size();
    var w = ctx.words();
    return new ChartSpec.Scatter(
        w.get("axis.performance"),
        w.get("axis.importance"),
        points,
        mp / k,
        mi / k,
        List.of(
            w.get("quadrant.keep_up"),
            w.get("quadrant.concentrate_here"),
            w.get("quadrant.low_priority"),
            w.get("quadrant.possible_overkill")));
  }

  /**
   * The notes under a figure: the author's, then what the chart itself needs said. An
   * importance–performance matrix says that its quadrants describe ratings, so that an item named
   * after a real budget account is not read as a verdict on it.
   */
  public static List<String> notes(ReportContext ctx, ChartSpec chart, List<String> notes) {
    List<String> out = new ArrayList<>(notes);
    if (chart instanceof ChartSpec.Scatter s && !s.quadrantNames().isEmpty()) {
      out.add(ctx.words().get("note.ipaCaveat"));
    }
    return out;
  }

  /** An axis title from the config's word for units or periods ("Region"), else the neutral one. */
  private static String axis(
      ReportContext ctx, org.policyreport.report.config.Text label, String key) {
    if (label == null) {
      return ctx.words().get(key);
    }
    String w = label.in(ctx.language());
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
