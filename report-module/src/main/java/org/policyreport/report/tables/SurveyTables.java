package org.policyreport.report.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.policyreport.contract.SurveyAnova;
import org.policyreport.contract.SurveyGroup;
import org.policyreport.contract.SurveyGroupItem;
import org.policyreport.contract.SurveyGrouping;
import org.policyreport.contract.SurveyItemResult;
import org.policyreport.contract.SurveyResult;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.template.ReportContext;

/** Tables of the expert survey: items ranked by the Borich needs index, and group differences. */
public final class SurveyTables {
  private SurveyTables() {}

  public static Table needs(
      ReportContext ctx,
      SurveyResult survey,
      String id,
      String caption,
      List<String> notes,
      String source,
      String sheet) {
    var w = ctx.words();
    NumberStyle f = ctx.numbers();
    List<Row> header =
        HeaderRow.of(
            w,
            "col.rank",
            "col.item",
            "col.n",
            "col.importance",
            "col.performance",
            "col.gap",
            "col.t",
            "col.borich",
            "col.quadrant");
    List<SurveyItemResult> items = new ArrayList<>(survey.items());
    items.sort(Comparator.comparingInt(SurveyItemResult::borichRank));
    List<Row> body = new ArrayList<>();
    for (SurveyItemResult it : items) {
      String stars = it.gapP() == null ? "" : f.stars(it.gapP());
      Cell t =
          it.gapT() == null
              ? Cell.text("–")
              : Cell.number(f.num(it.gapT(), 2) + stars, it.gapT(), 2, "", stars);
      body.add(
          Row.of(
              List.of(
                  Cell.number(Integer.toString(it.borichRank()), it.borichRank(), 0),
                  Cell.text(ctx.itemLabel(it)),
                  Cell.number(f.integer(it.n()), it.n(), 0),
                  Cell.number(f.num(it.importanceMean(), 2), it.importanceMean(), 2),
                  Cell.number(f.num(it.performanceMean(), 2), it.performanceMean(), 2),
                  Cell.number(f.num(it.gap(), 2), it.gap(), 2),
                  t,
                  Cell.number(f.num(it.borich(), 2), it.borich(), 2),
                  Cell.text(
                      w.has("quadrant." + it.quadrant())
                          ? w.get("quadrant." + it.quadrant())
                          : it.quadrant()))));
    }
    return new Table(
        id,
        null,
        caption,
        Table.Kind.DATA,
        sheet,
        header,
        body,
        Significance.notes(notes, body, w),
        source);
  }

  /**
   * Mean rating of each item per level of a grouping column, with the one-way ANOVA across the
   * levels; {@code measure} is "importance" or "performance".
   */
  public static Table groups(
      ReportContext ctx,
      SurveyResult survey,
      String variable,
      String measure,
      String id,
      String caption,
      List<String> notes,
      String source,
      String sheet) {
    if (!measure.equals("importance") && !measure.equals("performance")) {
      throw new org.policyreport.report.document.DocumentException(
          "table " + id + ": measure must be importance or performance, not '" + measure + "'");
    }
    SurveyGrouping g = survey.grouping(variable);
    if (g == null) {
      throw new org.policyreport.report.document.DocumentException(
          "table "
              + id
              + ": survey '"
              + survey.id()
              + "' is not grouped by '"
              + variable
              + "' (see groupBy in the config)");
    }
    var w = ctx.words();
    NumberStyle f = ctx.numbers();
    List<Cell> names = new ArrayList<>();
    List<Cell> counts = new ArrayList<>();
    names.add(Cell.header(w.get("col.item")));
    counts.add(Cell.header(""));
    for (SurveyGroup level : g.groups()) {
      names.add(Cell.header(ctx.valueLabel(variable, level.name())));
      counts.add(Cell.header(w.format("col.groupN", f.integer(level.n()))));
    }
    names.add(Cell.header(w.get("col.f")));
    counts.add(Cell.header(""));
    names.add(Cell.header(w.get("col.p")));
    counts.add(Cell.header(""));
    List<Row> body = new ArrayList<>();
    for (SurveyItemResult it : survey.items()) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(ctx.itemLabel(it)));
      for (SurveyGroup level : g.groups()) {
        SurveyGroupItem gi =
            g.items().stream()
                .filter(x -> x.group().equals(level.name()) && x.item().equals(it.id()))
                .findFirst()
                .orElse(null);
        if (gi == null || gi.n() == 0) {
          row.add(Cell.text("–"));
        } else {
          double v = measure.equals("importance") ? gi.importanceMean() : gi.performanceMean();
          row.add(Cell.number(f.num(v, 2), v, 2));
        }
      }
      SurveyAnova a =
          g.anova().stream()
              .filter(x -> x.item().equals(it.id()) && x.measure().equals(measure))
              .findFirst()
              .orElse(null);
      if (a == null || a.f() == null || a.p() == null) {
        row.add(Cell.text("–"));
        row.add(Cell.text("–"));
      } else {
        String stars = f.stars(a.p());
        row.add(Cell.number(f.num(a.f(), 2) + stars, a.f(), 2, "", stars));
        row.add(TestsTable.p(f, a.p()));
      }
      body.add(Row.of(row));
    }
    return new Table(
        id,
        null,
        caption,
        Table.Kind.DATA,
        sheet,
        List.of(Row.of(names), Row.of(counts)),
        body,
        Significance.notes(notes, body, ctx.words()),
        source);
  }
}
