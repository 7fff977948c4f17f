package org.policyreport.report.tables;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.contract.VariableSummary;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.template.ReportContext;

/** N, mean, SD, minimum and maximum of the model variables of one data source. */
public final class DescriptivesTable {
  /** Decimals of every column of non-whole numbers. */
  private static final int DECIMALS = 2;

  private DescriptivesTable() {}

  public static Table build(
      ReportContext ctx,
      String id,
      String caption,
      String data,
      List<String> notes,
      String source,
      String sheet) {
    NumberStyle f = ctx.numbers();
    var w = ctx.words();
    List<Row> header =
        HeaderRow.of(w, "col.variable", "col.n", "col.mean", "col.sd", "col.min", "col.max");
    List<Row> body = new ArrayList<>();
    for (VariableSummary v : ctx.results().descriptives()) {
      if (data != null && !v.data().equals(data)) {
        continue;
      }
      // One number of decimals per column, so that the column lines up and reads alike; the
      // minimum and maximum of a count (whole values only) are whole numbers, never "2.00".
      int whole = counts(v) ? 0 : DECIMALS;
      body.add(
          Row.of(
              List.of(
                  Cell.text(ctx.variable(v.variable())),
                  Cell.number(f.integer(v.n()), v.n(), 0),
                  Cell.number(f.num(v.mean(), DECIMALS), v.mean(), DECIMALS),
                  Cell.number(f.num(v.sd(), DECIMALS), v.sd(), DECIMALS),
                  Cell.number(f.num(v.min(), whole), v.min(), whole),
                  Cell.number(f.num(v.max(), whole), v.max(), whole))));
    }
    return new Table(id, null, caption, Table.Kind.DATA, sheet, header, body, notes, source);
  }

  /**
   * Whether a variable holds whole numbers (counts): its minimum and maximum are whole and so is
   * its sum, n times the mean. The results carry no type, and a continuous variable meets all three
   * only by chance.
   */
  static boolean counts(VariableSummary v) {
    double sum = v.mean() * v.n();
    return whole(v.min())
        && whole(v.max())
        && Math.abs(sum - Math.rint(sum)) < 1e-6 * Math.max(1, Math.abs(sum));
  }

  private static boolean whole(double x) {
    return Double.isFinite(x) && x == Math.rint(x);
  }
}
