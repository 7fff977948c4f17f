package org.policyreport.report.render.xlsx;

import java.util.List;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.policyreport.report.chart.ChartSpec;

/** Native Excel bar and line charts over the data table of a figure sheet. */
final class Charts {
  private Charts() {}

  static void bar(XSSFChart chart, XSSFSheet sheet, ChartSpec.Bar spec, FigureData.Block data) {
    AxisPosition catPos = spec.horizontal() ? AxisPosition.LEFT : AxisPosition.BOTTOM;
    XDDFCategoryAxis cat = chart.createCategoryAxis(catPos);
    XDDFValueAxis val =
        chart.createValueAxis(spec.horizontal() ? AxisPosition.BOTTOM : AxisPosition.LEFT);
    cat.setTitle(spec.categoryAxis());
    val.setTitle(spec.valueAxis());
    val.setCrossBetween(AxisCrossBetween.BETWEEN);
    val.getOrAddMajorGridProperties().setLineProperties(ChartLook.line("D9D9D9", 0.5, false));
    if (spec.horizontal()) {
      // Categories read top-down as in the data table; the value axis stays at the bottom.
      cat.setOrientation(AxisOrientation.MAX_MIN);
      val.setCrosses(AxisCrosses.MAX);
    }
    XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, cat, val);
    bars.setBarDirection(spec.horizontal() ? BarDirection.BAR : BarDirection.COL);
    bars.setVaryColors(false);
    bars.setGapWidth(80);
    var categories = XDDFDataSourcesFactory.fromStringCellRange(sheet, data.column(0));
    for (int s = 0; s < spec.series().size(); s++) {
      XDDFChartData.Series series =
          bars.addSeries(
              categories, XDDFDataSourcesFactory.fromNumericCellRange(sheet, data.column(s + 1)));
      series.setTitle(spec.series().get(s).name(), data.title(s + 1));
      series.setShapeProperties(ChartLook.solid(ChartLook.colour(s)));
    }
    chart.plot(bars);
    legend(chart, spec.series().size());
  }

  /**
   * Lines over x. Evenly spaced x values (years) make a line chart; uneven ones a scatter chart
   * with lines, so that the distances between x values stay true.
   */
  static void lines(XSSFChart chart, XSSFSheet sheet, ChartSpec.Lines spec, FigureData.Block data) {
    chart.displayBlanksAs(DisplayBlanks.GAP);
    if (!evenlySpaced(spec.x())) {
      scatterLines(chart, sheet, spec, data);
      return;
    }
    XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis val = chart.createValueAxis(AxisPosition.LEFT);
    cat.setTitle(spec.xAxis());
    val.setTitle(spec.yAxis());
    val.getOrAddMajorGridProperties().setLineProperties(ChartLook.line("D9D9D9", 0.5, false));
    XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, cat, val);
    lines.setVaryColors(false);
    var x = XDDFDataSourcesFactory.fromNumericCellRange(sheet, data.column(0));
    int own = 0;
    for (int s = 0; s < spec.series().size(); s++) {
      XDDFLineChartData.Series series =
          (XDDFLineChartData.Series)
              lines.addSeries(
                  x, XDDFDataSourcesFactory.fromNumericCellRange(sheet, data.column(s + 1)));
      ChartSpec.Series one = spec.series().get(s);
      series.setTitle(one.name(), data.title(s + 1));
      series.setSmooth(false);
      if (one.summary()) {
        summary(series);
        series.setMarkerStyle(MarkerStyle.NONE);
      } else {
        series.setMarkerStyle(ChartLook.markerStyle(own));
        series.setShapeProperties(ChartLook.seriesLine(ChartLook.colour(own), own));
        ChartLook.marker(series.getCTLineSer().getMarker(), ChartLook.colour(own));
        own++;
      }
    }
    chart.plot(lines);
    legend(chart, spec.series().size());
  }

  /** The mean of all units: black, thicker and dashed, as in the report's image. */
  private static void summary(XDDFChartData.Series series) {
    series.setShapeProperties(ChartLook.summaryLine());
  }

  private static void scatterLines(
      XSSFChart chart, XSSFSheet sheet, ChartSpec.Lines spec, FigureData.Block data) {
    XDDFValueAxis xa = chart.createValueAxis(AxisPosition.BOTTOM);
    XDDFValueAxis ya = chart.createValueAxis(AxisPosition.LEFT);
    xa.setTitle(spec.xAxis());
    ya.setTitle(spec.yAxis());
    ya.setCrossBetween(AxisCrossBetween.MIDPOINT_CATEGORY);
    XDDFScatterChartData sc = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, xa, ya);
    sc.setStyle(ScatterStyle.LINE_MARKER);
    sc.setVaryColors(false);
    var x = XDDFDataSourcesFactory.fromNumericCellRange(sheet, data.column(0));
    int own = 0;
    for (int s = 0; s < spec.series().size(); s++) {
      XDDFScatterChartData.Series series =
          (XDDFScatterChartData.Series)
              sc.addSeries(
                  x, XDDFDataSourcesFactory.fromNumericCellRange(sheet, data.column(s + 1)));
      ChartSpec.Series one = spec.series().get(s);
      series.setTitle(one.name(), data.title(s + 1));
      series.setSmooth(false);
      if (one.summary()) {
        summary(series);
        series.setMarkerStyle(MarkerStyle.NONE);
      } else {
        series.setMarkerStyle(ChartLook.markerStyle(own));
        series.setShapeProperties(ChartLook.seriesLine(ChartLook.colour(own), own));
        own++;
      }
    }
    chart.plot(sc);
    legend(chart, spec.series().size());
  }

  static boolean evenlySpaced(List<Double> x) {
    for (Double d : x) {
      if (d == null) {
        return false;
      }
    }
    if (x.size() < 3) {
      return true;
    }
    double step = x.get(1) - x.get(0);
    for (int i = 2; i < x.size(); i++) {
      if (Math.abs(x.get(i) - x.get(i - 1) - step) > 1e-9 * Math.max(1, Math.abs(step))) {
        return false;
      }
    }
    return step > 0;
  }

  static void legend(XSSFChart chart, int series) {
    if (series > 1) {
      chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    } else {
      chart.deleteLegend();
    }
  }
}
