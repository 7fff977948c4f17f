package org.policyreport.analysis.config;

/**
 * One entry under {@code data:}: a CSV file and, for a panel, its unit and time columns.
 *
 * @param path the path as written in the config (relative to the config file)
 * @param panel the panel-unit column, or null for a cross-section
 * @param time the time column, or null
 * @param allowGaps whether a panel may skip periods inside its time series
 */
public record DataSourceSpec(
    String name, String path, String panel, String time, boolean allowGaps, ConfigNode node) {
  public boolean isPanel() {
    return panel != null && time != null;
  }
}
