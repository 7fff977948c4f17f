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

  private static final java.util.regex.Pattern CALL =
      java.util.regex.Pattern.compile("(log|ln|log1p|sqrt|diff|lag)\\((.+?)(?:,\\s*(\\d+))?\\)");
  private static final java.util.regex.Pattern SQUARE =
      java.util.regex.Pattern.compile("(.+?)\\s*\\^\\s*2");
  private static final java.util.regex.Pattern LEVEL =
      java.util.regex.Pattern.compile("(?:factor\\((.+)\\)|([^=()]+))=(.+)");

  /**
   * Display name of a variable or model term, the one name tables, figures, sentences and titles
   * use. A configured label of the whole term wins; otherwise a transformed term is named from the
   * label of the variable inside it ({@code log(x)} reads "Label of x (log)", {@code x:z} reads "x
   * × z", {@code x=level} reads "x: level label"), so that no raw formula reaches the reader.
   */
  public String variable(String name) {
    if (settings.variables().containsKey(name)) {
      return settings.variable(name, language());
    }
    if (words.has("term." + name)) {
      return words.get("term." + name);
    }
    String t = name.strip();
    if (t.contains(":") && !t.contains("=")) {
      return String.join(
          words.get("term.interaction"),
          java.util.Arrays.stream(t.split(":")).map(String::strip).map(this::variable).toList());
    }
    var m = LEVEL.matcher(t);
    if (m.matches()) {
      String column = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
      return words.format("term.level", variable(column), valueLabel(column, m.group(3).strip()));
    }
    m = CALL.matcher(t);
    if (m.matches()) {
      String f = m.group(1).equals("ln") ? "log" : m.group(1);
      String inner = variable(m.group(2).strip());
      if (f.equals("lag")) {
        int k = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        return k == 1
            ? words.format("term.show.lag1", inner)
            : words.format("term.show.lag", inner, numbers.integer(k));
      }
      if (m.group(3) == null) {
        return words.format("term.show." + f, inner);
      }
    }
    m = SQUARE.matcher(t);
    if (m.matches()) {
      return words.format("term.show.square", variable(m.group(1).strip()));
    }
    return name;
  }

  /**
   * Display name of a model: its configured label ({@code labels.models}), else a readable name
   * built from its estimator and dependent variable ("Fixed effects model of gross state product"),
   * never its id.
   */
  public String modelDisplayName(ModelResult m) {
    if (settings.models().containsKey(m.id())) {
      return settings.models().get(m.id()).in(language());
    }
    String key = "model.default." + m.estimator();
    if (!words.has(key)) {
      return m.id();
    }
    return words.format(key, new Terms(this).noun(m.dependent()));
  }

  /**
   * Whether a variable is measured in per cent (its label ends in a parenthesis with "%" in it, as
   * "Fiscal autonomy (%)"), so that a change of it reads in percentage points.
   */
  public boolean inPercent(String variable) {
    var r = new Terms(this).read(variable, null);
    return r.percent() && !r.log();
  }

  /**
   * An amount of percentage points as the language writes it: "5 percentage points", "5%p"; {@code
   * magnitude} picks the singular for exactly one point.
   */
  public String inPoints(String number, double magnitude) {
    return words.format(
        "scenario.amountInPoints",
        number,
        words.get(magnitude == 1 ? "unit.percentagePoint" : "unit.percentagePoints"));
  }

  /** A variable's label as a noun inside a sentence, without a per-cent unit ("재정자주도"). */
  public String noun(String variable) {
    return new Terms(this).noun(variable);
  }

  /**
   * Whether a term is one of the period dummies a model with {@code timeEffects} adds ({@code
   * <time>=<period>}, listed in its details as {@code timeDummies}): these are shown as one "Year
   * effects: Yes" row, never one by one, and no sentence or plot is about them.
   */
  public boolean isTimeDummy(ModelResult m, String term) {
    return timeDummies(m).contains(term);
  }

  private static java.util.List<String> timeDummies(ModelResult m) {
    if (m == null || !Boolean.TRUE.equals(m.options().get("timeEffects"))) {
      return java.util.List.of();
    }
    Object d = m.details().get("timeDummies");
    if (!(d instanceof java.util.List<?> list)) {
      return java.util.List.of();
    }
    return list.stream().map(String::valueOf).toList();
  }

  /** Whether a model was estimated with period effects. */
  public boolean hasTimeEffects(ModelResult m) {
    return m != null && Boolean.TRUE.equals(m.options().get("timeEffects"));
  }

  /**
   * The row name of a model's period effects: "Year effects" from the time column's label when it
   * is configured, from the word for a column named like a period ("year"), else "Time effects".
   */
  public String timeEffectsName(ModelResult m) {
    String column = null;
    for (String t : timeDummies(m)) {
      column = t.substring(0, t.indexOf('=')).strip();
      break;
    }
    if (column != null && settings.variables().containsKey(column)) {
      return words.format("term.timeEffectsOf", settings.variable(column, language()));
    }
    if (column != null && words.has("term.time." + column)) {
      return words.format("term.timeEffectsOf", words.get("term.time." + column));
    }
    return words.get("term.timeEffects");
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

  /**
   * A model's name in a table's column head or row, where the table already names the outcome: its
   * configured label, else the estimator's short name ("Fixed effects"), else its id.
   */
  public String modelShortName(String id) {
    if (settings.models().containsKey(id)) {
      return settings.models().get(id).in(language());
    }
    ModelResult m = results.model(id);
    return m != null && words.has("model.short." + m.estimator())
        ? words.get("model.short." + m.estimator())
        : id;
  }

  /** Display name of a model: its configured label, else the readable default, else its id. */
  public String modelName(String id) {
    if (settings.models().containsKey(id)) {
      return settings.models().get(id).in(language());
    }
    ModelResult m = results.model(id);
    return m == null ? id : modelDisplayName(m);
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
