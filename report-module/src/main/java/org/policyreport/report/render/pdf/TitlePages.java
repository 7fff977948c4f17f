package org.policyreport.report.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.policyreport.report.document.TitlePage;

/** The title page: title block in the upper half, authors and institution at the foot. */
final class TitlePages {
  private TitlePages() {}

  static void write(TitlePage t, Document doc, PdfWriter writer, PdfFonts fonts) {
    PdfContentByte cb = writer.getDirectContentUnder();
    cb.saveState();
    cb.setColorFill(Layout.ACCENT);
    cb.rectangle(0, Layout.PAGE.getHeight() - 14f, Layout.PAGE.getWidth(), 14f);
    cb.fill();
    cb.restoreState();

    Paragraph title = new Paragraph(36f, t.title(), fonts.bold(27f, Layout.ACCENT));
    title.setSpacingBefore(150f);
    doc.add(title);
    if (t.subtitle() != null && !t.subtitle().isBlank()) {
      Paragraph sub = new Paragraph(22f, t.subtitle(), fonts.regular(15f, Layout.MUTED));
      sub.setSpacingBefore(12f);
      doc.add(sub);
    }
    Paragraph rule = fonts.rule(1.5f, 28f, Layout.ACCENT);
    rule.setSpacingBefore(22f);
    doc.add(rule);

    Paragraph people = new Paragraph(18f);
    people.setFont(fonts.regular(12f));
    people.setSpacingBefore(150f);
    for (String a : t.authors()) {
      people.add(new Chunk(a + "\n", fonts.regular(12f)));
    }
    doc.add(people);
    if (t.organization() != null) {
      Paragraph org = new Paragraph(20f, t.organization(), fonts.bold(13f));
      org.setSpacingBefore(10f);
      doc.add(org);
    }
    if (t.date() != null) {
      doc.add(new Paragraph(18f, t.date(), fonts.regular(11f, Layout.MUTED)));
    }
    if (t.notice() != null && !t.notice().isBlank()) {
      PdfPTable box = new PdfPTable(1);
      box.setWidthPercentage(100);
      PdfPCell c = new PdfPCell(new Paragraph(14f, t.notice(), fonts.regular(9.5f, Layout.INK)));
      c.setBorder(Rectangle.LEFT);
      c.setBorderColorLeft(Layout.ACCENT);
      c.setBorderWidthLeft(3f);
      c.setBackgroundColor(Layout.BOX_FILL);
      c.setPadding(8f);
      c.setPaddingLeft(10f);
      box.addCell(c);
      box.setSpacingBefore(30f);
      doc.add(box);
    }
  }
}
