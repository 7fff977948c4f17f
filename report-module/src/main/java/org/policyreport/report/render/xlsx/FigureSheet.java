package org.policyreport.report.render.xlsx;

import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.policyreport.report.chart.ChartSpec;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Vocabulary;

/**
 * Writes one figure on its own sheet: caption, the chart's data as a numeric table, a native Excel
 * chart drawn from that table to its right, then notes and source.
 */
final class FigureSheet {
  private static final int TOP = 2;
  private static final int CHART_COLUMNS = 9;
  private static final int CHART_ROWS = 22;

  /** Default Excel column width in character units, for the columns under the chart. */
  private static final double DEFAULT_COLUMN = 8.43;

  private FigureSheet() {}

  static void write(
      Figure f,
      XSSFSheet sheet,
      Styles styles,
      Vocabulary v,
      String contents,
      Consumer<String> warnings) {
    FigureData.Block data = FigureData.write(f.chart(), sheet, styles, v, TOP);
    int visible = data.columns();
    int chartCol = data.columns() + 1;
    double width = 0;
    for (int c = 0; c < visible; c++) {
      width += sheet.getColumnWidth(c) / 256.0;
    }
    width += DEFAULT_COLUMN * (CHART_COLUMNS + 1);
    int spanned = chartCol + CHART_COLUMNS;
    Sheets.paragraph(
        sheet,
        styles,
        0,
        spanned,
        width,
        Sheets.join(f.label(), f.caption()),
        Look.PLAIN.bold(true).size(11));
    if (data.rows() == 0) {
      warnings.accept(
          Sheets.join(f.label(), "(" + sheet.getSheetName() + "):")
              + " the figure has no data, so the sheet has no chart");
    } else {
      try {
        chart(f, sheet, data, chartCol);
      } catch (RuntimeException e) {
        warnings.accept(
            Sheets.join(f.label(), "(" + sheet.getSheetName() + "):")
                + " the chart could not be drawn natively ("
                + e.getMessage()
                + "); the sheet keeps its data");
      }
    }
    int r = Math.max(data.last() + 2, TOP + CHART_ROWS + 1);
    for (int i = 0; i < f.notes().size(); i++) {
      String prefix = i == 0 ? v.notePrefix() : "";
      Sheets.paragraph(
          sheet, styles, r++, spanned, width, prefix + f.notes().get(i), Look.PLAIN.size(9));
    }
    if (f.source() != null && !f.source().isBlank()) {
      Sheets.paragraph(
          sheet, styles, r++, spanned, width, v.sourcePrefix() + f.source(), Look.PLAIN.size(9));
    }
    Printing.setUp(sheet, v, width, null);
    sheet
        .getWorkbook()
        .setPrintArea(
            sheet.getWorkbook().getSheetIndex(sheet),
            0,
            spanned - 1,
            0,
            Math.max(r - 1, TOP + CHART_ROWS));
    Sheets.backLink(sheet, styles, spanned + 1, contents, v.contentsTitle());
  }

  private static void chart(Figure f, XSSFSheet sheet, FigureData.Block data, int col) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor =
        drawing.createAnchor(0, 0, 0, 0, col, TOP, col + CHART_COLUMNS, TOP + CHART_ROWS);
    XSSFChart chart = drawing.createChart(anchor);
    HelperColumns helpers = new HelperColumns(sheet, data.first());
    if (f.caption() != null && !f.caption().isBlank()) {
      chart.setTitleText(f.caption());
      chart.setTitleOverlay(false);
      chart.getTitle().getOrAddTextProperties().setFontSize(12.0);
    }
    if (f.altText() != null) {
      chart
          .getGraphicFrame()
          .getCTGraphicalObjectFrame()
          .getNvGraphicFramePr()
          .getCNvPr()
          .setDescr(f.altText());
    }
    ChartSpec spec = f.chart();
    if (spec instanceof ChartSpec.Bar) {
      Charts.bar(chart, sheet, (ChartSpec.Bar) spec, data);
    } else if (spec instanceof ChartSpec.Lines) {
      Charts.lines(chart, sheet, (ChartSpec.Lines) spec, data);
    } else if (spec instanceof ChartSpec.Coefficients) {
      PointCharts.coefficients(chart, sheet, (ChartSpec.Coefficients) spec, data, helpers);
    } else {
      PointCharts.scatter(chart, sheet, (ChartSpec.Scatter) spec, data, helpers);
    }
    // Hidden helper cells must still feed the chart.
    chart.setPlotOnlyVisibleCells(false);
  }
}
