package org.policyreport.report.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Builds a dot-and-whisker plot from a {@link ChartSpec.Coefficients}: one row per term, first term
 * on top, a dot at the estimate, a whisker over the interval and a vertical line at the reference
 * value. On a log scale the data are drawn as logarithms with ticks at round ratios.
 */
final class CoefficientCharts {
  private CoefficientCharts() {}

  static JFreeChart build(ChartSpec.Coefficients spec) {
    boolean log = spec.logScale();
    XYIntervalSeries series = new XYIntervalSeries("estimates");
    double lo = spec.reference();
    double hi = spec.reference();
    int n = spec.terms().size();
    for (int i = 0; i < n; i++) {
      double est = spec.estimates().get(i);
      double low = Math.min(spec.lows().get(i), est);
      double high = Math.max(spec.highs().get(i), est);
      lo = Math.min(lo, low);
      hi = Math.max(hi, high);
      series.add(t(est, log), t(low, log), t(high, log), i, i, i);
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(series);

    ValueAxis x;
    if (log) {
      x = new RatioAxis(BarCharts.blankToNull(spec.valueAxis()));
    } else {
      NumberAxis nx = new NumberAxis(BarCharts.blankToNull(spec.valueAxis()));
      nx.setStandardTickUnits(ChartStyle.valueTicks());
      x = nx;
    }
    double a = t(lo, log);
    double b = t(hi, log);
    double pad = b > a ? (b - a) * 0.06 : 0.1;
    x.setRange(a - pad, b + pad);

    SymbolAxis y = new SymbolAxis(null, spec.terms().toArray(new String[0]));
    y.setInverted(true);
    y.setRange(-0.6, n - 0.4);
    y.setGridBandsVisible(false);

    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(true);
    renderer.setDrawYError(false);
    renderer.setDefaultLinesVisible(false);
    renderer.setCapLength(5.0);
    renderer.setErrorStroke(new BasicStroke(1.2f));
    renderer.setErrorPaint(ChartStyle.color(0));
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setRangeGridlinesVisible(false);
    plot.setDomainGridlinesVisible(true);
    ValueMarker ref = new ValueMarker(t(spec.reference(), log));
    ref.setPaint(ChartStyle.REFERENCE);
    ref.setStroke(ChartStyle.dashed());
    plot.addDomainMarker(ref);
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    ChartStyle.apply(chart);
    y.setTickLabelFont(ChartFonts.regular(ChartStyle.TEXT));
    y.setAxisLineVisible(false);
    y.setTickMarksVisible(false);
    renderer.setSeriesPaint(0, ChartStyle.color(0));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    return chart;
  }

  private static double t(double v, boolean log) {
    if (!log) {
      return v;
    }
    // A non-positive bound cannot be drawn on a log scale; clamp it to a tiny ratio.
    return Math.log(Math.max(v, 1e-12));
  }
}
