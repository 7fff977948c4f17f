package org.policyreport.analysis.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.analysis.config.DataSourceSpec;
import org.policyreport.analysis.config.ModelSpec;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.data.Sha256;
import org.policyreport.analysis.pipeline.Analysis;
import org.policyreport.analysis.pipeline.AnalysisRun;
import org.policyreport.analysis.pipeline.Estimators;
import org.policyreport.analysis.pipeline.ModelTiming;
import org.policyreport.analysis.source.DataSources;
import org.policyreport.analysis.terms.TermParser;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.GeneratedBy;
import org.policyreport.contract.SurveyGrouping;
import org.policyreport.contract.SurveyItemResult;
import org.policyreport.contract.SurveyResult;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigNode;

/**
 * The analysis part of one config (data sources, models, surveys, scenarios), read from the tree
 * that the report part is read from too. Reading it asks for its keys, so that the check for
 * unknown keys afterwards covers the whole file.
 */
public final class Study {
  private final AnalysisConfig config;
  private final Estimators estimators = Estimators.standard();

  private Study(AnalysisConfig config) {
    this.config = config;
  }

  /**
   * Reads the analysis keys of a parsed config; {@code configSha256} identifies the file in the
   * results' provenance.
   */
  public static Study of(ConfigNode root, ConfigLocation location, String configSha256) {
    return new Study(AnalysisConfig.from(root, location).withSha256(configSha256));
  }

  /** The SHA-256 checksum of a file's bytes, as results.json records its inputs. */
  public static String checksum(byte[] bytes) {
    return Sha256.hex(bytes);
  }

  /**
   * Checks everything that can be checked without reading data, which asks for every analysis key
   * of the config. A config with neither models nor surveys passes: a report may be rendered from
   * it and results made elsewhere.
   */
  public void validate() {
    if (!config.models().isEmpty() || !config.surveys().isEmpty()) {
      // validation writes no results, so it needs no producer
      new Analysis(estimators, null).validate(config);
    }
  }

  /** The configured models, in config order. */
  public List<ModelOutline> models() {
    List<ModelOutline> out = new ArrayList<>();
    for (ModelSpec m : config.models()) {
      out.add(new ModelOutline(m.id(), m.regressors()));
    }
    return out;
  }

  /** The configured surveys that have an id, with the ids of their items, in config order. */
  public List<SurveyOutline> surveys() {
    List<SurveyOutline> out = new ArrayList<>();
    for (ConfigNode s : config.surveys()) {
      String id = s.string("id", null);
      if (id == null) {
        continue;
      }
      List<String> items = new ArrayList<>();
      for (ConfigNode item : s.get("items").elements()) {
        String itemId = item.string("id", null);
        if (itemId != null) {
          items.add(itemId);
        }
      }
      out.add(new SurveyOutline(id, items));
    }
    return out;
  }

  /**
   * Validates the config, reads each data source once, fits the models and analyzes the surveys.
   */
  public StudyRun run(GeneratedBy generatedBy) {
    AnalysisRun run = new Analysis(estimators, generatedBy).run(config);
    List<FitTiming> timings = new ArrayList<>();
    for (ModelTiming t : run.timings()) {
      timings.add(new FitTiming(t.modelId(), t.readSeconds(), t.fitSeconds()));
    }
    Map<String, SourceData> data = new LinkedHashMap<>();
    for (Map.Entry<String, DataTable> e : run.tables().entrySet()) {
      data.put(e.getKey(), new SourceData(e.getKey(), path(e.getKey()), e.getValue()));
    }
    return new StudyRun(run.results(), timings, data);
  }

  /** Reads a data source of the config by its name. */
  public SourceData read(String source) {
    DataSourceSpec spec = config.data().get(source);
    if (spec == null) {
      throw new IllegalArgumentException("no data source '" + source + "' in the config");
    }
    return new SourceData(source, spec.path(), DataSources.read(spec, config.location()));
  }

  private String path(String source) {
    DataSourceSpec spec = config.data().get(source);
    return spec == null ? null : spec.path();
  }

  /**
   * The columns of each data source that the models, surveys and figure series use, by data source
   * in config order: what the report rests on, never a whole file.
   */
  public Map<String, Set<String>> usedColumns(AnalysisResults results) {
    Map<String, Set<String>> used = new LinkedHashMap<>();
    for (ModelSpec spec : config.models()) {
      Set<String> cols = used.computeIfAbsent(spec.data(), k -> new LinkedHashSet<>());
      addTermColumns(cols, spec.dependent());
      for (String r : spec.regressors()) {
        addTermColumns(cols, r);
      }
      for (String c : estimators.runnerFor(spec).extraColumns(spec)) {
        addTermColumns(cols, c);
      }
    }
    for (SurveyResult s : results.surveys()) {
      if (s.data() == null) {
        continue;
      }
      Set<String> cols = used.computeIfAbsent(s.data(), k -> new LinkedHashSet<>());
      for (SurveyItemResult i : s.items()) {
        cols.add(i.importanceColumn());
        cols.add(i.performanceColumn());
      }
      for (SurveyGrouping g : s.groupings()) {
        cols.add(g.variable());
      }
    }
    for (DataSourceSpec source : config.data().values()) {
      if (!source.series().isEmpty()) {
        // the series behind the report's figures
        used.computeIfAbsent(source.name(), k -> new LinkedHashSet<>()).addAll(source.series());
      }
    }
    for (Map.Entry<String, Set<String>> e : used.entrySet()) {
      DataSourceSpec source = config.data().get(e.getKey());
      if (source != null && source.isPanel()) {
        e.getValue().add(source.panel());
        e.getValue().add(source.time());
        e.getValue().addAll(source.unitLabels().values());
      }
    }
    Map<String, Set<String>> inConfigOrder = new LinkedHashMap<>();
    for (String name : config.data().keySet()) {
      if (used.containsKey(name)) {
        inConfigOrder.put(name, used.get(name));
      }
    }
    return inConfigOrder;
  }

  /** The data columns a model term such as {@code log(x)} or {@code x:z} reads. */
  private static void addTermColumns(Set<String> cols, String term) {
    try {
      cols.addAll(TermParser.parse(term).variables());
    } catch (IllegalArgumentException notATerm) {
      cols.add(term);
    }
  }
}
