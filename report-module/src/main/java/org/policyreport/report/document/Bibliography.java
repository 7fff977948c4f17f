package org.policyreport.report.document;

import java.util.List;

/**
 * The references, in groups (e.g. Korean and foreign sources), each entry one string set with a
 * hanging indent. A group's title is null when there is only one group and it needs none.
 */
public record Bibliography(List<Group> groups) implements Block {

  /** One group of entries under its title. */
  public record Group(String title, List<String> entries) {
    public Group {
      entries = List.copyOf(entries);
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
