package org.policyreport.analysis.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.analysis.InputException;

/**
 * A table read from one data file: named columns, each numeric (with NaN for blanks) or text.
 * Validation is lazy and per column, so that a model fails only on the columns it uses, and the
 * message names the file, the line and the column of the first offending cell.
 */
public final class DataTable {
  private final String name;
  private final String source;
  private final String sha256;
  private final int rows;
  private final Map<String, Column> columns;

  /** One column as read; {@code values} is null when a cell was not a number. */
  record Column(
      String name,
      int position,
      double[] values,
      String[] text,
      int firstBlankRow,
      int firstBadRow,
      String firstBadValue) {}

  DataTable(String name, String source, String sha256, int rows, List<Column> columns) {
    this.name = name;
    this.source = source;
    this.sha256 = sha256;
    this.rows = rows;
    Map<String, Column> byName = new LinkedHashMap<>();
    for (Column c : columns) {
      byName.put(c.name(), c);
    }
    this.columns = byName;
  }

  /** Builds an in-memory table of numeric columns, for tests, simulations and benchmarks. */
  public static DataTable ofNumeric(String name, Map<String, double[]> numericColumns) {
    List<Column> cols = new ArrayList<>();
    int n = -1;
    int pos = 0;
    for (Map.Entry<String, double[]> e : numericColumns.entrySet()) {
      double[] v = e.getValue();
      if (n >= 0 && v.length != n) {
        throw new IllegalArgumentException(
            "column " + e.getKey() + " has " + v.length + " rows, expected " + n);
      }
      n = v.length;
      int blank = -1;
      for (int i = 0; i < v.length; i++) {
        if (Double.isNaN(v[i])) {
          blank = i;
          break;
        }
      }
      cols.add(new Column(e.getKey(), pos++, v.clone(), null, blank, -1, null));
    }
    return new DataTable(name, name, "", Math.max(n, 0), cols);
  }

  /** Same as {@link #ofNumeric} with one text column added (e.g. a panel identifier). */
  public DataTable withText(String column, String[] values) {
    if (values.length != rows) {
      throw new IllegalArgumentException("text column " + column + " has wrong length");
    }
    List<Column> cols = new ArrayList<>(columns.values());
    cols.add(new Column(column, cols.size(), null, values.clone(), -1, 0, values[0]));
    return new DataTable(name, source, sha256, rows, cols);
  }

  public String name() {
    return name;
  }

  /** Where the table came from (the path as the user wrote it, resolved), for messages. */
  public String source() {
    return source;
  }

  public String sha256() {
    return sha256;
  }

  public int rowCount() {
    return rows;
  }

  public List<String> columnNames() {
    return List.copyOf(columns.keySet());
  }

  public boolean hasColumn(String column) {
    return columns.containsKey(column);
  }

  /** The line of the file that holds data row {@code row} (0-based); line 1 is the header. */
  public static int lineOf(int row) {
    return row + 2;
  }

  /**
   * The values of a numeric column with no blanks. The array is the table's own: callers must not
   * modify it.
   */
  public double[] numeric(String column) {
    Column c = requireNumeric(column);
    if (c.firstBlankRow() >= 0) {
      throw new InputException(where(c, c.firstBlankRow()) + ": missing value");
    }
    return c.values();
  }

  /** The values of a numeric column, NaN where the cell was blank. */
  public double[] numericAllowingBlanks(String column) {
    return requireNumeric(column).values();
  }

  private Column requireNumeric(String column) {
    Column c = require(column);
    if (c.values() == null) {
      throw new InputException(
          where(c, c.firstBadRow())
              + ": '"
              + c.firstBadValue()
              + "' is not "
              + (nonFinite(c.firstBadValue()) ? "a finite number" : "a number")
              + " (column must be numeric)");
    }
    return c;
  }

  /** Whether a cell reads as infinity or not-a-number ("1e999", "inf", "-Infinity", "NaN"). */
  static boolean nonFinite(String cell) {
    String t = cell.trim().toLowerCase(java.util.Locale.ROOT);
    String unsigned = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
    if (unsigned.equals("inf") || unsigned.equals("infinity") || unsigned.equals("nan")) {
      return true;
    }
    try {
      return Double.isInfinite(Double.parseDouble(t)) && !t.endsWith("d") && !t.endsWith("f");
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The cells of a column as text (numbers written without a trailing ".0"). */
  public String[] labels(String column) {
    Column c = require(column);
    if (c.text() != null) {
      return c.text().clone();
    }
    String[] out = new String[rows];
    double[] v = c.values();
    for (int i = 0; i < rows; i++) {
      double x = v[i];
      if (Double.isNaN(x)) {
        out[i] = "";
      } else if (x == Math.rint(x) && Math.abs(x) < 1e15) {
        out[i] = Long.toString((long) x);
      } else {
        out[i] = Double.toString(x);
      }
    }
    return out;
  }

  /** Fails with a message naming the row when a label column has a blank cell. */
  public String[] labelsWithoutBlanks(String column) {
    String[] out = labels(column);
    Column c = require(column);
    for (int i = 0; i < out.length; i++) {
      if (out[i].isEmpty()) {
        throw new InputException(where(c, i) + ": missing value");
      }
    }
    return out;
  }

  /** A message prefix "file line L, column C (name)". */
  public String where(String column, int row) {
    return where(require(column), row);
  }

  private String where(Column c, int row) {
    return source
        + " line "
        + lineOf(row)
        + ", column "
        + (c.position() + 1)
        + " ("
        + c.name()
        + ")";
  }

  private Column require(String column) {
    Column c = columns.get(column);
    if (c == null) {
      throw new InputException(
          source
              + ": no column '"
              + column
              + "' (the file has: "
              + String.join(", ", columns.keySet())
              + ")");
    }
    return c;
  }

  @Override
  public String toString() {
    return "DataTable["
        + name
        + ", "
        + rows
        + " rows, "
        + Arrays.toString(columnNames().toArray())
        + "]";
  }
}
