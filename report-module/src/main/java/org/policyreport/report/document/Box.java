package org.policyreport.report.document;

import java.util.List;

/**
 * A framed group of blocks with a title, e.g. a policy recommendation with its evidence. A box
 * whose {@code status} is WARNING is drawn so that the reader sees at once that something does not
 * hold; {@code statusText} says what.
 */
public record Box(
    String id, Role role, String title, Status status, String statusText, List<Block> content)
    implements Block {

  /** What the box holds. */
  public enum Role {
    RECOMMENDATION,
    SUMMARY
  }

  /** Whether the box's claims hold on the current data. */
  public enum Status {
    OK,
    WARNING
  }

  public Box {
    content = List.copyOf(content);
  }

  @Override
  public <R> R accept(BlockVisitor<R> v) {
    return v.box(this);
  }
}
