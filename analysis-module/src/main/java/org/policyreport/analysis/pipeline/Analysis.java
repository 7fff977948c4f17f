package org.policyreport.analysis.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyreport.analysis.api.EstimationException;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.analysis.config.DataSourceSpec;
import org.policyreport.analysis.config.ModelSpec;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.data.PanelIndex;
import org.policyreport.analysis.descriptive.Descriptives;
import org.policyreport.analysis.descriptive.PanelSeriesBuilder;
import org.policyreport.analysis.scenario.ScenarioSpec;
import org.policyreport.analysis.scenario.Scenarios;
import org.policyreport.analysis.source.DataSources;
import org.policyreport.analysis.survey.SurveyAnalysis;
import org.policyreport.analysis.survey.SurveySpec;
import org.policyreport.analysis.terms.ModelFrame;
import org.policyreport.analysis.terms.Term;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.ConfigSource;
import org.policyreport.contract.GeneratedBy;
import org.policyreport.contract.InputFile;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.Note;
import org.policyreport.contract.PanelSeries;
import org.policyreport.contract.ResultsJson;
import org.policyreport.contract.ScenarioResult;
import org.policyreport.contract.SurveyResult;
import org.policyreport.contract.VariableSummary;

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
    scenarios(config);
  }

  /** The config's {@code scenarios:}, checked against its models. */
  private static List<ScenarioSpec> scenarios(AnalysisConfig config) {
    Map<String, ModelSpec> byId = new LinkedHashMap<>();
    for (ModelSpec m : config.models()) {
      byId.put(m.id(), m);
    }
    return ScenarioSpec.parseAll(config.root().get("scenarios"), byId);
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
    List<ScenarioSpec> scenarioSpecs = scenarios(config);
    Map<String, Scenarios.Fitted> fits = new HashMap<>();
    Sources sources = new Sources(config, identifiers(config, surveySpecs));
    List<ModelResult> models = new ArrayList<>();
    List<ModelTiming> timings = new ArrayList<>();
    List<Note> warnings = new ArrayList<>();
    Map<String, Set<String>> describe = new LinkedHashMap<>();
    for (ModelSpec spec : config.models()) {
      DataSourceSpec source = config.data().get(spec.data());
      DataTable table = sources.table(source);
      ModelRunner runner = estimators.runnerFor(spec);
      List<String> extra = runner.extraColumns(spec);
      Set<String> columns = ModelFrame.variables(spec, extra);
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
      ModelFrame frame =
          ModelFrame.of(
              spec,
              table,
              source.isPanel() ? sources.panel(source) : null,
              source.isPanel() ? List.of(source.panel(), source.time()) : List.of(),
              extra);
      DataSourceSpec frameSource = source;
      if (source.isPanel()
          && !source.allowGaps()
          && frame.dropped() > 0
          && sources.panel(source).gaps().isEmpty()) {
        // The data have no gaps; rows this model drops may make some, which it then treats as
        // allowGaps does (with the note), rather than failing on data the user did not write.
        frameSource = source.withAllowGaps();
      }
      FittedModel fittedModel = runner.fitWithMean(frame.spec(), frameSource, frame.table());
      ModelResult fitted = fittedModel.result();
      models.add(requireFinite(FrameResults.of(fitted, spec, frame), frame));
      fits.put(
          spec.id(),
          new Scenarios.Fitted(
              spec,
              source,
              table,
              source.isPanel() ? sources.panel(source) : null,
              extra,
              frame,
              fittedModel.mean(),
              fitted.estimator()));
      warnings.addAll(FrameResults.droppedWarnings(spec, frame));
      double fit = (System.nanoTime() - t0) / 1e9;
      timings.add(new ModelTiming(spec.id(), sources.readSecondsOnce(source.name()), fit));
      Set<String> vars = describe.computeIfAbsent(source.name(), k -> new LinkedHashSet<>());
      vars.addAll(FrameResults.describedVariables(spec));
    }
    // Scenarios predict from the fitted models, after all of them (issue #17).
    List<ScenarioResult> scenarioResults = new ArrayList<>();
    for (ScenarioSpec s : scenarioSpecs) {
      scenarioResults.add(Scenarios.compute(s, fits.get(s.model())));
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
            warnings,
            scenarioResults);
    for (VariableSummary d : descriptives) {
      String bad = ResultsJson.firstNonFinite(d);
      if (bad != null) {
        throw new EstimationException(
            "descriptive statistics of '"
                + d.variable()
                + "' ("
                + d.data()
                + "): "
                + bad.substring(1)
                + " is not a finite number; the column has values too large to compute with:"
                + " rescale it");
      }
    }
    String bad = ResultsJson.firstNonFinite(results);
    if (bad != null) {
      throw new EstimationException(
          "results: the number at " + bad + " is not finite; rescale the data it comes from");
    }
    return new AnalysisRun(results, timings, sources.tables);
  }

  /**
   * The result of a model, unless one of its numbers is not finite: results.json cannot hold such a
   * number. Values below {@link ModelFrame}'s bound can still overflow in a fit (a count of 1e150
   * makes a variance of 1e300 squared), so the message points at the model's largest value.
   */
  private static ModelResult requireFinite(ModelResult result, ModelFrame frame) {
    String bad = ResultsJson.firstNonFinite(result);
    if (bad == null) {
      return result;
    }
    DataTable table = frame.table();
    ModelSpec spec = frame.spec();
    List<String> columns = new ArrayList<>();
    columns.add(spec.dependent());
    columns.addAll(spec.regressors());
    columns.addAll(spec.dispersion());
    String largestColumn = null;
    int largestRow = -1;
    double largest = 0;
    for (String c : columns) {
      if (!table.hasColumn(c) || !table.isNumeric(c)) {
        continue;
      }
      double[] v = table.numericAllowingBlanks(c);
      for (int i = 0; i < v.length; i++) {
        if (Math.abs(v[i]) > largest) {
          largest = Math.abs(v[i]);
          largestColumn = c;
          largestRow = i;
        }
      }
    }
    String hint =
        largestColumn == null
            ? ""
            : "; its largest value, "
                + table.numericAllowingBlanks(largestColumn)[largestRow]
                + " at "
                + table.where(largestColumn, largestRow)
                + ", may be too large to compute with: rescale that column";
    throw new EstimationException(
        "model '"
            + result.id()
            + "': the fit gave a number that is not finite ("
            + bad.substring(1)
            + ")"
            + hint);
  }

  /**
   * The identifier columns of each data source (panel, time, clusters, factors, survey id and
   * groups), read as text exactly as written.
   */
  private Map<String, Set<String>> identifiers(AnalysisConfig config, List<SurveySpec> surveys) {
    Map<String, Set<String>> out = new HashMap<>();
    for (DataSourceSpec source : config.data().values()) {
      Set<String> ids = out.computeIfAbsent(source.name(), k -> new LinkedHashSet<>());
      if (source.isPanel()) {
        ids.add(source.panel());
        ids.add(source.time());
      }
    }
    for (ModelSpec spec : config.models()) {
      Set<String> ids = out.computeIfAbsent(spec.data(), k -> new LinkedHashSet<>());
      String cluster = spec.node().string("cluster", null);
      if (cluster != null) {
        ids.add(cluster);
      }
      List<Term> terms = new ArrayList<>(spec.regressorTerms());
      terms.addAll(spec.dispersionTerms());
      for (Term t : terms) {
        if (t instanceof Term.Factor) {
          ids.add(((Term.Factor) t).variable());
        }
      }
    }
    for (SurveySpec s : surveys) {
      Set<String> ids = out.computeIfAbsent(s.data(), k -> new LinkedHashSet<>());
      ids.addAll(s.groupBy());
      if (s.idColumn() != null) {
        ids.add(s.idColumn());
      }
    }
    return out;
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

    private final Map<String, Set<String>> identifiers;

    Sources(AnalysisConfig config, Map<String, Set<String>> identifiers) {
      this.config = config;
      this.identifiers = identifiers;
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
      DataTable table =
          DataSources.read(
              source, config.location(), identifiers.getOrDefault(source.name(), Set.of()));
      if (source.isPanel()) {
        panels.put(source.name(), PanelIndex.of(table, source.panel(), source.time()));
      }
      readSeconds.put(source.name(), (System.nanoTime() - t0) / 1e9);
      inputs.add(new InputFile(source.name(), source.path(), table.sha256(), table.rowCount()));
      return table;
    }
  }
}
