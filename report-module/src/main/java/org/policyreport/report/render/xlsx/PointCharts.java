package org.policyreport.report.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTErrBars;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrBarType;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrValType;
import org.policyreport.report.chart.ChartSpec;

/**
 * Native charts of points: coefficient plots (estimates with interval bars around a reference line)
 * and labelled scatter plots with quadrant lines and names.
 */
final class PointCharts {
  private PointCharts() {}

  /**
   * Terms along the horizontal axis, each estimate a marker with custom error bars (lengths in
   * hidden formula cells that follow the bounds in the table), and the reference value as a dashed
   * line.
   */
  static void coefficients(
      XSSFChart chart,
      XSSFSheet sheet,
      ChartSpec.Coefficients spec,
      FigureData.Block data,
      HelperColumns helpers) {
    XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis val = chart.createValueAxis(AxisPosition.LEFT);
    val.setTitle(spec.valueAxis());
    val.setCrossBetween(AxisCrossBetween.BETWEEN);
    val.getOrAddMajorGridProperties().setLineProperties(ChartLook.line("D9D9D9", 0.5, false));
    cat.setTickLabelPosition(AxisTickLabelPosition.LOW);
    double[] span = span(spec);
    // A log axis only shows powers of ten; on a narrow range it would squash every interval.
    if (spec.logScale() && span[0] > 0 && span[1] / span[0] >= 10) {
      val.setLogBase(10);
    } else {
      scale(val, Axes.nice(span[0], span[1]));
    }
    XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, cat, val);
    lines.setVaryColors(false);
    var terms = XDDFDataSourcesFactory.fromStringCellRange(sheet, data.column(0));
    double[] ref = new double[data.rows()];
    java.util.Arrays.fill(ref, spec.reference());
    XDDFLineChartData.Series reference =
        (XDDFLineChartData.Series)
            lines.addSeries(
                terms, XDDFDataSourcesFactory.fromNumericCellRange(sheet, helpers.numbers(ref)));
    reference.setTitle(Double.toString(spec.reference()));
    reference.setMarkerStyle(MarkerStyle.NONE);
    reference.setSmooth(false);
    reference.setShapeProperties(ChartLook.lineOnly(ChartLook.GREY, 1, true));

    XDDFLineChartData.Series est =
        (XDDFLineChartData.Series)
            lines.addSeries(
                terms, XDDFDataSourcesFactory.fromNumericCellRange(sheet, data.column(1)));
    est.setTitle(spec.valueAxis(), data.title(1));
    est.setSmooth(false);
    est.setMarkerStyle(MarkerStyle.CIRCLE);
    ChartLook.marker(est.getCTLineSer().getMarker(), ChartLook.colour(0));
    est.setShapeProperties(noLine());
    errorBars(est.getCTLineSer().addNewErrBars(), sheet, spec, data, helpers);
    chart.plot(lines);
    chart.deleteLegend();
  }

  /**
   * Custom error bars, written as XML because POI's own error-bar object starts without the
   * elements its setters expect.
   */
  private static void errorBars(
      CTErrBars bars,
      XSSFSheet sheet,
      ChartSpec.Coefficients spec,
      FigureData.Block data,
      HelperColumns helpers) {
    int n = data.rows();
    String[] plus = new String[n];
    String[] minus = new String[n];
    Double[] plusValue = new Double[n];
    Double[] minusValue = new Double[n];
    for (int i = 0; i < n; i++) {
      int row = data.first() + i + 1;
      Double est = at(spec.estimates(), i);
      Double low = at(spec.lows(), i);
      Double high = at(spec.highs(), i);
      if (est != null && high != null) {
        plus[i] = "D" + row + "-B" + row;
        plusValue[i] = high - est;
      }
      if (est != null && low != null) {
        minus[i] = "B" + row + "-C" + row;
        minusValue[i] = est - low;
      }
    }
    bars.addNewErrDir().setVal(STErrDir.Y);
    bars.addNewErrBarType().setVal(STErrBarType.BOTH);
    bars.addNewErrValType().setVal(STErrValType.CUST);
    bars.addNewNoEndCap().setVal(false);
    bars.addNewPlus().addNewNumRef().setF(reference(sheet, helpers.formulas(plus, plusValue)));
    bars.addNewMinus().addNewNumRef().setF(reference(sheet, helpers.formulas(minus, minusValue)));
    bars.setSpPr(ChartLook.lineOnly(ChartLook.colour(0), 1.5, false).getXmlObject());
  }

  private static Double at(List<Double> values, int i) {
    return i < values.size() ? values.get(i) : null;
  }

  private static String reference(XSSFSheet sheet, CellRangeAddress range) {
    return Sheets.quote(sheet.getSheetName()) + "!" + range.formatAsString(null, true);
  }

  private static double[] span(ChartSpec.Coefficients spec) {
    double lo = spec.reference();
    double hi = spec.reference();
    List<Double> all = new ArrayList<>(spec.estimates());
    all.addAll(spec.lows());
    all.addAll(spec.highs());
    for (Double d : all) {
      if (d != null && Double.isFinite(d)) {
        lo = Math.min(lo, d);
        hi = Math.max(hi, d);
      }
    }
    // Room either side, so that the reference line does not sit on the plot's edge.
    double pad = (hi - lo) * 0.05;
    return new double[] {lo > 0 && lo - pad <= 0 ? lo / 2 : lo - pad, hi + pad};
  }

  private static void scale(XDDFChartAxis axis, Axes.Range r) {
    axis.setMinimum(r.min());
    axis.setMaximum(r.max());
    axis.setMajorUnit(r.step());
  }

  private static XDDFShapeProperties noLine() {
    XDDFShapeProperties p = new XDDFShapeProperties();
    p.setLineProperties(ChartLook.noLine());
    return p;
  }

  /**
   * One series per point so that each point carries its own label (the series name); the dividing
   * lines and the quadrant names are series of their own too.
   */
  static void scatter(
      XSSFChart chart,
      XSSFSheet sheet,
      ChartSpec.Scatter spec,
      FigureData.Block data,
      HelperColumns helpers) {
    XDDFValueAxis xa = chart.createValueAxis(AxisPosition.BOTTOM);
    XDDFValueAxis ya = chart.createValueAxis(AxisPosition.LEFT);
    xa.setTitle(spec.xAxis());
    ya.setTitle(spec.yAxis());
    ya.setCrossBetween(AxisCrossBetween.MIDPOINT_CATEGORY);
    xa.setCrosses(AxisCrosses.MIN);
    ya.setCrosses(AxisCrosses.MIN);
    Axes.Range x = bounds(spec, true);
    Axes.Range y = bounds(spec, false);
    scale(xa, x);
    scale(ya, y);
    XDDFScatterChartData sc = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, xa, ya);
    sc.setStyle(ScatterStyle.MARKER);
    sc.setVaryColors(false);
    if (spec.xLine() != null) {
      line(
          sc,
          sheet,
          helpers.numbers(spec.xLine(), spec.xLine()),
          helpers.numbers(y.min(), y.max()));
    }
    if (spec.yLine() != null) {
      line(
          sc,
          sheet,
          helpers.numbers(x.min(), x.max()),
          helpers.numbers(spec.yLine(), spec.yLine()));
    }
    for (int i = 0; i < spec.points().size(); i++) {
      int r = data.first() + i;
      XDDFScatterChartData.Series s =
          (XDDFScatterChartData.Series)
              sc.addSeries(
                  XDDFDataSourcesFactory.fromNumericCellRange(
                      sheet, new CellRangeAddress(r, r, 1, 1)),
                  XDDFDataSourcesFactory.fromNumericCellRange(
                      sheet, new CellRangeAddress(r, r, 2, 2)));
      s.setTitle(spec.points().get(i).label(), data.cell(r, 0));
      s.setMarkerStyle(MarkerStyle.CIRCLE);
      ChartLook.marker(s.getCTScatterSer().getMarker(), ChartLook.colour(0));
      s.setShapeProperties(noLine());
      ChartLook.seriesNameLabels(s.getCTScatterSer().addNewDLbls(), STDLblPos.R);
    }
    quadrantNames(sc, sheet, spec, x, y, helpers);
    chart.plot(sc);
    chart.deleteLegend();
  }

  private static void line(
      XDDFScatterChartData sc, XSSFSheet sheet, CellRangeAddress xs, CellRangeAddress ys) {
    XDDFScatterChartData.Series s =
        (XDDFScatterChartData.Series)
            sc.addSeries(
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, xs),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, ys));
    s.setTitle("");
    s.setMarkerStyle(MarkerStyle.NONE);
    s.setSmooth(false);
    s.setShapeProperties(ChartLook.lineOnly(ChartLook.GREY, 1, true));
  }

  /** Quadrant names in the order top-right, top-left, bottom-left, bottom-right. */
  private static void quadrantNames(
      XDDFScatterChartData sc,
      XSSFSheet sheet,
      ChartSpec.Scatter spec,
      Axes.Range x,
      Axes.Range y,
      HelperColumns helpers) {
    if (spec.quadrantNames().size() != 4) {
      return;
    }
    double xm = spec.xLine() != null ? spec.xLine() : (x.min() + x.max()) / 2;
    double ym = spec.yLine() != null ? spec.yLine() : (y.min() + y.max()) / 2;
    double inset = (y.max() - y.min()) * 0.05;
    double right = (xm + x.max()) / 2;
    double left = (x.min() + xm) / 2;
    CellRangeAddress xs = helpers.numbers(right, left, left, right);
    CellRangeAddress ys =
        helpers.numbers(y.max() - inset, y.max() - inset, y.min() + inset, y.min() + inset);
    for (int q = 0; q < 4; q++) {
      int r = xs.getFirstRow() + q;
      XDDFScatterChartData.Series s =
          (XDDFScatterChartData.Series)
              sc.addSeries(
                  XDDFDataSourcesFactory.fromNumericCellRange(
                      sheet, new CellRangeAddress(r, r, xs.getFirstColumn(), xs.getFirstColumn())),
                  XDDFDataSourcesFactory.fromNumericCellRange(
                      sheet, new CellRangeAddress(r, r, ys.getFirstColumn(), ys.getFirstColumn())));
      s.setTitle(spec.quadrantNames().get(q));
      s.setMarkerStyle(MarkerStyle.NONE);
      s.setShapeProperties(noLine());
      ChartLook.seriesNameLabels(s.getCTScatterSer().addNewDLbls(), STDLblPos.CTR);
    }
  }

  private static Axes.Range bounds(ChartSpec.Scatter spec, boolean isX) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (ChartSpec.Point p : spec.points()) {
      double v = isX ? p.x() : p.y();
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    Double line = isX ? spec.xLine() : spec.yLine();
    if (line != null) {
      lo = Math.min(lo, line);
      hi = Math.max(hi, line);
    }
    if (!Double.isFinite(lo)) {
      return new Axes.Range(0, 1, 0.2);
    }
    // Room around the points for their labels and the quadrant names.
    double pad = (hi - lo) * 0.2;
    return Axes.nice(lo - pad, hi + pad);
  }
}
