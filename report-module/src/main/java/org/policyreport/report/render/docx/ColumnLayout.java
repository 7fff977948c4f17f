package org.policyreport.report.render.docx;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;

/**
 * Column widths and decimal tab positions of a table, estimated from the text in its cells. The
 * table spans the text width; each column gets a share in proportion to its longest text, within
 * bounds, so that labels in the first column rarely wrap and number columns stay even.
 */
final class ColumnLayout {
  /** Left and right cell margin, twips. */
  static final int CELL_MARGIN = 85;
  /** Approximate advance of a digit in 9 pt table text, twips. */
  private static final int DIGIT = 100;

  private final int[] widths;
  private final int[] decimalTabs;

  private ColumnLayout(int[] widths, int[] decimalTabs) {
    this.widths = widths;
    this.decimalTabs = decimalTabs;
  }

  static ColumnLayout of(Table t, int totalWidth) {
    int n = t.columnCount();
    double[] longest = new double[n];
    int[] intPart = new int[n];
    int[] fracPart = new int[n];
    List<Row> rows = new ArrayList<>(t.header());
    rows.addAll(t.body());
    for (Row r : rows) {
      int col = 0;
      for (Cell c : r.cells()) {
        if (c.colSpan() == 1 && col < n) {
          longest[col] = Math.max(longest[col], displayWidth(c.text()));
          if (c.align() == Cell.Align.DECIMAL) {
            int dot = c.text().indexOf('.');
            int left = dot < 0 ? c.text().length() : dot;
            intPart[col] = Math.max(intPart[col], left);
            fracPart[col] = Math.max(fracPart[col], c.text().length() - left);
          }
        }
        col += c.colSpan();
      }
    }
    double[] weight = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      weight[i] = Math.max(5, Math.min(40, longest[i] + 2));
      sum += weight[i];
    }
    if (n > 1) {
      // The stub column holds the row labels; it reads better a little wider than its share.
      double others = (sum - weight[0]) / (n - 1);
      double boosted = Math.max(weight[0], Math.min(40, others * 1.4));
      sum += boosted - weight[0];
      weight[0] = boosted;
    }
    int[] widths = new int[n];
    int used = 0;
    for (int i = 0; i < n; i++) {
      widths[i] = i == n - 1 ? totalWidth - used : (int) Math.round(totalWidth * weight[i] / sum);
      used += widths[i];
    }
    int[] tabs = new int[n];
    for (int i = 0; i < n; i++) {
      int content = widths[i] - 2 * CELL_MARGIN;
      int l = intPart[i] * DIGIT;
      int r = fracPart[i] * DIGIT;
      int centred = (content - l - r) / 2 + l;
      tabs[i] = Math.max(Math.min(centred, content - r), Math.min(l, content));
    }
    return new ColumnLayout(widths, tabs);
  }

  /** Rough width in characters: Hangul and other wide characters count almost double. */
  static double displayWidth(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      w += c >= 0x1100 ? 1.8 : 1;
    }
    return w;
  }

  int columns() {
    return widths.length;
  }

  int width(int column) {
    return widths[column];
  }

  /** Width of {@code span} columns from {@code column}. */
  int width(int column, int span) {
    int w = 0;
    for (int i = column; i < Math.min(widths.length, column + span); i++) {
      w += widths[i];
    }
    return w;
  }

  /** Position of the decimal tab in {@code column}, from the cell's text edge, twips. */
  int decimalTab(int column) {
    return decimalTabs[column];
  }
}
