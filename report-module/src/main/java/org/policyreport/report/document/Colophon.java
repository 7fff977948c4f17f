package org.policyreport.report.document;

import java.util.List;

/**
 * The colophon (판권) on the last page: the series and title, the publication facts as label and
 * value (date, publisher, address, ISBN, registration number) and the disclaimer that the views are
 * the authors' own.
 */
public record Colophon(List<String> heading, List<Entry> entries, String disclaimer)
    implements Block {

  /** One publication fact. */
  public record Entry(String label, String value) {}

  public Colophon {
    heading = List.copyOf(heading);
    entries = List.copyOf(entries);
  }

  @Override
  public <R> R accept(BlockVisitor<R> v) {
    return v.colophon(this);
  }
}
