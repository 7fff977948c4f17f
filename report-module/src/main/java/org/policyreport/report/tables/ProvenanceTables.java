package org.policyreport.report.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policyreport.contract.InputFile;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.Note;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.template.ReportContext;

/** Where the numbers come from: the input files and how each model was estimated. */
public final class ProvenanceTables {
  private ProvenanceTables() {}

  /**
   * The input files and the configuration. Each checksum gets a row of its own under its file: 64
   * characters that cannot break would otherwise squeeze the file names.
   */
  public static Table inputs(ReportContext ctx, String id, String caption, String sheet) {
    var w = ctx.words();
    NumberStyle f = ctx.numbers();
    List<Row> header = HeaderRow.of(w, "col.dataName", "col.path", "col.rows");
    List<Row> body = new ArrayList<>();
    var config = ctx.results().config();
    if (config != null && config.sha256() != null) {
      body.add(
          Row.of(
              List.of(
                  Cell.text(w.get("value.configuration")),
                  Cell.text(configPath(w, config.path())),
                  Cell.text("–"))));
      body.add(checksum(config.sha256()));
    }
    for (InputFile in : ctx.results().inputs()) {
      body.add(
          Row.of(
              List.of(
                  Cell.text(w.has("data." + in.name()) ? w.get("data." + in.name()) : in.name()),
                  Cell.text(in.path()),
                  Cell.number(f.integer(in.rows()), in.rows(), 0))));
      body.add(checksum(in.sha256()));
    }
    return new Table(id, null, caption, Table.Kind.DATA, sheet, header, body, List.of(), null);
  }

  /**
   * "(embedded) config/report.yaml" in the report's words where it has them: the analysis writes
   * the marker in English.
   */
  private static String configPath(org.policyreport.report.template.Words w, String path) {
    String marker = "(embedded) ";
    if (path != null && path.startsWith(marker) && w.has("value.embeddedPath")) {
      return w.format("value.embeddedPath", path.substring(marker.length()));
    }
    return path;
  }

  /**
   * How the appendix names a model: by its display name where the language asks for it
   * ("label.modelRow", so that a Korean appendix does not list English ids), else by its id.
   */
  private static String modelRow(ReportContext ctx, String id) {
    var w = ctx.words();
    return w.has("label.modelRow") ? w.format("label.modelRow", ctx.modelName(id), id) : id;
  }

  private static Row checksum(String sha256) {
    return Row.of(
        List.of(
            Cell.text(""),
            new Cell("SHA-256 " + sha256, null, 0, "", "", 2, Cell.Align.LEFT, false)));
  }

  public static Table models(ReportContext ctx, String id, String caption, String sheet) {
    var w = ctx.words();
    NumberStyle f = ctx.numbers();
    List<Row> header =
        HeaderRow.of(
            w,
            "col.model",
            "col.estimator",
            "col.options",
            "col.nobs",
            "col.dropped",
            "col.converged");
    List<Row> body = new ArrayList<>();
    // The same note on several models is said once, naming them all.
    java.util.Map<String, List<String>> notesByText = new java.util.LinkedHashMap<>();
    for (ModelResult m : ctx.results().models()) {
      // closed-form estimators (FE, RE) report no iterations
      String converged =
          m.converged() && m.iterations() == 0 && w.has("value.closedForm")
              ? w.get("value.closedForm")
              : m.converged()
                  ? w.format("value.convergedIn", m.iterations())
                  : w.format("value.notConverged", m.iterations());
      body.add(
          Row.of(
              List.of(
                  Cell.text(modelRow(ctx, m.id())),
                  Cell.text(
                      w.has("estimator." + m.estimator())
                          ? w.get("estimator." + m.estimator())
                          : m.estimator()),
                  Cell.text(options(w, m.options())),
                  Cell.number(f.integer(m.nobs()), m.nobs(), 0),
                  Cell.number(f.integer(m.nobsDropped()), m.nobsDropped(), 0),
                  Cell.text(converged))));
      List<Note> all = new ArrayList<>(m.notes());
      // A test's caveats are the model's too: the appendix lists every note of the estimation.
      m.tests().forEach(t -> all.addAll(t.notes()));
      for (Note note : all) {
        notesByText
            .computeIfAbsent(NoteWords.word(w, f, note), k -> new ArrayList<>())
            .add(modelRow(ctx, m.id()));
      }
    }
    List<String> notes = new ArrayList<>();
    notesByText.forEach((text, ids) -> notes.add(String.join(", ", ids) + ": " + text));
    return new Table(id, null, caption, Table.Kind.DATA, sheet, header, body, notes, null);
  }

  /**
   * Option names and values in the report's words where it has them ("option.corr",
   * "option.corr.ar1").
   */
  private static String options(
      org.policyreport.report.template.Words w, Map<String, Object> options) {
    if (options.isEmpty()) {
      return "–";
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : options.entrySet()) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      String key = "option." + e.getKey();
      String value = String.valueOf(e.getValue()).replaceAll("[\\[\\]]", "");
      sb.append(w.has(key) ? w.get(key) : e.getKey())
          .append('=')
          .append(w.has(key + "." + value) ? w.get(key + "." + value) : value);
    }
    return sb.toString();
  }
}
