package org.policyreport.report.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.policyreport.report.document.Box;

/**
 * A box (a recommendation, a summary) as a one-cell table with a border and a tinted background. A
 * box whose claims do not hold gets a red frame and says why at the top, in red.
 */
final class Boxes {
  private static final String WARNING_FILL = "FDF0EF";

  private Boxes() {}

  /** Writes the frame and returns the body its content goes into. */
  static Body open(XWPFDocument doc, Box b) {
    boolean warning = b.status() == Box.Status.WARNING;
    String color = warning ? Styles.RED : Styles.NAVY;
    int size = warning ? 18 : 8;
    XWPFTable table = doc.createTable();
    // The Box table style draws the frame and the tint; a box whose claims do not hold overrides
    // them with a heavier red frame.
    String borders =
        warning
            ? "<w:tblBorders>"
                + Wml.border("top", size, color)
                + Wml.border("left", size, color)
                + Wml.border("bottom", size, color)
                + Wml.border("right", size, color)
                + "</w:tblBorders>"
            : "";
    table
        .getCTTbl()
        .setTblPr(
            Wml.parse(
                CTTblPr.Factory,
                "<w:tblStyle w:val=\""
                    + Styles.BOX_TABLE
                    + "\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                    + borders
                    + "<w:tblLayout w:type=\"fixed\"/>"));
    table
        .getCTTbl()
        .setTblGrid(Wml.parse(CTTblGrid.Factory, "<w:gridCol w:w=\"" + Wml.TEXT_WIDTH + "\"/>"));
    XWPFTableCell cell = table.getRow(0).getCell(0);
    cell.getCTTc()
        .setTcPr(
            Wml.parse(
                CTTcPr.Factory,
                "<w:tcW w:w=\""
                    + Wml.TEXT_WIDTH
                    + "\" w:type=\"dxa\"/>"
                    + (warning
                        ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\""
                            + WARNING_FILL
                            + "\"/>"
                        : "")));
    Body body = Body.of(cell);
    if (warning && b.statusText() != null && !b.statusText().isEmpty()) {
      Inlines.text(Par.style(Styles.BOX_STATUS).applyTo(body.newParagraph()), b.statusText());
    }
    if (b.title() != null && !b.title().isEmpty()) {
      Inlines.text(Par.style(Styles.BOX_TITLE).applyTo(body.newParagraph()), b.title());
    }
    return body;
  }

  /** The gap after a box, which also keeps two boxes in a row from merging into one table. */
  static void close(Body outer) {
    Par.style(Styles.TABLE_NOTE).spacing(0, 240).applyTo(outer.newParagraph());
  }
}
