package org.policyreport.report.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.util.List;
import java.util.Map;
import org.policyreport.report.document.Heading;

/**
 * The table of contents: chapters and sections with dotted leaders and page numbers, each entry a
 * link to its heading. Page numbers come from the previous pass; the number column has a fixed
 * width, so the contents take the same space whatever the numbers are and the pages after it do not
 * move between passes. Each row is tagged as a contents item holding one link (both of its
 * annotations, on the title and on the number).
 */
final class Contents {
  static final int DEPTH = 2;

  private Contents() {}

  static PdfPTable table(List<Heading> headings, Map<String, Integer> pages, PdfFonts fonts) {
    PdfPTable t = new PdfPTable(2);
    t.setWidthPercentage(100);
    try {
      t.setWidths(new float[] {Layout.TEXT_WIDTH - 34f, 34f});
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException(e);
    }
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      if (h.level() > DEPTH) {
        continue;
      }
      String key = Composer.key(i);
      boolean chapter = h.level() == 1;
      float size = chapter ? Layout.BODY + 0.5f : Layout.BODY;
      Phrase entry = new Phrase(Layout.LEADING);
      entry.setFont(fonts.regular(size));
      Chunk text = LineBreaks.chunk(h.display(), chapter ? fonts.bold(size) : fonts.regular(size));
      text.setGenericTag(PageFrame.linkTag(key, h.display()));
      entry.add(text);
      DottedLineSeparator dots = new DottedLineSeparator();
      dots.setGap(3f);
      dots.setLineWidth(0.8f);
      dots.setLineColor(Layout.RULE);
      entry.add(LineBreaks.chunk(" ", fonts.regular(size)));
      entry.add(fonts.drawn(dots));
      PdfPCell left = new PdfPCell(entry);
      left.setBorder(Rectangle.NO_BORDER);
      left.setPaddingLeft(chapter ? 0f : 16f);
      left.setPaddingTop(chapter ? 7f : 1.5f);
      left.setPaddingBottom(2f);
      Integer page = pages.get(key);
      Chunk number =
          LineBreaks.chunk(
              page == null ? "" : PageFrame.label(page, pages.get(PageFrame.BODY)),
              chapter ? fonts.bold(size) : fonts.regular(size));
      number.setGenericTag(PageFrame.linkTag(key, h.display()));
      PdfPCell right = new PdfPCell(new Phrase(Layout.LEADING, number));
      right.setBorder(Rectangle.NO_BORDER);
      right.setHorizontalAlignment(Element.ALIGN_RIGHT);
      right.setVerticalAlignment(Element.ALIGN_BOTTOM);
      right.setPaddingTop(left.getPaddingTop());
      right.setPaddingBottom(2f);
      t.addCell(left);
      t.addCell(right);
    }
    return t;
  }

  /** Places the contents as TOC > TOCI > Link, one item per row. */
  static void place(Flow flow, PdfPTable table, PdfStructureElement parent) {
    PdfStructureElement toc = Tags.add(parent, PdfName.TOC);
    flow.table(
        table,
        new Flow.CellTags() {
          private PdfStructureElement link;

          @Override
          public PdfStructureElement row(int row) {
            link = Tags.add(Tags.add(toc, PdfName.TOCI), PdfName.LINK);
            flow.linkInto(link);
            return link;
          }

          @Override
          public PdfStructureElement cell(
              PdfStructureElement row, int rowIndex, int column, int span) {
            return link;
          }
        });
    flow.linkInto(null);
  }

  /**
   * A list of tables or of figures: {@code entries} are the label and caption of each with the key
   * its page is recorded under; page numbers as in the contents. No links: the captions are not
   * link targets.
   */
  static PdfPTable captions(List<String[]> entries, Map<String, Integer> pages, PdfFonts fonts) {
    PdfPTable t = new PdfPTable(2);
    t.setWidthPercentage(100);
    try {
      t.setWidths(new float[] {Layout.TEXT_WIDTH - 34f, 34f});
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException(e);
    }
    float size = Layout.BODY;
    for (String[] e : entries) {
      Phrase entry = new Phrase(Layout.LEADING);
      entry.setFont(fonts.regular(size));
      entry.add(new Chunk(e[0] == null ? e[1] : e[0] + " " + e[1], fonts.regular(size)));
      DottedLineSeparator dots = new DottedLineSeparator();
      dots.setGap(3f);
      dots.setLineWidth(0.8f);
      dots.setLineColor(Layout.RULE);
      entry.add(new Chunk(" ", fonts.regular(size)));
      entry.add(fonts.drawn(dots));
      PdfPCell left = new PdfPCell(entry);
      left.setBorder(Rectangle.NO_BORDER);
      left.setPaddingTop(1.5f);
      left.setPaddingBottom(2f);
      Integer page = pages.get(e[2]);
      PdfPCell right =
          new PdfPCell(
              new Phrase(
                  Layout.LEADING,
                  new Chunk(
                      page == null ? "" : PageFrame.label(page, pages.get(PageFrame.BODY)),
                      fonts.regular(size))));
      right.setBorder(Rectangle.NO_BORDER);
      right.setHorizontalAlignment(Element.ALIGN_RIGHT);
      right.setVerticalAlignment(Element.ALIGN_BOTTOM);
      right.setPaddingTop(1.5f);
      right.setPaddingBottom(2f);
      t.addCell(left);
      t.addCell(right);
    }
    return t;
  }

  /** Places a list of tables or figures as TOC > TOCI > P, one item per row. */
  static void placeCaptions(Flow flow, PdfPTable table, PdfStructureElement parent) {
    PdfStructureElement toc = Tags.add(parent, PdfName.TOC);
    flow.table(
        table,
        new Flow.CellTags() {
          @Override
          public PdfStructureElement row(int row) {
            return Tags.add(toc, PdfName.TOCI);
          }

          @Override
          public PdfStructureElement cell(
              PdfStructureElement row, int rowIndex, int column, int span) {
            return Tags.add(row, PdfName.P);
          }
        });
  }
}
