package org.policyreport.report.render.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.policyreport.report.document.Bibliography;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.BlockVisitor;
import org.policyreport.report.document.BodyStart;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Colophon;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.ListBlock;
import org.policyreport.report.document.PageBreak;
import org.policyreport.report.document.Paragraph;
import org.policyreport.report.document.Signature;
import org.policyreport.report.document.Table;
import org.policyreport.report.document.TableOfContents;
import org.policyreport.report.document.TitlePage;
import org.policyreport.report.document.Vocabulary;

/**
 * Walks the blocks into a body: the main text, or the inside of a box, where only paragraphs, lists
 * and headings make sense (anything else is reported and left out).
 *
 * <p>A page break is not written where it occurs but as "page break before" on the next paragraph,
 * so that a break followed by a chapter heading (which starts a page anyway) does not leave an
 * empty page.
 */
final class BlockWriter implements BlockVisitor<Void> {
  private final XWPFDocument doc;
  private final Body body;
  private final Vocabulary v;
  private final Document document;
  private final Inlines inlines;
  private final References refs;
  private final ListNumbering lists;
  private final Consumer<String> warnings;
  private final boolean inBox;
  private boolean pageBreak;
  private int headingIndex;
  private XWPFParagraph frontMatterEnd;

  BlockWriter(
      XWPFDocument doc,
      Body body,
      Vocabulary v,
      Document document,
      Inlines inlines,
      References refs,
      ListNumbering lists,
      Consumer<String> warnings,
      boolean inBox) {
    this.doc = doc;
    this.body = body;
    this.v = v;
    this.document = document;
    this.inlines = inlines;
    this.refs = refs;
    this.lists = lists;
    this.warnings = warnings;
    this.inBox = inBox;
  }

  /** Label and caption of every table or figure of the document, in order, for their lists. */
  private List<String[]> captions(Class<? extends Block> type) {
    return document.blocks().stream()
        .filter(type::isInstance)
        .map(
            b ->
                b instanceof Table t
                    ? new String[] {t.label(), t.caption()}
                    : new String[] {((Figure) b).label(), ((Figure) b).caption()})
        .toList();
  }

  /** The last paragraph of the front matter, or null when the document has none. */
  XWPFParagraph frontMatterEnd() {
    return frontMatterEnd;
  }

  void writeAll(List<Block> blocks) {
    for (Block b : blocks) {
      b.accept(this);
    }
  }

  /** Whether a pending page break applies to the next paragraph; clears it. */
  private boolean takePageBreak() {
    boolean b = pageBreak;
    pageBreak = false;
    return b;
  }

  private boolean outsideBoxOnly(String what) {
    if (inBox) {
      warnings.accept("DOCX: a " + what + " inside a box cannot be shown and was left out");
      return false;
    }
    return true;
  }

  @Override
  public Void titlePage(TitlePage t) {
    if (!outsideBoxOnly("title page")) {
      return null;
    }
    takePageBreak();
    if (t.series() != null) {
      Inlines.text(Par.style(Styles.TITLE_DETAIL).applyTo(body.newParagraph()), t.series())
          .setBold(true);
    }
    Inlines.text(Par.style(Styles.TITLE).applyTo(body.newParagraph()), t.title());
    if (t.subtitle() != null && !t.subtitle().isEmpty()) {
      Inlines.text(Par.style(Styles.SUBTITLE).applyTo(body.newParagraph()), t.subtitle());
    } else {
      Par.style(Styles.SUBTITLE).applyTo(body.newParagraph());
    }
    if (!t.authors().isEmpty()) {
      XWPFParagraph p = Par.style(Styles.TITLE_DETAIL).applyTo(body.newParagraph());
      Inlines.text(p, String.join("\n", t.authors())).setBold(true);
    }
    BackMatter.credits(body, t.credits());
    for (String line : new String[] {t.organization(), t.date()}) {
      if (line != null && !line.isEmpty()) {
        Inlines.text(Par.style(Styles.TITLE_DETAIL).applyTo(body.newParagraph()), line);
      }
    }
    if (t.notice() != null && !t.notice().isEmpty()) {
      XWPFParagraph p = Par.style(Styles.NOTICE).spacing(1200, null).applyTo(body.newParagraph());
      Inlines.text(p, t.notice());
    }
    pageBreak = true;
    return null;
  }

  @Override
  public Void tableOfContents(TableOfContents b) {
    if (outsideBoxOnly("table of contents")) {
      // The TOC heading style starts a page by itself.
      takePageBreak();
      Toc.write(body, b.title(), document.headings(), false);
      List<String[]> tables = captions(Table.class);
      List<String[]> figures = captions(Figure.class);
      Toc.writeCaptions(body, v, tables, refs.captions(false), false, true);
      Toc.writeCaptions(body, v, figures, refs.captions(true), true, tables.isEmpty());
    }
    return null;
  }

  @Override
  public Void heading(Heading h) {
    if (inBox) {
      Inlines.text(Par.style(Styles.BOX_TITLE).applyTo(body.newParagraph()), h.display());
      return null;
    }
    boolean startsPage = h.level() == 1;
    boolean br = takePageBreak() && !startsPage;
    Par par = Par.style(Styles.heading(h.level())).pageBreakBefore(br);
    if (h.number() == null) {
      // The heading styles are numbered; an unnumbered heading (contents, summary, appendix)
      // opts out.
      par.numbering(0, 0);
    }
    XWPFParagraph p = par.applyTo(body.newParagraph());
    int index = headingIndex++;
    CTBookmark start = p.getCTP().addNewBookmarkStart();
    start.setId(java.math.BigInteger.valueOf(index));
    start.setName(Toc.bookmark(index));
    // The number comes from the heading list (ListNumbering); the text is the heading's own.
    Inlines.text(p, h.text());
    CTMarkupRange end = p.getCTP().addNewBookmarkEnd();
    end.setId(java.math.BigInteger.valueOf(index));
    return null;
  }

  @Override
  public Void paragraph(Paragraph b) {
    XWPFParagraph p =
        Par.style(style(b.role())).pageBreakBefore(takePageBreak()).applyTo(body.newParagraph());
    inlines.write(p, b.content());
    return null;
  }

  private static String style(Paragraph.Role role) {
    switch (role) {
      case LEAD:
        return Styles.LEAD;
      case NOTICE:
        return Styles.NOTICE;
      case SMALL:
        return Styles.SMALL;
      default:
        return Styles.BODY;
    }
  }

  @Override
  public Void list(ListBlock b) {
    Lists.write(body, b, lists, inlines, takePageBreak());
    return null;
  }

  @Override
  public Void table(Table t) {
    if (outsideBoxOnly("table")) {
      Tables.write(doc, body, t, v, refs, takePageBreak());
    }
    return null;
  }

  @Override
  public Void figure(Figure f) {
    if (outsideBoxOnly("figure")) {
      try {
        Figures.write(body, f, v, refs, takePageBreak());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return null;
  }

  @Override
  public Void box(Box b) {
    if (!outsideBoxOnly("box")) {
      return null;
    }
    if (takePageBreak()) {
      Par.style(Styles.TABLE_NOTE).pageBreakBefore(true).applyTo(body.newParagraph());
    }
    Body inside = Boxes.open(doc, b);
    new BlockWriter(doc, inside, v, document, inlines, refs, lists, warnings, true)
        .writeAll(b.content());
    Boxes.close(body);
    return null;
  }

  @Override
  public Void pageBreak(PageBreak b) {
    if (!inBox) {
      pageBreak = true;
    }
    return null;
  }

  @Override
  public Void signature(Signature b) {
    BackMatter.signature(body, b, takePageBreak());
    return null;
  }

  @Override
  public Void bibliography(Bibliography b) {
    if (outsideBoxOnly("list of references")) {
      BackMatter.bibliography(body, b, inlines, takePageBreak());
    }
    return null;
  }

  @Override
  public Void colophon(Colophon b) {
    if (outsideBoxOnly("colophon")) {
      takePageBreak();
      BackMatter.colophon(body, b);
    }
    return null;
  }

  /** The front matter's section ends in an empty paragraph; the break starts the body's page. */
  @Override
  public Void bodyStart(BodyStart b) {
    if (outsideBoxOnly("start of the body")) {
      takePageBreak();
      frontMatterEnd = Par.style(Styles.SMALL).applyTo(body.newParagraph());
    }
    return null;
  }
}
