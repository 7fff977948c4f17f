package org.policyreport.report.render.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.policyreport.report.document.PlainText;
import org.policyreport.report.document.Vocabulary;

/**
 * Writes a caller's {@link DataSheet} as a plain rectangle: one header row, then one row per
 * observation, numbers as numbers, so that other programs read the sheet back as it is.
 */
final class DataSheets {
  /** Rows looked at when estimating column widths; more would only cost time. */
  private static final int WIDTH_SAMPLE = 500;

  private DataSheets() {}

  static void write(DataSheet data, XSSFSheet sheet, Styles styles, Vocabulary v) {
    Look head =
        Look.PLAIN
            .bold(true)
            .align(HorizontalAlignment.CENTER)
            .bottom(BorderStyle.THIN)
            .fill(Look.Fill.HEADER);
    XSSFRow hr = sheet.createRow(0);
    double total = 0;
    for (int c = 0; c < data.columns().size(); c++) {
      DataSheet.Column col = data.columns().get(c);
      XSSFCell cell = hr.createCell(c);
      cell.setCellValue(PlainText.clean(col.name()));
      cell.setCellStyle(styles.get(head));
      double w = TextWidth.of(col.name(), true);
      for (int r = 0; r < Math.min(WIDTH_SAMPLE, col.size()); r++) {
        w =
            Math.max(
                w,
                col.isNumeric()
                    ? numberWidth(col.numbers().get(r))
                    : TextWidth.of(col.texts().get(r), false));
      }
      int width = TextWidth.column(w);
      sheet.setColumnWidth(c, width);
      total += width / 256.0;
    }
    var plain = styles.get(Look.PLAIN);
    for (int r = 0; r < data.rowCount(); r++) {
      XSSFRow row = sheet.createRow(r + 1);
      for (int c = 0; c < data.columns().size(); c++) {
        DataSheet.Column col = data.columns().get(c);
        if (col.isNumeric()) {
          Double d = col.numbers().get(r);
          if (d != null && Double.isFinite(d)) {
            XSSFCell cell = row.createCell(c);
            cell.setCellValue(d);
            cell.setCellStyle(plain);
          }
        } else if (col.texts().get(r) != null) {
          XSSFCell cell = row.createCell(c);
          cell.setCellValue(PlainText.clean(col.texts().get(r)));
          cell.setCellStyle(plain);
        }
      }
    }
    if (!data.columns().isEmpty()) {
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(
          new CellRangeAddress(0, Math.max(0, data.rowCount()), 0, data.columns().size() - 1));
    }
    Printing.setUp(sheet, v, total, new int[] {0, 0});
  }

  private static double numberWidth(Double d) {
    if (d == null) {
      return 0;
    }
    // Excel's General format shows up to about 11 significant characters.
    return Math.min(12, Double.toString(d).replace(".0", "").length());
  }
}
