package org.policyreport.report.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.policyreport.report.chart.ChartSpec;
import org.policyreport.report.document.Vocabulary;

/**
 * Writes a chart's data as a small numeric table (header row, one row per category, x value, term
 * or point), which the native chart then plots by cell reference.
 */
final class FigureData {
  /** Where the table went: header row, first and last data row (0-based), number of columns. */
  record Block(String sheet, int header, int first, int last, int columns) {
    CellRangeAddress column(int c) {
      return new CellRangeAddress(first, last, c, c);
    }

    /** The cell holding the name of column {@code c}, e.g. a series name. */
    CellReference title(int c) {
      return new CellReference(sheet, header, c, true, true);
    }

    CellReference cell(int row, int c) {
      return new CellReference(sheet, row, c, true, true);
    }

    int rows() {
      return last - first + 1;
    }
  }

  private FigureData() {}

  static Block write(ChartSpec spec, XSSFSheet sheet, Styles styles, Vocabulary v, int top) {
    List<String> header = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    if (spec instanceof ChartSpec.Bar) {
      ChartSpec.Bar b = (ChartSpec.Bar) spec;
      header.add(b.categoryAxis());
      b.series().forEach(s -> header.add(s.name()));
      for (int i = 0; i < b.categories().size(); i++) {
        rows.add(row(b.categories().get(i), b.series(), i));
      }
    } else if (spec instanceof ChartSpec.Lines) {
      ChartSpec.Lines l = (ChartSpec.Lines) spec;
      header.add(l.xAxis());
      l.series().forEach(s -> header.add(s.name()));
      for (int i = 0; i < l.x().size(); i++) {
        rows.add(row(l.x().get(i), l.series(), i));
      }
    } else if (spec instanceof ChartSpec.Coefficients) {
      ChartSpec.Coefficients c = (ChartSpec.Coefficients) spec;
      header.addAll(List.of("", c.valueAxis(), v.intervalLow(), v.intervalHigh()));
      for (int i = 0; i < c.terms().size(); i++) {
        rows.add(
            new Object[] {
              c.terms().get(i), at(c.estimates(), i), at(c.lows(), i), at(c.highs(), i)
            });
      }
    } else {
      ChartSpec.Scatter s = (ChartSpec.Scatter) spec;
      header.addAll(List.of("", s.xAxis(), s.yAxis()));
      for (ChartSpec.Point p : s.points()) {
        rows.add(new Object[] {p.label(), p.x(), p.y()});
      }
    }
    Look head =
        Look.PLAIN
            .bold(true)
            .align(HorizontalAlignment.CENTER)
            .borders(BorderStyle.THIN, BorderStyle.THIN, BorderStyle.NONE, BorderStyle.NONE)
            .fill(Look.Fill.HEADER)
            .wrapped();
    XSSFRow hr = sheet.createRow(top);
    for (int c = 0; c < header.size(); c++) {
      XSSFCell cell = hr.createCell(c);
      cell.setCellValue(header.get(c) == null ? "" : header.get(c));
      cell.setCellStyle(styles.get(head));
    }
    for (int r = 0; r < rows.size(); r++) {
      XSSFRow xr = sheet.createRow(top + 1 + r);
      Object[] values = rows.get(r);
      for (int c = 0; c < values.length; c++) {
        XSSFCell cell = xr.createCell(c);
        Look look = Look.PLAIN;
        if (r == rows.size() - 1) {
          look = look.bottom(BorderStyle.THIN);
        }
        if (values[c] instanceof Double) {
          cell.setCellValue((Double) values[c]);
        } else if (values[c] != null) {
          cell.setCellValue(values[c].toString());
        }
        cell.setCellStyle(styles.get(look));
      }
    }
    widths(sheet, header, rows);
    return new Block(sheet.getSheetName(), top, top + 1, top + rows.size(), header.size());
  }

  private static Object[] row(Object first, List<ChartSpec.Series> series, int i) {
    Object[] out = new Object[series.size() + 1];
    out[0] = first;
    for (int s = 0; s < series.size(); s++) {
      out[s + 1] = at(series.get(s).values(), i);
    }
    return out;
  }

  private static Double at(List<Double> values, int i) {
    return i < values.size() ? values.get(i) : null;
  }

  private static void widths(XSSFSheet sheet, List<String> header, List<Object[]> rows) {
    for (int c = 0; c < header.size(); c++) {
      double w = Math.min(24, TextWidth.of(header.get(c), true));
      for (Object[] r : rows) {
        if (c < r.length && r[c] instanceof String) {
          w = Math.max(w, TextWidth.of((String) r[c], false));
        } else if (c < r.length && r[c] != null) {
          w = Math.max(w, 10);
        }
      }
      sheet.setColumnWidth(c, TextWidth.column(w));
    }
  }
}
