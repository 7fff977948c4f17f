package org.policyreport.analysis.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.analysis.config.DataSourceSpec;
import org.policyreport.analysis.config.ModelSpec;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.data.PanelIndex;
import org.policyreport.analysis.descriptive.Descriptives;
import org.policyreport.analysis.descriptive.PanelSeriesBuilder;
import org.policyreport.analysis.results.AnalysisResults;
import org.policyreport.analysis.results.ConfigSource;
import org.policyreport.analysis.results.GeneratedBy;
import org.policyreport.analysis.results.InputFile;
import org.policyreport.analysis.results.ModelResult;
import org.policyreport.analysis.results.PanelSeries;
import org.policyreport.analysis.results.SurveyResult;
import org.policyreport.analysis.results.VariableSummary;
import org.policyreport.analysis.source.DataSources;
import org.policyreport.analysis.survey.SurveyAnalysis;
import org.policyreport.analysis.survey.SurveySpec;

/**
 * Runs a configured analysis: checks every model and survey spec, reads each data source once
 * (validating the panel structure), fits the models and analyzes the surveys in config order and
 * collects the results.
 */
public final class Analysis {
  private final Estimators estimators;
  private final GeneratedBy generatedBy;

  public Analysis(Estimators estimators, GeneratedBy generatedBy) {
    this.estimators = estimators;
    this.generatedBy = generatedBy;
  }

  /** Checks everything that can be checked without reading data. */
  public void validate(AnalysisConfig config) {
    checked(config);
  }

  /** Validates the config and returns its parsed surveys, so that a run parses them once. */
  private List<SurveySpec> checked(AnalysisConfig config) {
    config.requireSomethingToAnalyze();
    for (ModelSpec spec : config.models()) {
      estimators.runnerFor(spec).validate(spec);
    }
    return SurveySpec.parseAll(config.surveys(), config.data().keySet());
  }

  public AnalysisRun run(AnalysisConfig config) {
    List<SurveySpec> surveySpecs = checked(config);
    Sources sources = new Sources(config);
    List<ModelResult> models = new ArrayList<>();
    List<ModelTiming> timings = new ArrayList<>();
    Map<String, Set<String>> describe = new LinkedHashMap<>();
    for (ModelSpec spec : config.models()) {
      DataSourceSpec source = config.data().get(spec.data());
      DataTable table = sources.table(source);
      ModelRunner runner = estimators.runnerFor(spec);
      Set<String> columns = new LinkedHashSet<>();
      columns.add(spec.dependent());
      columns.addAll(spec.regressors());
      columns.addAll(runner.extraColumns(spec));
      for (String c : columns) {
        if (!table.hasColumn(c)) {
          throw spec.node()
              .error(
                  "names column '"
                      + c
                      + "', which "
                      + table.source()
                      + " does not have (it has: "
                      + String.join(", ", table.columnNames())
                      + ")");
        }
      }
      long t0 = System.nanoTime();
      models.add(runner.fit(spec, source, table));
      double fit = (System.nanoTime() - t0) / 1e9;
      timings.add(new ModelTiming(spec.id(), sources.readSecondsOnce(source.name()), fit));
      Set<String> vars = describe.computeIfAbsent(source.name(), k -> new LinkedHashSet<>());
      vars.add(spec.dependent());
      vars.addAll(spec.regressors());
    }
    List<SurveyResult> surveys = new ArrayList<>();
    for (SurveySpec spec : surveySpecs) {
      surveys.add(SurveyAnalysis.analyze(spec, sources.table(config.data().get(spec.data()))));
    }
    List<PanelSeries> series = new ArrayList<>();
    for (DataSourceSpec source : config.data().values()) {
      if (source.series().isEmpty()) {
        continue;
      }
      DataTable table = sources.table(source);
      for (String v : source.series()) {
        if (!table.hasColumn(v)) {
          throw source
              .node()
              .get("series")
              .error("names column '" + v + "', which " + table.source() + " does not have");
        }
        series.add(PanelSeriesBuilder.of(table, sources.panel(source), v, source.unitLabels()));
      }
    }
    List<VariableSummary> descriptives = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : describe.entrySet()) {
      for (String v : e.getValue()) {
        descriptives.add(Descriptives.of(sources.tables.get(e.getKey()), v));
      }
    }
    AnalysisResults results =
        new AnalysisResults(
            AnalysisResults.SCHEMA_VERSION,
            generatedBy,
            new ConfigSource(config.file(), config.sha256()),
            sources.inputs,
            models,
            surveys,
            descriptives,
            series,
            List.of());
    return new AnalysisRun(results, timings, sources.tables);
  }

  /**
   * The data sources of one run, each read (and, for a panel, indexed and checked for duplicate
   * unit-period pairs) once, when first needed.
   */
  private static final class Sources {
    private final AnalysisConfig config;
    final Map<String, DataTable> tables = new LinkedHashMap<>();
    final List<InputFile> inputs = new ArrayList<>();
    private final Map<String, PanelIndex> panels = new HashMap<>();
    private final Map<String, Double> readSeconds = new HashMap<>();

    Sources(AnalysisConfig config) {
      this.config = config;
    }

    DataTable table(DataSourceSpec source) {
      return tables.computeIfAbsent(source.name(), n -> read(source));
    }

    /** The panel index of a panel data source. */
    PanelIndex panel(DataSourceSpec source) {
      table(source);
      return panels.get(source.name());
    }

    /** The seconds spent reading a source, for the first model that uses it; 0 after that. */
    double readSecondsOnce(String name) {
      Double s = readSeconds.put(name, 0.0);
      return s == null ? 0.0 : s;
    }

    private DataTable read(DataSourceSpec source) {
      long t0 = System.nanoTime();
      DataTable table = DataSources.read(source, config.location());
      if (source.isPanel()) {
        panels.put(source.name(), PanelIndex.of(table, source.panel(), source.time()));
      }
      readSeconds.put(source.name(), (System.nanoTime() - t0) / 1e9);
      inputs.add(new InputFile(source.name(), source.path(), table.sha256(), table.rowCount()));
      return table;
    }
  }
}
