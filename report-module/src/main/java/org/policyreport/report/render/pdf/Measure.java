package org.policyreport.report.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * Heights of elements at the text width before they are added, by laying each out in a borderless
 * table cell (which OpenPDF measures on a copy, leaving the elements untouched).
 */
final class Measure {
  private Measure() {}

  static float height(List<? extends Element> elements) {
    float total = 0;
    for (Element e : elements) {
      total += height(e);
    }
    return total;
  }

  static float height(Element e) {
    if (e instanceof PdfPTable t) {
      t.setTotalWidth(Layout.TEXT_WIDTH);
      t.setLockedWidth(true);
      return t.getTotalHeight() + t.spacingBefore() + t.spacingAfter();
    }
    PdfPTable holder = new PdfPTable(1);
    holder.setTotalWidth(Layout.TEXT_WIDTH);
    holder.setLockedWidth(true);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0f);
    cell.addElement(e);
    holder.addCell(cell);
    // A cell drops the space before its first paragraph; on the page it is there.
    float before = e instanceof com.lowagie.text.Paragraph p ? p.getSpacingBefore() : 0f;
    return holder.getTotalHeight() + before;
  }
}
