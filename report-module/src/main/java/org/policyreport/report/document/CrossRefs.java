package org.policyreport.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Replaces {@link Inline.CrossRef} runs by the label of their target. */
final class CrossRefs {
  private CrossRefs() {}

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
    return b;
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
