package org.policyreport.report.document;

/**
 * A heading. Level 1 is a chapter (or a front/back-matter part when not numbered), 2 a section, 3
 * and 4 lower levels. {@code number} is set by {@link Numbering} ("Chapter 4", "4.1", "제4장", "제1절",
 * "1.", "가."); null for unnumbered headings.
 */
public record Heading(int level, String id, String text, boolean numbered, String number)
    implements Block {
  public Heading {
    if (level < 1 || level > 4) {
      throw new IllegalArgumentException("heading level must be 1 to 4, not " + level);
    }
  }

  public Heading withNumber(String n) {
    return new Heading(level, id, text, numbered, n);
  }

  /** Number and text as the reader sees them, e.g. "4.1 Count model". */
  public String display() {
    return number == null ? text : number + " " + text;
  }

  @Override
  public <R> R accept(BlockVisitor<R> v) {
    return v.heading(this);
  }
}
