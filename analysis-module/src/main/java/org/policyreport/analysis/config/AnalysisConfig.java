package org.policyreport.analysis.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyreport.analysis.data.TextDecoding;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigNode;

/**
 * The analysis part of a configuration: data sources, models and surveys. The report part of the
 * same file is read by the report module; once both have read their keys, the caller rejects any
 * key nobody asked for ({@link ConfigNode#rejectUnknownKeys}).
 */
public record AnalysisConfig(
    String file,
    ConfigLocation location,
    ConfigNode root,
    Map<String, DataSourceSpec> data,
    List<ModelSpec> models,
    List<ConfigNode> surveys,
    String sha256) {

  public AnalysisConfig {
    data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    models = List.copyOf(models);
    surveys = List.copyOf(surveys);
  }

  /** Reads the analysis keys of a parsed config. */
  public static AnalysisConfig from(ConfigNode root, ConfigLocation location) {
    Map<String, DataSourceSpec> data = new LinkedHashMap<>();
    ConfigNode dataNode = root.get("data");
    for (String name : dataNode.fieldNames()) {
      ConfigNode d = dataNode.get(name);
      if (d.raw().isTextual()) {
        data.put(name, new DataSourceSpec(name, d.asString(), null, null, false, null, null, d));
        continue;
      }
      String panel = d.string("panel", null);
      String time = d.string("time", null);
      if ((panel == null) != (time == null)) {
        throw d.error("must name both 'panel' and 'time' columns, or neither");
      }
      Map<String, String> unitLabels = new LinkedHashMap<>();
      for (String lang : d.get("labels").fieldNames()) {
        unitLabels.put(lang, d.get("labels").requiredString(lang));
      }
      List<String> series = d.strings("series");
      if (!series.isEmpty() && panel == null) {
        throw d.get("series").error("needs a panel data source (with 'panel' and 'time')");
      }
      ReadOptions read = readOptions(d, panel);
      if (read.regions() != null && !d.has("labels")) {
        unitLabels.put("ko", panel + "_ko");
      }
      data.put(
          name,
          new DataSourceSpec(
              name,
              d.requiredString("path"),
              panel,
              time,
              d.bool("allowGaps", false),
              series,
              unitLabels,
              read,
              d));
    }
    List<ModelSpec> models = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ConfigNode m : root.get("models").elements()) {
      String id = m.requiredString("id");
      if (!ids.add(id)) {
        throw m.get("id").error("'" + id + "' is used by another model (ids must be unique)");
      }
      String dataName = m.requiredString("data");
      if (!data.containsKey(dataName)) {
        throw m.get("data")
            .error(
                "'"
                    + dataName
                    + "' is not a data source (defined: "
                    + String.join(", ", data.keySet())
                    + ")");
      }
      List<String> regressors = m.strings("regressors");
      ModelSpec spec =
          new ModelSpec(
              id,
              m.requiredString("estimator").trim().toLowerCase(java.util.Locale.ROOT),
              m.string("label", null),
              dataName,
              m.requiredString("dependent"),
              regressors,
              m);
      spec.checkTerms();
      models.add(spec);
    }
    List<ConfigNode> surveys = root.get("surveys").elements();
    return new AnalysisConfig(root.file(), location, root, data, models, surveys, null);
  }

  /** The keys of a data source that say how to read its file. */
  private static ReadOptions readOptions(ConfigNode d, String panel) {
    String encoding = d.string("encoding", null);
    if (encoding != null && TextDecoding.charset(encoding) == null) {
      throw d.get("encoding")
          .error(
              "'"
                  + encoding
                  + "' is not a supported encoding ("
                  + TextDecoding.supportedNames()
                  + ")");
    }
    String sheetName = null;
    int sheetIndex = 0;
    ConfigNode sheet = d.get("sheet");
    if (!sheet.isMissing()) {
      if (sheet.raw().isIntegralNumber()) {
        sheetIndex = sheet.raw().intValue();
        if (sheetIndex < 1) {
          throw sheet.error("must be a sheet name or a position from 1, not " + sheetIndex);
        }
      } else {
        sheetName = sheet.asString();
      }
    }
    String range = d.string("range", null);
    if (range != null && !range.trim().matches("(?i)[A-Z]{1,3}[1-9][0-9]*:[A-Z]{1,3}[1-9][0-9]*")) {
      throw d.get("range").error("'" + range + "' is not a cell range such as A3:H20");
    }
    List<String> na = d.has("na") ? d.strings("na") : null;
    String regions = d.string("regions", null);
    if (regions != null) {
      if (!regions.trim().equals("standard")) {
        throw d.get("regions")
            .error("'" + regions + "' is not known (the one table is 'standard')");
      }
      if (panel == null) {
        throw d.get("regions").error("needs a panel data source: it maps the 'panel' column");
      }
    }
    WideLayoutSpec reshape = null;
    ConfigNode r = d.get("reshape");
    if (!r.isMissing()) {
      String from = r.requiredString("from");
      if (!from.trim().equals("wide")) {
        throw r.get("from").error("'" + from + "' is not a layout this program reshapes (wide)");
      }
      List<String> id = r.strings("id");
      if (id.isEmpty()) {
        throw r.get("id").error("is required: the columns that identify a row (e.g. [시도별])");
      }
      String item = r.string("item", null);
      String value = r.string("value", null);
      if ((item == null) == (value == null)) {
        throw r.error(
            "needs either 'item' (the column naming each row's variable) or 'value' (the name of"
                + " the one variable), not "
                + (item == null ? "neither" : "both"));
      }
      Map<String, String> items = new LinkedHashMap<>();
      for (String k : r.get("items").fieldNames()) {
        items.put(k, r.get("items").requiredString(k));
      }
      if (!items.isEmpty() && item == null) {
        throw r.get("items").error("needs 'item': the column whose texts it renames");
      }
      String time = r.string("time", d.string("time", null));
      if (time == null) {
        throw r.get("time").error("is required: the name of the period column to make");
      }
      reshape = new WideLayoutSpec(id, item, time, items, value, r.strings("drop"));
    }
    return new ReadOptions(encoding, sheetName, sheetIndex, range, na, reshape, regions);
  }

  /** The same config, recording the SHA-256 of the file it was read from (for provenance). */
  public AnalysisConfig withSha256(String hash) {
    return new AnalysisConfig(file, location, root, data, models, surveys, hash);
  }

  /** Fails unless there is something to analyze. */
  public void requireSomethingToAnalyze() {
    if (models.isEmpty() && surveys.isEmpty()) {
      throw root.get("models")
          .error("is missing: the config needs 'models' (or 'surveys') to analyze");
    }
  }
}
