package org.policyreport.report.document;

import java.util.List;

/**
 * A table row. {@code ruleAbove} asks for a horizontal rule before it (e.g. between coefficients
 * and fit statistics of a regression table).
 */
public record Row(List<Cell> cells, boolean ruleAbove) {
  public Row {
    cells = List.copyOf(cells);
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
