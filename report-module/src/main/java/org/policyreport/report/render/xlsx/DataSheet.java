package org.policyreport.report.render.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A plain table of data that the caller wants in the workbook next to the report's own tables: the
 * input data, a provenance list, anything a reader should be able to reuse. It is deliberately not
 * a document block: the report itself does not carry its input data, so the caller hands them over
 * as named columns of numbers or text, and the workbook writes them as one header row and one row
 * per observation (so that any spreadsheet or statistics program reads them back directly).
 *
 * @param name the sheet name wanted; made valid and unique when written
 * @param title a line for the workbook's contents sheet, e.g. the file the data came from; may be
 *     null
 * @param columns the columns in order, all of the same length
 */
public record DataSheet(String name, String title, List<Column> columns) {

  public DataSheet {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a data sheet needs a name");
    }
    columns = List.copyOf(columns);
    int rows = -1;
    for (Column c : columns) {
      if (rows >= 0 && c.size() != rows) {
        throw new IllegalArgumentException(
            "data sheet '"
                + name
                + "': column '"
                + c.name()
                + "' has "
                + c.size()
                + " values, the columns before it "
                + rows);
      }
      rows = c.size();
    }
  }

  /** Number of observations (rows below the header). */
  public int rowCount() {
    return columns.isEmpty() ? 0 : columns.get(0).size();
  }

  /**
   * One column: a name and either numbers (null for a missing value) or text. Exactly one of {@code
   * numbers} and {@code texts} is non-null.
   */
  public record Column(String name, List<Double> numbers, List<String> texts) {
    public Column {
      if (name == null) {
        throw new IllegalArgumentException("a data column needs a name");
      }
      if ((numbers == null) == (texts == null)) {
        throw new IllegalArgumentException(
            "data column '" + name + "' must hold either numbers or text");
      }
      // Copies that keep nulls: a missing value is an empty cell, not an error.
      numbers = numbers == null ? null : Collections.unmodifiableList(new ArrayList<>(numbers));
      texts = texts == null ? null : Collections.unmodifiableList(new ArrayList<>(texts));
    }

    public static Column numeric(String name, List<Double> values) {
      return new Column(name, values, null);
    }

    public static Column numeric(String name, double... values) {
      return new Column(name, Arrays.stream(values).boxed().toList(), null);
    }

    public static Column text(String name, List<String> values) {
      return new Column(name, null, values);
    }

    public boolean isNumeric() {
      return numbers != null;
    }

    public int size() {
      return numbers != null ? numbers.size() : texts.size();
    }
  }
}
