package org.policyreport.report.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.policyreport.report.document.Bibliography;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.BlockVisitor;
import org.policyreport.report.document.BodyStart;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Colophon;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Inline;
import org.policyreport.report.document.ListBlock;
import org.policyreport.report.document.PageBreak;
import org.policyreport.report.document.Signature;
import org.policyreport.report.document.Table;
import org.policyreport.report.document.TableOfContents;
import org.policyreport.report.document.TitlePage;

/**
 * Lays the blocks out page by page: title page, contents, headings (chapters start a new page,
 * every heading is a link target and chapters and sections are bookmarks), the flowing blocks, and
 * footnotes at the foot of the page where they are called.
 *
 * <p>Page-breaking rules: a heading, and a sentence ending with a colon that leads into a list or a
 * table, is held back until the block after it is laid out and moves to the next page with that
 * block's start (never the last line of a page); a paragraph keeps at least two lines on each page
 * (see {@link Flow}); a short table, a figure, a short box or a notice is kept whole, a long table
 * starts where it is if its caption, header and a few rows fit and continues under its repeated
 * header with the caption marked as continued, never between rows kept together; a long box starts
 * where it is and runs over; a block's footnotes take their space at the foot of the page before
 * the block is placed.
 *
 * <p>Everything is tagged in reading order under the document element: headings H1 to H4,
 * paragraphs, lists, tables, figures, boxes as Div, the contents as TOC, footnotes as Note with an
 * ID; rules and the running header and footer are artifacts.
 */
final class Composer implements BlockVisitor<Void> {
  private static final String CONTENTS = "contents";

  /** Room a paragraph or list needs to start on a page: two lines. */
  private static final float TWO_LINES = 2 * Layout.LEADING + 9f;

  /** Room a box too long for one page needs to start on a page: its title and two lines. */
  private static final float BOX_START = 2 * Layout.LEADING + 60f;

  /** Boxes up to this share of the page height are never split. */
  private static final float BOX_KEEP_WHOLE = 0.5f;

  /** Tables up to this share of the page height are never split. */
  private static final float KEEP_WHOLE = 0.3f;

  /** Body rows a split table shows at least on its first page. */
  private static final int MIN_ROWS = 4;

  private final Flow flow;
  private final PdfWriter writer;
  private final PdfFonts fonts;
  private final PageFrame frame;
  private final org.policyreport.report.document.Document document;
  private final Map<String, Integer> pages;
  private final Inlines inlines;
  private final Blocks blocks;
  private final List<Held> held = new ArrayList<>();
  private List<Block> sequence = List.of();
  private int current;

  /** Measured heights are close, not exact: room kept so a colophon never spills over. */
  private static final float SLACK = 6f;

  private int headingIndex;
  private PdfOutline chapter;
  private final BackMatter backMatter;
  private int tableIndex;
  private int figureIndex;

  /** The contents key of the table or figure being placed, recorded with the page it starts on. */
  private String listed;

  /** A heading or lead-in waiting for the block after it: its height and how it is placed. */
  private record Held(float height, Runnable place) {}

  Composer(
      Flow flow,
      PdfWriter writer,
      PdfFonts fonts,
      PageFrame frame,
      org.policyreport.report.document.Document document,
      Map<String, Integer> pages,
      Consumer<String> warnings) {
    this.flow = flow;
    this.writer = writer;
    this.fonts = fonts;
    this.frame = frame;
    this.document = document;
    this.pages = pages;
    this.inlines = new Inlines(fonts);
    Tables tables = new Tables(fonts, inlines, document.vocabulary());
    this.blocks =
        new Blocks(
            fonts, inlines, document.vocabulary(), new Figures(writer, fonts, tables), warnings);
    this.backMatter = new BackMatter(fonts, inlines);
  }

  /** Link and page-recording key of the heading at {@code index} in document order. */
  static String key(int index) {
    return "h" + index;
  }

  /** Lays out the blocks in order. */
  void compose(List<Block> all) {
    sequence = all;
    if (all.stream().anyMatch(b -> b instanceof BodyStart)) {
      frame.frontMatter();
    }
    for (current = 0; current < all.size(); current++) {
      all.get(current).accept(this);
    }
  }

  void finish() {
    releaseHeadings();
    flow.finish();
    if (frame.bodyStart() > 1) {
      PdfPageLabels labels = new PdfPageLabels();
      labels.addPageLabel(1, PdfPageLabels.LOWERCASE_ROMAN_NUMERALS);
      labels.addPageLabel(frame.bodyStart(), PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, 1);
      writer.setPageLabels(labels);
    }
    if (writer.getPageNumber() == 1 && flow.atTop()) {
      // An empty document still needs one page to be a valid PDF.
      flow.decoration(new Paragraph(" ", fonts.regular(Layout.BODY)));
    }
  }

  @Override
  public Void titlePage(TitlePage b) {
    TitlePages.write(b, flow, writer, fonts, document());
    frame.plain(writer.getPageNumber());
    flow.newPage();
    return null;
  }

  @Override
  public Void tableOfContents(TableOfContents b) {
    flow.newPage();
    Chunk anchor = LineBreaks.chunk(b.title(), fonts.bold(Layout.CHAPTER, Layout.ACCENT));
    anchor.setLocalDestination(CONTENTS);
    Paragraph title = new Paragraph(28f, anchor);
    title.setSpacingAfter(18f);
    flow.text(title, Tags.add(document(), PdfName.H1));
    new PdfOutline(
        writer.getRootOutline(), PdfAction.gotoLocalPage(CONTENTS, false), b.title(), false);
    Contents.place(flow, Contents.table(document.headings(), pages, fonts), document());
    captionList(document.vocabulary().tablesTitle(), Table.class, "t");
    captionList(document.vocabulary().figuresTitle(), Figure.class, "f");
    return null;
  }

  /** The list of tables or of figures after the contents, when the document has any. */
  private void captionList(String title, Class<? extends Block> type, String prefix) {
    List<String[]> entries = new ArrayList<>();
    for (Block b : document.blocks()) {
      if (b instanceof Table t && type == Table.class) {
        entries.add(new String[] {t.label(), t.caption(), prefix + entries.size()});
      } else if (b instanceof Figure f && type == Figure.class) {
        entries.add(new String[] {f.label(), f.caption(), prefix + entries.size()});
      }
    }
    if (entries.isEmpty()) {
      return;
    }
    Paragraph heading = new Paragraph(22f, title, fonts.bold(Layout.SECTION, Layout.ACCENT));
    heading.setSpacingBefore(22f);
    heading.setSpacingAfter(6f);
    ensureSpace(heading.getLeading() + heading.getSpacingBefore() + 3 * Layout.LEADING);
    flow.text(heading, Tags.add(document(), Tags.heading(2)));
    Contents.placeCaptions(flow, Contents.captions(entries, pages, fonts), document());
  }

  @Override
  public Void heading(Heading h) {
    String key = key(headingIndex++);
    if (h.level() == 1) {
      releaseHeadings();
      flow.newPage();
      chapterHeading(h, key);
      chapter =
          new PdfOutline(
              writer.getRootOutline(), PdfAction.gotoLocalPage(key, false), h.display(), true);
      return null;
    }
    float size =
        h.level() == 2 ? Layout.SECTION : h.level() == 3 ? Layout.SUBSECTION : Layout.MINOR;
    Chunk text =
        target(
            LineBreaks.chunk(
                h.display(), fonts.bold(size, h.level() == 2 ? Layout.ACCENT : Layout.INK)),
            key);
    Paragraph p = new Paragraph(size * 1.45f, text);
    // A heading stands closer to the text it introduces than to the text before it.
    p.setSpacingBefore(h.level() == 2 ? 26f : 18f);
    p.setSpacingAfter(h.level() == 2 ? 5f : 2f);
    p.setKeepTogether(true);
    int level = h.level();
    held.add(
        new Held(
            Measure.height((Element) p),
            () -> flow.text(p, Tags.add(document(), Tags.heading(level)))));
    if (h.level() == 2) {
      new PdfOutline(
          chapter == null ? writer.getRootOutline() : chapter,
          PdfAction.gotoLocalPage(key, false),
          h.display(),
          false);
    }
    return null;
  }

  private void chapterHeading(Heading h, String key) {
    Paragraph p = new Paragraph(Layout.CHAPTER * 1.35f);
    p.setFont(fonts.bold(Layout.CHAPTER));
    if (h.number() != null) {
      p.add(
          target(
              LineBreaks.chunk(h.number(), fonts.bold(Layout.CHAPTER_NUMBER, Layout.ACCENT)), key));
      p.add(LineBreaks.chunk("\n", fonts.bold(Layout.CHAPTER_NUMBER)));
      p.add(LineBreaks.chunk(h.text(), fonts.bold(Layout.CHAPTER, Layout.INK)));
    } else {
      p.add(target(LineBreaks.chunk(h.text(), fonts.bold(Layout.CHAPTER, Layout.INK)), key));
    }
    p.setSpacingBefore(6f);
    flow.text(p, Tags.add(document(), Tags.heading(1)));
    Paragraph rule = fonts.rule(0.8f, 100f, Layout.ACCENT);
    rule.setSpacingAfter(4f);
    flow.decoration(rule);
  }

  private static Chunk target(Chunk c, String key) {
    c.setLocalDestination(key);
    c.setGenericTag(key);
    return c;
  }

  @Override
  public Void paragraph(org.policyreport.report.document.Paragraph b) {
    Blocks.Built built = blocks.paragraph(b);
    float full = Measure.height(built.parts());
    if (leadsIn(b) && full <= pageHeight() * KEEP_WHOLE) {
      // A sentence that announces the list or table after it goes to the page where that starts.
      takeFootnotes();
      held.add(new Held(full, () -> built.place(flow, document())));
      return null;
    }
    boolean whole = b.role() == org.policyreport.report.document.Paragraph.Role.NOTICE;
    flow(built, full, whole ? full : Math.min(full, TWO_LINES));
    return null;
  }

  @Override
  public Void list(ListBlock b) {
    Blocks.Built built = blocks.list(b);
    float full = Measure.height(built.parts());
    flow(built, full, Math.min(full, TWO_LINES));
    return null;
  }

  @Override
  public Void table(Table b) {
    listed = "t" + tableIndex++;
    Blocks.Built built = blocks.table(b);
    List<Element> parts = built.parts();
    PdfPTable grid = (PdfPTable) parts.get(1);
    float caption = Measure.height(parts.subList(0, 1));
    float rows = Measure.height(grid);
    float full = caption + rows + Measure.height(parts.subList(2, parts.size()));
    float start = full;
    if (full > pageHeight() * KEEP_WHOLE) {
      // Long tables start where they are, provided the caption, header and a few rows fit.
      int shown = Math.min(grid.size(), grid.getHeaderRows() + MIN_ROWS);
      float head = grid.spacingBefore();
      for (int r = 0; r < shown; r++) {
        head += grid.getRowHeight(r);
      }
      start = caption + head;
    }
    flow(built, full, start);
    return null;
  }

  @Override
  public Void figure(Figure b) {
    listed = "f" + figureIndex++;
    Blocks.Built built = blocks.figure(b);
    float full = Measure.height(built.parts());
    flow(built, full, full);
    return null;
  }

  @Override
  public Void box(Box b) {
    Blocks.Built built = blocks.box(b);
    float full = Measure.height(built.parts());
    // A short box is kept whole; a longer one starts where it is, after its title and two lines,
    // and runs over, rather than leave most of a page empty.
    flow(built, full, full <= pageHeight() * BOX_KEEP_WHOLE ? full : BOX_START);
    return null;
  }

  @Override
  public Void pageBreak(PageBreak b) {
    releaseHeadings();
    flow.newPage();
    return null;
  }

  @Override
  public Void signature(Signature b) {
    Blocks.Built built = backMatter.signature(b);
    float full = Measure.height(built.parts());
    flow(built, full, full);
    return null;
  }

  @Override
  public Void bibliography(Bibliography b) {
    Blocks.Built built = backMatter.bibliography(b);
    float full = Measure.height(built.parts());
    flow(built, full, Math.min(full, 2 * TWO_LINES));
    return null;
  }

  /** The colophon at the foot of a page of its own. */
  @Override
  public Void colophon(Colophon b) {
    releaseHeadings();
    flow.newPage();
    Blocks.Built built = backMatter.colophon(b);
    float full = Measure.height(built.parts()) + SLACK;
    if (full < flow.room()) {
      flow.decoration(new Paragraph(flow.room() - full, " ", fonts.regular(Layout.BODY)));
    }
    built.place(flow, document());
    return null;
  }

  /** The body starts on a new page, numbered 1; the pages before are numbered i, ii, ... */
  @Override
  public Void bodyStart(BodyStart b) {
    releaseHeadings();
    flow.newPage();
    frame.body(writer.getPageNumber());
    return null;
  }

  /**
   * Adds a block after making sure that the held headings and the block's first {@code start}
   * points fit on this page, above the space its footnotes take.
   */
  /**
   * A paragraph that announces the list, table or box right after it: it ends with a colon or says
   * so ("as follows", "다음과 같다"). A box the heading and this lead would be stranded above otherwise
   * (a brief's recommendation) takes them along.
   */
  private boolean leadsIn(org.policyreport.report.document.Paragraph b) {
    if (b.role() != org.policyreport.report.document.Paragraph.Role.BODY
        && b.role() != org.policyreport.report.document.Paragraph.Role.LEAD) {
      return false;
    }
    StringBuilder text = new StringBuilder();
    for (Inline in : b.content()) {
      if (in instanceof Inline.Text t) {
        text.append(t.text());
      }
    }
    String t = text.toString().strip();
    boolean announces =
        t.endsWith(":")
            || t.endsWith("：")
            || t.contains("다음과 같")
            || t.contains("as follows")
            || t.contains("the following");
    if (!announces) {
      return false;
    }
    int next = current + 1;
    return next < sequence.size()
        && (sequence.get(next) instanceof ListBlock
            || sequence.get(next) instanceof Table
            || sequence.get(next) instanceof Box);
  }

  /** The footnotes of the block just built take their space at the foot of the page from now. */
  private void takeFootnotes() {
    for (Inlines.Note n : inlines.takeNotes()) {
      flow.footnote(Inlines.noteAnchor(n.number()), noteText(n));
    }
  }

  private void flow(Blocks.Built built, float full, float start) {
    takeFootnotes();
    float headings = 0;
    for (Held h : held) {
      headings += h.height();
    }
    ensureSpace(Math.min(headings + start, pageHeight()));
    if (listed != null) {
      frame.record(listed, writer.getPageNumber());
      listed = null;
    }
    releaseHeadings();
    built.place(flow, document());
  }

  private void releaseHeadings() {
    List<Held> now = List.copyOf(held);
    held.clear();
    for (Held h : now) {
      h.place().run();
    }
  }

  private PdfStructureElement document() {
    return flow.tags().document();
  }

  /** A footnote in small type, its number the target of the marker's link. */
  private Paragraph noteText(Inlines.Note n) {
    Paragraph p = new Paragraph(Layout.SMALL_LEADING);
    p.setFont(fonts.regular(Layout.SMALL));
    Chunk number = LineBreaks.chunk(n.number() + ".", fonts.regular(Layout.SMALL, Layout.ACCENT));
    number.setLocalDestination(Inlines.noteAnchor(n.number()));
    p.add(number);
    p.add(LineBreaks.chunk(" " + n.text(), fonts.regular(Layout.SMALL, Layout.MUTED)));
    p.setIndentationLeft(12f);
    p.setFirstLineIndent(-12f);
    p.setSpacingAfter(2f);
    return p;
  }

  private float pageHeight() {
    return Layout.PAGE.getHeight() - Layout.MARGIN_TOP - Layout.MARGIN_BOTTOM;
  }

  private void ensureSpace(float needed) {
    if (flow.room() < needed && !flow.atTop()) {
      flow.newPage();
    }
  }
}
