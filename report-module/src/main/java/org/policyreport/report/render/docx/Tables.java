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
 * page, numbers lined up on the decimal point, and note and source lines below. A regression table
 * has the academic look (rules above and below, a rule under the header and wherever a row asks for
 * one, no vertical lines); a data table has light rules between rows.
 */
final class Tables {
  private static final String RULE = "000000";
  private static final String LIGHT = "BFBFBF";
  private static final String HEADER_FILL = "E9EEF5";

  /** Tables this short are kept on one page. */
  private static final int KEEP_TOGETHER_ROWS = 10;

  /** A longer table starts on a page only if its header and this many body rows fit there. */
  private static final int MIN_ROWS = 4;

  /** Twips between the right tab that ends an integer part and the left tab after it. */
  private static final int DECIMAL_GAP = 5;

  /** Type size of the Table Text style, half-points. */
  private static final int STYLE_HALF_POINTS = 18;

  private Tables() {}

  static void write(XWPFDocument doc, Body body, Table t, Vocabulary v, boolean pageBreak) {
    caption(body, t.label(), t.caption(), pageBreak);
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

    int total = t.header().size() + t.body().size();
    boolean keepTogether = total <= KEEP_TOGETHER_ROWS;
    int index = 0;
    for (int i = 0; i < t.header().size(); i++) {
      boolean last = i == t.header().size() - 1;
      String xml = row(t.header().get(i), layout, true, last, regression, true, false);
      tbl.addNewTr().set(Wml.parse(CTRow.Factory, xml));
      index++;
    }
    for (Row r : t.body()) {
      index++;
      boolean keep = index < total && (keepTogether || index < t.header().size() + MIN_ROWS);
      String xml = row(r, layout, false, false, regression, keep, r.ruleAbove());
      tbl.addNewTr().set(Wml.parse(CTRow.Factory, xml));
    }
    notes(body, t.notes(), t.source(), v);
  }

  /** The caption above a table: bold label, then the caption text. */
  static void caption(Body body, String label, String caption, boolean pageBreak) {
    XWPFParagraph p =
        Par.style(Styles.CAPTION)
            .keepNext(true)
            .pageBreakBefore(pageBreak)
            .applyTo(body.newParagraph());
    if (label != null && !label.isEmpty()) {
      Inlines.text(p, label + " ");
    }
    if (caption != null) {
      Inlines.text(p, caption);
    }
  }

  /** Note and source lines in small print; a small gap when there are none. */
  static void notes(Body body, List<String> notes, String source, Vocabulary v) {
    int lines = notes.size() + (source == null || source.isEmpty() ? 0 : 1);
    if (lines == 0) {
      Par.style(Styles.TABLE_NOTE).spacing(0, 200).applyTo(body.newParagraph());
      return;
    }
    int written = 0;
    String prefix = v.notePrefix();
    int indent = (int) Math.round(ColumnLayout.displayWidth(prefix) * 85);
    for (int i = 0; i < notes.size(); i++) {
      written++;
      Par par = Par.style(Styles.TABLE_NOTE);
      if (i > 0) {
        par.indent(indent, 0);
      }
      if (written == lines) {
        par.spacing(null, 280);
      }
      Inlines.text(par.applyTo(body.newParagraph()), (i == 0 ? prefix : "") + notes.get(i));
    }
    if (source != null && !source.isEmpty()) {
      XWPFParagraph p =
          Par.style(Styles.TABLE_NOTE).spacing(null, 280).applyTo(body.newParagraph());
      Inlines.text(p, v.sourcePrefix() + source);
    }
  }

  private static String tableProperties(boolean regression) {
    String inside = regression ? Wml.border("insideH", 0, null) : Wml.border("insideH", 4, LIGHT);
    return "<w:tblW w:w=\"5000\" w:type=\"pct\"/>"
        + "<w:jc w:val=\"center\"/>"
        + "<w:tblBorders>"
        + Wml.border("top", 12, RULE)
        + Wml.border("left", 0, null)
        + Wml.border("bottom", 12, RULE)
        + Wml.border("right", 0, null)
        + inside
        + Wml.border("insideV", 0, null)
        + "</w:tblBorders>"
        + "<w:tblLayout w:type=\"fixed\"/>"
        + "<w:tblCellMar><w:left w:w=\""
        + ColumnLayout.CELL_MARGIN
        + "\" w:type=\"dxa\"/>"
        + "<w:right w:w=\""
        + ColumnLayout.CELL_MARGIN
        + "\" w:type=\"dxa\"/></w:tblCellMar>"
        + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\""
        + " w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>";
  }

  private static String row(
      Row r,
      ColumnLayout layout,
      boolean header,
      boolean lastHeader,
      boolean regression,
      boolean keepNext,
      boolean ruleAbove) {
    StringBuilder sb = new StringBuilder("<w:trPr><w:cantSplit/>");
    if (header) {
      sb.append("<w:tblHeader/>");
    }
    sb.append("</w:trPr>");
    int col = 0;
    for (Cell c : r.cells()) {
      if (col >= layout.columns()) {
        break;
      }
      int span = Math.min(c.colSpan(), layout.columns() - col);
      sb.append(cell(c, col, span, layout, header, lastHeader, regression, keepNext, ruleAbove));
      col += span;
    }
    if (col < layout.columns()) {
      Cell filler = Cell.text("");
      int span = layout.columns() - col;
      sb.append(
          cell(filler, col, span, layout, header, lastHeader, regression, keepNext, ruleAbove));
    }
    return sb.toString();
  }

  private static String cell(
      Cell c,
      int col,
      int span,
      ColumnLayout layout,
      boolean header,
      boolean lastHeader,
      boolean regression,
      boolean keepNext,
      boolean ruleAbove) {
    StringBuilder sb = new StringBuilder("<w:tc><w:tcPr>");
    sb.append("<w:tcW w:w=\"").append(layout.width(col, span)).append("\" w:type=\"dxa\"/>");
    if (span > 1) {
      sb.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
    }
    String top = ruleAbove ? Wml.border("top", 4, RULE) : "";
    String bottom = "";
    if (lastHeader) {
      bottom = Wml.border("bottom", 6, RULE);
    } else if (header && span > 1 && !c.text().isBlank()) {
      // A spanning header (e.g. a group of models) gets a short rule under its columns only.
      bottom = Wml.border("bottom", 4, RULE);
    }
    if (!top.isEmpty() || !bottom.isEmpty()) {
      sb.append("<w:tcBorders>").append(top).append(bottom).append("</w:tcBorders>");
    }
    if (header && !regression) {
      sb.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"")
          .append(HEADER_FILL)
          .append("\"/>");
    }
    if (!header && ColumnFit.unbreakable(c)) {
      sb.append("<w:noWrap/>");
    }
    sb.append("<w:vAlign w:val=\"").append(header ? "bottom" : "top").append("\"/>");
    sb.append("</w:tcPr>");

    Par par = Par.style(Styles.TABLE_TEXT).keepNext(keepNext);
    boolean decimal = c.align() == Cell.Align.DECIMAL && span == 1;
    String size =
        layout.halfPoints() == STYLE_HALF_POINTS
            ? ""
            : "<w:sz w:val=\""
                + layout.halfPoints()
                + "\"/><w:szCs w:val=\""
                + layout.halfPoints()
                + "\"/>";
    String rPr =
        c.bold() || !size.isEmpty()
            ? "<w:rPr>" + (c.bold() ? "<w:b/><w:bCs/>" : "") + size + "</w:rPr>"
            : "";
    if (decimal) {
      // Decimal alignment from a right tab (the integer part ends there) and a left tab just after
      // it (the fraction and any stars start there): decimal tab stops inside table cells are
      // not honoured by every word processor, these two are.
      int at = layout.decimalTab(col);
      par.tab("right", at).tab("left", at + DECIMAL_GAP);
      sb.append("<w:p><w:pPr>").append(par.xml()).append("</w:pPr>");
      String text = c.text();
      int dot = text.indexOf('.');
      sb.append("<w:r>").append(rPr).append("<w:tab/>");
      sb.append(t(dot < 0 ? text : text.substring(0, dot)));
      if (dot >= 0) {
        sb.append("<w:tab/>").append(t(text.substring(dot)));
      }
      sb.append("</w:r>");
    } else {
      par.align(justification(c.align()));
      sb.append("<w:p><w:pPr>").append(par.xml()).append("</w:pPr>");
      if (!c.text().isEmpty()) {
        sb.append("<w:r>").append(rPr).append(t(c.text())).append("</w:r>");
      }
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
