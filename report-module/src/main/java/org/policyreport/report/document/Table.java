package org.policyreport.report.document;

import java.util.List;

/**
 * A numbered table with a caption, header rows, body rows and the note and source lines under it.
 * {@code label} ("Table 4-1", "<표 4-1>") is set by {@link Numbering}.
 *
 * @param kind how the table is meant to be read; renderers may style a regression table differently
 *     (no vertical rules, a rule above the fit statistics)
 * @param sheetName a short name for a spreadsheet tab, unique within the document
 */
public record Table(
    String id,
    String label,
    String caption,
    Kind kind,
    String sheetName,
    List<Row> header,
    List<Row> body,
    List<String> notes,
    String source)
    implements Block {

  /** The role of a table. */
  public enum Kind {
    DATA,
    REGRESSION
  }

  public Table {
    header = List.copyOf(header);
    body = List.copyOf(body);
    notes = List.copyOf(notes);
  }

  public Table withLabel(String l) {
    return new Table(id, l, caption, kind, sheetName, header, body, notes, source);
  }

  public Table withNotes(List<String> n) {
    return new Table(id, label, caption, kind, sheetName, header, body, n, source);
  }

  /** Number of columns (of the widest row). */
  public int columnCount() {
    int max = 0;
    for (Row r : header) {
      max = Math.max(max, r.width());
    }
    for (Row r : body) {
      max = Math.max(max, r.width());
    }
    return max;
  }

  @Override
  public <R> R accept(BlockVisitor<R> v) {
    return v.table(this);
  }
}
