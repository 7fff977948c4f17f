package org.policyreport.report.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policyreport.analysis.results.InputFile;
import org.policyreport.analysis.results.ModelResult;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.template.ReportContext;

/** Where the numbers come from: the input files and how each model was estimated. */
public final class ProvenanceTables {
  private ProvenanceTables() {}

  public static Table inputs(ReportContext ctx, String id, String caption, String sheet) {
    var w = ctx.words();
    NumberStyle f = ctx.numbers();
    List<Row> header =
        List.of(
            Row.of(
                List.of(
                    Cell.header(w.get("col.dataName")),
                    Cell.header(w.get("col.path")),
                    Cell.header(w.get("col.rows")),
                    Cell.header("SHA-256"))));
    List<Row> body = new ArrayList<>();
    for (InputFile in : ctx.results().inputs()) {
      body.add(
          Row.of(
              List.of(
                  Cell.text(in.name()),
                  Cell.text(in.path()),
                  Cell.number(f.integer(in.rows()), in.rows(), 0),
                  Cell.text(in.sha256()))));
    }
    return new Table(id, null, caption, Table.Kind.DATA, sheet, header, body, List.of(), null);
  }

  public static Table models(ReportContext ctx, String id, String caption, String sheet) {
    var w = ctx.words();
    NumberStyle f = ctx.numbers();
    List<Row> header =
        List.of(
            Row.of(
                List.of(
                    Cell.header(w.get("col.model")),
                    Cell.header(w.get("col.estimator")),
                    Cell.header(w.get("col.options")),
                    Cell.header(w.get("col.nobs")),
                    Cell.header(w.get("col.dropped")),
                    Cell.header(w.get("col.converged")))));
    List<Row> body = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (ModelResult m : ctx.results().models()) {
      String converged =
          m.converged()
              ? w.format("value.convergedIn", m.iterations())
              : w.format("value.notConverged", m.iterations());
      body.add(
          Row.of(
              List.of(
                  Cell.text(m.id()),
                  Cell.text(m.estimator()),
                  Cell.text(options(m.options())),
                  Cell.number(f.integer(m.nobs()), m.nobs(), 0),
                  Cell.number(f.integer(m.nobsDropped()), m.nobsDropped(), 0),
                  Cell.text(converged))));
      for (String note : m.notes()) {
        notes.add(m.id() + ": " + note);
      }
    }
    return new Table(id, null, caption, Table.Kind.DATA, sheet, header, body, notes, null);
  }

  private static String options(Map<String, Object> options) {
    if (options.isEmpty()) {
      return "–";
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : options.entrySet()) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(e.getKey()).append('=').append(e.getValue());
    }
    return sb.toString();
  }
}
