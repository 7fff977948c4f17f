package org.policyreport.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Everything an analysis run produced: the content of results.json.
 *
 * @param warnings what the user should know about the run as a whole (e.g. rows a model dropped),
 *     as note codes: the command line words them in English, a document in its language
 */
public record AnalysisResults(
    String schemaVersion,
    GeneratedBy generatedBy,
    ConfigSource config,
    List<InputFile> inputs,
    List<ModelResult> models,
    List<SurveyResult> surveys,
    List<VariableSummary> descriptives,
    List<PanelSeries> panelSeries,
    List<Note> warnings,
    // Absent from results.json when the config has no scenarios, so that those files stay as
    // they were.
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ScenarioResult> scenarios) {

  /** The version of the results.json contract this code writes and reads. */
  public static final String SCHEMA_VERSION = "2";

  public AnalysisResults {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    models = models == null ? List.of() : List.copyOf(models);
    surveys = surveys == null ? List.of() : List.copyOf(surveys);
    descriptives = descriptives == null ? List.of() : List.copyOf(descriptives);
    panelSeries = panelSeries == null ? List.of() : List.copyOf(panelSeries);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
  }

  /** Results without scenarios. */
  public AnalysisResults(
      String schemaVersion,
      GeneratedBy generatedBy,
      ConfigSource config,
      List<InputFile> inputs,
      List<ModelResult> models,
      List<SurveyResult> surveys,
      List<VariableSummary> descriptives,
      List<PanelSeries> panelSeries,
      List<Note> warnings) {
    this(
        schemaVersion,
        generatedBy,
        config,
        inputs,
        models,
        surveys,
        descriptives,
        panelSeries,
        warnings,
        List.of());
  }

  /** The model with this id, or null. */
  public ModelResult model(String id) {
    return models.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
  }

  /** The series of {@code variable} in data source {@code data}, or null. */
  public PanelSeries series(String data, String variable) {
    return panelSeries.stream()
        .filter(s -> s.data().equals(data) && s.variable().equals(variable))
        .findFirst()
        .orElse(null);
  }

  /** The scenario with this id, or null. */
  public ScenarioResult scenario(String id) {
    return scenarios.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
  }

  /** The survey with this id, or null. */
  public SurveyResult survey(String id) {
    return surveys.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
  }
}
