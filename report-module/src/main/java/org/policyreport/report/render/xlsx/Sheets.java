package org.policyreport.report.render.xlsx;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Small pieces every sheet writer uses: wrapped text lines, links between sheets. */
final class Sheets {
  private Sheets() {}

  /**
   * A line of running text (caption, note, source) in row {@code r}, merged across the table's
   * {@code columns} and wrapped, with a row height that fits the estimated number of lines.
   */
  static XSSFCell paragraph(
      XSSFSheet sheet,
      Styles styles,
      int r,
      int columns,
      double widthChars,
      String text,
      Look look) {
    XSSFRow row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
    XSSFCell cell = row.createCell(0);
    cell.setCellValue(text);
    Look wrapped = look.wrapped().align(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
    cell.setCellStyle(styles.get(wrapped));
    if (columns > 1) {
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
    }
    double chars = TextWidth.of(text, look.bold()) * look.size() / Look.NORMAL_SIZE;
    int lines = Math.max(1, (int) Math.ceil(chars / Math.max(1, widthChars - 1)));
    row.setHeightInPoints(lines * (look.size() + 4.5f));
    return cell;
  }

  /** Makes {@code cell} a link to cell A1 of {@code target}. */
  static void link(XSSFCell cell, String target) {
    XSSFHyperlink link =
        cell.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    link.setAddress(quote(target) + "!A1");
    cell.setHyperlink(link);
  }

  /** A link back to the contents sheet, right of the printed area. */
  static void backLink(XSSFSheet sheet, Styles styles, int col, String contents, String text) {
    if (contents == null) {
      return;
    }
    XSSFRow row = sheet.getRow(0) != null ? sheet.getRow(0) : sheet.createRow(0);
    XSSFCell cell = row.createCell(col);
    cell.setCellValue(text);
    cell.setCellStyle(styles.get(Look.PLAIN.linked()));
    link(cell, contents);
    sheet.setColumnWidth(col, TextWidth.column(TextWidth.of(text, false)));
  }

  /** A sheet name as a formula reference: quoted, inner apostrophes doubled. */
  static String quote(String sheetName) {
    return "'" + sheetName.replace("'", "''") + "'";
  }

  /** The non-empty parts joined by a space ("Table 4-1 Count models"). */
  static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(p.trim());
      }
    }
    return sb.toString();
  }
}
