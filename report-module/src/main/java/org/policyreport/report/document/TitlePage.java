package org.policyreport.report.document;

import java.util.List;

/** The title page: everything in it is already in the report's language. */
public record TitlePage(
    String title,
    String subtitle,
    List<String> authors,
    String organization,
    String date,
    String notice)
    implements Block {
  public TitlePage {
    authors = List.copyOf(authors);
  }

  @Override
  public <R> R accept(BlockVisitor<R> v) {
    return v.titlePage(this);
  }
}
