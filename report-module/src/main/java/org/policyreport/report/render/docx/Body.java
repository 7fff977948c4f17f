package org.policyreport.report.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** Where paragraphs go: the main text, or the inside of a box (a table cell). */
interface Body {
  XWPFParagraph newParagraph();

  static Body of(XWPFDocument doc) {
    return doc::createParagraph;
  }

  /** A cell's first paragraph already exists (a cell must hold one); it is used first. */
  static Body of(XWPFTableCell cell) {
    return new Body() {
      private boolean first = true;

      @Override
      public XWPFParagraph newParagraph() {
        if (first && !cell.getParagraphs().isEmpty()) {
          first = false;
          return cell.getParagraphs().get(0);
        }
        first = false;
        return cell.addParagraph();
      }
    };
  }
}
