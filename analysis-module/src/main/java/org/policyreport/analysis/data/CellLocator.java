package org.policyreport.analysis.data;

/**
 * Says where a cell of a {@link DataTable} came from, in the words of its file: a CSV line and
 * column, a worksheet cell, or (for a reshaped table) the cell of the original layout.
 */
public interface CellLocator {
  /** The cell of data row {@code row} (0-based) in column {@code column} (0-based position). */
  String cell(int row, int column);

  /** Data row {@code row} as a whole, for messages that compare two rows ("line 7"). */
  String row(int row);

  /** Rows of a CSV file: line 1 is the header, so data row r is on line r + 2. */
  static CellLocator csv(String file) {
    return new CellLocator() {
      @Override
      public String cell(int row, int column) {
        return file + " line " + DataTable.lineOf(row) + ", column " + (column + 1);
      }

      @Override
      public String row(int row) {
        return "line " + DataTable.lineOf(row);
      }
    };
  }
}
