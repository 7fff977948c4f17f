package org.policyreport.analysis.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link DataTable} from cells that are already separated (a worksheet, a reshaped
 * layout), with the same rules as the CSV reader: a column is numeric while every cell is a number,
 * a blank or a missing-value marker. Each column is filled in row order, one cell per row.
 */
public final class TableBuilder {
  private final List<String> names;
  private final ColumnBuilder[] columns;

  public TableBuilder(List<String> columnNames, MissingMarkers na) {
    this.names = List.copyOf(columnNames);
    this.columns = new ColumnBuilder[names.size()];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = new ColumnBuilder(16, na);
    }
  }

  /** Sets cell ({@code row}, {@code column}) from text, parsed as a number when it is one. */
  public void text(int column, int row, String cell) {
    columns[column].add(cell, row);
  }

  /** Sets cell ({@code row}, {@code column}) to a number; NaN for a blank. */
  public void number(int column, int row, double value) {
    columns[column].add(value, row);
  }

  /** Sets cell ({@code row}, {@code column}) to cell ({@code fromRow}, {@code fromColumn}). */
  public void copy(int column, int row, DataTable from, String fromColumn, int fromRow) {
    DataTable.Column c = from.column(fromColumn);
    if (c.values() != null) {
      number(column, row, c.values()[fromRow]);
    } else {
      text(column, row, c.text()[fromRow]);
    }
  }

  public DataTable build(String name, String source, String sha256, int rows, CellLocator locator) {
    List<DataTable.Column> cols = new ArrayList<>(columns.length);
    for (int c = 0; c < columns.length; c++) {
      cols.add(columns[c].build(names.get(c), c, rows));
    }
    return new DataTable(name, source, sha256, rows, cols, locator);
  }
}
