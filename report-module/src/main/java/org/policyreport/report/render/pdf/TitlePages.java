package org.policyreport.report.render.pdf;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import org.policyreport.report.document.TitlePage;

/** The title page: title block in the upper half, authors and institution at the foot. */
final class TitlePages {
  /**
   * Where the names of the research team start, after the longest role ("Principal investigator").
   */
  private static final float CREDIT_TAB = 136f;

  private TitlePages() {}

  static void write(
      TitlePage t, Flow flow, PdfWriter writer, PdfFonts fonts, PdfStructureElement parent) {
    PdfContentByte cb = writer.getDirectContentUnder();
    Tags.beginArtifact(cb, Tags.LAYOUT);
    cb.saveState();
    cb.setColorFill(Layout.ACCENT);
    cb.rectangle(0, Layout.PAGE.getHeight() - 14f, Layout.PAGE.getWidth(), 14f);
    cb.fill();
    cb.restoreState();
    Tags.end(cb);

    if (t.series() != null) {
      Paragraph series = new Paragraph(18f, t.series(), fonts.bold(11f, Layout.MUTED));
      series.setSpacingAfter(14f);
      flow.text(series, Tags.add(parent, PdfName.P));
    }
    Paragraph title = new Paragraph(36f, t.title(), fonts.bold(27f, Layout.ACCENT));
    flow.text(title, Tags.add(parent, PdfName.H1));
    if (t.subtitle() != null && !t.subtitle().isBlank()) {
      Paragraph sub = new Paragraph(22f, t.subtitle(), fonts.regular(15f, Layout.MUTED));
      sub.setSpacingBefore(12f);
      flow.text(sub, Tags.add(parent, PdfName.P));
    }
    Paragraph rule = fonts.rule(1.5f, 28f, Layout.ACCENT);
    rule.setSpacingBefore(22f);
    flow.decoration(rule);

    Paragraph people = new Paragraph(18f);
    people.setFont(fonts.regular(12f));
    people.setSpacingBefore(150f);
    for (int i = 0; i < t.authors().size(); i++) {
      String a = t.authors().get(i);
      people.add(LineBreaks.chunk(i + 1 < t.authors().size() ? a + "\n" : a, fonts.regular(12f)));
    }
    if (!t.authors().isEmpty()) {
      flow.text(people, Tags.add(parent, PdfName.P));
    }
    if (!t.credits().isEmpty()) {
      Paragraph credits = new Paragraph(18f);
      credits.setSpacingBefore(t.authors().isEmpty() ? 150f : 10f);
      for (int i = 0; i < t.credits().size(); i++) {
        TitlePage.Credit c = t.credits().get(i);
        credits.add(LineBreaks.chunk(c.role(), fonts.bold(11f, Layout.MUTED)));
        credits.add(BackMatter.tab(fonts, CREDIT_TAB));
        String names = String.join(", ", c.names());
        credits.add(
            LineBreaks.chunk(
                i + 1 < t.credits().size() ? names + "\n" : names, fonts.regular(11f)));
      }
      flow.text(credits, Tags.add(parent, PdfName.P));
    }
    if (t.organization() != null) {
      Paragraph org = new Paragraph(20f, t.organization(), fonts.bold(13f));
      org.setSpacingBefore(10f);
      flow.text(org, Tags.add(parent, PdfName.P));
    }
    if (t.date() != null) {
      flow.text(
          new Paragraph(18f, t.date(), fonts.regular(11f, Layout.MUTED)),
          Tags.add(parent, PdfName.P));
    }
    if (t.notice() != null && !t.notice().isBlank()) {
      Rectangle frame = new Rectangle(0, 0);
      frame.setBorder(Rectangle.LEFT);
      frame.setBorderColorLeft(Layout.ACCENT);
      frame.setBorderWidthLeft(3f);
      frame.setBackgroundColor(Layout.BOX_FILL);
      flow.beginFrame(frame, 30f, 10f, 8f, 8f, 8f);
      flow.text(
          new Paragraph(14f, t.notice(), fonts.regular(9.5f, Layout.INK)),
          Tags.add(parent, PdfName.P));
      flow.endFrame(0f);
    }
  }
}
