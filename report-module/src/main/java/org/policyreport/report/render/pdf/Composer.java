package org.policyreport.report.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import java.util.Map;
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

/**
 * Lays the blocks out page by page: title page, contents, headings (chapters start a new page,
 * every heading is a link target and chapters and sections are bookmarks), the flowing blocks, and
 * each chapter's notes at its end. Headings, tables and figures are moved to the next page rather
 * than left stranded at the foot of one.
 */
final class Composer implements BlockVisitor<Void> {
  private static final String CONTENTS = "contents";

  private final Document pdf;
  private final PdfWriter writer;
  private final PdfFonts fonts;
  private final PageFrame frame;
  private final org.policyreport.report.document.Document document;
  private final Map<String, Integer> pages;
  private final Inlines inlines;
  private final Blocks blocks;
  private int headingIndex;
  private PdfOutline chapter;

  Composer(Document pdf, PdfWriter writer, PdfFonts fonts, PageFrame frame,
      org.policyreport.report.document.Document document, Map<String, Integer> pages,
      Consumer<String> warnings) {
    this.pdf = pdf;
    this.writer = writer;
    this.fonts = fonts;
    this.frame = frame;
    this.document = document;
    this.pages = pages;
    this.inlines = new Inlines(fonts);
    Tables tables = new Tables(fonts, inlines, document.vocabulary());
    this.blocks = new Blocks(fonts, inlines, document.vocabulary(), new Figures(writer, fonts, tables), warnings);
  }

  /** Link and page-recording key of the heading at {@code index} in document order. */
  static String key(int index) {
    return "h" + index;
  }

  void finish() {
    flushNotes();
    if (writer.getPageNumber() == 1 && writer.getVerticalPosition(false) >= pdf.top()) {
      // An empty document still needs one page to be a valid PDF.
      add(new Paragraph(" ", fonts.regular(Layout.BODY)));
    }
  }

  @Override
  public Void titlePage(TitlePage b) {
    TitlePages.write(b, pdf, writer, fonts);
    frame.plain(writer.getPageNumber());
    pdf.newPage();
    return null;
  }

  @Override
  public Void tableOfContents(TableOfContents b) {
    pdf.newPage();
    Chunk anchor = new Chunk(b.title(), fonts.bold(Layout.CHAPTER, Layout.ACCENT));
    anchor.setLocalDestination(CONTENTS);
    Paragraph title = new Paragraph(28f, anchor);
    title.setSpacingAfter(18f);
    add(title);
    new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(CONTENTS, false), b.title(), false);
    add(Contents.table(document.headings(), pages, fonts));
    return null;
  }

  @Override
  public Void heading(Heading h) {
    String key = key(headingIndex++);
    if (h.level() == 1) {
      flushNotes();
      pdf.newPage();
      chapterHeading(h, key);
      chapter = new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(key, false), h.display(), true);
      return null;
    }
    float size = h.level() == 2 ? Layout.SECTION : h.level() == 3 ? Layout.SUBSECTION : Layout.MINOR;
    ensureSpace(h.level() == 2 ? 110f : 80f);
    Chunk text = target(new Chunk(h.display(), fonts.bold(size, h.level() == 2 ? Layout.ACCENT : Layout.INK)), key);
    Paragraph p = new Paragraph(size * 1.45f, text);
    p.setSpacingBefore(h.level() == 2 ? 14f : 9f);
    p.setSpacingAfter(h.level() == 2 ? 8f : 5f);
    p.setKeepTogether(true);
    add(p);
    if (h.level() == 2) {
      new PdfOutline(chapter == null ? writer.getRootOutline() : chapter, PdfAction.gotoLocalPage(key, false), h.display(), false);
    }
    return null;
  }

  private void chapterHeading(Heading h, String key) {
    Paragraph p = new Paragraph(Layout.CHAPTER * 1.35f);
    p.setFont(fonts.bold(Layout.CHAPTER));
    if (h.number() != null) {
      p.add(target(new Chunk(h.number(), fonts.bold(Layout.CHAPTER_NUMBER, Layout.ACCENT)), key));
      p.add(new Chunk("\n", fonts.bold(Layout.CHAPTER_NUMBER)));
      p.add(new Chunk(h.text(), fonts.bold(Layout.CHAPTER, Layout.INK)));
    } else {
      p.add(target(new Chunk(h.text(), fonts.bold(Layout.CHAPTER, Layout.INK)), key));
    }
    p.setSpacingBefore(6f);
    add(p);
    Paragraph rule = fonts.rule(0.8f, 100f, Layout.ACCENT);
    rule.setSpacingAfter(4f);
    add(rule);
  }

  private static Chunk target(Chunk c, String key) {
    c.setLocalDestination(key);
    c.setGenericTag(key);
    return c;
  }

  @Override
  public Void paragraph(org.policyreport.report.document.Paragraph b) {
    addAll(blocks.paragraph(b));
    return null;
  }

  @Override
  public Void list(ListBlock b) {
    addAll(blocks.list(b));
    return null;
  }

  @Override
  public Void table(Table b) {
    List<Element> parts = blocks.table(b);
    Paragraph caption = (Paragraph) parts.get(0);
    PdfPTable grid = (PdfPTable) parts.get(1);
    float height = height(grid);
    float need = grid.getKeepTogether() && height < pageHeight() - 60f ? height + 40f : Math.min(height, 110f) + 40f;
    ensureSpace(need);
    add(caption);
    addAll(parts.subList(1, parts.size()));
    return null;
  }

  @Override
  public Void figure(Figure b) {
    List<Element> parts = blocks.figure(b);
    float height = height((PdfPTable) parts.get(0));
    ensureSpace(Math.min(height + 10f, pageHeight()));
    addAll(parts);
    return null;
  }

  @Override
  public Void box(Box b) {
    addAll(blocks.box(b));
    return null;
  }

  @Override
  public Void pageBreak(PageBreak b) {
    pdf.newPage();
    return null;
  }

  /** The notes collected in the chapter, in small type under a short rule. */
  private void flushNotes() {
    List<Inlines.Note> notes = inlines.takeNotes();
    if (notes.isEmpty()) {
      return;
    }
    ensureSpace(50f);
    Paragraph rule = fonts.rule(0.5f, 30f, Layout.RULE);
    rule.setSpacingBefore(14f);
    add(rule);
    for (Inlines.Note n : notes) {
      Paragraph p = new Paragraph(Layout.SMALL_LEADING);
      p.setFont(fonts.regular(Layout.SMALL));
      Chunk number = new Chunk(n.number() + ".", fonts.regular(Layout.SMALL, Layout.ACCENT));
      number.setLocalDestination(Inlines.noteAnchor(n.number()));
      p.add(number);
      p.add(new Chunk(" " + n.text(), fonts.regular(Layout.SMALL, Layout.MUTED)));
      p.setIndentationLeft(12f);
      p.setFirstLineIndent(-12f);
      p.setSpacingAfter(2f);
      add(p);
    }
  }

  private static float height(PdfPTable t) {
    t.setTotalWidth(Layout.TEXT_WIDTH);
    t.setLockedWidth(true);
    return t.getTotalHeight() + t.spacingBefore();
  }

  private float pageHeight() {
    return pdf.top() - pdf.bottom();
  }

  private void ensureSpace(float needed) {
    float y = writer.getVerticalPosition(false);
    if (y - pdf.bottom() < needed && y < pdf.top() - 1f) {
      pdf.newPage();
    }
  }

  private void addAll(List<Element> elements) {
    for (Element e : elements) {
      add(e);
    }
  }

  private void add(Element e) {
    pdf.add(e);
  }
}
