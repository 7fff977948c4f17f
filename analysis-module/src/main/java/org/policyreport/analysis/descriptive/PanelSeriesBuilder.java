package org.policyreport.analysis.descriptive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.data.PanelIndex;
import org.policyreport.contract.PanelSeries;

/** Lays a panel variable out as unit × period for figures. */
public final class PanelSeriesBuilder {
  private PanelSeriesBuilder() {}

  /**
   * @param labelColumns label column by language (e.g. "ko" → "region_ko"); each unit takes the
   *     label of its first row
   */
  public static PanelSeries of(
      DataTable table, PanelIndex index, String variable, Map<String, String> labelColumns) {
    double[] x = table.numeric(variable);
    TreeSet<Integer> periodSet = new TreeSet<>();
    for (int r = 0; r < table.rowCount(); r++) {
      periodSet.add(index.period(r));
    }
    List<Integer> periods = new ArrayList<>(periodSet);
    int first = periods.get(0);
    int span = periods.get(periods.size() - 1) - first + 1;
    int[] col = new int[span];
    Arrays.fill(col, -1);
    for (int i = 0; i < periods.size(); i++) {
      col[periods.get(i) - first] = i;
    }
    List<List<Double>> values = new ArrayList<>();
    for (int u = 0; u < index.unitCount(); u++) {
      values.add(new ArrayList<>(java.util.Collections.nCopies(periods.size(), (Double) null)));
    }
    for (int r = 0; r < table.rowCount(); r++) {
      values.get(index.unitOf(r)).set(col[index.period(r) - first], x[r]);
    }
    Map<String, List<String>> labels = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : labelColumns.entrySet()) {
      String[] raw = table.labels(e.getValue());
      String[] byUnit = new String[index.unitCount()];
      for (int r = 0; r < table.rowCount(); r++) {
        if (byUnit[index.unitOf(r)] == null) {
          byUnit[index.unitOf(r)] = raw[r];
        }
      }
      labels.put(e.getKey(), List.of(byUnit));
    }
    return new PanelSeries(table.name(), variable, index.units(), labels, periods, values);
  }
}
