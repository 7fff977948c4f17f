package org.policyreport.report.document;

/**
 * A table cell. {@code text} is what every reader sees, already formatted for the report's
 * language. When the cell shows a number, {@code value} holds it unrounded, and {@code decimals},
 * {@code prefix} and {@code suffix} describe how {@code text} was made from it (e.g. value 0.123, 3
 * decimals, suffix "***"), so a spreadsheet can keep the cell numeric and still show the same text.
 */
public record Cell(
    String text,
    Double value,
    int decimals,
    String prefix,
    String suffix,
    int colSpan,
    Align align,
    boolean bold) {

  /** Horizontal alignment; DECIMAL lines numbers up on the decimal point. */
  public enum Align {
    LEFT,
    CENTER,
    RIGHT,
    DECIMAL
  }

  public Cell {
    if (colSpan < 1) {
      throw new IllegalArgumentException("colSpan must be at least 1");
    }
    prefix = prefix == null ? "" : prefix;
    suffix = suffix == null ? "" : suffix;
  }

  public static Cell text(String text) {
    return new Cell(text, null, 0, "", "", 1, Align.LEFT, false);
  }

  public static Cell header(String text) {
    return new Cell(text, null, 0, "", "", 1, Align.CENTER, true);
  }

  public static Cell header(String text, int span) {
    return new Cell(text, null, 0, "", "", span, Align.CENTER, true);
  }

  public static Cell number(String text, double value, int decimals) {
    return new Cell(text, value, decimals, "", "", 1, Align.DECIMAL, false);
  }

  public static Cell number(String text, double value, int decimals, String prefix, String suffix) {
    return new Cell(text, value, decimals, prefix, suffix, 1, Align.DECIMAL, false);
  }

  public boolean isNumeric() {
    return value != null;
  }

  public Cell withBold(boolean b) {
    return new Cell(text, value, decimals, prefix, suffix, colSpan, align, b);
  }
}
