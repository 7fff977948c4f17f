package org.policyreport.report.document;

import java.util.List;

/**
 * The closing lines of a signed text such as the foreword (date, institute and its head), set flush
 * right under the text.
 */
public record Signature(List<String> lines) implements Block {
  public Signature {
    lines = List.copyOf(lines);
  }

  @Override
  public <R> R accept(BlockVisitor<R> v) {
    return v.signature(this);
  }
}
