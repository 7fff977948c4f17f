package org.policyreport.report.render.xlsx;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.policyreport.report.document.Metadata;
import org.policyreport.report.document.Vocabulary;

/**
 * The first sheet: what the workbook is (title, date, the synthetic-data notice) and a linked list
 * of every other sheet, grouped under the chapters they come from.
 */
final class ContentsSheet {
  /** A line of the list: a chapter heading (no sheet) or a sheet with its label and caption. */
  record Entry(String label, String caption, String sheet) {
    static Entry heading(String text) {
      return new Entry(text, null, null);
    }
  }

  private static final double MAX_CAPTION = 80;

  private ContentsSheet() {}

  static void write(
      XSSFSheet sheet,
      Styles styles,
      Metadata m,
      Vocabulary v,
      String notice,
      List<Entry> entries) {
    int r = 0;
    r = line(sheet, styles, r, m.title(), Look.PLAIN.bold(true).size(14));
    r = line(sheet, styles, r, m.subtitle(), Look.PLAIN.size(11));
    r = line(sheet, styles, r, Sheets.join(m.organization(), m.dateText()), Look.PLAIN);
    if (notice != null) {
      int at = r;
      r = line(sheet, styles, r, notice, Look.PLAIN.bold(true).fill(Look.Fill.WARNING));
      sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(at, at, 0, 1));
    }
    r++;
    r = line(sheet, styles, r, v.contentsTitle(), Look.PLAIN.bold(true).size(12));
    double labelWidth = 10;
    double captionWidth = 20;
    for (Entry e : entries) {
      XSSFRow row = sheet.createRow(r++);
      if (e.sheet() == null) {
        XSSFCell c = row.createCell(0);
        c.setCellValue(e.label());
        c.setCellStyle(styles.get(Look.PLAIN.bold(true)));
        continue;
      }
      XSSFCell label = row.createCell(0);
      label.setCellValue(e.label());
      label.setCellStyle(styles.get(Look.PLAIN.linked().indent(1)));
      Sheets.link(label, e.sheet());
      labelWidth = Math.max(labelWidth, TextWidth.of(e.label(), false) + 2);
      if (e.caption() != null) {
        XSSFCell caption = row.createCell(1);
        caption.setCellValue(e.caption());
        caption.setCellStyle(styles.get(Look.PLAIN));
        Sheets.link(caption, e.sheet());
        captionWidth =
            Math.max(captionWidth, Math.min(MAX_CAPTION, TextWidth.of(e.caption(), false)));
      }
    }
    sheet.setColumnWidth(0, TextWidth.column(labelWidth));
    sheet.setColumnWidth(1, TextWidth.column(captionWidth));
    sheet.setDisplayGridlines(false);
    Printing.setUp(sheet, v, labelWidth + captionWidth + 4, null);
  }

  private static int line(XSSFSheet sheet, Styles styles, int r, String text, Look look) {
    if (text == null || text.isBlank()) {
      return r;
    }
    XSSFCell c = sheet.createRow(r).createCell(0);
    c.setCellValue(text);
    c.setCellStyle(styles.get(look));
    sheet.getRow(r).setHeightInPoints(look.size() + 6f);
    return r + 1;
  }
}
