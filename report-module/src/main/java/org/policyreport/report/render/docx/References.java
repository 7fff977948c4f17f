package org.policyreport.report.render.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Table;

/**
 * What a cross-reference can point at: the label of every table and figure (bookmarked on its
 * caption) and the number of every heading (bookmarked on the heading). The document model's
 * numbering turns each cross-reference into a text run that is exactly its target's label, so a
 * plain run whose whole text is a known label is written as a {@code REF} field to that bookmark,
 * with the label as its current result. A heading number that occurs more than once (the Korean
 * "1." of every section) cannot be told apart and stays text.
 */
final class References {
  /** One target: its bookmark and the field that shows its label. */
  record Target(String bookmark, int bookmarkId, String instruction) {}

  private static final int CAPTION_IDS = 100_000;

  private final Map<String, Target> byLabel = new HashMap<>();
  private final List<Target> captions = new ArrayList<>();
  private final List<Target> tables = new ArrayList<>();
  private final List<Target> figures = new ArrayList<>();
  private int caption;

  private References() {}

  static References of(Document d) {
    References r = new References();
    Set<String> ambiguous = new HashSet<>();
    int heading = 0;
    int captions = 0;
    for (Block b : d.blocks()) {
      String label = null;
      Target t = null;
      if (b instanceof Heading h) {
        String bookmark = Toc.bookmark(heading);
        label = h.number() != null ? h.number() : h.text();
        String switches = h.number() != null ? " \\w \\h" : " \\h";
        t = new Target(bookmark, heading, "REF " + bookmark + switches);
        heading++;
      } else if (b instanceof Table || b instanceof Figure) {
        label = b instanceof Table tb ? tb.label() : ((Figure) b).label();
        String bookmark = String.format("_Ref%09d", ++captions);
        t = new Target(bookmark, CAPTION_IDS + captions, "REF " + bookmark + " \\h");
        r.captions.add(t);
        (b instanceof Table ? r.tables : r.figures).add(t);
      }
      if (label == null || label.isBlank()) {
        continue;
      }
      if (r.byLabel.containsKey(label) || ambiguous.contains(label)) {
        r.byLabel.remove(label);
        ambiguous.add(label);
      } else {
        r.byLabel.put(label, t);
      }
    }
    return r;
  }

  /** The target whose label is exactly {@code text}, or null. */
  Target byLabel(String text) {
    return byLabel.get(text);
  }

  /** The caption bookmarks of the tables, or of the figures, in document order. */
  List<Target> captions(boolean figure) {
    return figure ? figures : tables;
  }

  /** The bookmark of the next table or figure caption, in document order. */
  Target nextCaption() {
    return captions.get(caption++);
  }
}
