package org.policyreport.analysis.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.contract.InputException;

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
  private final CellLocator locator;

  /** The row of the file each row came from, or null when the rows are the file's own. */
  private final int[] origin;

  /**
   * One column as read; {@code values} is null when a cell was not a number; {@code text} holds the
   * cells as written when the column is text or an identifier read as text.
   */
  record Column(
      String name,
      int position,
      double[] values,
      String[] text,
      int firstBlankRow,
      int firstBadRow,
      String firstBadValue) {}

  DataTable(String name, String source, String sha256, int rows, List<Column> columns) {
    this(name, source, sha256, rows, columns, CellLocator.csv(source), null);
  }

  DataTable(
      String name,
      String source,
      String sha256,
      int rows,
      List<Column> columns,
      CellLocator locator) {
    this(name, source, sha256, rows, columns, locator, null);
  }

  private DataTable(
      String name,
      String source,
      String sha256,
      int rows,
      List<Column> columns,
      CellLocator locator,
      int[] origin) {
    this.locator = locator;
    this.origin = origin;
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
    return new DataTable(name, source, sha256, rows, cols, locator, origin);
  }

  /**
   * The table of one model: the rows {@code rows} (in that order; null for all) of the columns
   * {@code keep}, and the computed numeric columns {@code added} (already of the new length).
   * Messages about a cell still name its line in the file.
   */
  public DataTable derive(
      int[] rows, java.util.Collection<String> keep, Map<String, double[]> added) {
    List<Column> cols = new ArrayList<>();
    int n = rows == null ? this.rows : rows.length;
    for (String k : keep) {
      Column c = require(k);
      if (rows == null) {
        cols.add(c);
        continue;
      }
      double[] v = null;
      String[] t = null;
      if (c.values() != null) {
        v = new double[n];
        for (int i = 0; i < n; i++) {
          v[i] = c.values()[rows[i]];
        }
      }
      if (c.text() != null) {
        t = new String[n];
        for (int i = 0; i < n; i++) {
          t[i] = c.text()[rows[i]];
        }
      }
      int blank = -1;
      int bad = -1;
      for (int i = 0; i < n; i++) {
        if (blank < 0 && (v != null ? Double.isNaN(v[i]) : t[i].isBlank())) {
          blank = i;
        }
        if (bad < 0 && v == null && t[i].equals(c.firstBadValue())) {
          bad = i;
        }
      }
      cols.add(new Column(c.name(), c.position(), v, t, blank, bad, c.firstBadValue()));
    }
    for (Map.Entry<String, double[]> e : added.entrySet()) {
      double[] v = e.getValue();
      if (v.length != n) {
        throw new IllegalArgumentException("column " + e.getKey() + " has wrong length");
      }
      int blank = -1;
      for (int i = 0; i < n && blank < 0; i++) {
        if (Double.isNaN(v[i])) {
          blank = i;
        }
      }
      cols.add(new Column(e.getKey(), -1, v, null, blank, -1, null));
    }
    int[] from = origin;
    if (rows != null) {
      from = new int[n];
      for (int i = 0; i < n; i++) {
        from[i] = origin == null ? rows[i] : origin[rows[i]];
      }
    }
    return new DataTable(name, source, sha256, n, cols, locator, from);
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
              + excerpt(c.firstBadValue())
              + "' is not "
              + (nonFinite(c.firstBadValue()) ? "a finite number" : "a number")
              + " (column must be numeric)");
    }
    return c;
  }

  /** The most characters of a cell that a message shows. */
  static final int EXCERPT_CHARACTERS = 60;

  /**
   * A cell as a message shows it: cut after {@value #EXCERPT_CHARACTERS} characters, so that a
   * 40,000-character cell makes a one-line error and not a page of it.
   */
  public static String excerpt(String cell) {
    if (cell == null || cell.length() <= EXCERPT_CHARACTERS) {
      return cell;
    }
    int end = EXCERPT_CHARACTERS;
    if (Character.isHighSurrogate(cell.charAt(end - 1))) {
      end--;
    }
    return cell.substring(0, end) + "… (" + cell.length() + " characters)";
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

  /**
   * The cells of a column as text: as written for a text or identifier column, else numbers written
   * without a trailing ".0".
   */
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

  /** A message prefix naming the cell: "file line L, column C (name)" for a CSV file. */
  public String where(String column, int row) {
    return where(require(column), row);
  }

  private String where(Column c, int row) {
    int r = origin == null ? row : origin[row];
    return (c.position() < 0 ? source + " " + locator.row(r) : locator.cell(r, c.position()))
        + " ("
        + c.name()
        + ")";
  }

  /** Where data row {@code row} is in the file, e.g. "line 7" or "row 7 of sheet 'panel'". */
  public String rowWhere(int row) {
    return locator.row(origin == null ? row : origin[row]);
  }

  /** How this table names its cells; a table derived from it maps its cells back through it. */
  public CellLocator locator() {
    return locator;
  }

  /** The column as read, for builders in this package. */
  Column column(String column) {
    return require(column);
  }

  /** Whether every cell of the column is a number, a blank or a missing-value marker. */
  public boolean isNumeric(String column) {
    return require(column).values() != null;
  }

  /** The 0-based position of a column in the file (or sheet range). */
  public int position(String column) {
    return require(column).position();
  }

  /** The line of the file that holds row {@code row} of this table (line 1 is the header). */
  public int line(int row) {
    return lineOf(origin == null ? row : origin[row]);
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
