package org.policyreport.report.document;

import java.util.List;

/**
 * The references, in groups (e.g. Korean and foreign sources), each entry a run of text (titles of
 * journals and books in italics) set with a hanging indent. A group's title is null when there is
 * only one group and it needs none.
 */
public record Bibliography(List<Group> groups) implements Block {

  /** One group of entries under its title. */
  public record Group(String title, List<Entry> entries) {
    public Group {
      entries = List.copyOf(entries);
    }
  }

  /** One reference. */
  public record Entry(List<Inline> content) {
    public Entry {
      content = List.copyOf(content);
    }

    /** The entry as plain text, for formats without italics. */
    public String text() {
      StringBuilder sb = new StringBuilder();
      for (Inline i : content) {
        if (i instanceof Inline.Text t) {
          sb.append(t.text());
        }
      }
      return sb.toString();
    }
  }

  public Bibliography {
    groups = List.copyOf(groups);
  }

  @Override
  public <R> R accept(BlockVisitor<R> v) {
    return v.bibliography(this);
  }
}
