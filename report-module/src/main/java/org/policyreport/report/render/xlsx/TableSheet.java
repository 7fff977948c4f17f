package org.policyreport.report.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.document.Vocabulary;

/**
 * Writes one document table on its own sheet: caption, header rows, body rows, notes and source,
 * with numbers as numeric cells whose format reproduces the document's text.
 */
final class TableSheet {
  private final Table table;
  private final XSSFSheet sheet;
  private final Styles styles;
  private final Vocabulary vocabulary;
  private final int columns;
  private final boolean regression;
  private final String[] pads;
  private final List<String> mismatches = new ArrayList<>();

  TableSheet(Table table, XSSFSheet sheet, Styles styles, Vocabulary vocabulary) {
    this.table = table;
    this.sheet = sheet;
    this.styles = styles;
    this.vocabulary = vocabulary;
    this.columns = Math.max(1, table.columnCount());
    this.regression = table.kind() == Table.Kind.REGRESSION;
    this.pads = suffixPads();
  }

  /** Writes the sheet; returns a warning when some numbers cannot be shown as in the document. */
  String write(String contentsSheet) {
    double[] widths = columnWidths();
    double total = 0;
    for (int c = 0; c < columns; c++) {
      sheet.setColumnWidth(c, TextWidth.column(widths[c]));
      total += Math.max(TextWidth.MIN_COLUMN, Math.min(TextWidth.MAX_COLUMN, widths[c] + 2));
    }
    int r = 0;
    Sheets.paragraph(
        sheet,
        styles,
        r++,
        columns,
        total,
        Sheets.join(table.label(), table.caption()),
        Look.PLAIN.bold(true).size(11));
    int headerStart = r;
    for (int i = 0; i < table.header().size(); i++) {
      writeRow(r++, table.header().get(i), true, i == 0, i == table.header().size() - 1, false);
    }
    for (int i = 0; i < table.body().size(); i++) {
      writeRow(r++, table.body().get(i), false, false, false, i == table.body().size() - 1);
    }
    for (int i = 0; i < table.notes().size(); i++) {
      String prefix = i == 0 ? vocabulary.notePrefix() : "";
      Sheets.paragraph(
          sheet, styles, r++, columns, total, prefix + table.notes().get(i), Look.PLAIN.size(9));
    }
    if (table.source() != null && !table.source().isBlank()) {
      Sheets.paragraph(
          sheet,
          styles,
          r++,
          columns,
          total,
          vocabulary.sourcePrefix() + table.source(),
          Look.PLAIN.size(9));
    }
    int headerEnd = headerStart + table.header().size();
    sheet.createFreezePane(columns > 4 ? 1 : 0, headerEnd);
    Printing.setUp(sheet, vocabulary, total, new int[] {0, Math.max(0, headerEnd - 1)});
    sheet
        .getWorkbook()
        .setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, columns - 1, 0, r - 1);
    if (regression) {
      sheet.setDisplayGridlines(false);
    }
    Sheets.backLink(sheet, styles, columns + 1, contentsSheet, vocabulary.contentsTitle());
    if (mismatches.isEmpty()) {
      return null;
    }
    return Sheets.join(table.label(), "(" + sheet.getSheetName() + "):")
        + " "
        + mismatches.size()
        + " numeric cell(s) show differently in the workbook, e.g. "
        + mismatches.get(0);
  }

  private void writeRow(
      int r, Row row, boolean header, boolean first, boolean lastHeader, boolean lastBody) {
    XSSFRow xrow = sheet.createRow(r);
    int col = 0;
    for (Cell cell : row.cells()) {
      Look look = look(cell, col, header, first, lastHeader, lastBody, row.ruleAbove());
      if (header && cell.colSpan() > 1 && !lastHeader && regression) {
        look = look.bottom(BorderStyle.THIN);
      }
      XSSFCell x = xrow.createCell(col);
      put(x, cell, col, look);
      for (int k = 1; k < cell.colSpan(); k++) {
        xrow.createCell(col + k).setCellStyle(styles.get(look));
      }
      if (cell.colSpan() > 1) {
        sheet.addMergedRegion(new CellRangeAddress(r, r, col, col + cell.colSpan() - 1));
      }
      col += cell.colSpan();
    }
    // Rows narrower than the table still carry the table's rules.
    Look filler = look(Cell.text(""), col, header, first, lastHeader, lastBody, row.ruleAbove());
    for (; col < columns; col++) {
      xrow.createCell(col).setCellStyle(styles.get(filler));
    }
  }

  private void put(XSSFCell x, Cell cell, int col, Look look) {
    if (cell.isNumeric()) {
      String format =
          NumberFormats.of(cell, cell.align() == Cell.Align.DECIMAL ? pad(cell, col) : "");
      x.setCellValue(cell.value());
      x.setCellStyle(styles.get(look.format(format)));
      check(x, cell);
    } else {
      x.setCellValue(cell.text() == null ? "" : cell.text());
      x.setCellStyle(styles.get(look));
    }
  }

  private Look look(
      Cell cell,
      int col,
      boolean header,
      boolean first,
      boolean lastHeader,
      boolean lastBody,
      boolean ruleAbove) {
    Look k = Look.PLAIN.bold(cell.bold() || header).align(align(cell, header));
    if (regression) {
      BorderStyle top =
          first ? BorderStyle.MEDIUM : ruleAbove ? BorderStyle.THIN : BorderStyle.NONE;
      BorderStyle bottom =
          lastBody ? BorderStyle.MEDIUM : lastHeader ? BorderStyle.THIN : BorderStyle.NONE;
      return k.borders(top, bottom, BorderStyle.NONE, BorderStyle.NONE);
    }
    BorderStyle top = ruleAbove ? BorderStyle.MEDIUM : BorderStyle.THIN;
    k = k.borders(top, BorderStyle.THIN, BorderStyle.THIN, BorderStyle.THIN);
    return header ? k.fill(Look.Fill.HEADER).wrapped() : k;
  }

  private static HorizontalAlignment align(Cell c, boolean header) {
    switch (c.align()) {
      case CENTER:
        return HorizontalAlignment.CENTER;
      case RIGHT:
      case DECIMAL:
        return HorizontalAlignment.RIGHT;
      default:
        return header ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT;
    }
  }

  /** Excel must show the text the document shows; note the cells where it would not. */
  private void check(XSSFCell x, Cell cell) {
    String shown = NumberFormats.display(cell).trim();
    String wanted = cell.text() == null ? "" : cell.text().trim();
    if (!shown.equals(wanted)) {
      mismatches.add(
          x.getAddress().formatAsString() + " '" + shown + "' instead of '" + wanted + "'");
    }
  }

  /** Per column, the longest suffix of its decimal-aligned numbers (to pad the shorter ones). */
  private String[] suffixPads() {
    String[] longest = new String[columns];
    for (Row row : table.body()) {
      int col = 0;
      for (Cell c : row.cells()) {
        if (col < columns
            && c.isNumeric()
            && c.align() == Cell.Align.DECIMAL
            && (longest[col] == null || c.suffix().length() > longest[col].length())) {
          longest[col] = c.suffix();
        }
        col += c.colSpan();
      }
    }
    return longest;
  }

  private String pad(Cell c, int col) {
    String longest = pads[col];
    if (longest == null || c.suffix().length() >= longest.length()) {
      return "";
    }
    return longest.substring(c.suffix().length());
  }

  private double[] columnWidths() {
    double[] w = new double[columns];
    List<Row> all = new ArrayList<>(table.header());
    all.addAll(table.body());
    for (int pass = 0; pass < 2; pass++) {
      // Single cells first; then spanning cells widen their columns only if they need more room.
      for (int i = 0; i < all.size(); i++) {
        Row row = all.get(i);
        int col = 0;
        boolean header = i < table.header().size();
        for (Cell c : row.cells()) {
          double need = TextWidth.of(c.text(), c.bold() || header);
          if (pass == 0 && c.colSpan() == 1 && col < columns) {
            w[col] = Math.max(w[col], need);
          } else if (pass == 1 && c.colSpan() > 1) {
            int end = Math.min(columns, col + c.colSpan());
            double have = 0;
            for (int k = col; k < end; k++) {
              have += w[k] + 2;
            }
            double extra = (need - have) / (end - col);
            for (int k = col; extra > 0 && k < end; k++) {
              w[k] += extra;
            }
          }
          col += c.colSpan();
        }
      }
    }
    return w;
  }
}
