package org.policyreport.analysis.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policyreport.analysis.config.DataSourceSpec;
import org.policyreport.analysis.config.ModelSpec;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.data.PanelIndex;
import org.policyreport.analysis.terms.ModelFrame;
import org.policyreport.contract.InputException;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;
import org.policyreport.contract.ScenarioChange;
import org.policyreport.contract.ScenarioResult;
import org.policyreport.contract.ScenarioRow;

/**
 * Computes a scenario: changes the raw variables in the chosen row of each unit, rebuilds the model
 * frame from the changed data (so that log(x), x^2, x:z, lags follow the change) and predicts the
 * outcome from the same rows before and after. Standard errors by the delta method with the model's
 * covariance of the mean equation: for counts mu = exp(x'b + offset) with gradient mu x; for linear
 * models x'b (a within model adds the unit's fixed effect a_i = ybar_i - xbar_i'b, gradient x -
 * xbar_i). Percent = 100 (after / before - 1), with gradient 100 (g_after / before - after g_before
 * / before^2); the total row sums before, after and their gradients over the units.
 */
public final class Scenarios {
  private static final double LEVEL = 0.95;

  private Scenarios() {}

  /** The data one fitted model leaves for its scenarios. */
  public record Fitted(
      ModelSpec spec,
      DataSourceSpec source,
      DataTable table,
      PanelIndex index,
      List<String> extra,
      ModelFrame frame,
      MeanEquation mean,
      String estimator) {}

  public static ScenarioResult compute(ScenarioSpec s, Fitted f) {
    DataSourceSpec source = f.source();
    if (!source.isPanel()) {
      throw s.node()
          .get("model")
          .error(
              "names model '"
                  + s.model()
                  + "', whose data source '"
                  + source.name()
                  + "' has no panel: and time: columns (a scenario predicts per unit)");
    }
    if (f.mean() == null) {
      throw s.node()
          .get("model")
          .error("names model '" + s.model() + "', whose estimator has no predictions");
    }
    String panel = source.panel();
    String time = source.time();
    DataTable ft = f.frame().table();
    PanelIndex fi = PanelIndex.of(ft, panel, time);
    int[] chosen = chosenRows(s, fi, ft.rowCount());
    Set<String> keys = new HashSet<>();
    for (int r : chosen) {
      keys.add(key(fi.units().get(fi.unitOf(r)), fi.timeLabel(r)));
    }
    DataTable changed = changedTable(f.table(), panel, time, keys, s.changes());
    ModelFrame after = rebuilt(s, f, changed);
    DataTable at = after.table();
    if (at.rowCount() != ft.rowCount()) {
      throw new IllegalStateException(
          "scenario '"
              + s.id()
              + "': the changed data keep "
              + at.rowCount()
              + " rows, not "
              + ft.rowCount());
    }
    MeanEquation m = f.mean();
    Predictor before = new Predictor(m, ft, fi, null);
    Predictor afterP = new Predictor(m, at, fi, before);
    double crit = m.reference().critical(LEVEL);
    int p = m.terms().size();
    List<ScenarioRow> rows = new ArrayList<>();
    double sumB = 0;
    double sumA = 0;
    double[] gB = new double[p];
    double[] gA = new double[p];
    for (int r : chosen) {
      double[] g0 = new double[p];
      double[] g1 = new double[p];
      double b = before.predict(r, g0);
      double a = afterP.predict(r, g1);
      rows.add(row(fi.units().get(fi.unitOf(r)), fi.timeLabel(r), b, a, g0, g1, m, crit));
      sumB += b;
      sumA += a;
      for (int k = 0; k < p; k++) {
        gB[k] += g0[k];
        gA[k] += g1[k];
      }
    }
    // Counts add up over the units; a linear outcome (often a rate, e.g. growth in %) is averaged.
    boolean counts = m.link() == MeanEquation.Link.LOG;
    double w = counts ? 1 : 1.0 / chosen.length;
    for (int k = 0; k < p; k++) {
      gB[k] *= w;
      gA[k] *= w;
    }
    ScenarioRow total = row(null, null, w * sumB, w * sumA, gB, gA, m, crit);
    List<ScenarioChange> changes = new ArrayList<>();
    for (ScenarioSpec.Change c : s.changes()) {
      changes.add(
          new ScenarioChange(
              c.variable(), c.operation().name().toLowerCase(Locale.ROOT), c.value()));
    }
    List<Note> notes = new ArrayList<>();
    if (m.unitEffects() != null) {
      notes.add(Note.of(NoteCode.SCENARIO_FIXED_EFFECTS));
    }
    if (m.offsetColumn() != null) {
      notes.add(
          Note.of(
              m.logOffset() ? NoteCode.SCENARIO_EXPOSURE : NoteCode.SCENARIO_OFFSET,
              m.offsetColumn()));
    }
    boolean t = m.reference().kind().equals("t");
    return new ScenarioResult(
        s.id(),
        s.model(),
        f.estimator(),
        source.name(),
        f.spec().dependent(),
        counts ? "counts" : "outcome",
        changes,
        s.year() == null ? "latest" : s.year(),
        m.reference().kind(),
        t ? m.reference().df() : null,
        rows,
        counts ? "sum" : "mean",
        total,
        notes);
  }

  /** Each unit's row in the period of the scenario, in the order of the panel units. */
  private static int[] chosenRows(ScenarioSpec s, PanelIndex fi, int n) {
    int[] best = new int[fi.unitCount()];
    java.util.Arrays.fill(best, -1);
    for (int r = 0; r < n; r++) {
      int u = fi.unitOf(r);
      if (s.year() == null) {
        if (best[u] < 0 || fi.period(r) > fi.period(best[u])) {
          best[u] = r;
        }
      } else if (samePeriod(fi.timeLabel(r), s.year())) {
        best[u] = r;
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int r : best) {
      if (r >= 0) {
        out.add(r);
      }
    }
    if (out.isEmpty()) {
      Set<String> labels = new LinkedHashSet<>();
      for (int r : fi.sortedRows()) {
        labels.add(fi.timeLabel(r));
      }
      List<String> l = new ArrayList<>(labels);
      throw s.node()
          .get("year")
          .error(
              "is "
                  + s.year()
                  + ", a period in none of the rows model '"
                  + s.model()
                  + "' uses (its periods: "
                  + (l.isEmpty() ? "none" : l.get(0) + " to " + l.get(l.size() - 1))
                  + ")");
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean samePeriod(String label, String year) {
    if (label.trim().equals(year)) {
      return true;
    }
    try {
      return Double.parseDouble(label.trim()) == Double.parseDouble(year);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String key(String unit, String period) {
    return unit + "\u0000" + period;
  }

  /** The source table with the changed variables altered in the chosen rows. */
  private static DataTable changedTable(
      DataTable table,
      String panel,
      String time,
      Set<String> keys,
      List<ScenarioSpec.Change> changes) {
    String[] units = table.labels(panel);
    String[] times = table.labels(time);
    Map<String, double[]> added = new HashMap<>();
    for (ScenarioSpec.Change c : changes) {
      double[] v = table.numericAllowingBlanks(c.variable()).clone();
      for (int i = 0; i < v.length; i++) {
        if (!Double.isNaN(v[i]) && keys.contains(key(units[i], times[i]))) {
          v[i] = c.apply(v[i]);
        }
      }
      added.put(c.variable(), v);
    }
    List<String> keep = new ArrayList<>();
    for (String col : table.columnNames()) {
      if (!added.containsKey(col)) {
        keep.add(col);
      }
    }
    return table.derive(null, keep, new java.util.LinkedHashMap<>(added));
  }

  /**
   * The model frame of the changed data; a change that takes a term outside its domain (log of a
   * value <= 0) is an error of the change that does it.
   */
  private static ModelFrame rebuilt(ScenarioSpec s, Fitted f, DataTable changed) {
    List<String> ids = List.of(f.source().panel(), f.source().time());
    try {
      return ModelFrame.of(f.spec(), changed, f.index(), ids, f.extra());
    } catch (InputException e) {
      ScenarioSpec.Change culprit = null;
      for (ScenarioSpec.Change c : s.changes()) {
        if (s.changes().size() == 1 || e.getMessage().contains("column " + c.variable())) {
          culprit = c;
          break;
        }
      }
      var node = culprit == null ? s.node().get("change") : culprit.node();
      throw node.error("makes a term of model '" + s.model() + "' undefined: " + e.getMessage());
    }
  }

  private static ScenarioRow row(
      String unit,
      String period,
      double b,
      double a,
      double[] gB,
      double[] gA,
      MeanEquation m,
      double crit) {
    int p = gB.length;
    double[] gD = new double[p];
    for (int k = 0; k < p; k++) {
      gD[k] = gA[k] - gB[k];
    }
    double diff = a - b;
    double diffSe = Math.sqrt(Math.max(0, m.quadraticForm(gD)));
    Double pct = null;
    Double pctSe = null;
    Double pctLow = null;
    Double pctHigh = null;
    if (b != 0) {
      pct = 100 * (a / b - 1);
      double[] gP = new double[p];
      for (int k = 0; k < p; k++) {
        gP[k] = 100 * (gA[k] / b - a * gB[k] / (b * b));
      }
      pctSe = Math.sqrt(Math.max(0, m.quadraticForm(gP)));
      pctLow = pct - crit * pctSe;
      pctHigh = pct + crit * pctSe;
    }
    return new ScenarioRow(
        unit,
        period,
        b,
        a,
        diff,
        diffSe,
        diff - crit * diffSe,
        diff + crit * diffSe,
        pct,
        pctSe,
        pctLow,
        pctHigh);
  }

  /**
   * Predictions from one frame table and their gradients with respect to the coefficients; a within
   * model takes the unit means from the unchanged frame.
   */
  private static final class Predictor {
    private final MeanEquation m;
    private final double[][] x;
    private final double[] offset;
    private final double[][] unitMeans;
    private final PanelIndex index;

    Predictor(MeanEquation m, DataTable t, PanelIndex index, Predictor unchanged) {
      this.m = m;
      this.index = index;
      int p = m.terms().size();
      x = new double[p][];
      for (int k = 0; k < p; k++) {
        String term = m.terms().get(k);
        x[k] = term.equals(MeanEquation.CONSTANT) ? null : t.numeric(term);
      }
      if (m.offsetColumn() == null) {
        offset = null;
      } else {
        double[] o = t.numeric(m.offsetColumn());
        offset = new double[o.length];
        for (int i = 0; i < o.length; i++) {
          offset[i] = m.logOffset() ? Math.log(o[i]) : o[i];
        }
      }
      if (m.unitEffects() == null) {
        unitMeans = null;
      } else if (unchanged != null) {
        unitMeans = unchanged.unitMeans;
      } else {
        // The unit means of the model's own (unchanged) rows: a_i = ybar_i - xbar_i'b.
        unitMeans = new double[index.unitCount()][p];
        int[] count = new int[index.unitCount()];
        for (int r = 0; r < t.rowCount(); r++) {
          count[index.unitOf(r)]++;
        }
        for (int k = 0; k < p; k++) {
          if (x[k] == null) {
            continue;
          }
          for (int r = 0; r < t.rowCount(); r++) {
            unitMeans[index.unitOf(r)][k] += x[k][r];
          }
          for (int u = 0; u < count.length; u++) {
            unitMeans[u][k] /= count[u];
          }
        }
      }
    }

    /** The prediction for row r; fills {@code g} with its gradient. */
    double predict(int r, double[] g) {
      int p = g.length;
      double eta = 0;
      for (int k = 0; k < p; k++) {
        double v = x[k] == null ? (m.unitEffects() == null ? 1 : 0) : x[k][r];
        eta += v * m.coef().get(k);
        g[k] = v;
      }
      if (m.link() == MeanEquation.Link.LOG) {
        double mu = Math.exp(eta + (offset == null ? 0 : offset[r]));
        for (int k = 0; k < p; k++) {
          g[k] *= mu;
        }
        return mu;
      }
      if (m.unitEffects() != null) {
        String unit = index.units().get(index.unitOf(r));
        Double a = m.unitEffects().get(unit);
        if (a == null) {
          throw new IllegalStateException("no fixed effect for unit " + unit);
        }
        for (int k = 0; k < p; k++) {
          g[k] -= unitMeans[index.unitOf(r)][k];
        }
        return a + eta;
      }
      return eta;
    }
  }
}
