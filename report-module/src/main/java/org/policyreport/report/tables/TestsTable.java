package org.policyreport.report.tables;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.TestResult;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.template.ReportContext;

/** Diagnostic and specification tests of one or more models: one row per test. */
public final class TestsTable {
  private TestsTable() {}

  public static Table build(
      ReportContext ctx,
      String id,
      String caption,
      List<ModelResult> models,
      List<String> notes,
      String source,
      String sheet) {
    NumberStyle f = ctx.numbers();
    var w = ctx.words();
    List<Row> header = HeaderRow.of(w, "col.model", "col.test", "col.statistic", "col.df", "col.p");
    List<Row> body = new ArrayList<>();
    for (ModelResult m : models) {
      for (TestResult t : m.tests()) {
        String name =
            w.has("test." + t.name())
                ? w.get("test." + t.name())
                : (t.label() != null ? t.label() : t.name());
        String df =
            t.df() == null
                ? ""
                : t.df2() == null ? Integer.toString(t.df()) : t.df() + ", " + t.df2();
        body.add(
            Row.of(
                List.of(
                    Cell.text(ctx.modelShortName(m.id())),
                    Cell.text(name),
                    Cell.number(f.num(t.statistic()), t.statistic(), f.decimals()),
                    new Cell(df, null, 0, "", "", 1, Cell.Align.CENTER, false),
                    p(f, t.p()))));
      }
    }
    return new Table(id, null, caption, Table.Kind.DATA, sheet, header, body, notes, source);
  }

  static Cell p(NumberStyle f, double p) {
    String text = f.p(p);
    return text.startsWith("<")
        ? new Cell(text, null, 0, "", "", 1, Cell.Align.DECIMAL, false)
        : Cell.number(text, p, 3);
  }
}
