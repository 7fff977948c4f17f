package org.policyreport.analysis.config;

import org.policyreport.contract.config.ConfigNode;

/**
 * One entry under {@code data:}: a CSV file or worksheet, how to read it, and, for a panel, its
 * unit and time columns (named as in the table after any reshaping).
 *
 * @param path the path as written in the config (relative to the config file)
 * @param panel the panel-unit column, or null for a cross-section
 * @param time the time column, or null
 * @param allowGaps whether a panel may skip periods inside its time series
 * @param series variables to lay out unit × period in the results, for the report's figures
 * @param unitLabels columns that hold the units' display names, by language ({@code labels: {ko:
 *     region_ko}})
 * @param read encoding, worksheet, missing-value markers, reshaping and region names
 */
public record DataSourceSpec(
    String name,
    String path,
    String panel,
    String time,
    boolean allowGaps,
    java.util.List<String> series,
    java.util.Map<String, String> unitLabels,
    ReadOptions read,
    ConfigNode node) {
  public DataSourceSpec {
    series = series == null ? java.util.List.of() : java.util.List.copyOf(series);
    unitLabels = unitLabels == null ? java.util.Map.of() : java.util.Map.copyOf(unitLabels);
    read = read == null ? ReadOptions.DEFAULT : read;
  }

  /** A data source read as a plain file (detected encoding, default markers, no reshaping). */
  public DataSourceSpec(
      String name,
      String path,
      String panel,
      String time,
      boolean allowGaps,
      java.util.List<String> series,
      java.util.Map<String, String> unitLabels,
      ConfigNode node) {
    this(name, path, panel, time, allowGaps, series, unitLabels, null, node);
  }

  /** A data source without figure series or unit labels. */
  public DataSourceSpec(
      String name, String path, String panel, String time, boolean allowGaps, ConfigNode node) {
    this(name, path, panel, time, allowGaps, null, null, null, node);
  }

  /** The same source with {@code allowGaps: true}. */
  public DataSourceSpec withAllowGaps() {
    return new DataSourceSpec(name, path, panel, time, true, series, unitLabels, node);
  }

  public boolean isPanel() {
    return panel != null && time != null;
  }
}
