package org.policyreport.report.chart;

import java.awt.geom.Line2D;
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
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setDomainGridlinesVisible(false);
    JFreeChart chart =
        new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, spec.series().size() > 1);
    ChartStyle.apply(chart);
    // Each line has its own colour, marker and dash pattern, so the figure reads in greyscale;
    // a summary line (the mean of all units) is black, thicker, dashed and without markers.
    int own = 0;
    for (int i = 0; i < spec.series().size(); i++) {
      if (spec.series().get(i).summary()) {
        renderer.setSeriesPaint(i, ChartStyle.SUMMARY);
        renderer.setSeriesStroke(i, ChartStyle.summaryLine());
        renderer.setSeriesShapesVisible(i, false);
      } else {
        renderer.setSeriesPaint(i, ChartStyle.color(own));
        renderer.setSeriesStroke(i, ChartStyle.seriesLine(own));
        renderer.setSeriesShape(i, ChartStyle.marker(own));
        renderer.setSeriesShapesFilled(i, true);
        own++;
      }
    }
    // A longer legend line shows each dash pattern at least once.
    renderer.setLegendLine(new Line2D.Double(-12, 0, 12, 0));
    return chart;
  }
}
