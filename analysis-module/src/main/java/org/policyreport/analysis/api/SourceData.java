package org.policyreport.analysis.api;

import java.util.Arrays;
import java.util.List;
import org.policyreport.analysis.data.DataTable;

/**
 * One data source of the config as read: its column names and cell values, and the place of a cell
 * in the file for messages. Columns are copied out only when asked for, so that a large file the
 * caller leaves aside costs nothing more.
 */
public final class SourceData {
  private final String name;
  private final String path;
  private final DataTable table;

  SourceData(String name, String path, DataTable table) {
    this.name = name;
    this.path = path;
    this.table = table;
  }

  /** The data source's name in the config. */
  public String name() {
    return name;
  }

  /** The file's path as the config writes it. */
  public String path() {
    return path;
  }

  /** The file as messages name it. */
  public String file() {
    return table.source();
  }

  public int rowCount() {
    return table.rowCount();
  }

  public List<String> columnNames() {
    return table.columnNames();
  }

  /** The column's cells: numbers if every cell is a number or blank, else text as written. */
  public DataColumn column(String column) {
    if (table.isNumeric(column)) {
      double[] v = table.numericAllowingBlanks(column);
      return new DataColumn(
          column, Arrays.stream(v).mapToObj(x -> Double.isNaN(x) ? null : x).toList(), null);
    }
    return new DataColumn(column, null, Arrays.asList(table.labels(column)));
  }

  /** A message prefix naming a cell, e.g. "data/panel.csv line 7, column 3 (x)". */
  public String cellPlace(String column, int row) {
    return table.where(column, row);
  }
}
