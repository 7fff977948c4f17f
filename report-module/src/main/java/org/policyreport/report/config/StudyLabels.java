package org.policyreport.report.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyreport.contract.config.ConfigNode;

/**
 * What the generated text needs to know about a study besides the variable names: what one
 * observation is ("region-year", "person"), what the panel units and periods are called, which
 * columns hold logarithms, how the values of a grouping column read, and which model the author
 * wants the findings to lead with. Everything is optional; the program's own neutral words stand
 * in.
 *
 * @param observation {@code labels.observation}: one observation, e.g. "region-year" (null: none)
 * @param unit {@code labels.unit}: one panel unit, e.g. "region" (null: the neutral word)
 * @param period {@code labels.period}: one period, e.g. "year" (null: the neutral word)
 * @param logged columns declared {@code log: true} in {@code labels.variables}: already logarithms
 * @param values {@code labels.values.<column>.<value>}: display names of a column's values
 * @param headline {@code report.headline}: model ids the findings lead with, by the author's choice
 * @param scales {@code scale:} (and {@code unit:}) in {@code labels.variables}: regressors shown
 *     per so many units in tables, plots and sentences
 */
public record StudyLabels(
    Text observation,
    Text unit,
    Text period,
    Set<String> logged,
    Map<String, Map<String, Text>> values,
    List<String> headline,
    Map<String, Scale> scales) {

  public StudyLabels {
    scales = Collections.unmodifiableMap(new LinkedHashMap<>(scales));
    logged = Collections.unmodifiableSet(new LinkedHashSet<>(logged));
    Map<String, Map<String, Text>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    values = Collections.unmodifiableMap(copy);
    headline = List.copyOf(headline);
  }

  public static StudyLabels none() {
    return new StudyLabels(null, null, null, Set.of(), Map.of(), List.of(), Map.of());
  }

  /** Reads {@code labels.observation|unit|period|values}, the log flags and report.headline. */
  public static StudyLabels from(ConfigNode root) {
    ConfigNode labels = root.get("labels");
    Set<String> logged = new LinkedHashSet<>();
    Map<String, Scale> scales = new LinkedHashMap<>();
    ConfigNode vars = labels.get("variables");
    for (String v : vars.fieldNames()) {
      ConfigNode n = vars.get(v);
      if (!n.raw().isValueNode() && n.bool("log", false)) {
        logged.add(v);
      }
      Scale scale = Scale.of(n);
      if (scale != null) {
        scales.put(v, scale);
      }
    }
    Map<String, Map<String, Text>> values = new LinkedHashMap<>();
    ConfigNode vals = labels.get("values");
    for (String column : vals.fieldNames()) {
      Map<String, Text> m = new LinkedHashMap<>();
      for (String value : vals.get(column).fieldNames()) {
        m.put(value, Text.of(vals.get(column).get(value)));
      }
      values.put(column, m);
    }
    ConfigNode h = root.get("report").get("headline");
    List<String> headline = new ArrayList<>();
    if (!h.isMissing()) {
      if (h.raw().isValueNode()) {
        headline.add(h.asString());
      } else {
        for (ConfigNode e : h.elements()) {
          headline.add(e.asString());
        }
      }
    }
    return new StudyLabels(
        Text.of(labels.get("observation")),
        Text.of(labels.get("unit")),
        Text.of(labels.get("period")),
        logged,
        values,
        headline,
        scales);
  }

  /** Keys of a variable's label besides the languages. */
  private static final Set<String> VARIABLE_KEYS = Set.of("en", "ko", "log", "scale", "unit");

  /**
   * A variable's display name: a string or {en, ko}, optionally with {@code log: true}, {@code
   * scale:} and {@code unit:} (read by {@link #from}) beside the languages.
   */
  static Text variableText(ConfigNode node) {
    if (node.isMissing()
        || node.raw().isValueNode()
        || (!node.has("log") && !node.has("scale") && !node.has("unit"))) {
      return Text.of(node);
    }
    for (String k : node.fieldNames()) {
      if (!VARIABLE_KEYS.contains(k)) {
        throw node.get(k).error("is not a language (use en or ko), log, scale or unit");
      }
    }
    node.bool("log", false);
    String en = node.string("en", null);
    String ko = node.string("ko", null);
    if (en == null && ko == null) {
      throw node.error("needs text for at least one language (en or ko)");
    }
    return new Text(en, ko);
  }

  /** How {@code term} is scaled for presentation, or null when it is shown per unit. */
  public Scale scale(String term) {
    return scales.get(term);
  }

  /** The display name of {@code value} of {@code column}, or null when none is configured. */
  public String value(String column, String value, String language) {
    Map<String, Text> m = values.get(column);
    Text t = m == null ? null : m.get(value);
    return t == null ? null : t.in(language);
  }
}
