package org.policyreport.report.render.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.document.Vocabulary;
import org.policyreport.report.render.ColumnFit;

/**
 * Tables: caption above, header rows that repeat on every page, rows that never break across a
 * page, numbers lined up on the decimal point, and note and source lines below. The look comes from
 * the table styles of {@link Styles}: a regression table has the academic look (rules above and
 * below, a rule under the header and wherever a row asks for one, no vertical lines), a data table
 * light rules between rows and a tinted header.
 *
 * <p>Each number is one run, lined up by a decimal tab stop in its cell paragraph (Word and
 * LibreOffice line a cell's text up on its decimal tab without a tab character), so it can be
 * searched for and copied as a number. A number without a decimal point is right-aligned with its
 * end where the column's decimal points are. Direct formatting is kept to what one cell or row
 * needs and a style cannot say:
 *
 * <ul>
 *   <li>the rule under the last header row, and the tint of header rows after the first, in a table
 *       whose header has more than one row (a table style formats only the first row);
 *   <li>the short rule under a header cell that spans a group of columns;
 *   <li>the rule above a body row that asks for one (fit statistics under the coefficients);
 *   <li>bold in a body cell, and the alignment of a cell that is not left-aligned text or a header;
 *   <li>the decimal tab of each number column (or the right indent of a number without a decimal
 *       point), and "no wrap" on cells that must stay on one line.
 * </ul>
 */
final class Tables {
  private static final String RULE = "000000";
  private static final String HEADER_FILL = "E9EEF5";

  /** Tables this short are kept on one page. */
  private static final int KEEP_TOGETHER_ROWS = 10;

  /** A longer table starts on a page only if its header and this many body rows fit there. */
  private static final int MIN_ROWS = 4;

  private Tables() {}

  static void write(
      XWPFDocument doc, Body body, Table t, Vocabulary v, References refs, boolean pageBreak) {
    caption(body, t.label(), t.caption(), v, refs, pageBreak);
    ColumnLayout layout = ColumnLayout.of(t, Wml.TEXT_WIDTH);
    boolean regression = t.kind() == Table.Kind.REGRESSION;

    XWPFTable table = doc.createTable();
    CTTbl tbl = table.getCTTbl();
    tbl.setTblPr(Wml.parse(CTTblPr.Factory, tableProperties(regression)));
    StringBuilder grid = new StringBuilder();
    for (int i = 0; i < layout.columns(); i++) {
      grid.append("<w:gridCol w:w=\"").append(layout.width(i)).append("\"/>");
    }
    tbl.setTblGrid(Wml.parse(CTTblGrid.Factory, grid.toString()));
    table.removeRow(0);

    int headerRows = t.header().size();
    int total = headerRows + t.body().size();
    boolean keepTogether = total <= KEEP_TOGETHER_ROWS;
    int index = 0;
    for (int i = 0; i < headerRows; i++) {
      RowKind kind = new RowKind(true, i, headerRows, regression, false);
      tbl.addNewTr().set(Wml.parse(CTRow.Factory, row(t.header().get(i), layout, kind, true)));
      index++;
    }
    for (Row r : t.body()) {
      index++;
      boolean keep = index < total && (keepTogether || index < headerRows + MIN_ROWS);
      RowKind kind = new RowKind(false, 0, headerRows, regression, r.ruleAbove());
      tbl.addNewTr().set(Wml.parse(CTRow.Factory, row(r, layout, kind, keep)));
    }
    notes(body, t.notes(), t.source(), v);
  }

  /** Where a row sits, for the few things its cells format directly. */
  private record RowKind(
      boolean header, int index, int headerRows, boolean regression, boolean ruleAbove) {
    boolean lastHeader() {
      return header && index == headerRows - 1;
    }

    /** The style draws the rule under a one-row header; a longer header needs it drawn here. */
    boolean ruleBelow() {
      return lastHeader() && (headerRows > 1 || regression);
    }

    /** The style tints the first header row of a data table; later ones are tinted here. */
    boolean tint() {
      return header && index > 0 && !regression;
    }
  }

  /** The caption above a table: label with live numbers, then the caption text. */
  static void caption(
      Body body, String label, String caption, Vocabulary v, References refs, boolean pageBreak) {
    XWPFParagraph p =
        Par.style(Styles.CAPTION)
            .keepNext(true)
            .pageBreakBefore(pageBreak)
            .applyTo(body.newParagraph());
    Captions.write(p, label, caption, v, false, refs.nextCaption());
  }

  /**
   * Note and source lines in small print; a small gap when there are none. The first note line
   * carries the prefix, later ones are indented to line up after it; the source line ends the block
   * with the gap before the text goes on.
   */
  static void notes(Body body, List<String> notes, String source, Vocabulary v) {
    boolean hasSource = source != null && !source.isEmpty();
    if (notes.isEmpty() && !hasSource) {
      Par.style(Styles.TABLE_NOTE).spacing(0, 200).applyTo(body.newParagraph());
      return;
    }
    String prefix = v.notePrefix();
    for (int i = 0; i < notes.size(); i++) {
      Par par = Par.style(i == 0 ? Styles.TABLE_NOTE : Styles.TABLE_NOTE_CONTINUED);
      if (i == notes.size() - 1 && !hasSource) {
        par.spacing(null, 280);
      }
      Inlines.text(par.applyTo(body.newParagraph()), (i == 0 ? prefix : "") + notes.get(i));
    }
    if (hasSource) {
      XWPFParagraph p = Par.style(Styles.TABLE_SOURCE).applyTo(body.newParagraph());
      Inlines.text(p, v.sourcePrefix() + source);
    }
  }

  /** Indent of note lines after the first, twips: the width of the note prefix. */
  static int noteIndent(Vocabulary v) {
    return (int) Math.round(ColumnLayout.displayWidth(v.notePrefix()) * 85);
  }

  private static String tableProperties(boolean regression) {
    return "<w:tblStyle w:val=\""
        + (regression ? Styles.REGRESSION_TABLE : Styles.DATA_TABLE)
        + "\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
        + "<w:tblLayout w:type=\"fixed\"/>"
        + "<w:tblLook w:val=\"0620\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\""
        + " w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>";
  }

  private static String row(Row r, ColumnLayout layout, RowKind kind, boolean keepNext) {
    StringBuilder sb = new StringBuilder("<w:trPr><w:cantSplit/>");
    if (kind.header()) {
      sb.append("<w:tblHeader/>");
    }
    sb.append("</w:trPr>");
    int col = 0;
    for (Cell c : r.cells()) {
      if (col >= layout.columns()) {
        break;
      }
      int span = Math.min(c.colSpan(), layout.columns() - col);
      sb.append(cell(c, col, span, layout, kind, keepNext));
      col += span;
    }
    if (col < layout.columns()) {
      Cell filler = Cell.text("");
      sb.append(cell(filler, col, layout.columns() - col, layout, kind, keepNext));
    }
    return sb.toString();
  }

  private static String cell(
      Cell c, int col, int span, ColumnLayout layout, RowKind kind, boolean keepNext) {
    boolean header = kind.header();
    StringBuilder sb = new StringBuilder("<w:tc><w:tcPr>");
    sb.append("<w:tcW w:w=\"").append(layout.width(col, span)).append("\" w:type=\"dxa\"/>");
    if (span > 1) {
      sb.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
    }
    String top = kind.ruleAbove() ? Wml.border("top", 4, RULE) : "";
    String bottom = "";
    if (kind.ruleBelow()) {
      bottom = Wml.border("bottom", 6, RULE);
    } else if (header && span > 1 && !c.text().isBlank()) {
      // A spanning header (e.g. a group of models) gets a short rule under its columns only.
      bottom = Wml.border("bottom", 4, RULE);
    }
    if (!top.isEmpty() || !bottom.isEmpty()) {
      sb.append("<w:tcBorders>").append(top).append(bottom).append("</w:tcBorders>");
    }
    if (kind.tint()) {
      sb.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"")
          .append(HEADER_FILL)
          .append("\"/>");
    }
    if (!header && ColumnFit.unbreakable(c)) {
      sb.append("<w:noWrap/>");
    }
    if (header && kind.index() > 0) {
      sb.append("<w:vAlign w:val=\"bottom\"/>");
    }
    sb.append("</w:tcPr>");

    int size = layout.halfPoints();
    Par par =
        Par.style(header ? Styles.tableHeading(size) : Styles.tableText(size)).keepNext(keepNext);
    boolean decimal = !header && c.align() == Cell.Align.DECIMAL && span == 1;
    if (decimal && !ColumnFit.tail(c.text()).startsWith(".")) {
      // No decimal point to line up on: LibreOffice would set such a number at the cell's left
      // edge, so it is right-aligned with its end where the others' decimal point is.
      par.align("right").indentRight(layout.rightPad(c, col));
    } else if (decimal) {
      par.tab("decimal", layout.decimalTab(col));
    } else if (header ? c.align() != Cell.Align.CENTER : c.align() != Cell.Align.LEFT) {
      par.align(justification(c.align()));
    }
    String rPr = "";
    if (c.bold() != header) {
      rPr = c.bold() ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "<w:rPr><w:b w:val=\"0\"/></w:rPr>";
    }
    sb.append("<w:p><w:pPr>").append(par.xml()).append("</w:pPr>");
    if (!c.text().isEmpty()) {
      sb.append("<w:r>").append(rPr).append(t(c.text())).append("</w:r>");
    }
    sb.append("</w:p></w:tc>");
    return sb.toString();
  }

  /** Text of a run; line feeds in a cell become line breaks. */
  private static String t(String text) {
    return "<w:t xml:space=\"preserve\">"
        + Wml.escape(text).replace("\n", "</w:t><w:br/><w:t xml:space=\"preserve\">")
        + "</w:t>";
  }

  private static String justification(Cell.Align a) {
    switch (a) {
      case CENTER:
        return "center";
      case RIGHT:
      case DECIMAL:
        return "right";
      default:
        return "left";
    }
  }
}
