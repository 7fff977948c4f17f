package org.policyreport.report.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.policyreport.report.document.BlockVisitor;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.ListBlock;
import org.policyreport.report.document.PageBreak;
import org.policyreport.report.document.Table;
import org.policyreport.report.document.TableOfContents;
import org.policyreport.report.document.TitlePage;
import org.policyreport.report.document.Vocabulary;

/**
 * The flowing blocks (paragraphs, lists, tables, figures, boxes) as OpenPDF elements. Page-level
 * blocks (title page, contents, headings, page breaks) belong to {@link Composer}; met inside a box
 * they are skipped with a warning.
 */
final class Blocks implements BlockVisitor<java.util.List<Element>> {
  private final PdfFonts fonts;
  private final Inlines inlines;
  private final Vocabulary vocabulary;
  private final Tables tables;
  private final Figures figures;
  private final Consumer<String> warnings;

  Blocks(
      PdfFonts fonts,
      Inlines inlines,
      Vocabulary vocabulary,
      Figures figures,
      Consumer<String> warnings) {
    this.fonts = fonts;
    this.inlines = inlines;
    this.vocabulary = vocabulary;
    this.tables = new Tables(fonts, inlines, vocabulary);
    this.figures = figures;
    this.warnings = warnings;
  }

  Tables tables() {
    return tables;
  }

  @Override
  public java.util.List<Element> paragraph(org.policyreport.report.document.Paragraph b) {
    Paragraph p;
    switch (b.role()) {
      case LEAD:
        p =
            new Paragraph(
                inlines.phrase(
                    b.content(), Layout.BODY + 1f, Layout.LEADING + 1.5f, Layout.ACCENT, true));
        p.setSpacingBefore(2f);
        p.setSpacingAfter(8f);
        return java.util.List.of(p);
      case NOTICE:
        return java.util.List.of(notice(b));
      case SMALL:
        p =
            new Paragraph(
                inlines.phrase(
                    b.content(), Layout.SMALL, Layout.SMALL_LEADING, Layout.MUTED, false));
        p.setSpacingAfter(4f);
        return java.util.List.of(p);
      default:
        p =
            new Paragraph(
                inlines.phrase(b.content(), Layout.BODY, Layout.LEADING, Layout.INK, false));
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setSpacingAfter(7f);
        return java.util.List.of(p);
    }
  }

  private Element notice(org.policyreport.report.document.Paragraph b) {
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    PdfPCell c =
        new PdfPCell(
            inlines.phrase(
                b.content(), Layout.BODY - 0.5f, Layout.LEADING - 1f, Layout.INK, false));
    c.setBorder(Rectangle.LEFT);
    c.setBorderWidthLeft(3f);
    c.setBorderColorLeft(Layout.ACCENT);
    c.setBackgroundColor(Layout.BOX_FILL);
    c.setPaddingLeft(10f);
    c.setPaddingTop(6f);
    c.setPaddingBottom(8f);
    t.addCell(c);
    t.setSpacingBefore(4f);
    t.setSpacingAfter(10f);
    t.setKeepTogether(true);
    return t;
  }

  @Override
  public java.util.List<Element> list(ListBlock b) {
    List list = list(b.ordered(), b.items(), 0);
    Paragraph holder = new Paragraph(Layout.LEADING, "", fonts.regular(Layout.BODY));
    holder.add(list);
    holder.setSpacingAfter(7f);
    return java.util.List.of(holder);
  }

  private List list(boolean ordered, java.util.List<ListBlock.Item> items, int depth) {
    List list = new List(ordered, ordered ? 22f : 14f);
    list.setAutoindent(false);
    if (depth > 0) {
      list.setIndentationLeft(6f);
    }
    for (int i = 0; i < items.size(); i++) {
      ListBlock.Item item = items.get(i);
      ListItem li =
          new ListItem(
              inlines.phrase(item.content(), Layout.BODY, Layout.LEADING, Layout.INK, false));
      li.setSpacingAfter(2f);
      // An item keeps the first symbol it is given, so ours must come before List.add sets its own.
      String marker = ordered ? vocabulary.listMarker(depth, i) : vocabulary.bullet(depth);
      li.setListSymbol(
          new Chunk(marker, fonts.regular(Layout.BODY, ordered ? Layout.INK : Layout.ACCENT)));
      list.add(li);
      if (!item.children().isEmpty()) {
        list.add(list(ordered, item.children(), depth + 1));
      }
    }
    return list;
  }

  @Override
  public java.util.List<Element> table(Table b) {
    return tables.elements(b);
  }

  @Override
  public java.util.List<Element> figure(Figure b) {
    return figures.elements(b);
  }

  @Override
  public java.util.List<Element> box(Box b) {
    boolean warning = b.status() == Box.Status.WARNING;
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.BOX);
    cell.setBorderColor(warning ? Layout.WARNING : Layout.ACCENT);
    cell.setBorderWidth(warning ? 1.4f : 0.9f);
    cell.setBackgroundColor(warning ? Layout.WARNING_FILL : Layout.BOX_FILL);
    cell.setPadding(11f);
    cell.setPaddingTop(8f);
    Paragraph title =
        new Paragraph(
            inlines.plain(
                b.title(),
                Layout.SECTION - 1.5f,
                Layout.LEADING + 2f,
                warning ? Layout.WARNING : Layout.ACCENT,
                true));
    title.setSpacingAfter(4f);
    cell.addElement(title);
    if (warning && b.statusText() != null && !b.statusText().isBlank()) {
      Paragraph status =
          new Paragraph(
              inlines.plain(b.statusText(), Layout.BODY, Layout.LEADING, Layout.WARNING, true));
      status.setSpacingAfter(4f);
      cell.addElement(status);
    }
    for (org.policyreport.report.document.Block inner : b.content()) {
      if (inner instanceof ListBlock) {
        // A cell lays out a List itself; wrapped in a paragraph its items would run together.
        ListBlock l = (ListBlock) inner;
        List list = list(l.ordered(), l.items(), 0);
        cell.addElement(list);
        Paragraph gap = new Paragraph(4f, " ", fonts.regular(4f));
        cell.addElement(gap);
        continue;
      }
      for (Element e : inner.accept(this)) {
        cell.addElement(e);
      }
    }
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    t.addCell(cell);
    t.setSpacingBefore(6f);
    t.setSpacingAfter(12f);
    t.setKeepTogether(true);
    return java.util.List.of(t);
  }

  @Override
  public java.util.List<Element> titlePage(TitlePage b) {
    return skipped("title page");
  }

  @Override
  public java.util.List<Element> tableOfContents(TableOfContents b) {
    return skipped("table of contents");
  }

  @Override
  public java.util.List<Element> heading(Heading b) {
    return skipped("heading \"" + b.text() + "\"");
  }

  @Override
  public java.util.List<Element> pageBreak(PageBreak b) {
    return skipped("page break");
  }

  private java.util.List<Element> skipped(String what) {
    warnings.accept("PDF: a " + what + " inside a box cannot be shown there and was left out");
    return new ArrayList<>();
  }
}
