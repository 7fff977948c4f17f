package org.policyreport.report.document;

import java.util.List;

/**
 * A table row. {@code ruleAbove} asks for a horizontal rule before it (e.g. between coefficients
 * and fit statistics of a regression table). {@code keepWithNext} asks renderers that break pages
 * themselves not to break between this row and the next (a coefficient and its standard error).
 */
public record Row(List<Cell> cells, boolean ruleAbove, boolean keepWithNext) {
  public Row {
    cells = List.copyOf(cells);
  }

  public Row(List<Cell> cells, boolean ruleAbove) {
    this(cells, ruleAbove, false);
  }

  /** This row, kept on the same page as the row after it. */
  public Row keptWithNext() {
    return new Row(cells, ruleAbove, true);
  }

  public static Row of(List<Cell> cells) {
    return new Row(cells, false);
  }

  public int width() {
    int w = 0;
    for (Cell c : cells) {
      w += c.colSpan();
    }
    return w;
  }
}
