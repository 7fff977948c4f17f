package org.policyreport.report.tables;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.contract.PanelSeries;
import org.policyreport.report.brief.UnitProfile;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.template.ReportContext;

/**
 * A unit's profile: per indicator its value in the latest period, the mean of all units observed
 * then and its rank among them ("3/17").
 */
public final class ProfileTable {
  private ProfileTable() {}

  public static Table build(
      ReportContext ctx,
      String data,
      List<String> variables,
      String unit,
      String id,
      String caption,
      List<String> notes,
      String source,
      String sheet) {
    NumberStyle f = ctx.numbers();
    var w = ctx.words();
    List<PanelSeries> series = new ArrayList<>();
    for (String v : variables) {
      series.add(ctx.requireSeries(data, v));
    }
    UnitProfile profile = UnitProfile.of(unit, series);
    List<Cell> head =
        List.of(
            Cell.header(w.get("col.profileIndicator")),
            Cell.header(w.get("col.profilePeriod")),
            Cell.header(unitName(ctx, series, unit)),
            Cell.header(w.format("col.profileMean", ctx.unitWord())),
            Cell.header(w.get("col.rank")));
    List<Row> body = new ArrayList<>();
    for (UnitProfile.Line l : profile.lines()) {
      int d = f.decimalsFor(l.value(), l.mean());
      body.add(
          Row.of(
              List.of(
                  Cell.text(ctx.variable(l.variable())),
                  centred(Integer.toString(l.period())),
                  Cell.number(f.num(l.value(), d), l.value(), d),
                  Cell.number(f.num(l.mean(), d), l.mean(), d),
                  centred(l.rank() + "/" + l.of()))));
    }
    List<String> allNotes = new ArrayList<>();
    allNotes.add(w.format("note.profile", ctx.unitWord()));
    allNotes.addAll(notes);
    return new Table(
        id, null, caption, Table.Kind.DATA, sheet, List.of(Row.of(head)), body, allNotes, source);
  }

  private static Cell centred(String text) {
    return new Cell(text, null, 0, "", "", 1, Cell.Align.CENTER, false);
  }

  /** The unit's display name in the report's language. */
  public static String unitName(ReportContext ctx, List<PanelSeries> series, String unit) {
    for (PanelSeries s : series) {
      int u = s.units().indexOf(unit);
      if (u >= 0) {
        return ctx.unitNames(s).get(u);
      }
    }
    return unit;
  }
}
