package org.policyreport.report.document;

import java.util.List;

/** A paragraph of inline runs with a semantic role that each renderer maps to its own style. */
public record Paragraph(List<Inline> content, Role role) implements Block {
  /** What the paragraph is for. */
  public enum Role {
    BODY,
    /** An emphasised opening statement, e.g. a key finding. */
    LEAD,
    /** A notice the reader must not miss, e.g. that the data are synthetic. */
    NOTICE,
    /** Small print: provenance details, data-source notes. */
    SMALL
  }

  public Paragraph {
    content = List.copyOf(content);
  }

  public static Paragraph of(String text) {
    return new Paragraph(List.of(Inline.Text.plain(text)), Role.BODY);
  }

  @Override
  public <R> R accept(BlockVisitor<R> v) {
    return v.paragraph(this);
  }
}
