package org.policyreport.report.tables;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.template.Words;

/** A header row whose cells are words of the report's language, named by their keys. */
final class HeaderRow {
  private HeaderRow() {}

  static List<Row> of(Words words, String... keys) {
    List<Cell> cells = new ArrayList<>(keys.length);
    for (String k : keys) {
      cells.add(Cell.header(words.get(k)));
    }
    return List.of(Row.of(cells));
  }
}
