package org.policyreport.report.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.policyreport.report.document.Bibliography;
import org.policyreport.report.document.BlockVisitor;
import org.policyreport.report.document.BodyStart;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Colophon;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.ListBlock;
import org.policyreport.report.document.PageBreak;
import org.policyreport.report.document.Signature;
import org.policyreport.report.document.Table;
import org.policyreport.report.document.TableOfContents;
import org.policyreport.report.document.TitlePage;
import org.policyreport.report.document.Vocabulary;

/**
 * The flowing blocks (paragraphs, lists, tables, figures, boxes) as OpenPDF elements, built once:
 * the elements measure the block before it is placed, and the block's placement lays the same
 * elements out through {@link Flow} inside their structure elements. Page-level blocks (title page,
 * contents, headings, page breaks) belong to {@link Composer}; met inside a box they are skipped
 * with a warning.
 */
final class Blocks implements BlockVisitor<Blocks.Built> {
  /** A block's elements (for measuring) and how to place them under a parent element. */
  record Built(java.util.List<Element> parts, BiConsumer<Flow, PdfStructureElement> place) {
    Built {
      parts = java.util.List.copyOf(parts);
    }

    void place(Flow flow, PdfStructureElement parent) {
      place.accept(flow, parent);
    }
  }

  /** One list item: its label, where the label stands, its text and its nested items. */
  private record Item(Chunk label, float labelX, Paragraph body, java.util.List<Item> children) {}

  private record Listing(List measured, java.util.List<Item> items) {}

  /** Room text needs to start on a page: two lines. */
  private static final float TWO_LINES = 2 * Layout.LEADING + 9f;

  /** Height up to which a part of a box counts as one line (a title or a label). */
  private static final float ONE_LINE = 1.6f * Layout.LEADING + 12f;

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
  public Built paragraph(org.policyreport.report.document.Paragraph b) {
    Paragraph p;
    switch (b.role()) {
      case LEAD:
        p =
            new Paragraph(
                inlines.phrase(
                    b.content(), Layout.BODY + 1f, Layout.LEADING + 1.5f, Layout.ACCENT, true));
        p.setSpacingBefore(2f);
        p.setSpacingAfter(8f);
        return text(p);
      case NOTICE:
        return notice(b);
      case SMALL:
        p =
            new Paragraph(
                inlines.phrase(
                    b.content(), Layout.SMALL, Layout.SMALL_LEADING, Layout.MUTED, false));
        p.setSpacingAfter(4f);
        return text(p);
      default:
        p =
            new Paragraph(
                inlines.phrase(b.content(), Layout.BODY, Layout.LEADING, Layout.INK, false));
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setSpacingAfter(7f);
        return text(p);
    }
  }

  private static Built text(Paragraph p) {
    return new Built(
        java.util.List.of(p), (flow, parent) -> flow.text(p, Tags.add(parent, PdfName.P)));
  }

  /** The frame of a notice: a tinted band with an accent rule on the left. */
  private static Rectangle noticeFrame() {
    Rectangle r = new Rectangle(0, 0);
    r.setBorder(Rectangle.LEFT);
    r.setBorderWidthLeft(3f);
    r.setBorderColorLeft(Layout.ACCENT);
    r.setBackgroundColor(Layout.BOX_FILL);
    return r;
  }

  private Built notice(org.policyreport.report.document.Paragraph b) {
    com.lowagie.text.Phrase phrase =
        inlines.phrase(b.content(), Layout.BODY - 0.5f, Layout.LEADING - 1f, Layout.INK, false);
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    PdfPCell c = new PdfPCell(phrase);
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
    Paragraph text = new Paragraph(phrase);
    return new Built(
        java.util.List.of(t),
        (flow, parent) -> {
          flow.beginFrame(noticeFrame(), 4f, 10f, 2f, 6f, 8f);
          flow.text(text, Tags.add(parent, PdfName.P));
          flow.endFrame(10f);
        });
  }

  @Override
  public Built list(ListBlock b) {
    Listing listing = listing(b);
    Paragraph holder = new Paragraph(Layout.LEADING, "", fonts.regular(Layout.BODY));
    holder.add(listing.measured());
    holder.setSpacingAfter(7f);
    return new Built(
        java.util.List.of(holder),
        (flow, parent) -> {
          placeItems(flow, listing.items(), Tags.add(parent, PdfName.L));
          flow.space(7f);
        });
  }

  private Listing listing(ListBlock b) {
    java.util.List<Item> items = new ArrayList<>();
    List measured = list(b.ordered(), b.items(), 0, items);
    return new Listing(measured, items);
  }

  private List list(
      boolean ordered,
      java.util.List<ListBlock.Item> items,
      int depth,
      java.util.List<Item> placed) {
    float symbolIndent = ordered ? 22f : 14f;
    List list = new List(ordered, symbolIndent);
    list.setAutoindent(false);
    if (depth > 0) {
      list.setIndentationLeft(6f);
    }
    for (int i = 0; i < items.size(); i++) {
      ListBlock.Item item = items.get(i);
      com.lowagie.text.Phrase phrase =
          inlines.phrase(item.content(), Layout.BODY, Layout.LEADING, Layout.INK, false);
      ListItem li = new ListItem(phrase);
      li.setSpacingAfter(2f);
      // An item keeps the first symbol it is given, so ours must come before List.add sets its own.
      String marker = ordered ? vocabulary.listMarker(depth, i) : vocabulary.bullet(depth);
      Chunk label =
          new Chunk(marker, fonts.regular(Layout.BODY, ordered ? Layout.INK : Layout.ACCENT));
      li.setListSymbol(label);
      list.add(li);
      Paragraph body = new Paragraph(phrase);
      body.setIndentationLeft(6f * depth + symbolIndent);
      body.setSpacingAfter(2f);
      java.util.List<Item> children = new ArrayList<>();
      if (!item.children().isEmpty()) {
        list.add(list(ordered, item.children(), depth + 1, children));
      }
      placed.add(new Item(label, 6f * depth, body, children));
    }
    return list;
  }

  /** Items as L > LI > (Lbl, LBody); a nested list goes inside its item's body, after the text. */
  private static void placeItems(Flow flow, java.util.List<Item> items, PdfStructureElement l) {
    for (Item item : items) {
      PdfStructureElement li = Tags.add(l, PdfName.LI);
      PdfStructureElement lbl = Tags.add(li, PdfName.LBL);
      PdfStructureElement body = Tags.add(li, PdfName.LBODY);
      if (item.children().isEmpty()) {
        flow.item(item.label(), item.labelX(), item.body(), lbl, body);
      } else {
        flow.item(item.label(), item.labelX(), item.body(), lbl, Tags.add(body, PdfName.P));
        placeItems(flow, item.children(), Tags.add(body, PdfName.L));
      }
    }
  }

  @Override
  public Built table(Table b) {
    return tables.built(b);
  }

  @Override
  public Built figure(Figure b) {
    return figures.built(b);
  }

  private static Rectangle boxFrame(boolean warning) {
    Rectangle r = new Rectangle(0, 0);
    r.setBorder(Rectangle.BOX);
    r.setBorderColor(warning ? Layout.WARNING : Layout.ACCENT);
    r.setBorderWidth(warning ? 1.4f : 0.9f);
    r.setBackgroundColor(warning ? Layout.WARNING_FILL : Layout.BOX_FILL);
    return r;
  }

  @Override
  public Built box(Box b) {
    boolean warning = b.status() == Box.Status.WARNING;
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.BOX);
    cell.setBorderColor(warning ? Layout.WARNING : Layout.ACCENT);
    cell.setBorderWidth(warning ? 1.4f : 0.9f);
    cell.setBackgroundColor(warning ? Layout.WARNING_FILL : Layout.BOX_FILL);
    cell.setPadding(11f);
    cell.setPaddingTop(8f);
    java.util.List<Built> inner = new ArrayList<>();
    java.util.List<Float> heights = new ArrayList<>();
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
    inner.add(text(title));
    heights.add(Measure.height((Element) title));
    if (warning && b.statusText() != null && !b.statusText().isBlank()) {
      Paragraph status =
          new Paragraph(
              inlines.plain(b.statusText(), Layout.BODY, Layout.LEADING, Layout.WARNING, true));
      status.setSpacingAfter(4f);
      cell.addElement(status);
      inner.add(text(status));
      heights.add(Measure.height((Element) status));
    }
    for (org.policyreport.report.document.Block block : b.content()) {
      if (block instanceof ListBlock l) {
        // A cell lays out a List itself; wrapped in a paragraph its items would run together.
        Listing listing = listing(l);
        cell.addElement(listing.measured());
        Paragraph gap = new Paragraph(4f, " ", fonts.regular(4f));
        cell.addElement(gap);
        inner.add(
            new Built(
                java.util.List.of(),
                (flow, parent) -> {
                  placeItems(flow, listing.items(), Tags.add(parent, PdfName.L));
                  flow.space(4f);
                }));
        heights.add(Measure.height(listing.measured()));
        continue;
      }
      Built built = block.accept(this);
      for (Element e : built.parts()) {
        cell.addElement(e);
      }
      inner.add(built);
      heights.add(Measure.height(built.parts()));
    }
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    t.addCell(cell);
    t.setSpacingBefore(6f);
    t.setSpacingAfter(12f);
    t.setKeepTogether(true);
    return new Built(
        java.util.List.of(t),
        (flow, parent) -> {
          PdfStructureElement div = Tags.add(parent, PdfName.DIV);
          flow.beginFrame(boxFrame(warning), 6f, 11f, 11f, 8f, 11f);
          for (int i = 0; i < inner.size(); i++) {
            flow.keep(startOf(heights, i));
            inner.get(i).place(flow, div);
          }
          flow.endFrame(12f);
        });
  }

  /**
   * Room part {@code i} of a box needs on the page: its first two lines, and a one-line part (the
   * box's title, a label such as "Core strategies") also the first two lines of the part after it.
   */
  private static float startOf(java.util.List<Float> heights, int i) {
    float own = Math.min(heights.get(i), TWO_LINES);
    if (heights.get(i) <= ONE_LINE && i + 1 < heights.size()) {
      return heights.get(i) + Math.min(heights.get(i + 1), TWO_LINES);
    }
    return own;
  }

  @Override
  public Built titlePage(TitlePage b) {
    return skipped("title page");
  }

  @Override
  public Built tableOfContents(TableOfContents b) {
    return skipped("table of contents");
  }

  @Override
  public Built heading(Heading b) {
    return skipped("heading \"" + b.text() + "\"");
  }

  @Override
  public Built pageBreak(PageBreak b) {
    return skipped("page break");
  }

  @Override
  public Built signature(Signature b) {
    return new BackMatter(fonts, inlines).signature(b);
  }

  @Override
  public Built bibliography(Bibliography b) {
    return new BackMatter(fonts, inlines).bibliography(b);
  }

  @Override
  public Built colophon(Colophon b) {
    return skipped("colophon");
  }

  @Override
  public Built bodyStart(BodyStart b) {
    return skipped("start of the body");
  }

  private Built skipped(String what) {
    warnings.accept("PDF: a " + what + " inside a box cannot be shown there and was left out");
    return new Built(java.util.List.of(), (flow, parent) -> {});
  }
}
