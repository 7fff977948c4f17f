package org.policyreport.analysis.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the cells of one column: numbers while every cell is a number, a blank or a
 * missing-value marker; text from the first cell that is none of these, remembering that cell for
 * the error a model that needs a number will give.
 */
final class ColumnBuilder {
  double[] values;
  List<String> text;
  int firstBlank = -1;
  int firstBad = -1;
  String firstBadValue;

  /** The text of marker cells read as NaN, so that a column that turns to text keeps them. */
  java.util.Map<Integer, String> markers;

  private final MissingMarkers na;

  ColumnBuilder(int capacity, MissingMarkers na) {
    values = new double[capacity];
    this.na = na;
  }

  /** Adds the unquoted cell {@code bytes[from..to)}, parsing numbers without making a String. */
  void add(byte[] bytes, int from, int to, int row) {
    if (text == null) {
      int a = from;
      int b = to;
      while (a < b && (bytes[a] & 0xFF) <= ' ') {
        a++;
      }
      while (b > a && (bytes[b - 1] & 0xFF) <= ' ') {
        b--;
      }
      if (a < b && !(b - a <= 2 && (bytes[a] == 'N' || bytes[a] == '.'))) {
        double v = FastDecimal.parse(bytes, a, b);
        if (!Double.isNaN(v)) {
          put(v, row);
          return;
        }
      }
    }
    add(new String(bytes, from, to - from, StandardCharsets.UTF_8), row);
  }

  /** Adds a cell that is already a number (a worksheet's numeric cell); NaN for a blank. */
  void add(double v, int row) {
    if (text != null) {
      add(Double.isNaN(v) ? "" : CsvReader.formatNumber(v), row);
      return;
    }
    put(v, row);
    if (Double.isNaN(v) && firstBlank < 0) {
      firstBlank = row;
    }
  }

  void add(String cell, int row) {
    if (text != null) {
      text.add(cell);
      if (cell.isBlank() && firstBlank < 0) {
        firstBlank = row;
      }
      return;
    }
    double v;
    try {
      v = CsvReader.parseNumber(cell);
    } catch (NumberFormatException e) {
      if (!na.isMissing(cell)) {
        switchToText(row);
        text.add(cell);
        firstBad = row;
        firstBadValue = cell;
        return;
      }
      v = Double.NaN;
      if (markers == null) {
        markers = new java.util.HashMap<>();
      }
      markers.put(row, cell);
    }
    add(v, row);
  }

  private void put(double v, int row) {
    if (row == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[row] = v;
  }

  private void switchToText(int rowsSoFar) {
    text = new ArrayList<>(Math.max(16, rowsSoFar * 2));
    for (int i = 0; i < rowsSoFar; i++) {
      text.add(textOf(i));
    }
    values = null;
    markers = null;
  }

  /** Row {@code i} of a numeric column as text: the number, the marker as written, or blank. */
  String textOf(int i) {
    double x = values[i];
    if (!Double.isNaN(x)) {
      return CsvReader.formatNumber(x);
    }
    String m = markers == null ? null : markers.get(i);
    return m == null ? "" : m;
  }

  DataTable.Column build(String name, int position, int rows) {
    if (text != null) {
      return new DataTable.Column(
          name, position, null, text.toArray(new String[0]), firstBlank, firstBad, firstBadValue);
    }
    double[] v = values.length == rows ? values : Arrays.copyOf(values, rows);
    return new DataTable.Column(name, position, v, null, firstBlank, -1, null);
  }
}
