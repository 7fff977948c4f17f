package org.policyreport.report.template;

import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.PanelSeries;
import org.policyreport.contract.ScenarioResult;
import org.policyreport.contract.SurveyItemResult;
import org.policyreport.contract.SurveyResult;
import org.policyreport.report.config.ReportSettings;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.document.Vocabulary;
import org.policyreport.report.format.NumberStyle;

/** Everything the report is made from: results, settings and the language's words and numbers. */
public record ReportContext(
    AnalysisResults results,
    ReportSettings settings,
    Vocabulary vocabulary,
    NumberStyle numbers,
    Words words) {

  public String language() {
    return vocabulary.language();
  }

  /** Display name of a variable or term. */
  public String variable(String name) {
    if (settings.variables().containsKey(name)) {
      return settings.variable(name, language());
    }
    if (words.has("term." + name)) {
      return words.get("term." + name);
    }
    return name;
  }

  /**
   * The factor a regressor is presented per ({@code labels.variables.<term>.scale}), 1 when none:
   * tables, plots and sentences show its coefficient per that many units.
   */
  public double scale(String term) {
    var s = settings.study().scale(term);
    return s == null ? 1.0 : s.factor();
  }

  /**
   * Display name of a regressor as a table row or plot label: with its presentation unit when it is
   * scaled ("Venture firms (per 1,000 firms)"), else its plain display name.
   */
  public String scaledVariable(String term) {
    var s = settings.study().scale(term);
    if (s == null || !s.shown()) {
      return variable(term);
    }
    String unit =
        s.unit() != null
            ? s.unit().in(language())
            : words.format("label.per", numbers.num(s.factor(), factorDecimals(s.factor())));
    return words.format("label.scaled", variable(term), unit);
  }

  /** Decimals that show a scale factor exactly (1000 → 0, 0.1 → 1), at most 6. */
  private static int factorDecimals(double factor) {
    int d = 0;
    while (d < 6
        && Math.abs(factor * Math.pow(10, d) - Math.rint(factor * Math.pow(10, d))) > 1e-9) {
      d++;
    }
    return d;
  }

  /**
   * Display name of one value of a column (a survey group): {@code labels.values.<column>.<value>},
   * else the variable label of the value, else the value itself.
   */
  public String valueLabel(String column, String value) {
    String v = settings.study().value(column, value, language());
    return v != null ? v : variable(value);
  }

  /**
   * Display name of a survey item: the label the survey config gave it in this language, else the
   * variable label of its id. Items are named from the survey first because an item id may also be
   * a panel variable (fiscal_autonomy) whose label describes the indicator, not the policy.
   */
  public String itemLabel(SurveyItemResult item) {
    if (language().equals("ko") && item.labelKo() != null && !item.labelKo().isBlank()) {
      return item.labelKo();
    }
    if (language().equals("en")
        && item.label() != null
        && !item.label().isBlank()
        && !item.label().equals(item.id())) {
      return item.label();
    }
    return variable(item.id());
  }

  /**
   * Display names of a series' units in this language (e.g. Korean region names), else their ids.
   */
  public java.util.List<String> unitNames(PanelSeries s) {
    return s.unitLabels().getOrDefault(language(), s.units());
  }

  /**
   * The configured word for one panel unit ({@code labels.unit}), else the language's neutral word.
   */
  public String unitWord() {
    var t = settings.study().unit();
    return t != null ? t.in(language()) : words.get("word.unit");
  }

  /**
   * The configured word for one period ({@code labels.period}), else the language's neutral word.
   */
  public String periodWord() {
    var t = settings.study().period();
    return t != null ? t.in(language()) : words.get("word.period");
  }

  /** Display name of a model: its configured label, else its id. */
  public String modelName(String id) {
    if (settings.models().containsKey(id)) {
      return settings.models().get(id).in(language());
    }
    return id;
  }

  /** The model a template names; an error naming it when the results do not have it. */
  public ModelResult requireModel(String id) {
    ModelResult m = results.model(id);
    if (m == null) {
      throw new DocumentException(
          "the template asks for model '" + id + "', which the results do not have");
    }
    return m;
  }

  /** The survey a template names; an error naming it when the results do not have it. */
  public SurveyResult requireSurvey(String id) {
    SurveyResult s = results.survey(id);
    if (s == null) {
      throw new DocumentException(
          "the template asks for survey '" + id + "', which the results do not have");
    }
    return s;
  }

  /** The scenario a template names; an error naming it when the results do not have it. */
  public ScenarioResult requireScenario(String id) {
    ScenarioResult s = results.scenario(id);
    if (s == null) {
      throw new DocumentException(
          "the template asks for scenario '"
              + id
              + "', which the results do not have (add it under scenarios: in the config)");
    }
    return s;
  }

  /** The unit × period series a template names; an error saying how to get it otherwise. */
  public PanelSeries requireSeries(String data, String variable) {
    PanelSeries s = results.series(data, variable);
    if (s == null) {
      throw new DocumentException(
          "the template asks for the series of '"
              + variable
              + "' in '"
              + data
              + "'; add it to data."
              + data
              + ".series in the config");
    }
    return s;
  }
}
