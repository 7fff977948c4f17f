package org.policyreport.report.render.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Vocabulary;

/**
 * Lists the report's boxes (the policy recommendations) on one sheet: each box's title, its status
 * text when its evidence does not hold, and its content as lines of text.
 */
final class RecommendationsSheet {
  private static final double TEXT_WIDTH = 62;
  private static final double STATUS_WIDTH = 28;

  private RecommendationsSheet() {}

  /**
   * @param heading the chapter the boxes are in, written above them; may be null
   */
  static void write(
      List<Box> boxes,
      XSSFSheet sheet,
      Styles styles,
      Vocabulary v,
      String heading,
      String contents) {
    sheet.setColumnWidth(0, TextWidth.column(TEXT_WIDTH));
    sheet.setColumnWidth(1, TextWidth.column(STATUS_WIDTH));
    int r = 0;
    if (heading != null) {
      XSSFRow hr = sheet.createRow(r);
      XSSFCell h = hr.createCell(0);
      h.setCellValue(heading);
      h.setCellStyle(styles.get(Look.PLAIN.bold(true).size(12)));
      hr.setHeightInPoints(18);
      r += 2;
    }
    for (Box box : boxes) {
      boolean warning = box.status() == Box.Status.WARNING;
      Look title = Look.PLAIN.bold(true).size(11).wrapped().top(BorderStyle.THIN);
      if (warning) {
        title = title.fill(Look.Fill.WARNING);
      }
      XSSFRow row = sheet.createRow(r++);
      XSSFCell t = row.createCell(0);
      t.setCellValue(box.title());
      t.setCellStyle(styles.get(title));
      XSSFCell status = row.createCell(1);
      status.setCellValue(warning && box.statusText() != null ? box.statusText() : "");
      status.setCellStyle(styles.get(title.size(Look.NORMAL_SIZE).wrapped()));
      row.setHeightInPoints(height(box.title(), 11, TEXT_WIDTH));
      for (BoxText.Line line : BoxText.lines(box.content(), v)) {
        XSSFRow lr = sheet.createRow(r++);
        XSSFCell c = lr.createCell(0);
        c.setCellValue(line.text());
        c.setCellStyle(styles.get(Look.PLAIN.wrapped().indent(line.depth() * 2)));
        lr.setHeightInPoints(height(line.text(), Look.NORMAL_SIZE, TEXT_WIDTH - line.depth() * 4));
      }
      r++;
    }
    Printing.setUp(sheet, v, TEXT_WIDTH + STATUS_WIDTH + 4, null);
    sheet
        .getWorkbook()
        .setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, 1, 0, Math.max(0, r - 1));
    Sheets.backLink(sheet, styles, 3, contents, v.contentsTitle());
  }

  private static float height(String text, int size, double width) {
    double chars = TextWidth.of(text, false) * size / Look.NORMAL_SIZE;
    int lines = Math.max(1, (int) Math.ceil(chars / width));
    return lines * (size + 4.5f);
  }
}
