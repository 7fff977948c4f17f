package org.policyreport.report.render.hwpx;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.report.document.Bibliography;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.BlockVisitor;
import org.policyreport.report.document.BodyStart;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Colophon;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Inline;
import org.policyreport.report.document.ListBlock;
import org.policyreport.report.document.PageBreak;
import org.policyreport.report.document.Paragraph;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Signature;
import org.policyreport.report.document.Table;
import org.policyreport.report.document.TableOfContents;
import org.policyreport.report.document.TitlePage;
import org.policyreport.report.document.Vocabulary;

/**
 * The text a reader of the document must find, line by line, taken from the document model alone:
 * every block's words in reading order, table rows as cells joined by " | ", the vocabulary's
 * labels, markers and note prefixes. Footnote texts are listed separately (Hangul prints them at
 * the foot of the page).
 */
final class ModelText implements BlockVisitor<Void> {
  final List<String> lines = new ArrayList<>();
  final List<String> footnotes = new ArrayList<>();
  private final Document doc;
  private final Vocabulary v;

  private ModelText(Document doc) {
    this.doc = doc;
    this.v = doc.vocabulary();
  }

  static ModelText of(Document doc) {
    ModelText t = new ModelText(doc);
    for (Block b : doc.blocks()) {
      b.accept(t);
    }
    return t;
  }

  private void add(String s) {
    if (s == null) {
      return;
    }
    for (String line : s.split("\n", -1)) {
      lines.add(line);
    }
  }

  private String text(List<Inline> content) {
    StringBuilder sb = new StringBuilder();
    for (Inline i : content) {
      if (i instanceof Inline.Text) {
        sb.append(((Inline.Text) i).text());
      } else if (i instanceof Inline.Footnote) {
        footnotes.add(((Inline.Footnote) i).text());
      } else {
        sb.append(((Inline.CrossRef) i).target());
      }
    }
    return sb.toString();
  }

  @Override
  public Void titlePage(TitlePage b) {
    add(b.series());
    add(b.title());
    add(b.subtitle());
    b.authors().forEach(this::add);
    for (TitlePage.Credit c : b.credits()) {
      add(c.role() + "  " + String.join(", ", c.names()));
    }
    add(b.organization());
    add(b.date());
    add(b.notice());
    return null;
  }

  @Override
  public Void tableOfContents(TableOfContents b) {
    add(b.title());
    for (Heading h : doc.headings()) {
      if (h.level() <= 2) {
        add(h.display());
      }
    }
    return null;
  }

  @Override
  public Void heading(Heading b) {
    add(b.display());
    return null;
  }

  @Override
  public Void paragraph(Paragraph b) {
    add(text(b.content()));
    return null;
  }

  @Override
  public Void list(ListBlock b) {
    items(b.items(), b.ordered(), 0);
    return null;
  }

  private void items(List<ListBlock.Item> items, boolean ordered, int depth) {
    for (int i = 0; i < items.size(); i++) {
      String marker = ordered ? v.listMarker(depth, i) : v.bullet(depth);
      add(marker + " " + text(items.get(i).content()));
      items(items.get(i).children(), ordered, depth + 1);
    }
  }

  @Override
  public Void table(Table b) {
    add(b.label() + " " + b.caption());
    List<Row> rows = new ArrayList<>(b.header());
    rows.addAll(b.body());
    for (Row r : rows) {
      List<String> cells = new ArrayList<>();
      for (Cell c : r.cells()) {
        cells.add(c.text());
      }
      add(String.join(" | ", cells));
    }
    notes(b.notes(), b.source());
    return null;
  }

  private void notes(List<String> notes, String source) {
    for (int i = 0; i < notes.size(); i++) {
      add((i == 0 ? v.notePrefix() : "") + notes.get(i));
    }
    if (source != null && !source.isEmpty()) {
      add(v.sourcePrefix() + source);
    }
  }

  @Override
  public Void figure(Figure b) {
    add(b.label() + " " + b.caption());
    notes(b.notes(), b.source());
    return null;
  }

  @Override
  public Void box(Box b) {
    if (b.status() == Box.Status.WARNING) {
      add(b.statusText());
    }
    add(b.title());
    for (Block c : b.content()) {
      c.accept(this);
    }
    return null;
  }

  @Override
  public Void pageBreak(PageBreak b) {
    return null;
  }

  @Override
  public Void signature(Signature b) {
    b.lines().forEach(this::add);
    return null;
  }

  @Override
  public Void bibliography(Bibliography b) {
    for (Bibliography.Group g : b.groups()) {
      add(g.title());
      g.entries().forEach(e -> add(text(e.content())));
    }
    return null;
  }

  @Override
  public Void colophon(Colophon b) {
    b.heading().forEach(this::add);
    for (Colophon.Entry e : b.entries()) {
      add(e.label() + "  " + e.value());
    }
    add(b.disclaimer());
    return null;
  }

  @Override
  public Void bodyStart(BodyStart b) {
    return null;
  }
}
