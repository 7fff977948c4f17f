package org.policyreport.contract;

import java.util.List;
import java.util.Map;

/**
 * The values of one variable of a panel data source laid out unit × period, for the report's
 * regional and time-series figures. {@code values.get(u).get(t)} is null where unit u has no
 * observation in period t.
 *
 * @param unitLabels display names of the units by language (e.g. "ko"), when the data source names
 *     a label column
 */
public record PanelSeries(
    String data,
    String variable,
    List<String> units,
    Map<String, List<String>> unitLabels,
    List<Integer> periods,
    List<List<Double>> values) {
  public PanelSeries {
    units = List.copyOf(units);
    unitLabels = unitLabels == null ? Map.of() : Map.copyOf(unitLabels);
    periods = List.copyOf(periods);
    values =
        values.stream()
            .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
            .toList();
  }

  /** The mean over the units observed in period index {@code t}; null when none is. */
  public Double meanAt(int t) {
    double sum = 0;
    int n = 0;
    for (List<Double> row : values) {
      if (row.get(t) != null) {
        sum += row.get(t);
        n++;
      }
    }
    return n == 0 ? null : sum / n;
  }

  /** Indices of the units observed in period index {@code t}, largest value first. */
  public List<Integer> unitsByValueAt(int t) {
    List<Integer> order = new java.util.ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      if (values.get(u).get(t) != null) {
        order.add(u);
      }
    }
    order.sort(java.util.Comparator.comparingDouble((Integer u) -> -values.get(u).get(t)));
    return order;
  }
}
