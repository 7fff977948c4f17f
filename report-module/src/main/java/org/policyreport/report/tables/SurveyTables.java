package org.policyreport.report.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.policyreport.analysis.results.SurveyItemResult;
import org.policyreport.analysis.results.SurveyResult;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.template.ReportContext;

/** Tables of the expert survey: items ranked by the Borich needs index. */
public final class SurveyTables {
  private SurveyTables() {}

  public static Table needs(
      ReportContext ctx, SurveyResult survey, String id, String caption, List<String> notes, String source, String sheet) {
    var w = ctx.words();
    NumberStyle f = ctx.numbers();
    List<Row> header =
        List.of(
            Row.of(
                List.of(
                    Cell.header(w.get("col.rank")),
                    Cell.header(w.get("col.item")),
                    Cell.header(w.get("col.n")),
                    Cell.header(w.get("col.importance")),
                    Cell.header(w.get("col.performance")),
                    Cell.header(w.get("col.gap")),
                    Cell.header(w.get("col.t")),
                    Cell.header(w.get("col.borich")),
                    Cell.header(w.get("col.quadrant")))));
    List<SurveyItemResult> items = new ArrayList<>(survey.items());
    items.sort(Comparator.comparingInt(SurveyItemResult::borichRank));
    List<Row> body = new ArrayList<>();
    for (SurveyItemResult it : items) {
      String stars = it.gapP() == null ? "" : f.stars(it.gapP());
      Cell t = it.gapT() == null ? Cell.text("–") : Cell.number(f.num(it.gapT(), 2) + stars, it.gapT(), 2, "", stars);
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
                  Cell.text(w.has("quadrant." + it.quadrant()) ? w.get("quadrant." + it.quadrant()) : it.quadrant()))));
    }
    return new Table(id, null, caption, Table.Kind.DATA, sheet, header, body, notes, source);
  }
}
