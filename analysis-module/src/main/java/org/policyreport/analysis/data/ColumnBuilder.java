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

  /** The cells as written (trimmed), kept for identifier columns only. */
  final List<String> raw;

  private final MissingMarkers na;

  ColumnBuilder(int capacity, MissingMarkers na) {
    this(capacity, na, false);
  }

  /**
   * @param keepText whether to keep the cells as written as well (identifier columns: "01" and "1"
   *     are two codes)
   */
  ColumnBuilder(int capacity, MissingMarkers na, boolean keepText) {
    values = new double[capacity];
    this.na = na;
    raw = keepText ? new ArrayList<>(capacity) : null;
  }

  /** Adds the unquoted cell {@code bytes[from..to)}, parsing numbers without making a String. */
  void add(byte[] bytes, int from, int to, int row) {
    if (text == null && raw == null) {
      int a = from;
      int b = to;
      while (a < b && CsvReader.isSpace(bytes[a])) {
        a++;
      }
      while (b > a && CsvReader.isSpace(bytes[b - 1])) {
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
    if (raw != null) {
      raw.add(Double.isNaN(v) ? "" : CsvReader.formatNumber(v));
    }
    addNumber(v, row);
  }

  private void addNumber(double v, int row) {
    if (text != null) {
      addText(Double.isNaN(v) ? "" : CsvReader.formatNumber(v), row);
      return;
    }
    put(v, row);
    if (Double.isNaN(v) && firstBlank < 0) {
      firstBlank = row;
    }
  }

  void add(String cell, int row) {
    if (raw != null) {
      raw.add(cell.trim());
    }
    if (text != null) {
      addText(cell, row);
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
    addNumber(v, row);
  }

  private void addText(String cell, int row) {
    text.add(cell);
    if (cell.isBlank() && firstBlank < 0) {
      firstBlank = row;
    }
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
    if (raw != null) {
      return raw.get(i);
    }
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
    String[] cells = raw == null ? null : raw.toArray(new String[0]);
    return new DataTable.Column(name, position, v, cells, firstBlank, -1, null);
  }
}
