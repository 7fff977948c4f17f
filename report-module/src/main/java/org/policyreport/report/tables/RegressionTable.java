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
 * subheading; fit statistics and N at the bottom; the star legend in the note. A regressor with a
 * presentation scale ({@code labels.variables.<column>.scale}, say 1,000) is shown per that many
 * units: its coefficient and standard error times the scale, its ratio exp(scale·b) with the
 * delta-method standard error exp(scale·b)·scale·se. The period dummies of a model with time
 * effects are one row ("Year effects: Yes"), not a row each.
 */
public final class RegressionTable {
  /** Statistics that are whole numbers. */
  private static final Set<String> COUNTS =
      Set.of("nobs", "groups", "units", "nClusters", "nParameters", "dfResidual");

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
      head.add(Cell.header("(" + (m + 1) + ") " + ctx.modelShortName(models.get(m).id())));
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
    int[] decimals = decimals(ctx, models, equations, exponentiate);
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
        if (models.stream().anyMatch(m -> ctx.isTimeDummy(m, term))) {
          continue;
        }
        List<Cell> coefRow = new ArrayList<>();
        List<Cell> seRow = new ArrayList<>();
        double scale = ctx.scale(term);
        coefRow.add(Cell.text(ctx.scaledVariable(term)));
        seRow.add(Cell.text(""));
        for (int m = 0; m < models.size(); m++) {
          Coefficient c = shown(models.get(m), eq, term, exponentiate && eq.equals("main"), scale);
          if (c == null) {
            coefRow.add(Cell.text(""));
            seRow.add(Cell.text(""));
            continue;
          }
          int d = decimals[m];
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
    // Period dummies are a control, not a finding: one "Year effects: Yes" row stands for them.
    if (models.stream().anyMatch(ctx::hasTimeEffects)) {
      List<Cell> row = new ArrayList<>();
      row.add(
          Cell.text(
              ctx.timeEffectsName(models.stream().filter(ctx::hasTimeEffects).findFirst().get())));
      for (ModelResult m : models) {
        row.add(Cell.text(ctx.words().get(ctx.hasTimeEffects(m) ? "word.yes" : "word.no")));
      }
      body.add(new Row(row, true));
      first = false;
    }
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
    allNotes = Significance.notes(allNotes, body, ctx.words());
    return new Table(
        id, null, caption, Table.Kind.REGRESSION, sheetName, header, body, allNotes, source);
  }

  /**
   * Decimals of each model's column of coefficients and standard errors: one setting per column, so
   * the column lines up and reads alike. It is the report's decimals, or more when an estimate
   * would show fewer than two significant digits (for a ratio, of its distance from 1: an IRR of
   * 1.00008 per firm) or a standard error would print as zero; a presentation scale keeps this
   * rare.
   */
  private static int[] decimals(
      ReportContext ctx, List<ModelResult> models, Set<String> equations, boolean exponentiate) {
    NumberStyle f = ctx.numbers();
    int[] out = new int[models.size()];
    for (int m = 0; m < models.size(); m++) {
      int d = f.decimals();
      for (String eq : equations) {
        boolean ratio = exponentiate && eq.equals("main");
        double centre = ratio ? 1.0 : 0.0;
        for (String term : terms(List.of(models.get(m)), eq)) {
          if (ctx.isTimeDummy(models.get(m), term)) {
            continue;
          }
          Coefficient c = shown(models.get(m), eq, term, ratio, ctx.scale(term));
          if (c != null) {
            d = Math.max(d, f.decimalsFor(c.coef() - centre));
            d = Math.max(d, f.decimalsShowing(c.se()));
          }
        }
      }
      out[m] = d;
    }
    return out;
  }

  /**
   * The estimate a cell shows: the coefficient, or the ratio exp(b) when {@code ratio}, per {@code
   * scale} units of the regressor. Per unit the ratio is the results' own (exp(_cons) is the
   * baseline incidence rate, shown as Stata's irr option does); per {@code scale} units it is
   * exp(scale·b) with the delta-method standard error exp(scale·b)·scale·se. Null when the model
   * does not have the term.
   */
  public static Coefficient shown(
      ModelResult m, String eq, String term, boolean ratio, double scale) {
    Coefficient c = m.coefficient(eq, term);
    if (c == null) {
      return null;
    }
    if (ratio && scale == 1.0) {
      return m.irr().stream().filter(r -> r.term().equals(term)).findFirst().orElse(c);
    }
    if (ratio && m.irr().stream().anyMatch(r -> r.term().equals(term))) {
      double irr = Math.exp(scale * c.coef());
      return new Coefficient(
          c.equation(),
          c.term(),
          irr,
          irr * scale * c.se(),
          c.stat(),
          c.p(),
          Math.exp(scale * c.ciLow()),
          Math.exp(scale * c.ciHigh()));
    }
    if (scale == 1.0) {
      return c;
    }
    return new Coefficient(
        c.equation(),
        c.term(),
        scale * c.coef(),
        scale * c.se(),
        c.stat(),
        c.p(),
        scale * c.ciLow(),
        scale * c.ciHigh());
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
