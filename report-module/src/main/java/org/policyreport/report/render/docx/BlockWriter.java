package org.policyreport.report.render.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.BlockVisitor;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.ListBlock;
import org.policyreport.report.document.PageBreak;
import org.policyreport.report.document.Paragraph;
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
  private final List<Heading> headings;
  private final Inlines inlines;
  private final Consumer<String> warnings;
  private final boolean inBox;
  private boolean pageBreak;
  private int headingIndex;

  BlockWriter(
      XWPFDocument doc,
      Body body,
      Vocabulary v,
      List<Heading> headings,
      Inlines inlines,
      Consumer<String> warnings,
      boolean inBox) {
    this.doc = doc;
    this.body = body;
    this.v = v;
    this.headings = headings;
    this.inlines = inlines;
    this.warnings = warnings;
    this.inBox = inBox;
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
      Toc.write(body, b.title(), headings, false);
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
    XWPFParagraph p =
        Par.style(Styles.heading(h.level())).pageBreakBefore(br).applyTo(body.newParagraph());
    int index = headingIndex++;
    CTBookmark start = p.getCTP().addNewBookmarkStart();
    start.setId(java.math.BigInteger.valueOf(index));
    start.setName(Toc.bookmark(index));
    Inlines.text(p, h.display());
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
    Lists.write(body, b, v, inlines, takePageBreak());
    return null;
  }

  @Override
  public Void table(Table t) {
    if (outsideBoxOnly("table")) {
      Tables.write(doc, body, t, v, takePageBreak());
    }
    return null;
  }

  @Override
  public Void figure(Figure f) {
    if (outsideBoxOnly("figure")) {
      try {
        Figures.write(body, f, v, takePageBreak());
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
    new BlockWriter(doc, inside, v, headings, inlines, warnings, true).writeAll(b.content());
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
}
