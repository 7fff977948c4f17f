package org.policyreport.report.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Inline;
import org.policyreport.report.document.ListBlock;
import org.policyreport.report.document.Paragraph;
import org.policyreport.report.document.Table;
import org.policyreport.report.document.Vocabulary;

/** Flattens the blocks inside a box into indented lines of plain text for a worksheet. */
final class BoxText {
  /** One line: its text and how far it is indented (list depth). */
  record Line(String text, int depth) {}

  private BoxText() {}

  static List<Line> lines(List<Block> blocks, Vocabulary v) {
    List<Line> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Paragraph) {
        out.add(new Line(text(((Paragraph) b).content()), 0));
      } else if (b instanceof ListBlock) {
        ListBlock l = (ListBlock) b;
        items(l.items(), l.ordered(), 0, v, out);
      } else if (b instanceof Heading) {
        out.add(new Line(((Heading) b).display(), 0));
      } else if (b instanceof Table) {
        Table t = (Table) b;
        out.add(new Line(Sheets.join(t.label(), t.caption()), 0));
      } else if (b instanceof Figure) {
        Figure f = (Figure) b;
        out.add(new Line(Sheets.join(f.label(), f.caption()), 0));
      } else if (b instanceof Box) {
        Box x = (Box) b;
        out.add(new Line(x.title(), 0));
        out.addAll(lines(x.content(), v));
      }
    }
    return out;
  }

  private static void items(
      List<ListBlock.Item> items, boolean ordered, int depth, Vocabulary v, List<Line> out) {
    for (int i = 0; i < items.size(); i++) {
      ListBlock.Item item = items.get(i);
      String marker = ordered ? v.listMarker(depth, i) : v.bullet(depth);
      out.add(new Line(marker + " " + text(item.content()), depth + 1));
      items(item.children(), ordered, depth + 1, v, out);
    }
  }

  /** The runs as plain text; a footnote follows its anchor in parentheses. */
  static String text(List<Inline> inlines) {
    StringBuilder sb = new StringBuilder();
    for (Inline i : inlines) {
      if (i instanceof Inline.Text) {
        sb.append(((Inline.Text) i).text());
      } else if (i instanceof Inline.Footnote) {
        sb.append(" (").append(((Inline.Footnote) i).text()).append(')');
      }
    }
    return sb.toString();
  }
}
