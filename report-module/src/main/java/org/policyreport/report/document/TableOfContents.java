package org.policyreport.report.document;

/** Where the table of contents goes; entries come from the headings with {@code toc} set. */
public record TableOfContents(String title) implements Block {
  @Override
  public <R> R accept(BlockVisitor<R> v) {
    return v.tableOfContents(this);
  }
}
