package org.policyreport.analysis.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.policyreport.analysis.config.ModelSpec;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.data.PanelIndex;
import org.policyreport.contract.InputException;

/**
 * The data of one model: its terms evaluated as columns on the rows it keeps. A row is dropped when
 * a variable the model uses is blank in it (listwise, as R's {@code na.omit} and Stata; {@code
 * missing: error} fails instead), or when a lag or difference reaches before the unit's first
 * period. Factor levels and period dummies come from the rows kept (R's {@code
 * drop.unused.levels}).
 *
 * @param table the model's table: the kept rows, with one numeric column per term (named as the
 *     term, {@code x=level} per factor dummy, {@code time=label} per period dummy) beside the
 *     identifier and extra columns it needs
 * @param spec the model spec with its terms replaced by those column names
 * @param timeDummies the period dummies among the regressors
 * @param droppedMissing rows dropped for a blank value
 * @param droppedLag rows dropped because a lag or difference has no earlier period
 * @param factorReferences the reference level of each factor, by variable
 */
public record ModelFrame(
    DataTable table,
    ModelSpec spec,
    List<String> timeDummies,
    int droppedMissing,
    int droppedLag,
    Map<String, String> factorReferences) {

  public ModelFrame {
    timeDummies = List.copyOf(timeDummies);
    factorReferences = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(factorReferences));
  }

  /**
   * The largest magnitude a model's value may have: the square root of the largest double. Every
   * estimator sums squares and cross products of its columns, so a larger value overflows to
   * infinity there, and an estimate or a variance turns into NaN (or a regressor looks constant).
   */
  static final double LARGEST = Math.sqrt(Double.MAX_VALUE);

  public int dropped() {
    return droppedMissing + droppedLag;
  }

  /** The data columns a model reads: those of its terms and {@code extra}. */
  public static Set<String> variables(ModelSpec spec, List<String> extra) {
    Set<String> out = new LinkedHashSet<>(spec.dependentTerm().variables());
    for (Term t : spec.regressorTerms()) {
      out.addAll(t.variables());
    }
    for (Term t : spec.dispersionTerms()) {
      out.addAll(t.variables());
    }
    out.addAll(extra);
    return out;
  }

  /**
   * Builds the frame. {@code index} is the panel index of {@code table} (null for a cross-section);
   * {@code ids} are the panel and time columns (empty for a cross-section); {@code extra} are the
   * other columns the estimator reads (cluster, exposure, offset), which take part in the listwise
   * deletion.
   */
  public static ModelFrame of(
      ModelSpec spec, DataTable table, PanelIndex index, List<String> ids, List<String> extra) {
    Term y = spec.dependentTerm();
    List<Term> x = spec.regressorTerms();
    List<Term> z = spec.dispersionTerms();
    List<Term> all = new ArrayList<>();
    all.add(y);
    all.addAll(x);
    all.addAll(z);
    boolean panelTerms = all.stream().anyMatch(Term::usesPanel);
    if ((panelTerms || spec.timeEffects()) && index == null) {
      String what = spec.timeEffects() ? "timeEffects" : "lag(...) and diff(...)";
      throw spec.node()
          .error(
              "uses "
                  + what
                  + ", which need a panel data source (with 'panel' and 'time'); '"
                  + spec.data()
                  + "' has none");
    }
    int n = table.rowCount();
    Evaluator ev = new Evaluator(table, index);
    // Blanks in the model's own variables and extra columns.
    boolean[] drop = new boolean[n];
    Set<String> factorVars = new LinkedHashSet<>();
    for (Term t : all) {
      if (t instanceof Term.Factor) {
        factorVars.add(((Term.Factor) t).variable());
      }
    }
    Set<String> numericVars = new LinkedHashSet<>();
    for (Term t : all) {
      if (!(t instanceof Term.Factor)) {
        numericVars.addAll(t.variables());
      }
    }
    boolean strict = spec.missing() == ModelSpec.Missing.ERROR;
    for (String v : numericVars) {
      double[] col = strict ? table.numeric(v) : table.numericAllowingBlanks(v);
      for (int i = 0; i < n; i++) {
        drop[i] |= Double.isNaN(col[i]);
        if (Math.abs(col[i]) > LARGEST) {
          throw new InputException(
              table.where(v, i)
                  + ": "
                  + col[i]
                  + " is too large to compute with (its square overflows a double); rescale"
                  + " the column");
        }
      }
    }
    Set<String> labelCols = new LinkedHashSet<>(factorVars);
    labelCols.addAll(extra);
    labelCols.addAll(ids);
    for (String v : labelCols) {
      String[] lab = strict || ids.contains(v) ? table.labelsWithoutBlanks(v) : table.labels(v);
      for (int i = 0; i < n; i++) {
        drop[i] |= lab[i].isBlank();
      }
    }
    int missing = 0;
    for (boolean d : drop) {
      missing += d ? 1 : 0;
    }
    // Terms, and the rows a lag or difference empties.
    Map<String, double[]> values = new LinkedHashMap<>();
    for (Term t : all) {
      if (!(t instanceof Term.Factor) && !(t instanceof Term.Variable)) {
        values.put(t.name(), ev.eval(t, drop));
      }
    }
    int lagged = 0;
    for (Map.Entry<String, double[]> e : values.entrySet()) {
      double[] v = e.getValue();
      for (int i = 0; i < n; i++) {
        if (!drop[i] && Math.abs(v[i]) > LARGEST) {
          throw new InputException(
              table.source()
                  + " line "
                  + table.line(i)
                  + ": term "
                  + e.getKey()
                  + " is "
                  + v[i]
                  + ", too large to compute with (its square overflows a double); rescale its"
                  + " column");
        }
        if (!drop[i] && Double.isNaN(v[i])) {
          drop[i] = true;
          lagged++;
        }
      }
    }
    int kept = n - missing - lagged;
    int[] rows = new int[kept];
    for (int i = 0, k = 0; i < n; i++) {
      if (!drop[i]) {
        rows[k++] = i;
      }
    }
    Map<String, double[]> added = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : values.entrySet()) {
      added.put(e.getKey(), subset(e.getValue(), rows));
    }
    Map<String, String> references = new LinkedHashMap<>();
    Map<String, List<String>> dummies = new HashMap<>();
    for (String v : factorVars) {
      dummies.put(v, factorDummies(spec, table, v, rows, added, references));
    }
    List<String> timeDummies = new ArrayList<>();
    if (spec.timeEffects()) {
      timeDummies = periodDummies(index, ids.get(1), rows, added);
    }
    List<String> xNames = expand(x, dummies);
    List<String> regressors = new ArrayList<>(xNames);
    for (String d : timeDummies) {
      if (regressors.contains(d)) {
        throw spec.node()
            .get("timeEffects")
            .error("adds '" + d + "', which the regressors already have");
      }
      regressors.add(d);
    }
    Set<String> keep = new LinkedHashSet<>();
    keep.addAll(ids);
    keep.addAll(extra);
    for (Term t : all) {
      if (t instanceof Term.Variable) {
        keep.add(t.name());
      }
    }
    boolean same = kept == n && added.isEmpty();
    DataTable frameTable = same ? table : table.derive(kept == n ? null : rows, keep, added);
    ModelSpec resolved = spec.resolved(y.name(), regressors, expand(z, dummies));
    return new ModelFrame(frameTable, resolved, timeDummies, missing, lagged, references);
  }

  private static List<String> expand(List<Term> terms, Map<String, List<String>> dummies) {
    List<String> out = new ArrayList<>();
    for (Term t : terms) {
      if (t instanceof Term.Factor) {
        out.addAll(dummies.get(((Term.Factor) t).variable()));
      } else {
        out.add(t.name());
      }
    }
    return out;
  }

  private static double[] subset(double[] v, int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = v[rows[i]];
    }
    return out;
  }

  /** One 0/1 column per level but the reference, named {@code variable=level}. */
  private static List<String> factorDummies(
      ModelSpec spec,
      DataTable table,
      String variable,
      int[] rows,
      Map<String, double[]> added,
      Map<String, String> references) {
    String[] labels = table.labels(variable);
    List<String> levels = sortedLevels(labels, rows);
    String ref = spec.reference().get(variable);
    if (ref == null) {
      ref = levels.get(0);
    } else if (!levels.contains(ref)) {
      throw spec.node()
          .get("reference")
          .get(variable)
          .error(
              "is '"
                  + ref
                  + "', which is not a level of "
                  + variable
                  + " in the rows the model uses (levels: "
                  + String.join(", ", levels.stream().map(DataTable::excerpt).toList())
                  + ")");
    }
    references.put(variable, ref);
    List<String> names = new ArrayList<>();
    for (String level : levels) {
      if (level.equals(ref)) {
        continue;
      }
      double[] d = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        d[i] = labels[rows[i]].equals(level) ? 1 : 0;
      }
      String name = variable + "=" + level;
      added.put(name, d);
      names.add(name);
    }
    return names;
  }

  /** Dummies for every period but the first, named {@code time=label}. */
  private static List<String> periodDummies(
      PanelIndex index, String timeColumn, int[] rows, Map<String, double[]> added) {
    TreeMap<Integer, String> periods = new TreeMap<>();
    for (int r : rows) {
      periods.putIfAbsent(index.period(r), index.timeLabel(r));
    }
    List<String> names = new ArrayList<>();
    boolean first = true;
    for (Map.Entry<Integer, String> p : periods.entrySet()) {
      if (first) {
        first = false;
        continue;
      }
      double[] d = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        d[i] = index.period(rows[i]) == p.getKey() ? 1 : 0;
      }
      String name = timeColumn + "=" + p.getValue();
      added.put(name, d);
      names.add(name);
    }
    return names;
  }

  /** The distinct labels of the rows, in numeric order when all are numbers, else text order. */
  static List<String> sortedLevels(String[] labels, int[] rows) {
    Set<String> distinct = new LinkedHashSet<>();
    for (int r : rows) {
      distinct.add(labels[r]);
    }
    List<String> out = new ArrayList<>(distinct);
    boolean numeric = true;
    for (String s : out) {
      try {
        Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        numeric = false;
        break;
      }
    }
    if (numeric) {
      out.sort(
          (a, b) -> {
            int c = Double.compare(Double.parseDouble(a.trim()), Double.parseDouble(b.trim()));
            return c != 0 ? c : a.compareTo(b);
          });
    } else {
      out.sort(null);
    }
    return out;
  }

  /** Evaluates terms over all rows of a table; NaN where a value is missing or a lag is absent. */
  private static final class Evaluator {
    private final DataTable table;
    private final PanelIndex index;
    private Map<Long, Integer> rowAt;

    Evaluator(DataTable table, PanelIndex index) {
      this.table = table;
      this.index = index;
    }

    /** Values of {@code t}; rows in {@code skip} are not checked for domain errors. */
    double[] eval(Term t, boolean[] skip) {
      if (t instanceof Term.Variable) {
        return table.numericAllowingBlanks(t.name());
      }
      if (t instanceof Term.Log) {
        return domain(t, eval(((Term.Log) t).arg(), skip), skip, 0, false, Math::log);
      }
      if (t instanceof Term.Log1p) {
        return domain(t, eval(((Term.Log1p) t).arg(), skip), skip, -1, false, Math::log1p);
      }
      if (t instanceof Term.Sqrt) {
        return domain(t, eval(((Term.Sqrt) t).arg(), skip), skip, 0, true, Math::sqrt);
      }
      if (t instanceof Term.Power) {
        Term.Power p = (Term.Power) t;
        double[] b = eval(p.base(), skip);
        double[] out = new double[b.length];
        for (int i = 0; i < b.length; i++) {
          out[i] = Math.pow(b[i], p.exponent());
          if (!skip[i] && !Double.isNaN(b[i]) && !Double.isFinite(out[i])) {
            throw outOfDomain(t, i, b[i]);
          }
        }
        return out;
      }
      if (t instanceof Term.Product) {
        double[] out = null;
        for (Term f : ((Term.Product) t).factors()) {
          double[] v = eval(f, skip);
          if (out == null) {
            out = v.clone();
          } else {
            for (int i = 0; i < out.length; i++) {
              out[i] *= v[i];
            }
          }
        }
        return out;
      }
      if (t instanceof Term.Lag) {
        Term.Lag l = (Term.Lag) t;
        return shifted(eval(l.arg(), skip), l.k(), false);
      }
      if (t instanceof Term.Diff) {
        return shifted(eval(((Term.Diff) t).arg(), skip), 1, true);
      }
      throw new IllegalStateException("factor terms are expanded, not evaluated: " + t.name());
    }

    private double[] domain(
        Term t,
        double[] v,
        boolean[] skip,
        double bound,
        boolean boundAllowed,
        java.util.function.DoubleUnaryOperator f) {
      double[] out = new double[v.length];
      for (int i = 0; i < v.length; i++) {
        double a = v[i];
        if (Double.isNaN(a)) {
          out[i] = Double.NaN;
          continue;
        }
        if (a < bound || (a == bound && !boundAllowed)) {
          if (skip[i]) {
            out[i] = Double.NaN;
            continue;
          }
          throw outOfDomain(t, i, a);
        }
        out[i] = f.applyAsDouble(a);
      }
      return out;
    }

    private InputException outOfDomain(Term t, int row, double value) {
      return new InputException(
          table.source()
              + " line "
              + table.line(row)
              + ": term "
              + t.name()
              + " is not defined for the value "
              + value
              + " (column "
              + String.join(", ", t.variables())
              + ")");
    }

    /** The value k periods earlier in the same unit ({@code diff}: the change since then). */
    private double[] shifted(double[] v, int k, boolean difference) {
      if (rowAt == null) {
        rowAt = new HashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
          rowAt.put(key(index.unitOf(r), index.period(r)), r);
        }
      }
      double[] out = new double[v.length];
      for (int r = 0; r < v.length; r++) {
        Integer earlier = rowAt.get(key(index.unitOf(r), index.period(r) - k));
        double prev = earlier == null ? Double.NaN : v[earlier];
        out[r] = difference ? v[r] - prev : prev;
      }
      return out;
    }

    private static long key(int unit, int period) {
      return ((long) unit << 32) ^ (period & 0xffffffffL);
    }
  }
}
