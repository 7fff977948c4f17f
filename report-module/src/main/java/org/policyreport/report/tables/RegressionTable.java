package org.policyreport.report.tables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.ModelResult;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.template.ReportContext;

/**
 * The academic regression table: one column per model; per term a row with the coefficient and its
 * stars and a row with the standard error in parentheses; equations after the first under a
 * subheading; fit statistics and N at the bottom; the star legend in the note.
 */
public final class RegressionTable {
  /** Statistics that are whole numbers. */
  private static final Set<String> COUNTS =
      Set.of("nobs", "groups", "units", "clusters", "nClusters", "nParameters", "df_residual");

  private RegressionTable() {}

  /**
   * @param stats statistic keys to show under the coefficients, in order ("nobs", "logLikelihood",
   *     or any key of {@link ModelResult#statistics()}); a statistic no model has is skipped
   * @param exponentiate show exp(b) (IRRs) of the main equation instead of b
   */
  public static Table build(
      ReportContext ctx,
      String id,
      String caption,
      List<ModelResult> models,
      List<String> stats,
      boolean exponentiate,
      List<String> notes,
      String source,
      String sheetName) {
    NumberStyle f = ctx.numbers();
    List<Cell> head = new ArrayList<>();
    head.add(Cell.header(""));
    for (int m = 0; m < models.size(); m++) {
      head.add(Cell.header("(" + (m + 1) + ") " + ctx.modelName(models.get(m).id())));
    }
    List<Row> header = new ArrayList<>();
    header.add(Row.of(head));
    if (models.stream().map(ModelResult::dependent).distinct().count() == 1) {
      List<Cell> dep = new ArrayList<>();
      dep.add(Cell.text(ctx.words().get("table.dependent")));
      dep.add(Cell.header(ctx.variable(models.get(0).dependent()), models.size()));
      header.add(Row.of(dep));
    }
    List<Row> body = new ArrayList<>();
    Set<String> equations = new LinkedHashSet<>();
    for (ModelResult m : models) {
      for (Coefficient c : m.coefficients()) {
        equations.add(c.equation());
      }
    }
    for (String eq : equations) {
      if (!eq.equals("main")) {
        List<Cell> sub = new ArrayList<>();
        sub.add(
            Cell.text(ctx.words().has("equation." + eq) ? ctx.words().get("equation." + eq) : eq)
                .withBold(true));
        for (int m = 0; m < models.size(); m++) {
          sub.add(Cell.text(""));
        }
        // An equation's title stays with its first coefficient.
        body.add(new Row(sub, true).keptWithNext());
      }
      for (String term : terms(models, eq)) {
        List<Cell> coefRow = new ArrayList<>();
        List<Cell> seRow = new ArrayList<>();
        coefRow.add(Cell.text(ctx.variable(term)));
        seRow.add(Cell.text(""));
        List<Coefficient> shown = new ArrayList<>();
        for (ModelResult m : models) {
          Coefficient c = m.coefficient(eq, term);
          // exp(_cons) is the baseline incidence rate, shown as Stata's irr option does
          if (c != null && exponentiate && eq.equals("main")) {
            c = m.irr().stream().filter(r -> r.term().equals(term)).findFirst().orElse(c);
          }
          shown.add(c);
        }
        // One number of decimals per term, so that a coefficient and its standard error line up.
        // For a ratio the information is in its distance from 1 (an IRR of 1.00008 per firm).
        double centre = exponentiate && eq.equals("main") ? 1.0 : 0.0;
        int d =
            f.decimalsFor(
                shown.stream()
                    .filter(c -> c != null)
                    .mapToDouble(c -> c.coef() - centre)
                    .toArray());
        for (Coefficient c : shown) {
          if (c == null) {
            coefRow.add(Cell.text(""));
            seRow.add(Cell.text(""));
            continue;
          }
          String stars = f.stars(c.p());
          coefRow.add(Cell.number(f.num(c.coef(), d) + stars, c.coef(), d, "", stars));
          seRow.add(Cell.number("(" + f.num(c.se(), d) + ")", c.se(), d, "(", ")"));
        }
        // A coefficient never ends a page without its standard error under it.
        body.add(Row.of(coefRow).keptWithNext());
        body.add(Row.of(seRow));
      }
    }
    boolean first = true;
    for (String stat : stats) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(ctx.words().get("stat." + stat)));
      boolean any = false;
      for (ModelResult m : models) {
        Double v = statistic(m, stat);
        if (v == null) {
          row.add(Cell.text(""));
        } else {
          any = true;
          int d = COUNTS.contains(stat) ? 0 : f.decimals();
          row.add(Cell.number(f.num(v, d), v, d));
        }
      }
      if (any) {
        body.add(new Row(row, first));
        first = false;
      }
    }
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.add(ctx.words().get(exponentiate ? "note.starsIrr" : "note.stars"));
    return new Table(
        id, null, caption, Table.Kind.REGRESSION, sheetName, header, body, allNotes, source);
  }

  /** Terms of an equation across models: in model order, the constant last. */
  private static List<String> terms(List<ModelResult> models, String eq) {
    Set<String> out = new LinkedHashSet<>();
    boolean cons = false;
    for (ModelResult m : models) {
      for (Coefficient c : m.coefficients()) {
        if (c.equation().equals(eq)) {
          if (c.term().equals("_cons")) {
            cons = true;
          } else {
            out.add(c.term());
          }
        }
      }
    }
    List<String> list = new ArrayList<>(out);
    if (cons) {
      list.add("_cons");
    }
    return list;
  }

  static Double statistic(ModelResult m, String key) {
    switch (key) {
      case "nobs":
        return (double) m.nobs();
      case "logLikelihood":
        return m.logLikelihood();
      default:
        return m.statistics().get(key);
    }
  }
}
