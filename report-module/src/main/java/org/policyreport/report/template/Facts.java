package org.policyreport.report.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.SurveyItemResult;
import org.policyreport.contract.SurveyResult;
import org.policyreport.contract.TestResult;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.format.NumberStyle;

/**
 * What templates ask for by model id and term, test name or survey item: the raw numbers and their
 * text in the report's number style, so that templates choose words and never format. Asking for
 * something the results do not have is an error that names it.
 */
public final class Facts {
  private final ReportContext ctx;
  private final NumberStyle f;

  Facts(ReportContext ctx) {
    this.ctx = ctx;
    this.f = ctx.numbers();
  }

  /**
   * An estimated effect and everything a sentence about it needs. A regressor with a presentation
   * scale ({@code labels.variables.<column>.scale}) has that scale as its {@code step}, and its
   * {@code coefText}, {@code seText} and {@code irrText} are per step, as in the regression table;
   * {@code coef} stays per unit.
   *
   * @param form how a sentence reads the effect, from the functional form: "irr" (count model, per
   *     step of the regressor, {@code sizeText} %), "irrDummy" (count model, 0/1 regressor, %),
   *     "elasticity" (logged regressor and a logged or count outcome: % per 1 %), "semiElasticity"
   *     (logged outcome, 100·b % per step), "logDummy" (logged outcome, 0/1 regressor, %),
   *     "levelLog" (logged regressor: b/100 outcome units per 1 %), "levelDummy" (difference
   *     between the two groups in outcome units) or "level" (outcome units per step)
   * @param sizeText the absolute size of the effect in the form's units
   * @param percent whether {@code sizeText} is in per cent
   * @param noun the regressor inside a sentence
   * @param dependentNoun the outcome inside a sentence
   * @param unitText the unit of one step of the regressor ("percentage point(s)", "%p"), or ""
   * @param dependentUnitText the unit after a level change of the outcome, or ""
   * @param dummyLevel the level of a 0/1 regressor that is compared with the rest ("1", or the
   *     level of a factor)
   * @param factor whether the regressor is one level of a factor (compared with the reference)
   * @param referenceLevel the display name of the factor's reference level, from the model's {@code
   *     options.reference}; "" when the results do not name it
   */
  public record Effect(
      String model,
      String term,
      String label,
      double coef,
      String coefText,
      String seText,
      double p,
      String pText,
      String stars,
      int level,
      boolean significant,
      boolean positive,
      boolean hasIrr,
      String irrText,
      String irrChangeText,
      String coefAbsText,
      long step,
      String stepText,
      String stepChangeText,
      String stepIrrText,
      String form,
      String sizeText,
      boolean percent,
      String noun,
      String dependentNoun,
      String unitText,
      String dependentUnitText,
      String dummyLevel,
      boolean factor,
      String referenceLevel) {}

  /**
   * A test result with its text.
   *
   * @param label the test's name as the tests table shows it ({@code test.<name>})
   * @param sentenceName its name inside running text ({@code testName.<name>}, else the label)
   */
  public record Test(
      String model,
      String name,
      String label,
      String sentenceName,
      String statisticText,
      String df,
      double p,
      String pText,
      int level,
      boolean significant) {}

  /** A survey item with its text. */
  public record Item(
      String id,
      String label,
      int rank,
      int n,
      String importanceText,
      String performanceText,
      String gapText,
      String borichText,
      double gapP,
      String gapPText,
      boolean gapSignificant,
      String quadrant,
      String quadrantText,
      boolean gapPositive) {}

  public String num(double x) {
    return f.num(x);
  }

  public String num(double x, int d) {
    return f.num(x, d);
  }

  public String integer(long n) {
    return f.integer(n);
  }

  public String p(double p) {
    return f.p(p);
  }

  /** "< 0.01" or "= 0.034": what follows "p" in a sentence. */
  public String pClause(double p) {
    return f.pClause(p);
  }

  public String stars(double p) {
    return f.stars(p);
  }

  public String variable(String name) {
    return ctx.variable(name);
  }

  public String modelName(String id) {
    model(id);
    return ctx.modelName(id);
  }

  public ModelResult model(String id) {
    return ctx.requireModel(id);
  }

  public boolean hasModel(String id) {
    return ctx.results().model(id) != null;
  }

  /**
   * Which of {@code candidates} (model ids of the same outcome) the findings lead with, and the
   * reason as a sentence: the author's choice when given (blank: none), else the specification
   * tests in the results (see {@link Headlines}).
   */
  public Headlines.Headline headlineModel(List<String> candidates, String authorChoice) {
    return new Headlines(ctx).choose(candidates, authorChoice);
  }

  /**
   * The model among {@code candidates} that the config's {@code report.headline} names, or "" when
   * the author chose none of them.
   */
  public String authorHeadline(List<String> candidates) {
    for (String id : ctx.settings().study().headline()) {
      if (candidates.contains(id)) {
        return id;
      }
    }
    return "";
  }

  /** Whether any model left out rows (a blank value, or a lag before the first period). */
  public boolean anyRowsDropped() {
    return ctx.results().models().stream().anyMatch(m -> m.nobsDropped() > 0);
  }

  /**
   * How the models treat a blank value: "listwise" (every model drops the row, the default),
   * "error" (every model was set to {@code missing: error} and stops instead) or "mixed".
   */
  public String missingRule() {
    long errors =
        ctx.results().models().stream()
            .filter(m -> "error".equals(m.options().get("missing")))
            .count();
    return errors == 0 ? "listwise" : errors == ctx.results().models().size() ? "error" : "mixed";
  }

  /**
   * A model named inside a sentence: "the Poisson model" / "포아송 모형" from a configured label, "the
   * fixed effects model of gross state product" / "주 총생산의 고정효과 모형" from the default name.
   */
  public String modelPhrase(String id) {
    String name = modelName(id);
    boolean en = ctx.language().equals("en");
    if (hasModelLabel(id)) {
      return en ? "the " + name + " model" : name + " 모형";
    }
    if (en && !name.equals(id)) {
      return "the " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
    return name;
  }

  /** Whether the config gave the model a label ({@code labels.models}), not a default name. */
  public boolean hasModelLabel(String id) {
    return ctx.settings().models().containsKey(id);
  }

  /** A variable or term as a noun inside a sentence ("fiscal autonomy", "income"). */
  public String noun(String name) {
    return new Terms(ctx).read(name, null).noun();
  }

  /** Whether a variable or term is a logarithm (a log() term or a column declared log: true). */
  public boolean isLog(String name) {
    return new Terms(ctx).read(name, null).log();
  }

  /** "221 region-year observations" with the config's unit of observation, else neutral words. */
  public String observations(long n) {
    return new Terms(ctx).observations((int) n);
  }

  /** The configured word for one panel unit ("region"), else the neutral one. */
  public String unitWord() {
    return new Terms(ctx).unit();
  }

  /** The configured word for one period ("year"), else the neutral one. */
  public String periodWord() {
    return new Terms(ctx).period();
  }

  /** {@code word} with the Korean particle of {@code pair} ("이/가") that agrees with it. */
  public String particle(String word, String pair) {
    return org.policyreport.report.korean.Particles.attach(word, pair);
  }

  /** The words of messages.properties, with {0}, {1}, ... and Korean {0|이/가} filled in. */
  public String words(String key, List<Object> args) {
    return ctx.words().format(key, args.toArray());
  }

  /** The effect of {@code term} in the main equation of {@code model}. */
  public Effect effect(String model, String term) {
    return effect(model, "main", term);
  }

  public Effect effect(String model, String equation, String term) {
    ModelResult m = model(model);
    Coefficient c = m.coefficient(equation, term);
    if (c == null) {
      throw new DocumentException(
          "the template asks for term '"
              + term
              + "' of model '"
              + model
              + "' (equation "
              + equation
              + "), which it does not have");
    }
    Coefficient irr = null;
    if (equation.equals("main")) {
      irr = m.irr().stream().filter(r -> r.term().equals(term)).findFirst().orElse(null);
    }
    int level = f.significanceLevel(c.p());
    Terms terms = new Terms(ctx);
    Terms.Reading x = terms.read(term, m);
    Terms.Reading y = terms.read(m.dependent(), null);
    boolean count = irr != null || COUNT_ESTIMATORS.contains(m.estimator());
    boolean logOutcome = count || y.log();
    double b = c.coef();
    // A presentation scale (labels.variables.<column>.scale) fixes the step of the sentence, so the
    // sentence speaks of the same change as the table row and the plot ("per 1,000 firms").
    var scale = ctx.settings().study().scale(term);
    boolean scaled = scale != null && scale.shown() && !x.dummy() && !x.log();
    double shownFactor = scaled ? scale.factor() : 1.0;
    int pd = Math.max(1, f.decimals() - 2);
    String form;
    double size;
    long k = 1;
    if (x.dummy()) {
      form = count ? "irrDummy" : logOutcome ? "logDummy" : "levelDummy";
      size = logOutcome ? Math.abs(Math.expm1(b)) * 100.0 : Math.abs(b);
    } else if (x.log()) {
      form = logOutcome ? "elasticity" : "levelLog";
      size = logOutcome ? Math.abs(b) : Math.abs(b) / 100.0;
    } else if (count) {
      form = "irr";
      k = scaled ? scale.step() : step(b, true);
      size = Math.abs(Math.expm1(b * k)) * 100.0;
    } else if (logOutcome) {
      form = "semiElasticity";
      k = scaled ? scale.step() : 1;
      size = Math.abs(b) * 100.0 * k;
    } else {
      form = "level";
      k = scaled ? scale.step() : powerOfTen(Math.abs(b), Math.pow(10, -f.decimals()));
      size = Math.abs(b) * k;
    }
    boolean percent =
        !form.equals("levelDummy") && !form.equals("level") && !form.equals("levelLog");
    // Per cent from 100 times a coefficient keeps the coefficient's significant digits (0.030 is
    // 3.0 %); an elasticity is itself a coefficient.
    String sizeText =
        percent && !form.equals("elasticity")
            ? f.num(size, Math.max(pd, f.decimalsFor(size / 100.0) - 2))
            : f.num(size, f.decimalsFor(size));
    String unitText = "";
    if (x.percent() && !x.log() && !x.dummy()) {
      unitText = ctx.words().get(k == 1 ? "unit.percentagePoint" : "unit.percentagePoints");
    }
    String dependentUnitText =
        y.percent() && !percent ? ctx.words().get("unit.percentagePoints") : "";
    double shownIrr = irr == null ? Double.NaN : scaled ? Math.exp(b * k) : irr.coef();
    return new Effect(
        model,
        term,
        ctx.variable(term),
        c.coef(),
        f.num(c.coef() * shownFactor),
        f.se(c.se() * shownFactor),
        c.p(),
        f.p(c.p()),
        f.stars(c.p()),
        level,
        level > 0,
        c.coef() > 0,
        irr != null,
        irr == null ? "" : f.num(shownIrr),
        irr == null ? "" : f.num(Math.abs(shownIrr - 1.0) * 100.0, 1),
        f.num(Math.abs(c.coef() * shownFactor)),
        k,
        f.integer(k),
        f.num(
            Math.abs(Math.expm1(c.coef() * (scaled ? k : step(c.coef(), irr != null)))) * 100.0, 1),
        irr == null ? "" : f.num(Math.exp(c.coef() * k)),
        form,
        sizeText,
        percent,
        x.noun(),
        y.noun(),
        unitText,
        dependentUnitText,
        x.level(),
        x.factor(),
        x.factor() ? reference(m, x.column()) : "");
  }

  /**
   * The reference level of a factor as the analysis recorded it ({@code options.reference}, a map
   * from column to level), as its display name; "" when the results do not say.
   */
  private String reference(ModelResult m, String column) {
    if (m.options().get("reference") instanceof java.util.Map<?, ?> refs
        && refs.get(column) != null) {
      return ctx.valueLabel(column, String.valueOf(refs.get(column)));
    }
    return "";
  }

  private static final java.util.Set<String> COUNT_ESTIMATORS =
      java.util.Set.of("poisson", "nb2", "gnbreg", "nbp");

  /** The smallest power of ten {@code k} with {@code size * k >= threshold} (at most a million). */
  private static long powerOfTen(double size, double threshold) {
    long k = 1;
    while (size > 0 && size * k < threshold && k < 1_000_000) {
      k *= 10;
    }
    return k;
  }

  /**
   * The change in a regressor that a sentence should speak of: 1, or for a log-linear effect too
   * small to show per unit (one more venture firm) the smallest power of ten whose effect reaches 1
   * %, so that the reader sees "1,000 more firms, 5.1 % more patents" rather than "0.0 %".
   */
  private static long step(double coef, boolean logLinear) {
    long k = 1;
    while (logLinear && coef != 0 && Math.abs(Math.expm1(coef * k)) < 0.01 && k < 1_000_000) {
      k *= 10;
    }
    return k;
  }

  /**
   * The change in the dependent variable when a logged regressor rises by {@code percent} %, in the
   * dependent variable's units (percentage points for a growth rate).
   */
  public String logChangeText(String model, String term, double percent) {
    Effect e = effect(model, term);
    return f.num(e.coef() * Math.log1p(percent / 100.0), 2);
  }

  public boolean hasEffect(String model, String equation, String term) {
    return hasModel(model) && model(model).coefficient(equation, term) != null;
  }

  /**
   * The effects of every regressor of the main equation, in order: not the constant, and not the
   * period dummies of time effects (controls, which no finding is about).
   */
  public List<Effect> effects(String model) {
    List<Effect> out = new ArrayList<>();
    ModelResult m = model(model);
    for (Coefficient c : m.coefficients()) {
      if (c.equation().equals("main")
          && !c.term().equals("_cons")
          && !ctx.isTimeDummy(m, c.term())) {
        out.add(effect(model, c.term()));
      }
    }
    return out;
  }

  public Test test(String model, String name) {
    TestResult t = model(model).test(name);
    if (t == null) {
      throw new DocumentException(
          "the template asks for test '"
              + name
              + "' of model '"
              + model
              + "', which it does not have");
    }
    return testFact(model, t);
  }

  public boolean hasTest(String model, String name) {
    return hasModel(model) && model(model).test(name) != null;
  }

  public List<Test> tests(String model) {
    return model(model).tests().stream().map(t -> testFact(model, t)).toList();
  }

  private Test testFact(String model, TestResult t) {
    String df =
        t.df() == null ? "" : t.df2() == null ? Integer.toString(t.df()) : t.df() + ", " + t.df2();
    int level = f.significanceLevel(t.p());
    String label =
        ctx.words().has("test." + t.name()) ? ctx.words().get("test." + t.name()) : t.name();
    String sentenceName =
        ctx.words().has("testName." + t.name()) ? ctx.words().get("testName." + t.name()) : label;
    return new Test(
        model,
        t.name(),
        label,
        sentenceName,
        f.num(t.statistic()),
        df,
        t.p(),
        f.p(t.p()),
        level,
        level > 0);
  }

  /** A scalar statistic of a model (alpha, rho, sigmaU, ...) as text. */
  public String stat(String model, String key) {
    Double v = model(model).statistics().get(key);
    if (v == null) {
      throw new DocumentException(
          "the template asks for statistic '"
              + key
              + "' of model '"
              + model
              + "', which it does not have");
    }
    return f.num(v);
  }

  public boolean hasStat(String model, String key) {
    return hasModel(model) && model(model).statistics().get(key) != null;
  }

  public SurveyResult survey(String id) {
    return ctx.requireSurvey(id);
  }

  public boolean hasSurvey(String id) {
    return ctx.results().survey(id) != null;
  }

  public Item item(String survey, String item) {
    for (SurveyItemResult it : survey(survey).items()) {
      if (it.id().equals(item)) {
        return itemFact(it);
      }
    }
    throw new DocumentException(
        "the template asks for item '"
            + item
            + "' of survey '"
            + survey
            + "', which it does not have");
  }

  /** Items by Borich rank, highest need first. */
  public List<Item> rankedItems(String survey) {
    List<SurveyItemResult> items = new ArrayList<>(survey(survey).items());
    items.sort(Comparator.comparingInt(SurveyItemResult::borichRank));
    return items.stream().map(this::itemFact).toList();
  }

  private Item itemFact(SurveyItemResult it) {
    return new Item(
        it.id(),
        ctx.itemLabel(it),
        it.borichRank(),
        it.n(),
        f.num(it.importanceMean(), 2),
        f.num(it.performanceMean(), 2),
        f.num(it.gap(), 2),
        f.num(it.borich(), 2),
        it.gapP() == null ? Double.NaN : it.gapP(),
        it.gapP() == null ? "–" : f.p(it.gapP()),
        it.gapP() != null && f.significanceLevel(it.gapP()) > 0,
        it.quadrant(),
        ctx.words().has("quadrant." + it.quadrant())
            ? ctx.words().get("quadrant." + it.quadrant())
            : it.quadrant(),
        it.gap() > 0);
  }

  /** Items by current performance, lowest first. */
  public List<Item> itemsByPerformance(String survey) {
    List<SurveyItemResult> items = new ArrayList<>(survey(survey).items());
    items.sort(Comparator.comparingDouble(SurveyItemResult::performanceMean));
    return items.stream().map(this::itemFact).toList();
  }

  /** Items by importance, highest first. */
  public List<Item> itemsByImportance(String survey) {
    List<SurveyItemResult> items = new ArrayList<>(survey(survey).items());
    items.sort(Comparator.comparingDouble((SurveyItemResult i) -> -i.importanceMean()));
    return items.stream().map(this::itemFact).toList();
  }

  /** Items of one importance-performance quadrant, by Borich rank. */
  public List<Item> quadrantItems(String survey, String quadrant) {
    return rankedItems(survey).stream().filter(i -> i.quadrant().equals(quadrant)).toList();
  }

  /** Items whose importance exceeds their performance. */
  public List<Item> positiveGapItems(String survey) {
    return rankedItems(survey).stream().filter(Item::gapPositive).toList();
  }

  // Survey-wide facts, groups and ANOVAs, descriptives and panel series: see SurveyFacts,
  // PanelFacts.

  public SurveyFacts.Overview surveyFacts(String survey) {
    return new SurveyFacts(ctx).overview(survey(survey));
  }

  public boolean hasGrouping(String survey, String variable) {
    return hasSurvey(survey) && survey(survey).grouping(variable) != null;
  }

  public List<SurveyFacts.Group> groups(String survey, String variable) {
    return new SurveyFacts(ctx).groups(survey(survey), variable);
  }

  /** One-way ANOVAs of {@code measure} across the groups that are significant at 5 %, by F. */
  public List<SurveyFacts.Anova> significantAnova(String survey, String variable, String measure) {
    return new SurveyFacts(ctx).anova(survey(survey), variable, measure, 0.05);
  }

  /** All one-way ANOVAs of {@code measure} across the groups. */
  public List<SurveyFacts.Anova> anova(String survey, String variable, String measure) {
    return new SurveyFacts(ctx).anova(survey(survey), variable, measure, 1.0);
  }

  public boolean hasDescriptive(String data, String variable) {
    return new PanelFacts(ctx).summary(data, variable) != null;
  }

  public PanelFacts.Descriptive descriptive(String data, String variable) {
    PanelFacts.Descriptive d = new PanelFacts(ctx).summary(data, variable);
    if (d == null) {
      throw new DocumentException(
          "the template asks for descriptives of '"
              + variable
              + "' in '"
              + data
              + "', which the results do not have");
    }
    return d;
  }

  public boolean hasSeries(String data, String variable) {
    return ctx.results().series(data, variable) != null;
  }

  public PanelFacts.Series series(String data, String variable) {
    return new PanelFacts(ctx).series(ctx.requireSeries(data, variable));
  }
}
