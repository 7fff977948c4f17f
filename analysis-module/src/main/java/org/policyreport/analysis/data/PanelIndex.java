package org.policyreport.analysis.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.contract.InputException;

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
  private final String[] timeLabels;
  private final Map<Integer, String> periodLabels;

  private PanelIndex(
      List<String> units,
      int[] unitOfRow,
      int[] period,
      int[] order,
      int[] unitStart,
      String[] timeLabels,
      Map<Integer, String> periodLabels) {
    this.timeLabels = timeLabels;
    this.periodLabels = periodLabels;
    this.units = units;
    this.unitOfRow = unitOfRow;
    this.period = period;
    this.order = order;
    this.unitStart = unitStart;
  }

  /**
   * Indexes {@code table} by its unit column and its time column. Units are the unit cells as
   * written ("01" and "1" are two units). Periods are ordered numerically when every time label is
   * a number (whole numbers are the periods themselves, so that a skipped year is a gap), else by
   * their text; labels that are not whole numbers are numbered 1, 2, ... in that order.
   */
  public static PanelIndex of(DataTable table, String unitColumn, String timeColumn) {
    String[] labels = table.labelsWithoutBlanks(unitColumn);
    String[] times = table.labelsWithoutBlanks(timeColumn);
    int n = table.rowCount();
    Map<String, Integer> ids = new LinkedHashMap<>();
    int[] unitOfRow = new int[n];
    for (int i = 0; i < n; i++) {
      unitOfRow[i] = ids.computeIfAbsent(labels[i], k -> ids.size());
    }
    Map<Integer, String> periodLabels = new java.util.HashMap<>();
    int[] period = periods(times, periodLabels);
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
                  + DataTable.excerpt(labels[row])
                  + ", "
                  + DataTable.excerpt(times[row])
                  + "), first on "
                  + table.rowWhere(first));
        }
      }
      start[unitOfRow[row] + 1]++;
    }
    for (int u = 0; u < ids.size(); u++) {
      start[u + 1] += start[u];
    }
    return new PanelIndex(
        List.copyOf(ids.keySet()), unitOfRow, period, order, start, times, periodLabels);
  }

  /** The period number of each time label, recording a label for each period number. */
  private static int[] periods(String[] times, Map<Integer, String> labelOf) {
    int n = times.length;
    double[] v = new double[n];
    boolean numeric = true;
    boolean whole = true;
    for (int i = 0; i < n && numeric; i++) {
      try {
        v[i] = CsvReader.parseNumber(times[i]);
        numeric = !Double.isNaN(v[i]);
        whole &= v[i] == Math.rint(v[i]) && Math.abs(v[i]) < Integer.MAX_VALUE;
      } catch (NumberFormatException e) {
        numeric = false;
      }
    }
    int[] period = new int[n];
    if (numeric && whole) {
      for (int i = 0; i < n; i++) {
        period[i] = (int) v[i];
        labelOf.putIfAbsent(period[i], times[i]);
      }
      return period;
    }
    java.util.TreeMap<Object, Integer> rank = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      rank.put(numeric ? (Object) v[i] : times[i], 0);
    }
    int r = 0;
    for (Map.Entry<Object, Integer> e : rank.entrySet()) {
      e.setValue(++r);
    }
    for (int i = 0; i < n; i++) {
      period[i] = rank.get(numeric ? (Object) v[i] : times[i]);
      labelOf.putIfAbsent(period[i], times[i]);
    }
    return period;
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

  /** The time label of a row as written in the data. */
  public String timeLabel(int row) {
    return timeLabels[row];
  }

  /** The label of a period number (as written in the data), or the number when none has it. */
  public String periodLabel(int period) {
    String label = periodLabels.get(period);
    return label == null ? Integer.toString(period) : label;
  }

  /** Number of periods observed for unit {@code u}. */
  public int periods(int u) {
    return unitStart[u + 1] - unitStart[u];
  }

  /** Units whose time series skips a period, with the missing periods, e.g. "Sejong: 2014". */
  public List<String> gaps() {
    List<String> out = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      List<String> missing = new ArrayList<>();
      for (int k = unitStart[u] + 1; k < unitStart[u + 1]; k++) {
        for (int p = period[order[k - 1]] + 1; p < period[order[k]]; p++) {
          missing.add(periodLabel(p));
        }
      }
      if (!missing.isEmpty()) {
        out.add(
            DataTable.excerpt(units.get(u))
                + " (missing "
                + missing.toString().replaceAll("[\\[\\]]", "")
                + ")");
      }
    }
    return out;
  }
}
