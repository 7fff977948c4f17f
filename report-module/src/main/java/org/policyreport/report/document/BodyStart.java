package org.policyreport.report.document;

/**
 * Where the front matter (cover, foreword, summary, contents) ends and the body begins: the body
 * starts a new page and its pages are numbered 1, 2, ...; the pages before are numbered i, ii, ...
 * A document without this block is numbered 1, 2, ... throughout.
 */
public record BodyStart() implements Block {
  @Override
  public <R> R accept(BlockVisitor<R> v) {
    return v.bodyStart(this);
  }
}
