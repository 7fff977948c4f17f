package org.policyreport.report.render.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Hidden columns far right of a figure sheet that hold what a chart draws but a reader does not
 * need to see (reference lines, label positions, error-bar lengths). Charts refer to cells rather
 * than to numbers stored in the chart, because LibreOffice ignores the latter.
 */
final class HelperColumns {
  /** Well right of the data table, the chart and the printed area. */
  static final int FIRST = 40;

  private final XSSFSheet sheet;
  private final int top;
  private int next = FIRST;

  HelperColumns(XSSFSheet sheet, int top) {
    this.sheet = sheet;
    this.top = top;
  }

  CellRangeAddress numbers(double... values) {
    int col = next++;
    for (int i = 0; i < values.length; i++) {
      cell(top + i, col).setCellValue(values[i]);
    }
    sheet.setColumnHidden(col, true);
    return new CellRangeAddress(top, top + values.length - 1, col, col);
  }

  /** Formula cells with their results cached, for readers that do not recalculate. */
  CellRangeAddress formulas(String[] formulas, Double[] results) {
    int col = next++;
    for (int i = 0; i < formulas.length; i++) {
      XSSFCell c = cell(top + i, col);
      if (formulas[i] != null && results[i] != null) {
        c.setCellFormula(formulas[i]);
        c.setCellValue(results[i]);
      }
    }
    sheet.setColumnHidden(col, true);
    return new CellRangeAddress(top, top + formulas.length - 1, col, col);
  }

  private XSSFCell cell(int r, int c) {
    XSSFRow row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
    return row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
  }
}
