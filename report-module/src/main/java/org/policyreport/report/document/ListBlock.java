package org.policyreport.report.document;

import java.util.List;

/**
 * A bulleted or numbered list. Items may nest; the marker of a numbered item at each depth comes
 * from {@link Vocabulary#listMarker(int, int)} so that Korean lists follow 1. → 가. → 1) → 가).
 */
public record ListBlock(boolean ordered, List<Item> items) implements Block {
  /** One list item with optional nested items. */
  public record Item(List<Inline> content, List<Item> children) {
    public Item {
      content = List.copyOf(content);
      children = List.copyOf(children);
    }
  }

  public ListBlock {
    items = List.copyOf(items);
  }

  @Override
  public <R> R accept(BlockVisitor<R> v) {
    return v.list(this);
  }
}
