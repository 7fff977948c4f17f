package org.policyreport.report.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers headings, tables and figures per chapter in the document's language and replaces every
 * cross-reference by the label of its target, so renderers only ever see finished text. Tables and
 * figures after an unnumbered level-1 heading whose id starts with "appendix" are numbered A-1,
 * A-2, ...
 *
 * <p>Several notes under one table or figure are numbered into one ("1) … 2) …"), so that every
 * renderer writes them after a single note prefix, as Korean reports do ("주: 1) … 2) …"), instead
 * of stacking one "주:" line per note.
 */
public final class Numbering {
  private Numbering() {}

  /** Returns the numbered document; fails on a cross-reference to an unknown id. */
  public static Document apply(Document doc) {
    Vocabulary v = doc.vocabulary();
    Map<String, String> labels = new HashMap<>();
    List<Block> numbered = new ArrayList<>();
    int[] counters = new int[4];
    String chapter = null;
    int appendices = 0;
    int tables = 0;
    int figures = 0;
    for (Block b : doc.blocks()) {
      if (b instanceof Heading) {
        Heading h = (Heading) b;
        if (h.level() == 1) {
          tables = 0;
          figures = 0;
          if (h.numbered()) {
            counters[0]++;
            chapter = Integer.toString(counters[0]);
          } else if (h.id() != null && h.id().startsWith("appendix")) {
            chapter = v.appendixKey(appendices++);
          } else {
            chapter = null;
          }
          counters[1] = 0;
          counters[2] = 0;
          counters[3] = 0;
        } else {
          counters[h.level() - 1]++;
          for (int i = h.level(); i < 4; i++) {
            counters[i] = 0;
          }
        }
        Heading out = h.numbered() ? h.withNumber(v.headingNumber(h.level(), counters)) : h;
        if (h.id() != null) {
          labels.put(h.id(), out.number() != null ? out.number() : out.text());
        }
        numbered.add(out);
      } else if (b instanceof Table) {
        Table t = (Table) b;
        tables++;
        String label =
            chapter == null
                ? v.tableLabel("0", tables).replace("0-", "")
                : v.tableLabel(chapter, tables);
        if (t.id() != null) {
          labels.put(t.id(), label);
        }
        numbered.add(t.withLabel(label).withNotes(numberedNotes(t.notes(), v)));
      } else if (b instanceof Figure) {
        Figure f = (Figure) b;
        figures++;
        String label =
            chapter == null
                ? v.figureLabel("0", figures).replace("0-", "")
                : v.figureLabel(chapter, figures);
        if (f.id() != null) {
          labels.put(f.id(), label);
        }
        numbered.add(f.withLabel(label).withNotes(numberedNotes(f.notes(), v)));
      } else {
        numbered.add(b);
      }
    }
    List<Block> resolved = new ArrayList<>(numbered.size());
    for (Block b : numbered) {
      resolved.add(CrossRefs.resolve(b, labels));
    }
    return new Document(doc.metadata(), v, resolved);
  }

  /** One note as it is; several as one, each after its number; blank notes left out. */
  static List<String> numberedNotes(List<String> notes, Vocabulary v) {
    List<String> kept = notes.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
    if (kept.size() < 2) {
      return kept;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < kept.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(v.noteNumber(i + 1)).append(' ').append(kept.get(i));
    }
    return List.of(sb.toString());
  }
}
