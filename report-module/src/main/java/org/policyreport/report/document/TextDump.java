package org.policyreport.report.document;

import java.util.List;

/**
 * A readable plain-text dump of a document, one line per block element: what golden tests of the
 * templates compare, and what a person reads to review the content without rendering.
 */
public final class TextDump implements BlockVisitor<Void> {
  private final StringBuilder sb = new StringBuilder();

  private TextDump() {}

  public static String of(Document doc) {
    TextDump d = new TextDump();
    Metadata m = doc.metadata();
    d.sb
        .append("# ")
        .append(m.title())
        .append(" [")
        .append(m.language())
        .append(", ")
        .append(m.dateText())
        .append("]\n");
    if (m.summary() != null) {
      d.sb.append("summary: ").append(m.summary()).append('\n');
    }
    for (Block b : doc.blocks()) {
      b.accept(d);
    }
    return d.sb.toString();
  }

  private static String text(List<Inline> inlines) {
    StringBuilder s = new StringBuilder();
    for (Inline i : inlines) {
      if (i instanceof Inline.Text) {
        Inline.Text t = (Inline.Text) i;
        s.append(t.bold() ? "**" + t.text() + "**" : t.italic() ? "_" + t.text() + "_" : t.text());
      } else if (i instanceof Inline.Footnote) {
        s.append("[^").append(((Inline.Footnote) i).text()).append(']');
      } else {
        s.append("[ref ").append(((Inline.CrossRef) i).target()).append(']');
      }
    }
    return s.toString();
  }

  @Override
  public Void titlePage(TitlePage b) {
    sb.append("TITLE ")
        .append(b.title())
        .append(" / ")
        .append(b.subtitle())
        .append(" / ")
        .append(String.join(", ", b.authors()))
        .append(" / ")
        .append(b.organization())
        .append(" / ")
        .append(b.date())
        .append(b.notice() == null ? "" : " / " + b.notice())
        .append('\n');
    if (b.series() != null) {
      sb.append("  SERIES ").append(b.series()).append('\n');
    }
    for (TitlePage.Credit c : b.credits()) {
      sb.append("  CREDIT ").append(c.role()).append(": ").append(String.join(", ", c.names()));
      sb.append('\n');
    }
    return null;
  }

  @Override
  public Void tableOfContents(TableOfContents b) {
    sb.append("TOC ").append(b.title()).append('\n');
    return null;
  }

  @Override
  public Void heading(Heading b) {
    sb.append("=".repeat(b.level())).append(' ').append(b.display()).append('\n');
    return null;
  }

  @Override
  public Void paragraph(Paragraph b) {
    sb.append(b.role() == Paragraph.Role.BODY ? "" : b.role() + ": ")
        .append(text(b.content()))
        .append('\n');
    return null;
  }

  @Override
  public Void list(ListBlock b) {
    items(b.items(), b.ordered(), 0);
    return null;
  }

  private void items(List<ListBlock.Item> items, boolean ordered, int depth) {
    int n = 0;
    for (ListBlock.Item i : items) {
      sb.append("  ".repeat(depth + 1))
          .append(ordered ? (++n) + "." : "-")
          .append(' ')
          .append(text(i.content()))
          .append('\n');
      items(i.children(), ordered, depth + 1);
    }
  }

  @Override
  public Void table(Table b) {
    sb.append("TABLE ").append(b.label()).append(' ').append(b.caption()).append('\n');
    for (Row r : b.header()) {
      row(r, "  | ");
    }
    for (Row r : b.body()) {
      row(r, r.ruleAbove() ? "  ~ " : "  . ");
    }
    for (String n : b.notes()) {
      sb.append("  NOTE ").append(n).append('\n');
    }
    if (b.source() != null) {
      sb.append("  SOURCE ").append(b.source()).append('\n');
    }
    return null;
  }

  private void row(Row r, String prefix) {
    sb.append(prefix);
    for (Cell c : r.cells()) {
      sb.append(c.text()).append(c.colSpan() > 1 ? "{" + c.colSpan() + "}" : "").append(" | ");
    }
    sb.append('\n');
  }

  @Override
  public Void figure(Figure b) {
    sb.append("FIGURE ")
        .append(b.label())
        .append(' ')
        .append(b.caption())
        .append(" <")
        .append(b.chart().getClass().getSimpleName())
        .append(">\n");
    for (String n : b.notes()) {
      sb.append("  NOTE ").append(n).append('\n');
    }
    if (b.source() != null) {
      sb.append("  SOURCE ").append(b.source()).append('\n');
    }
    return null;
  }

  @Override
  public Void box(Box b) {
    sb.append("BOX[")
        .append(b.status())
        .append("] ")
        .append(b.title())
        .append(b.statusText() == null ? "" : " !! " + b.statusText())
        .append('\n');
    for (Block c : b.content()) {
      sb.append("  ");
      c.accept(this);
    }
    sb.append("END BOX\n");
    return null;
  }

  @Override
  public Void pageBreak(PageBreak b) {
    sb.append("----\n");
    return null;
  }

  @Override
  public Void signature(Signature b) {
    sb.append("SIGNED ").append(String.join(" / ", b.lines())).append('\n');
    return null;
  }

  @Override
  public Void bibliography(Bibliography b) {
    for (Bibliography.Group g : b.groups()) {
      sb.append("REFERENCES").append(g.title() == null ? "" : " " + g.title()).append('\n');
      for (Bibliography.Entry e : g.entries()) {
        sb.append("  > ").append(text(e.content())).append('\n');
      }
    }
    return null;
  }

  @Override
  public Void colophon(Colophon b) {
    sb.append("COLOPHON ").append(String.join(" / ", b.heading())).append('\n');
    for (Colophon.Entry e : b.entries()) {
      sb.append("  ").append(e.label()).append(": ").append(e.value()).append('\n');
    }
    sb.append("  DISCLAIMER ").append(b.disclaimer()).append('\n');
    return null;
  }

  @Override
  public Void bodyStart(BodyStart b) {
    sb.append("==== body starts: page 1\n");
    return null;
  }
}
