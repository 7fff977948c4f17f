package org.policyreport.report.authoring;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.ScenarioChange;
import org.policyreport.contract.ScenarioResult;
import org.policyreport.contract.ScenarioRow;
import org.policyreport.contract.SurveyItemResult;
import org.policyreport.contract.SurveyResult;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.template.ReportContext;

/**
 * The values an author can write inline, formatted in the report's number style and language:
 * {@code coef(model, term)}, {@code se(model, term)}, {@code p(model, term)}, {@code irr(model,
 * term)}, {@code stat(model, name)}, {@code nobs(model)} and {@code item(survey, item)} (a hash of
 * the item's figures). A name the results do not have is an error that lists the names they have;
 * FreeMarker adds the file, line and column of the call.
 */
final class InlineFunctions {
  private final ReportContext ctx;
  private final NumberStyle f;

  InlineFunctions(ReportContext ctx) {
    this.ctx = ctx;
    this.f = ctx.numbers();
  }

  /** The functions by the names chapters call them. */
  Map<String, Object> all() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("coef", fn("coef", 2, a -> f.num(coefficient(a[0], a[1]).coef())));
    m.put("se", fn("se", 2, a -> f.num(coefficient(a[0], a[1]).se())));
    m.put("p", fn("p", 2, a -> f.p(coefficient(a[0], a[1]).p())));
    m.put("irr", fn("irr", 2, a -> f.num(irr(a[0], a[1]).coef())));
    m.put("stat", fn("stat", 2, a -> stat(a[0], a[1])));
    m.put("nobs", fn("nobs", 1, a -> f.integer(model(a[0]).nobs())));
    m.put("item", fn("item", 2, a -> item(a[0], a[1])));
    m.put("scenario", fn("scenario", 2, a -> scenario(a[0], a[1])));
    return m;
  }

  private interface Body {
    Object apply(String[] args) throws TemplateModelException;
  }

  private static TemplateMethodModelEx fn(String name, int arity, Body body) {
    return arguments -> {
      if (arguments.size() != arity) {
        throw new TemplateModelException(
            name + "() takes " + arity + " arguments, not " + arguments.size());
      }
      String[] a = new String[arity];
      for (int i = 0; i < arity; i++) {
        Object arg = arguments.get(i);
        if (!(arg instanceof TemplateScalarModel)) {
          throw new TemplateModelException(
              name + "(): argument " + (i + 1) + " must be a name in quotes");
        }
        a[i] = ((TemplateScalarModel) arg).getAsString();
      }
      return body.apply(a);
    };
  }

  private ModelResult model(String id) throws TemplateModelException {
    ModelResult m = ctx.results().model(id);
    if (m == null) {
      throw new TemplateModelException(
          "unknown model '"
              + id
              + "' (the results have: "
              + ctx.results().models().stream().map(ModelResult::id).collect(joining())
              + ")");
    }
    return m;
  }

  private Coefficient coefficient(String model, String term) throws TemplateModelException {
    ModelResult m = model(model);
    Coefficient c = m.coefficient("main", term);
    if (c == null) {
      throw new TemplateModelException(
          "model '"
              + model
              + "' has no term '"
              + term
              + "' (its terms: "
              + terms(m.coefficients())
              + ")");
    }
    return c;
  }

  private Coefficient irr(String model, String term) throws TemplateModelException {
    ModelResult m = model(model);
    coefficient(model, term);
    for (Coefficient c : m.irr()) {
      if (c.term().equals(term)) {
        return c;
      }
    }
    throw new TemplateModelException(
        "model '" + model + "' has no incidence-rate ratio for '" + term + "' (not a count model)");
  }

  private String stat(String model, String name) throws TemplateModelException {
    ModelResult m = model(model);
    Double v = m.statistics().get(name);
    if (v == null) {
      throw new TemplateModelException(
          "model '"
              + model
              + "' has no statistic '"
              + name
              + "' (it has: "
              + String.join(", ", m.statistics().keySet())
              + ")");
    }
    return f.num(v);
  }

  private Map<String, Object> item(String survey, String id) throws TemplateModelException {
    SurveyResult s = ctx.results().survey(survey);
    if (s == null) {
      throw new TemplateModelException(
          "unknown survey '"
              + survey
              + "' (the results have: "
              + ctx.results().surveys().stream().map(SurveyResult::id).collect(joining())
              + ")");
    }
    for (SurveyItemResult it : s.items()) {
      if (it.id().equals(id)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", ctx.itemLabel(it));
        m.put("importance", f.num(it.importanceMean(), 2));
        m.put("performance", f.num(it.performanceMean(), 2));
        m.put("gap", f.num(it.gap(), 2));
        m.put("borich", f.num(it.borich(), 2));
        m.put("borichRank", it.borichRank());
        m.put("n", f.integer(it.n()));
        return m;
      }
    }
    throw new TemplateModelException(
        "survey '"
            + survey
            + "' has no item '"
            + id
            + "' (its items: "
            + s.items().stream().map(SurveyItemResult::id).collect(joining())
            + ")");
  }

  /**
   * One unit's row of a scenario as a hash: the predictions before and after, the difference and
   * the percent change with their 95 % intervals, formatted; {@code present} is false when the
   * scenario has no row for the unit (a unit outside the model's rows), and {@code hasPct} false
   * where the prediction before is zero.
   */
  private Map<String, Object> scenario(String id, String unit) throws TemplateModelException {
    ScenarioResult s = ctx.results().scenario(id);
    if (s == null) {
      throw new TemplateModelException(
          "unknown scenario '"
              + id
              + "' (the results have: "
              + ctx.results().scenarios().stream().map(ScenarioResult::id).collect(joining())
              + ")");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("model", s.model());
    m.put("dependent", s.dependent());
    m.put("counts", s.scale().equals("counts"));
    m.put("changes", s.changes().stream().map(this::change).toList());
    m.put("fixedPeriod", !s.period().equals("latest"));
    ScenarioRow r = null;
    for (ScenarioRow row : s.units()) {
      if (unit.equals(row.unit())) {
        r = row;
      }
    }
    m.put("present", r != null);
    if (r == null) {
      return m;
    }
    int d = s.scale().equals("counts") ? 1 : f.decimals();
    var w = ctx.words();
    // An outcome in per cent (a growth rate) is shown with its unit, and its change in points.
    boolean percent = !s.scale().equals("counts") && ctx.inPercent(s.dependent());
    m.put("period", r.period());
    m.put("condition", condition(s, r.period()));
    m.put("before", f.num(r.before(), d));
    m.put("after", f.num(r.after(), d));
    m.put("diff", f.num(Math.abs(r.diff()), d));
    m.put("diffLow", f.num(r.diffCiLow(), d));
    m.put("diffHigh", f.num(r.diffCiHigh(), d));
    m.put("higher", r.diff() >= 0);
    m.put("inPercent", percent);
    m.put(
        "beforeText",
        percent ? w.format("brief.valueInPercent", f.num(r.before(), d)) : f.num(r.before(), d));
    m.put(
        "afterText",
        percent ? w.format("brief.valueInPercent", f.num(r.after(), d)) : f.num(r.after(), d));
    m.put("diffText", inPoints(f.num(Math.abs(r.diff()), d), percent, Math.abs(r.diff())));
    m.put(
        "diffCi",
        w.format(
            "brief.ci",
            f.num(r.diffCiLow(), d),
            inPoints(f.num(r.diffCiHigh(), d), percent, Math.abs(r.diffCiHigh()))));
    m.put(
        "diffWord",
        w.get("brief.diff." + (r.diff() >= 0 ? "up" : "down") + (percent ? "Points" : "")));
    m.put("hasPct", r.pct() != null);
    if (r.pct() != null) {
      m.put("pct", f.num(Math.abs(r.pct()), 1));
      m.put("pctLow", f.num(r.pctCiLow(), 1));
      m.put("pctHigh", f.num(r.pctCiHigh(), 1));
      m.put("pctValue", r.pct());
    }
    m.put("significant", r.diffCiLow() > 0 || r.diffCiHigh() < 0);
    return m;
  }

  /**
   * One change of a scenario: the variable's label, the operation and the value; {@code amount} is
   * the size of an added change in the variable's terms ("5 percentage points" for a variable in
   * per cent, whose change is in points, not per cent; else the plain number).
   */
  private Map<String, Object> change(ScenarioChange c) {
    Map<String, Object> m = new LinkedHashMap<>();
    double size = Math.abs(c.value());
    String value = java.math.BigDecimal.valueOf(size).stripTrailingZeros().toPlainString();
    m.put("variable", c.variable());
    m.put("label", ctx.variable(c.variable()));
    m.put("operation", c.operation());
    m.put("value", value);
    m.put(
        "amount",
        c.operation().equals("add") && ctx.inPercent(c.variable())
            ? ctx.inPoints(value, size)
            : value);
    m.put("negative", c.value() < 0);
    return m;
  }

  /** {@code size} followed by "%p" (percentage points) when the quantity is a per-cent figure. */
  private String inPoints(String size, boolean percent, double magnitude) {
    return percent ? ctx.inPoints(size, magnitude) : size;
  }

  /**
   * The condition of a scenario as a phrase of the brief's sentence: its changes joined, with the
   * year first in Korean ("2016년 R&D 집약도 0.5%p 상승") when the scenario is for a fixed year.
   */
  private String condition(ScenarioResult s, String period) {
    var w = ctx.words();
    String joined = null;
    for (ScenarioChange c : s.changes()) {
      String phrase = changePhrase(c);
      joined = joined == null ? phrase : w.format("brief.condition.and", joined, phrase);
    }
    if (joined == null) {
      joined = "";
    }
    return s.period().equals("latest")
        ? joined
        : w.format("brief.condition.period", joined, period);
  }

  /** One change as the brief words it: 상승/하락 for a variable in per cent, else 증가/감소. */
  private String changePhrase(ScenarioChange c) {
    var w = ctx.words();
    Map<String, Object> ch = change(c);
    String noun = ctx.noun(c.variable());
    String value = (String) ch.get("value");
    return switch (c.operation()) {
      case "set" -> w.format("brief.change.set", noun, value);
      case "multiply" -> w.format("brief.change.multiply", noun, value);
      default ->
          w.format(
              "brief.change."
                  + (c.value() < 0 ? "down" : "up")
                  + (ctx.inPercent(c.variable()) ? "Points" : ""),
              noun,
              ch.get("amount"));
    };
  }

  private static String terms(List<Coefficient> cs) {
    return cs.stream()
        .filter(c -> c.equation().equals("main"))
        .map(Coefficient::term)
        .collect(joining());
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }
}
