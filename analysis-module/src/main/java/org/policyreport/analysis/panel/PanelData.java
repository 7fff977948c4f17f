package org.policyreport.analysis.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.data.PanelIndex;

/**
 * The columns one linear panel model uses, sorted by unit, then period: the dependent variable, the
 * regressors (without a constant), the unit of each observation and its period. The arrays are
 * read-only by convention; every estimator copies what it transforms.
 */
public final class PanelData {
  final String dependent;
  final List<String> regressors;
  final double[] y;
  final double[][] x;
  final List<String> units;
  final int[] unitStart;
  final int[] period;
  final int[] cluster;
  final int clusterCount;

  private PanelData(
      String dependent,
      List<String> regressors,
      double[] y,
      double[][] x,
      List<String> units,
      int[] unitStart,
      int[] period,
      int[] cluster,
      int clusterCount) {
    this.dependent = dependent;
    this.regressors = List.copyOf(regressors);
    this.y = y;
    this.x = x;
    this.units = List.copyOf(units);
    this.unitStart = unitStart;
    this.period = period;
    this.cluster = cluster;
    this.clusterCount = clusterCount;
  }

  /**
   * Reads {@code dependent} and {@code regressors} from {@code table}, ordered as {@code index}.
   * {@code clusterColumn} (may be null) gives cluster labels for cluster-robust OLS; by default
   * clusters are the panel units.
   */
  public static PanelData of(
      DataTable table,
      PanelIndex index,
      String dependent,
      List<String> regressors,
      String clusterColumn) {
    int[] order = index.sortedRows();
    int n = order.length;
    double[] yRaw = table.numeric(dependent);
    double[] y = new double[n];
    int[] period = new int[n];
    for (int k = 0; k < n; k++) {
      y[k] = yRaw[order[k]];
      period[k] = index.period(order[k]);
    }
    double[][] x = new double[regressors.size()][n];
    for (int j = 0; j < regressors.size(); j++) {
      double[] raw = table.numeric(regressors.get(j));
      for (int k = 0; k < n; k++) {
        x[j][k] = raw[order[k]];
      }
    }
    int[] cluster = new int[n];
    int count;
    if (clusterColumn == null) {
      for (int u = 0; u < index.unitCount(); u++) {
        for (int k = index.unitStarts()[u]; k < index.unitStarts()[u + 1]; k++) {
          cluster[k] = u;
        }
      }
      count = index.unitCount();
    } else {
      String[] labels = table.labelsWithoutBlanks(clusterColumn);
      Map<String, Integer> ids = new LinkedHashMap<>();
      for (int k = 0; k < n; k++) {
        cluster[k] = ids.computeIfAbsent(labels[order[k]], s -> ids.size());
      }
      count = ids.size();
    }
    return new PanelData(
        dependent,
        regressors,
        y,
        x,
        index.units(),
        index.unitStarts().clone(),
        period,
        cluster,
        count);
  }

  /**
   * Builds a panel from arrays already sorted by unit and period, for simulations and benchmarks.
   * {@code unitSizes[u]} is the number of consecutive observations of unit u; periods run 1, 2, ...
   * within each unit.
   */
  public static PanelData ofSorted(
      String dependent, List<String> regressors, double[] y, double[][] x, int[] unitSizes) {
    int n = y.length;
    int[] start = new int[unitSizes.length + 1];
    for (int u = 0; u < unitSizes.length; u++) {
      start[u + 1] = start[u] + unitSizes[u];
    }
    if (start[unitSizes.length] != n || x.length != regressors.size()) {
      throw new IllegalArgumentException("unit sizes or regressor names do not match the data");
    }
    int[] period = new int[n];
    int[] cluster = new int[n];
    List<String> units = new ArrayList<>();
    for (int u = 0; u < unitSizes.length; u++) {
      units.add(Integer.toString(u + 1));
      for (int k = start[u]; k < start[u + 1]; k++) {
        period[k] = k - start[u] + 1;
        cluster[k] = u;
      }
    }
    double[][] xc = new double[x.length][];
    for (int j = 0; j < x.length; j++) {
      xc[j] = x[j].clone();
    }
    return new PanelData(
        dependent, regressors, y.clone(), xc, units, start, period, cluster, unitSizes.length);
  }

  public int nobs() {
    return y.length;
  }

  public int unitCount() {
    return units.size();
  }

  public List<String> units() {
    return units;
  }

  public List<String> regressors() {
    return regressors;
  }

  public String dependent() {
    return dependent;
  }

  int periods(int u) {
    return unitStart[u + 1] - unitStart[u];
  }

  boolean isBalanced() {
    for (int u = 1; u < unitCount(); u++) {
      if (periods(u) != periods(0)) {
        return false;
      }
    }
    return true;
  }

  /** Units with a single observation, as "label (period)". */
  List<String> singletons() {
    List<String> out = new ArrayList<>();
    for (int u = 0; u < unitCount(); u++) {
      if (periods(u) == 1) {
        out.add(DataTable.excerpt(units.get(u)) + " (" + period[unitStart[u]] + ")");
      }
    }
    return out;
  }

  /** The unit of each observation. */
  int[] unitOfObservation() {
    int[] out = new int[nobs()];
    for (int u = 0; u < unitCount(); u++) {
      for (int k = unitStart[u]; k < unitStart[u + 1]; k++) {
        out[k] = u;
      }
    }
    return out;
  }

  /** The design matrix columns: a constant first (so collinearity drops a regressor, not it). */
  double[][] designWithConstant() {
    double[][] d = new double[x.length + 1][];
    d[0] = new double[nobs()];
    java.util.Arrays.fill(d[0], 1.0);
    System.arraycopy(x, 0, d, 1, x.length);
    return d;
  }

  List<String> designNames() {
    List<String> out = new ArrayList<>();
    out.add(Estimates.CONSTANT);
    out.addAll(regressors);
    return out;
  }

  /** The names in {@code names} whose positions are not in {@code kept}. */
  static List<String> dropped(List<String> names, int[] kept) {
    List<String> out = new ArrayList<>(names);
    for (int i = kept.length - 1; i >= 0; i--) {
      out.remove(kept[i]);
    }
    return out;
  }

  /** The same panel with only the regressors named (in their original order). */
  PanelData select(List<String> keep) {
    List<String> names = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    for (int j = 0; j < regressors.size(); j++) {
      if (keep.contains(regressors.get(j))) {
        names.add(regressors.get(j));
        cols.add(x[j]);
      }
    }
    return new PanelData(
        dependent,
        names,
        y,
        cols.toArray(new double[0][]),
        units,
        unitStart,
        period,
        cluster,
        clusterCount);
  }

  /** A cross-section: every row its own unit (for pooled OLS on non-panel data). */
  public static PanelData crossSection(
      DataTable table, String dependent, List<String> regressors, String clusterColumn) {
    int n = table.rowCount();
    double[] y = table.numeric(dependent).clone();
    double[][] x = new double[regressors.size()][];
    for (int j = 0; j < x.length; j++) {
      x[j] = table.numeric(regressors.get(j)).clone();
    }
    int[] start = new int[n + 1];
    List<String> units = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      start[r + 1] = r + 1;
      units.add(Integer.toString(table.line(r)));
    }
    int[] cluster = new int[n];
    int count = n;
    if (clusterColumn != null) {
      String[] labels = table.labelsWithoutBlanks(clusterColumn);
      Map<String, Integer> ids = new LinkedHashMap<>();
      for (int r = 0; r < n; r++) {
        cluster[r] = ids.computeIfAbsent(labels[r], k -> ids.size());
      }
      count = ids.size();
    }
    return new PanelData(dependent, regressors, y, x, units, start, new int[n], cluster, count);
  }
}
