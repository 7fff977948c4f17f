package org.policyreport.report.chart;

import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds a line chart from a {@link ChartSpec.Lines}. A null value leaves a gap in its line; the x
 * axis shows whole numbers only (years).
 */
final class LineCharts {
  private LineCharts() {}

  static JFreeChart build(ChartSpec.Lines spec) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (ChartSpec.Series s : spec.series()) {
      // autoSort off and duplicates allowed: the spec's order is the drawing order.
      XYSeries series = new XYSeries(s.name(), false, true);
      for (int i = 0; i < spec.x().size(); i++) {
        Double v = i < s.values().size() ? s.values().get(i) : null;
        series.add(spec.x().get(i), v);
      }
      data.addSeries(series);
    }
    NumberAxis x = new NumberAxis(BarCharts.blankToNull(spec.xAxis()));
    x.setStandardTickUnits(ChartStyle.yearTicks());
    x.setAutoRangeIncludesZero(false);
    x.setLowerMargin(0.02);
    x.setUpperMargin(0.02);
    NumberAxis y = new NumberAxis(BarCharts.blankToNull(spec.yAxis()));
    y.setStandardTickUnits(ChartStyle.valueTicks());
    y.setAutoRangeIncludesZero(false);
    boolean few = spec.x().size() <= 15;
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, few);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setDomainGridlinesVisible(false);
    JFreeChart chart =
        new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, spec.series().size() > 1);
    ChartStyle.apply(chart);
    for (int i = 0; i < spec.series().size(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.color(i));
      renderer.setSeriesStroke(i, ChartStyle.line(i));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-2, -2, 4, 4));
    }
    return chart;
  }
}
