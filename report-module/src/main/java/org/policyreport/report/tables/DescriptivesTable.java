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
      int d = decimals(v);
      body.add(
          Row.of(
              List.of(
                  Cell.text(ctx.variable(v.variable())),
                  Cell.number(f.integer(v.n()), v.n(), 0),
                  Cell.number(f.num(v.mean(), d), v.mean(), d),
                  Cell.number(f.num(v.sd(), d), v.sd(), d),
                  Cell.number(f.num(v.min(), d), v.min(), d),
                  Cell.number(f.num(v.max(), d), v.max(), d))));
    }
    return new Table(id, null, caption, Table.Kind.DATA, sheet, header, body, notes, source);
  }

  /** Fewer decimals for large magnitudes, so that a count of patents is not shown as 12,345.678. */
  private static int decimals(VariableSummary v) {
    double m = Math.max(Math.abs(v.mean()), Math.abs(v.max()));
    return m >= 1000 ? 0 : m >= 100 ? 1 : 2;
  }
}
