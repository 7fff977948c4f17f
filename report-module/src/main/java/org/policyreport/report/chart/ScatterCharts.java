package org.policyreport.report.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds a labelled scatter plot from a {@link ChartSpec.Scatter}, with dashed dividing lines and
 * the quadrant names in the corners (an importance–performance matrix).
 */
final class ScatterCharts {
  private static final Color QUADRANT = new Color(0x8A, 0x8A, 0x8A);

  private ScatterCharts() {}

  static JFreeChart build(ChartSpec.Scatter spec) {
    XYSeries series = new XYSeries("points", false, true);
    double x0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (ChartSpec.Point p : spec.points()) {
      series.add(p.x(), p.y());
      x0 = Math.min(x0, p.x());
      x1 = Math.max(x1, p.x());
      y0 = Math.min(y0, p.y());
      y1 = Math.max(y1, p.y());
    }
    if (spec.xLine() != null) {
      x0 = Math.min(x0, spec.xLine());
      x1 = Math.max(x1, spec.xLine());
    }
    if (spec.yLine() != null) {
      y0 = Math.min(y0, spec.yLine());
      y1 = Math.max(y1, spec.yLine());
    }
    if (!(x0 <= x1)) {
      x0 = 0;
      x1 = 1;
    }
    if (!(y0 <= y1)) {
      y0 = 0;
      y1 = 1;
    }
    double dx = x1 > x0 ? x1 - x0 : 1;
    double dy = y1 > y0 ? y1 - y0 : 1;
    // Room around the points for their labels and at the top and bottom for the quadrant names.
    double xl = x0 - dx * 0.12;
    double xh = x1 + dx * 0.12;
    // (a band as tall as two label lines above the highest point keeps its label clear of them).
    double yl = y0 - dy * 0.18;
    double yh = y1 + dy * 0.3;

    XYSeriesCollection data = new XYSeriesCollection(series);
    NumberAxis x = new NumberAxis(BarCharts.blankToNull(spec.xAxis()));
    x.setStandardTickUnits(ChartStyle.valueTicks());
    x.setRange(xl, xh);
    NumberAxis y = new NumberAxis(BarCharts.blankToNull(spec.yAxis()));
    y.setStandardTickUnits(ChartStyle.valueTicks());
    y.setRange(yl, yh);

    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    if (spec.xLine() != null) {
      plot.addDomainMarker(marker(spec.xLine()));
    }
    if (spec.yLine() != null) {
      plot.addRangeMarker(marker(spec.yLine()));
    }
    java.util.List<double[]> dividers = new java.util.ArrayList<>();
    if (spec.xLine() != null) {
      dividers.add(new double[] {0, spec.xLine()});
    }
    if (spec.yLine() != null) {
      dividers.add(new double[] {1, spec.yLine()});
    }
    plot.addAnnotation(
        new PointLabels(
            spec.points(),
            spec.quadrantNames(),
            dividers,
            ChartFonts.regular(ChartStyle.SMALL),
            ChartFonts.bold(ChartStyle.TEXT),
            ChartStyle.INK,
            QUADRANT));
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    ChartStyle.apply(chart);
    renderer.setSeriesPaint(0, ChartStyle.color(0));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
    return chart;
  }

  private static ValueMarker marker(double at) {
    ValueMarker m = new ValueMarker(at);
    m.setPaint(ChartStyle.REFERENCE);
    m.setStroke(ChartStyle.dashed());
    return m;
  }
}
