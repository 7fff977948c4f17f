package org.policyreport.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replaces {@link Inline.CrossRef} runs by the label of their target, and in table cells the {@link
 * #cellRef} marks (a cell is plain text, so a reference in it is a mark until numbering).
 */
public final class CrossRefs {
  private CrossRefs() {}

  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';

  /** The mark a table cell holds for a reference to {@code id} (private-use characters). */
  public static String cellRef(String id) {
    return OPEN + id + CLOSE;
  }

  static Block resolve(Block b, Map<String, String> labels) {
    if (b instanceof Paragraph) {
      Paragraph p = (Paragraph) b;
      return new Paragraph(inlines(p.content(), labels), p.role());
    }
    if (b instanceof ListBlock) {
      ListBlock l = (ListBlock) b;
      return new ListBlock(l.ordered(), items(l.items(), labels));
    }
    if (b instanceof Box) {
      Box x = (Box) b;
      List<Block> content = new ArrayList<>();
      for (Block c : x.content()) {
        content.add(resolve(c, labels));
      }
      return new Box(x.id(), x.role(), x.title(), x.status(), x.statusText(), content);
    }
    if (b instanceof Table t && hasCellRef(t)) {
      return new Table(
          t.id(),
          t.label(),
          t.caption(),
          t.kind(),
          t.sheetName(),
          rows(t.header(), labels),
          rows(t.body(), labels),
          t.notes(),
          t.source());
    }
    return b;
  }

  private static boolean hasCellRef(Table t) {
    return java.util.stream.Stream.concat(t.header().stream(), t.body().stream())
        .flatMap(r -> r.cells().stream())
        .anyMatch(c -> c.text() != null && c.text().indexOf(OPEN) >= 0);
  }

  private static List<Row> rows(List<Row> rows, Map<String, String> labels) {
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      List<Cell> cells = new ArrayList<>(r.cells().size());
      for (Cell c : r.cells()) {
        cells.add(
            c.text() == null || c.text().indexOf(OPEN) < 0
                ? c
                : new Cell(
                    cellText(c.text(), labels),
                    c.value(),
                    c.decimals(),
                    c.prefix(),
                    c.suffix(),
                    c.colSpan(),
                    c.align(),
                    c.bold()));
      }
      out.add(new Row(cells, r.ruleAbove(), r.keepWithNext()));
    }
    return out;
  }

  private static String cellText(String text, Map<String, String> labels) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (int open = text.indexOf(OPEN); open >= 0; open = text.indexOf(OPEN, at)) {
      int close = text.indexOf(CLOSE, open);
      sb.append(text, at, open).append(label(text.substring(open + 1, close), labels));
      at = close + 1;
    }
    return sb.append(text.substring(at)).toString();
  }

  private static String label(String target, Map<String, String> labels) {
    String label = labels.get(target);
    if (label == null) {
      throw new DocumentException(
          "cross-reference to '" + target + "', which no table, figure or heading has as its id");
    }
    return label;
  }

  private static List<ListBlock.Item> items(
      List<ListBlock.Item> items, Map<String, String> labels) {
    List<ListBlock.Item> out = new ArrayList<>();
    for (ListBlock.Item i : items) {
      out.add(new ListBlock.Item(inlines(i.content(), labels), items(i.children(), labels)));
    }
    return out;
  }

  private static List<Inline> inlines(List<Inline> in, Map<String, String> labels) {
    List<Inline> out = new ArrayList<>(in.size());
    for (Inline i : in) {
      if (i instanceof Inline.CrossRef) {
        String target = ((Inline.CrossRef) i).target();
        String label = labels.get(target);
        if (label == null) {
          throw new DocumentException(
              "cross-reference to '"
                  + target
                  + "', which no table, figure or heading has as its id");
        }
        out.add(Inline.Text.plain(label));
      } else {
        out.add(i);
      }
    }
    return out;
  }
}
