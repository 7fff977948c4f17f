package org.policyreport.analysis.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.analysis.InputException;

/**
 * The panel structure of a table: which unit and period each row belongs to, and the rows sorted by
 * unit, then period. Building it rejects a (unit, period) pair that occurs twice, naming both
 * lines.
 */
public final class PanelIndex {
  private final List<String> units;
  private final int[] unitOfRow;
  private final int[] period;
  private final int[] order;
  private final int[] unitStart;

  private PanelIndex(
      List<String> units, int[] unitOfRow, int[] period, int[] order, int[] unitStart) {
    this.units = units;
    this.unitOfRow = unitOfRow;
    this.period = period;
    this.order = order;
    this.unitStart = unitStart;
  }

  /** Indexes {@code table} by its unit column and its (whole-number) time column. */
  public static PanelIndex of(DataTable table, String unitColumn, String timeColumn) {
    String[] labels = table.labelsWithoutBlanks(unitColumn);
    double[] t = table.numeric(timeColumn);
    int n = table.rowCount();
    Map<String, Integer> ids = new LinkedHashMap<>();
    int[] unitOfRow = new int[n];
    int[] period = new int[n];
    for (int i = 0; i < n; i++) {
      unitOfRow[i] = ids.computeIfAbsent(labels[i], k -> ids.size());
      if (t[i] != Math.rint(t[i])) {
        throw new InputException(
            table.where(timeColumn, i) + ": time value " + t[i] + " is not a whole number");
      }
      period[i] = (int) t[i];
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(
        boxed,
        (a, b) ->
            unitOfRow[a] != unitOfRow[b]
                ? Integer.compare(unitOfRow[a], unitOfRow[b])
                : Integer.compare(period[a], period[b]));
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    int[] start = new int[ids.size() + 1];
    for (int k = 0; k < n; k++) {
      int row = order[k];
      if (k > 0) {
        int prev = order[k - 1];
        if (unitOfRow[prev] == unitOfRow[row] && period[prev] == period[row]) {
          int first = Math.min(prev, row);
          int second = Math.max(prev, row);
          throw new InputException(
              table.where(timeColumn, second)
                  + ": duplicate ("
                  + unitColumn
                  + ", "
                  + timeColumn
                  + ") pair ("
                  + labels[row]
                  + ", "
                  + period[row]
                  + "), first on "
                  + table.rowWhere(first));
        }
      }
      start[unitOfRow[row] + 1]++;
    }
    for (int u = 0; u < ids.size(); u++) {
      start[u + 1] += start[u];
    }
    return new PanelIndex(List.copyOf(ids.keySet()), unitOfRow, period, order, start);
  }

  public int unitCount() {
    return units.size();
  }

  public List<String> units() {
    return units;
  }

  public int unitOf(int row) {
    return unitOfRow[row];
  }

  public int period(int row) {
    return period[row];
  }

  /** Row numbers of the table sorted by unit, then period. Callers must not modify it. */
  public int[] sortedRows() {
    return order;
  }

  /** Positions in {@link #sortedRows()} where unit {@code u} starts; entry unitCount() is n. */
  public int[] unitStarts() {
    return unitStart;
  }

  /** Number of periods observed for unit {@code u}. */
  public int periods(int u) {
    return unitStart[u + 1] - unitStart[u];
  }

  /** Units whose time series skips a period, with the missing periods, e.g. "Sejong: 2014". */
  public List<String> gaps() {
    List<String> out = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      List<Integer> missing = new ArrayList<>();
      for (int k = unitStart[u] + 1; k < unitStart[u + 1]; k++) {
        for (int p = period[order[k - 1]] + 1; p < period[order[k]]; p++) {
          missing.add(p);
        }
      }
      if (!missing.isEmpty()) {
        out.add(units.get(u) + " (missing " + missing.toString().replaceAll("[\\[\\]]", "") + ")");
      }
    }
    return out;
  }
}
