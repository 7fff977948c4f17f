package org.policyreport.report.render.docx;

import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Table;
import org.policyreport.report.render.ColumnFit;
import org.policyreport.report.render.TextWidths;

/**
 * Column widths, type size and decimal tab positions of a table, measured from the text in its
 * cells with the embedded font's metrics (see {@link ColumnFit}): numbers never wrap, text columns
 * share the rest, and the tab that ends the integer part centres the column's block of numbers.
 */
final class ColumnLayout {
  /** Left and right cell margin, twips. */
  static final int CELL_MARGIN = 85;

  /** Type size of the Table Text style, points; wide tables are set smaller. */
  static final float TABLE_POINTS = 9f;

  private final int[] widths;
  private final int[] decimalTabs;
  private final int halfPoints;
  private final ColumnFit fit;

  private ColumnLayout(int[] widths, int[] decimalTabs, int halfPoints, ColumnFit fit) {
    this.widths = widths;
    this.decimalTabs = decimalTabs;
    this.halfPoints = halfPoints;
    this.fit = fit;
  }

  /** Type size of the table's text, half-points (w:sz). */
  int halfPoints() {
    return halfPoints;
  }

  static ColumnLayout of(Table t, int totalWidth) {
    int n = t.columnCount();
    ColumnFit fit =
        ColumnFit.of(
            t, n, totalWidth / 20f, 2 * CELL_MARGIN / 20f, TABLE_POINTS, TextWidths.embedded());
    float[] points = fit.widths();
    int[] widths = new int[n];
    int used = 0;
    for (int i = 0; i < n; i++) {
      widths[i] = i == n - 1 ? totalWidth - used : Math.round(points[i] * 20);
      used += widths[i];
    }
    int[] tabs = new int[n];
    for (int i = 0; i < n; i++) {
      tabs[i] = Math.round((fit.centring(i) + fit.head(i)) * 20);
    }
    return new ColumnLayout(widths, tabs, Math.round(fit.size() * 2), fit);
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

  /**
   * Right indent that puts the end of a number without a decimal point where the decimal point of
   * the others is, twips.
   */
  int rightPad(Cell c, int column) {
    return Math.round(fit.decimalOffset(c, column, false) * 20);
  }

  /** Position of the decimal tab in {@code column}, from the cell's text edge, twips. */
  int decimalTab(int column) {
    return decimalTabs[column];
  }
}
