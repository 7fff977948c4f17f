package org.policyreport.report.render.hwpx;

import java.util.List;
import java.util.function.Consumer;
import org.policyreport.report.document.Bibliography;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.BlockVisitor;
import org.policyreport.report.document.BodyStart;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Colophon;
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
 * Walks the blocks into section paragraphs: the main text, or the inside of a box, where only
 * paragraphs, lists and headings make sense (anything else is reported and left out).
 *
 * <p>A page break is not written where it occurs but on the next paragraph, so that a break
 * followed by a chapter heading (which starts a page anyway) does not leave an empty page.
 */
final class BlockWriter implements BlockVisitor<Void> {
  private final Paragraphs p;
  private final Ids ids;
  private final Vocabulary v;
  private final List<Heading> headings;
  private final Consumer<String> warnings;
  private final boolean inBox;
  private boolean pageBreak;
  private boolean started;

  BlockWriter(
      Paragraphs p,
      Ids ids,
      Vocabulary v,
      List<Heading> headings,
      Consumer<String> warnings,
      boolean inBox) {
    this.p = p;
    this.ids = ids;
    this.v = v;
    this.headings = headings;
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
    started = true;
    return b;
  }

  private boolean outsideBoxOnly(String what) {
    if (inBox) {
      warnings.accept("HWPX: a " + what + " inside a box cannot be shown and was left out");
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
      p.plain(
          Look.Style.NORMAL,
          Look.Para.TITLE_DETAIL,
          Look.Char.TITLE_DETAIL_BOLD,
          false,
          t.series());
    }
    p.plain(Look.Style.TITLE, Look.Para.TITLE, Look.Char.TITLE, false, t.title());
    if (t.subtitle() != null && !t.subtitle().isEmpty()) {
      p.plain(Look.Style.NORMAL, Look.Para.TITLE_DETAIL, Look.Char.SUBTITLE, false, t.subtitle());
    }
    if (!t.authors().isEmpty()) {
      p.plain(
          Look.Style.NORMAL,
          Look.Para.TITLE_DETAIL,
          Look.Char.TITLE_DETAIL_BOLD,
          false,
          String.join("\n", t.authors()));
    }
    for (TitlePage.Credit c : t.credits()) {
      p.plain(
          Look.Style.NORMAL,
          Look.Para.TITLE_DETAIL,
          Look.Char.TITLE_DETAIL,
          false,
          c.role() + "  " + String.join(", ", c.names()));
    }
    for (String line : new String[] {t.organization(), t.date()}) {
      if (line != null && !line.isEmpty()) {
        p.plain(Look.Style.NORMAL, Look.Para.TITLE_DETAIL, Look.Char.TITLE_DETAIL, false, line);
      }
    }
    if (t.notice() != null && !t.notice().isEmpty()) {
      p.plain(Look.Style.NORMAL, Look.Para.NOTICE, Look.Char.NOTICE, false, t.notice());
    }
    pageBreak = true;
    return null;
  }

  /**
   * The contents: the title and one entry per chapter and section. The entries carry no page
   * numbers: pages are laid out by Hangul, not here, and a guessed number would be wrong as often
   * as right.
   */
  @Override
  public Void tableOfContents(TableOfContents b) {
    if (!outsideBoxOnly("table of contents")) {
      return null;
    }
    boolean br = takePageBreak() || started;
    p.plain(Look.Style.TOC_TITLE, Look.Para.TOC_TITLE, Look.Char.TOC_TITLE, br, b.title());
    for (Heading h : headings) {
      if (h.level() == 1) {
        p.plain(Look.Style.TOC_1, Look.Para.TOC_1, Look.Char.BODY_BOLD, false, h.display());
      } else if (h.level() == 2) {
        p.plain(Look.Style.TOC_2, Look.Para.TOC_2, Look.Char.BODY, false, h.display());
      }
    }
    pageBreak = true;
    return null;
  }

  @Override
  public Void heading(Heading h) {
    if (inBox) {
      p.plain(Look.Style.BODY, Look.Para.BOX_TITLE, Look.Char.BOX_TITLE, false, h.display());
      return null;
    }
    boolean wasStarted = started;
    // A chapter starts a page; so does anything after a page break.
    boolean br = takePageBreak() || (h.level() == 1 && wasStarted);
    p.plain(
        Look.Style.heading(h.level()),
        Look.Para.heading(h.level()),
        Look.Char.values()[Look.Char.HEADING_1.ordinal() + h.level() - 1],
        br,
        h.display());
    return null;
  }

  @Override
  public Void paragraph(Paragraph b) {
    Look.Para para;
    Look.Char chars;
    switch (b.role()) {
      case LEAD:
        para = Look.Para.LEAD;
        chars = Look.Char.BODY_BOLD;
        break;
      case NOTICE:
        para = Look.Para.BODY;
        chars = Look.Char.NOTICE;
        break;
      case SMALL:
        para = Look.Para.SMALL;
        chars = Look.Char.SMALL;
        break;
      default:
        para = Look.Para.BODY;
        chars = Look.Char.BODY;
    }
    p.inlines(Look.Style.BODY, para, chars, takePageBreak(), b.content());
    return null;
  }

  @Override
  public Void list(ListBlock b) {
    items(b.items(), b.ordered(), 0);
    return null;
  }

  /**
   * List items with their markers written as text ("1)", "가)", "○") and a hanging indent: Hangul's
   * own numbering cannot express every marker sequence of the vocabulary, and text markers read the
   * same everywhere.
   */
  private void items(List<ListBlock.Item> items, boolean ordered, int depth) {
    for (int i = 0; i < items.size(); i++) {
      ListBlock.Item item = items.get(i);
      String marker = ordered ? v.listMarker(depth, i) : v.bullet(depth);
      p.begin(Look.Style.LIST, Look.Para.list(depth), takePageBreak());
      p.run(Look.Char.BODY, marker + " ");
      p.runs(Look.Char.BODY, item.content());
      p.end();
      items(item.children(), ordered, depth + 1);
    }
  }

  @Override
  public Void table(Table t) {
    if (outsideBoxOnly("table")) {
      Tables.write(p, ids, t, v, takePageBreak());
    }
    return null;
  }

  @Override
  public Void figure(Figure f) {
    if (outsideBoxOnly("figure")) {
      Figures.write(p, ids, f, v, takePageBreak());
    }
    return null;
  }

  @Override
  public Void box(Box b) {
    if (outsideBoxOnly("box")) {
      Boxes.write(p, ids, b, takePageBreak(), this::inside);
    }
    return null;
  }

  private void inside(List<Block> content) {
    new BlockWriter(p, ids, v, headings, warnings, true).writeAll(content);
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
    BackMatter.signature(p, b, takePageBreak());
    return null;
  }

  @Override
  public Void bibliography(Bibliography b) {
    if (outsideBoxOnly("list of references")) {
      BackMatter.bibliography(p, b, takePageBreak());
    }
    return null;
  }

  @Override
  public Void colophon(Colophon b) {
    if (outsideBoxOnly("colophon")) {
      takePageBreak();
      BackMatter.colophon(p, b);
    }
    return null;
  }

  @Override
  public Void bodyStart(BodyStart b) {
    if (outsideBoxOnly("start of the body")) {
      takePageBreak();
      PageSetup.bodyStart(p, v);
    }
    return null;
  }
}
