package org.policyreport.analysis.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyreport.analysis.InputException;

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

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public AnalysisConfig {
    data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    models = List.copyOf(models);
    surveys = List.copyOf(surveys);
  }

  /**
   * Parses YAML (or JSON, which YAML contains) text into a tree, naming line and column on error.
   */
  public static ConfigNode parseTree(byte[] text, String file) {
    try {
      String yaml = new String(text, StandardCharsets.UTF_8);
      Map<String, int[]> locations = YamlStructure.scan(yaml, file);
      JsonNode node = YAML.readTree(yaml);
      if (node == null || !node.isObject()) {
        throw new InputException(
            file + ": the config must be a mapping of keys (report, data, models, ...)");
      }
      return new ConfigNode(node, file, "", new KeyUse(file, locations));
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      String msg = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
      throw new InputException(file + where + ": not valid YAML or JSON (" + msg + ")");
    } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
      String where =
          e.getProblemMark() == null
              ? ""
              : " line "
                  + (e.getProblemMark().getLine() + 1)
                  + ", column "
                  + (e.getProblemMark().getColumn() + 1);
      throw new InputException(file + where + ": not valid YAML or JSON (" + e.getProblem() + ")");
    } catch (org.yaml.snakeyaml.error.YAMLException e) {
      throw new InputException(file + ": not valid YAML or JSON (" + e.getMessage() + ")");
    }
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
      Set<String> seen = new HashSet<>();
      for (String r : regressors) {
        if (!seen.add(r)) {
          throw m.get("regressors").error("lists '" + r + "' twice");
        }
      }
      models.add(
          new ModelSpec(
              id,
              m.requiredString("estimator").trim().toLowerCase(java.util.Locale.ROOT),
              m.string("label", null),
              dataName,
              m.requiredString("dependent"),
              regressors,
              m));
    }
    List<ConfigNode> surveys = root.get("surveys").elements();
    return new AnalysisConfig(root.file(), location, root, data, models, surveys, null);
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
