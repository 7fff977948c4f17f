package org.policyreport.report.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.policyreport.report.document.Bibliography;
import org.policyreport.report.document.Colophon;
import org.policyreport.report.document.TitlePage;
import org.policyreport.report.document.Vocabulary;

/**
 * The publication facts of the report on one sheet: series and research team from the title page,
 * the colophon (date, publisher, ISBN, registration number, disclaimer) and the references by
 * group. The foreword and the abstract are prose for the documents and are not repeated here.
 */
final class PublicationSheet {
  private static final double LABEL_WIDTH = 26;
  private static final double TEXT_WIDTH = 80;

  private PublicationSheet() {}

  /** Whether there is anything to show: a sheet is made only then. */
  static boolean hasContent(TitlePage title, Bibliography refs, Colophon colophon) {
    return refs != null
        || colophon != null
        || (title != null && (title.series() != null || !title.credits().isEmpty()));
  }

  static void write(
      TitlePage title,
      Bibliography refs,
      String refsTitle,
      Colophon colophon,
      XSSFSheet sheet,
      Styles styles,
      Vocabulary v,
      String contents) {
    sheet.setColumnWidth(0, TextWidth.column(LABEL_WIDTH));
    sheet.setColumnWidth(1, TextWidth.column(TEXT_WIDTH));
    List<String[]> facts = new ArrayList<>();
    if (colophon != null) {
      for (String h : colophon.heading()) {
        facts.add(new String[] {null, h});
      }
    } else if (title != null && title.series() != null) {
      facts.add(new String[] {null, title.series()});
    }
    if (title != null) {
      for (TitlePage.Credit c : title.credits()) {
        facts.add(new String[] {c.role(), String.join(", ", c.names())});
      }
    }
    if (colophon != null) {
      for (Colophon.Entry e : colophon.entries()) {
        facts.add(new String[] {e.label(), e.value()});
      }
    }
    int r = 0;
    for (String[] f : facts) {
      XSSFRow row = sheet.createRow(r++);
      if (f[0] != null) {
        cell(row, 0, f[0], styles.get(Look.PLAIN.bold(true)));
        cell(row, 1, f[1], styles.get(Look.PLAIN.wrapped()));
      } else {
        cell(row, 0, f[1], styles.get(Look.PLAIN.bold(true).size(12)));
        row.setHeightInPoints(18);
      }
    }
    if (colophon != null) {
      XSSFRow row = sheet.createRow(r++);
      cell(row, 1, colophon.disclaimer(), styles.get(Look.PLAIN.wrapped()));
      row.setHeightInPoints(height(colophon.disclaimer()));
    }
    if (refs != null) {
      r++;
      cell(sheet.createRow(r++), 0, refsTitle, styles.get(Look.PLAIN.bold(true).size(12)));
      for (Bibliography.Group g : refs.groups()) {
        if (g.title() != null) {
          cell(sheet.createRow(r++), 0, g.title(), styles.get(Look.PLAIN.bold(true)));
        }
        for (Bibliography.Entry e : g.entries()) {
          XSSFRow row = sheet.createRow(r++);
          cell(row, 1, e.text(), styles.get(Look.PLAIN.wrapped()));
          row.setHeightInPoints(height(e.text()));
        }
      }
    }
    Printing.setUp(sheet, v, LABEL_WIDTH + TEXT_WIDTH + 4, null);
    Sheets.backLink(sheet, styles, 3, contents, v.contentsTitle());
  }

  private static void cell(
      XSSFRow row, int col, String text, org.apache.poi.ss.usermodel.CellStyle style) {
    XSSFCell c = row.createCell(col);
    c.setCellValue(text);
    c.setCellStyle(style);
  }

  private static float height(String text) {
    double chars = TextWidth.of(text, false);
    int lines = Math.max(1, (int) Math.ceil(chars / TEXT_WIDTH));
    return lines * (Look.NORMAL_SIZE + 4.5f);
  }
}
