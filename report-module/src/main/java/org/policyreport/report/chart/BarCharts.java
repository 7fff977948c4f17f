package org.policyreport.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Builds a grouped bar chart from a {@link ChartSpec.Bar}. */
final class BarCharts {
  private BarCharts() {}

  static JFreeChart build(ChartSpec.Bar spec) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ChartSpec.Series s : spec.series()) {
      for (int i = 0; i < spec.categories().size(); i++) {
        Double v = i < s.values().size() ? s.values().get(i) : null;
        data.addValue(v, s.name(), spec.categories().get(i));
      }
    }
    CategoryAxis categories = new CategoryAxis(blankToNull(spec.categoryAxis()));
    categories.setCategoryMargin(spec.series().size() > 1 ? 0.25 : 0.35);
    categories.setLowerMargin(0.03);
    categories.setUpperMargin(0.03);
    categories.setMaximumCategoryLabelLines(2);
    NumberAxis values = new NumberAxis(blankToNull(spec.valueAxis()));
    values.setStandardTickUnits(ChartStyle.valueTicks());
    values.setUpperMargin(0.08);
    BarRenderer renderer = new BarRenderer();
    renderer.setItemMargin(0.04);
    renderer.setDrawBarOutline(false);
    CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
    plot.setOrientation(spec.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(true);
    if (!spec.horizontal() && spec.categories().size() > 8) {
      categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    JFreeChart chart =
        new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, spec.series().size() > 1);
    ChartStyle.apply(chart);
    for (int i = 0; i < spec.series().size(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.color(i));
    }
    return chart;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
