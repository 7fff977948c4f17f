package org.policyreport.report.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.policyreport.contract.PanelSeries;
import org.policyreport.contract.ScenarioChange;
import org.policyreport.contract.ScenarioResult;
import org.policyreport.contract.ScenarioRow;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.template.ReportContext;

/**
 * One scenario: a row per unit with the predicted outcome before and after, the difference and the
 * change in percent with their 95 % intervals, then the units together; a note says what was
 * changed, when, and how the intervals were computed.
 */
public final class ScenarioTable {
  /** A period of four digits is a calendar year ("2016년" in Korean). */
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private ScenarioTable() {}

  public static Table build(
      ReportContext ctx,
      ScenarioResult s,
      String id,
      String caption,
      List<String> notes,
      String source,
      String sheet) {
    NumberStyle f = ctx.numbers();
    var w = ctx.words();
    // Counts read best with one decimal; a linear outcome keeps the report's decimals.
    int d = s.scale().equals("counts") ? 1 : f.decimals();
    List<Cell> head = new ArrayList<>();
    head.add(Cell.header(capitalized(ctx.unitWord())));
    head.add(Cell.header(capitalized(ctx.periodWord())));
    for (String k :
        List.of(
            "col.scenarioBefore",
            "col.scenarioAfter",
            "col.scenarioDiff",
            "col.ci95",
            "col.scenarioPct",
            "col.ci95")) {
      head.add(Cell.header(w.get(k)));
    }
    List<Row> body = new ArrayList<>();
    Map<String, String> names = unitNames(ctx, s);
    for (ScenarioRow r : s.units()) {
      body.add(Row.of(cells(f, d, names.getOrDefault(r.unit(), r.unit()), r.period(), r)));
    }
    body.add(new Row(cells(f, d, w.get("scenario.total." + s.totalKind()), "", s.total()), true));
    List<String> allNotes = new ArrayList<>();
    allNotes.add(
        w.format(
            "note.scenario",
            changes(ctx, f, s.changes()),
            s.period().equals("latest")
                ? w.format("scenario.latest", ctx.periodWord(), ctx.unitWord())
                : YEAR.matcher(s.period()).matches()
                    ? w.format("scenario.year", s.period())
                    : s.period(),
            w.get("scenario.interval." + s.interval())));
    allNotes.addAll(notes);
    return new Table(
        id, null, caption, Table.Kind.DATA, sheet, List.of(Row.of(head)), body, allNotes, source);
  }

  private static List<Cell> cells(NumberStyle f, int d, String unit, String period, ScenarioRow r) {
    List<Cell> c = new ArrayList<>();
    c.add(Cell.text(unit));
    c.add(Cell.text(period));
    c.add(Cell.number(f.num(r.before(), d), r.before(), d));
    c.add(Cell.number(f.num(r.after(), d), r.after(), d));
    c.add(Cell.number(f.num(r.diff(), d), r.diff(), d));
    c.add(Cell.text(interval(f, d, r.diffCiLow(), r.diffCiHigh())));
    if (r.pct() == null) {
      c.add(Cell.text("–"));
      c.add(Cell.text("–"));
    } else {
      c.add(Cell.number(f.num(r.pct(), 1), r.pct(), 1));
      c.add(Cell.text(interval(f, 1, r.pctCiLow(), r.pctCiHigh())));
    }
    return c;
  }

  private static String interval(NumberStyle f, int d, double low, double high) {
    return "[" + f.num(low, d) + ", " + f.num(high, d) + "]";
  }

  /**
   * "Fiscal autonomy up 5 percentage points" for a variable in per cent (a change of a percentage
   * is in points, not per cent), else "Universities +5", "... × 1.1", "... = 30", joined.
   */
  private static String changes(ReportContext ctx, NumberStyle f, List<ScenarioChange> changes) {
    var w = ctx.words();
    List<String> out = new ArrayList<>();
    for (ScenarioChange c : changes) {
      String v = plain(c.value());
      String op;
      switch (c.operation()) {
        case "set":
          op = " = " + v;
          break;
        case "multiply":
          op = " × " + v;
          break;
        default:
          if (ctx.inPercent(c.variable())) {
            double size = Math.abs(c.value());
            out.add(
                w.format(
                    c.value() < 0 ? "scenario.change.down" : "scenario.change.up",
                    ctx.noun(c.variable()),
                    ctx.inPoints(plain(size), size)));
            continue;
          }
          op = c.value() < 0 ? " \u2212" + plain(-c.value()) : " +" + v;
      }
      out.add(ctx.variable(c.variable()) + op);
    }
    return String.join("; ", out);
  }

  private static String plain(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** Display names of the units from any series of the scenario's data source. */
  private static Map<String, String> unitNames(ReportContext ctx, ScenarioResult s) {
    Map<String, String> out = new HashMap<>();
    for (PanelSeries p : ctx.results().panelSeries()) {
      if (p.data().equals(s.data())) {
        List<String> names = ctx.unitNames(p);
        for (int i = 0; i < p.units().size(); i++) {
          out.put(p.units().get(i), names.get(i));
        }
        break;
      }
    }
    return out;
  }

  private static String capitalized(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
