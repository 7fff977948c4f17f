package org.policyreport.report.tables;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.report.document.Row;
import org.policyreport.report.template.Words;

/**
 * The one significance legend ({@code note.significance}): every table that shows stars ends its
 * notes with it, so the order and wording are the same in every table.
 */
public final class Significance {
  private Significance() {}

  /** The legend in the report's language. */
  public static String legend(Words words) {
    return words.get("note.significance");
  }

  /**
   * {@code notes} with the legend at the end of the last one (a note of its own when there is none)
   * when any body cell of the table carries stars.
   */
  static List<String> notes(List<String> notes, List<Row> body, Words words) {
    List<String> out = new ArrayList<>(notes);
    boolean stars =
        body.stream()
            .flatMap(r -> r.cells().stream())
            .anyMatch(c -> c.isNumeric() && c.suffix().startsWith("*"));
    if (stars && out.isEmpty()) {
      out.add(legend(words));
    } else if (stars) {
      int last = out.size() - 1;
      out.set(last, out.get(last) + " " + legend(words));
    }
    return out;
  }
}
