package org.policyreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.report.document.TextDump;

/**
 * The effect sentence of the shipped findings.ftl in each functional form (log–log, log–level,
 * level–log, level–level, 0/1 regressor, factor level, count model as IRR), positive, negative and
 * not significant, in English and Korean. A small report.ftl that only calls the macro is run next
 * to the real findings.ftl; the models of the forms are added to the default results, with labels
 * of a study that is not the default one.
 */
class FindingSentencesTest {
  @TempDir static Path templates;

  /**
   * Default results with edited effects and the added models "forms_log", "forms_level", "visits".
   */
  private static AnalysisResults edited;

  private static ConfigNode config;

  @BeforeAll
  static void setUp() throws IOException {
    for (String lang : List.of("en", "ko")) {
      Path dir = Files.createDirectories(templates.resolve(lang));
      Files.copy(Path.of("..", "templates", lang, "findings.ftl"), dir.resolve("findings.ftl"));
      Files.copy(
          Path.of("..", "templates", lang, "messages.properties"),
          dir.resolve("messages.properties"));
      Files.writeString(
          dir.resolve("report.ftl"),
          "<#ftl output_format=\"XML\" strip_whitespace=true>\n<#import \"findings.ftl\" as f>\n<report>\n"
              + "<#list terms as t><p><@f.effect fx.effect(t[0], t[1])/></p></#list>\n</report>\n");
    }
    ObjectNode tree = ReportFixture.resultsTree();
    // fiscal self-reliance: -0.02 (IRR 0.980), p = 0.0001
    ReportFixture.coefficient(
            tree, "innovation_count", "coefficients", "main", "fiscal_self_reliance")
        .put("coef", -0.02)
        .put("p", 0.0001);
    ReportFixture.coefficient(tree, "innovation_count", "irr", "main", "fiscal_self_reliance")
        .put("coef", Math.exp(-0.02))
        .put("p", 0.0001);
    // growth: fiscal autonomy -0.08 with p = 0.03; the patents effect not significant
    ReportFixture.coefficient(tree, "growth_fgls", "coefficients", "main", "fiscal_autonomy")
        .put("coef", -0.08)
        .put("p", 0.03);
    ReportFixture.coefficient(tree, "growth_fgls", "coefficients", "main", "ln_patents_per_10k")
        .put("p", 0.4);

    ObjectNode logs = addModel(tree, "growth_re", "forms_log", "log(gsp)");
    term(logs, "log(emp)", 0.22, 0.0001, false);
    term(logs, "unemp", -0.012, 0.02, false);
    term(logs, "urban", 0.1, 0.004, false);
    term(logs, "factor(area_type)=coastal", 0.05, 0.01, false);
    term(logs, "log(hwy)", 0.03, 0.45, false);
    ObjectNode prelogged = addModel(tree, "growth_re", "forms_prelogged", "lgsp");
    term(prelogged, "lemp", -0.31, 0.001, false);
    ObjectNode level = addModel(tree, "growth_re", "forms_level", "unemp");
    term(level, "log(emp)", -1.5, 0.003, false);
    term(level, "urban", 0.8, 0.04, false);
    term(level, "log(hwy)", 0.9, 0.3, false);
    term(level, "lag(unemp,1)", 0.6, 0.0001, false);
    term(level, "lag(unemp,2)", -0.2, 0.04, false);
    ObjectNode count = addModel(tree, "innovation_nb2", "visits", "visits");
    term(count, "urban", -0.2, 0.0005, true);
    term(count, "log(income)", 0.35, 0.002, true);
    term(count, "age", 0.0001, 0.9, true);
    ObjectNode urban = ((ArrayNode) tree.get("descriptives")).addObject();
    urban.put("data", "panel").put("variable", "urban").put("n", 214).put("mean", 0.4);
    urban.put("sd", 0.49).put("min", 0.0).put("max", 1.0);
    edited = ReportFixture.results(tree);
    config =
        ReportFixture.config(
            y -> {
              int at = y.indexOf("  variables:\n") + "  variables:\n".length();
              y.insert(
                  at,
                  "    gsp: {en: Gross state product, ko: 주 총생산}\n"
                      + "    lgsp: {en: ln(gross state product), ko: ln(주 총생산), log: true}\n"
                      + "    lemp: {en: ln(employment), ko: ln(고용), log: true}\n"
                      + "    emp: {en: Employment, ko: 고용}\n"
                      + "    hwy: {en: Highway capital, ko: 고속도로 자본}\n"
                      + "    unemp: {en: Unemployment rate (%), ko: 실업률(%)}\n"
                      + "    urban: {en: Urban state, ko: 도시 지역}\n"
                      + "    area_type: {en: Area type, ko: 지역 유형}\n"
                      + "    visits: {en: Doctor visits, ko: 의사 방문 횟수}\n"
                      + "    income: {en: Income, ko: 소득}\n"
                      + "    age: {en: Age, ko: 연령}\n");
              y.insert(
                  y.indexOf("  variables:\n"),
                  "  values:\n    area_type:\n      coastal: {en: coastal, ko: 해안}\n");
            });
  }

  /** A copy of model {@code base} under a new id and outcome, without coefficients. */
  private static ObjectNode addModel(ObjectNode tree, String base, String id, String dependent) {
    for (JsonNode m : tree.get("models")) {
      if (m.get("id").asText().equals(base)) {
        ObjectNode copy = m.deepCopy();
        copy.put("id", id).put("dependent", dependent);
        copy.putArray("regressors");
        copy.putArray("coefficients");
        if (copy.has("irr")) {
          copy.putArray("irr");
        }
        ((ArrayNode) tree.get("models")).add(copy);
        return copy;
      }
    }
    throw new IllegalArgumentException(base);
  }

  private static void term(ObjectNode model, String term, double coef, double p, boolean irr) {
    double se = Math.max(Math.abs(coef) / 3, 1e-6);
    ((ArrayNode) model.get("regressors")).add(term);
    ObjectNode c = ((ArrayNode) model.get("coefficients")).addObject();
    c.put("equation", "main").put("term", term).put("coef", coef).put("se", se);
    c.put("stat", coef / se).put("p", p).put("ciLow", coef - 2 * se).put("ciHigh", coef + 2 * se);
    if (irr) {
      ObjectNode r = ((ArrayNode) model.get("irr")).addObject();
      r.put("equation", "main").put("term", term).put("coef", Math.exp(coef));
      r.put("se", Math.exp(coef) * se).put("stat", coef / se).put("p", p);
      r.put("ciLow", Math.exp(coef - 2 * se)).put("ciHigh", Math.exp(coef + 2 * se));
    }
  }

  private static String sentence(
      AnalysisResults results, String language, String model, String term) {
    return sentence(ReportFixture.config(), results, language, model, term);
  }

  private static String sentence(
      ConfigNode cfg, AnalysisResults results, String language, String model, String term) {
    ReportContext ctx = ReportFixture.context(cfg, results, language);
    var doc =
        ReportBuilder.build(
            ctx, TemplateSource.folder(templates), Map.of("terms", List.of(List.of(model, term))));
    return TextDump.of(doc).lines().filter(l -> !l.startsWith("# ")).findFirst().orElseThrow();
  }

  private static String form(String language, String model, String term) {
    return sentence(config, edited, language, model, term);
  }

  // Count models: incidence-rate ratios as per cent.

  @Test
  void positiveCountEffectIsAPercentChangeWithTheIrr() {
    assertThat(sentence(ReportFixture.results(), "en", "innovation_count", "fiscal_autonomy"))
        .isEqualTo(
            "A rise of one percentage point in fiscal autonomy is associated with patent applications"
                + " higher by 3.0 % (IRR 1.030, p < 0.001).");
    assertThat(sentence(ReportFixture.results(), "ko", "innovation_count", "fiscal_autonomy"))
        .isEqualTo("재정자주도가 1%p 상승하면 특허 출원 건수가 약 3.0% 증가하는 것으로 나타났다(발생률비 1.030, p<0.001).");
  }

  @Test
  void smallPerUnitEffectIsStatedForAStepThatShowsIt() {
    assertThat(sentence(ReportFixture.results(), "en", "innovation_count", "venture_firms"))
        .isEqualTo(
            "An increase of 1,000 in venture firms is associated with patent applications higher by"
                + " 5.0 % (IRR 1.050 for an increase of 1,000, p < 0.01).");
    assertThat(sentence(ReportFixture.results(), "ko", "innovation_count", "venture_firms"))
        .isEqualTo(
            "벤처기업 수가 1,000단위 증가하면 특허 출원 건수가 약 5.0% 증가하는 것으로 나타났다(발생률비 1.050(1,000단위 기준), p<0.01).");
  }

  @Test
  void negativeCountEffectIsAPercentDecrease() {
    assertThat(sentence(edited, "en", "innovation_count", "fiscal_self_reliance"))
        .isEqualTo(
            "A rise of one percentage point in fiscal self-reliance is associated with patent"
                + " applications lower by 2.0 % (IRR 0.980, p < 0.001).");
    assertThat(sentence(edited, "ko", "innovation_count", "fiscal_self_reliance"))
        .isEqualTo("재정자립도가 1%p 상승하면 특허 출원 건수가 약 2.0% 감소하는 것으로 나타났다(발생률비 0.980, p<0.001).");
  }

  @Test
  void nonSignificantCountEffectSaysSoOnceWithThePlainIrr() {
    assertThat(sentence(ReportFixture.results(), "en", "innovation_count", "fiscal_self_reliance"))
        .isEqualTo(
            "The association between fiscal self-reliance and patent applications is not"
                + " statistically significant (IRR 1.001, p = 0.655).");
    assertThat(sentence(ReportFixture.results(), "ko", "innovation_count", "fiscal_self_reliance"))
        .isEqualTo("재정자립도와 특허 출원 건수의 관계는 통계적으로 유의하지 않은 것으로 나타났다(발생률비 1.001, p=0.655).");
  }

  @Test
  void zeroOneRegressorOfACountModelIsAPercentDifferenceBetweenTheGroups() {
    assertThat(form("en", "visits", "urban"))
        .isEqualTo(
            "Observations where urban state is 1 have doctor visits lower by 18.1 % than those where"
                + " it is 0 (IRR 0.819, p < 0.001).");
    assertThat(form("ko", "visits", "urban"))
        .isEqualTo("도시 지역이 1인 경우 0인 경우보다 의사 방문 횟수가 약 18.1% 낮은 것으로 나타났다(발생률비 0.819, p<0.001).");
  }

  @Test
  void loggedRegressorOfACountModelIsAnElasticity() {
    assertThat(form("en", "visits", "log(income)"))
        .isEqualTo(
            "A 1 % increase in income is associated with doctor visits higher by 0.350 %"
                + " (elasticity 0.350, p < 0.01).");
    assertThat(form("ko", "visits", "log(income)"))
        .isEqualTo("소득이 1% 증가하면 의사 방문 횟수가 약 0.350% 증가하는 것으로 나타났다(탄력성 0.350, p<0.01).");
  }

  // Logged outcome.

  @Test
  void logLogEffectIsAnElasticity() {
    assertThat(form("en", "forms_log", "log(emp)"))
        .isEqualTo(
            "A 1 % increase in employment is associated with gross state product higher by 0.220 %"
                + " (elasticity 0.220, p < 0.001).");
    assertThat(form("ko", "forms_log", "log(emp)"))
        .isEqualTo("고용이 1% 증가하면 주 총생산이 약 0.220% 증가하는 것으로 나타났다(탄력성 0.220, p<0.001).");
  }

  @Test
  void preLoggedColumnsDeclaredInTheConfigGiveANegativeElasticity() {
    assertThat(form("en", "forms_prelogged", "lemp"))
        .isEqualTo(
            "A 1 % increase in employment is associated with gross state product lower by 0.310 %"
                + " (elasticity −0.310, p < 0.01).");
    assertThat(form("ko", "forms_prelogged", "lemp"))
        .isEqualTo("고용이 1% 증가하면 주 총생산이 약 0.310% 감소하는 것으로 나타났다(탄력성 −0.310, p<0.01).");
  }

  @Test
  void logLevelEffectIsHundredTimesTheCoefficientInPerCent() {
    assertThat(form("en", "forms_log", "unemp"))
        .isEqualTo(
            "A rise of one percentage point in unemployment rate is associated with gross state"
                + " product lower by 1.2 % (coefficient −0.012, p = 0.020).");
    assertThat(form("ko", "forms_log", "unemp"))
        .isEqualTo("실업률이 1%p 상승하면 주 총생산이 약 1.2% 감소하는 것으로 나타났다(계수 −0.012, p=0.020).");
  }

  @Test
  void zeroOneRegressorOfALoggedOutcomeIsAPercentDifference() {
    assertThat(form("en", "forms_log", "urban"))
        .isEqualTo(
            "Observations where urban state is 1 have gross state product higher by 10.5 % than those"
                + " where it is 0 (coefficient 0.100, p < 0.01).");
    assertThat(form("ko", "forms_log", "urban"))
        .isEqualTo("도시 지역이 1인 경우 0인 경우보다 주 총생산이 약 10.5% 높은 것으로 나타났다(계수 0.100, p<0.01).");
  }

  @Test
  void factorLevelIsComparedWithTheReferenceCategoryByItsValueLabel() {
    assertThat(form("en", "forms_log", "factor(area_type)=coastal"))
        .isEqualTo(
            "Observations where area type is coastal have gross state product higher by 5.1 % than"
                + " those in the reference category (coefficient 0.050, p = 0.010).");
    assertThat(form("ko", "forms_log", "factor(area_type)=coastal"))
        .isEqualTo("지역 유형이 해안인 경우 기준 범주보다 주 총생산이 약 5.1% 높은 것으로 나타났다(계수 0.050, p=0.010).");
  }

  @Test
  void nonSignificantElasticityIsReportedAsSuch() {
    assertThat(form("en", "forms_log", "log(hwy)"))
        .isEqualTo(
            "The association between highway capital and gross state product is not statistically"
                + " significant (elasticity 0.030, p = 0.450).");
    assertThat(form("ko", "forms_log", "log(hwy)"))
        .isEqualTo("고속도로 자본과 주 총생산의 관계는 통계적으로 유의하지 않은 것으로 나타났다(탄력성 0.030, p=0.450).");
  }

  // Level outcome.

  @Test
  void levelLogEffectIsAHundredthOfTheCoefficientPerPerCent() {
    assertThat(form("en", "forms_level", "log(emp)"))
        .isEqualTo(
            "A 1 % increase in employment is associated with unemployment rate lower by 0.015"
                + " percentage points (coefficient −1.500, p < 0.01).");
    assertThat(form("ko", "forms_level", "log(emp)"))
        .isEqualTo("고용이 1% 증가하면 실업률이 0.015%p 낮아지는 것으로 나타났다(계수 −1.500, p<0.01).");
  }

  @Test
  void loggedRegressorOfTheDefaultGrowthModelIsReadPerPerCent() {
    assertThat(sentence(ReportFixture.results(), "en", "growth_fgls", "ln_patents_per_10k"))
        .isEqualTo(
            "A 1 % increase in patent applications per 10,000 residents is associated with growth of"
                + " GRDP per capita higher by 0.014 percentage points (coefficient 1.368, p < 0.001).");
    assertThat(sentence(ReportFixture.results(), "ko", "growth_fgls", "ln_patents_per_10k"))
        .isEqualTo(
            "인구 만 명당 특허 출원 건수가 1% 증가하면 1인당 GRDP 성장률이 0.014%p 높아지는 것으로"
                + " 나타났다(계수 1.368, p<0.001).");
  }

  @Test
  void negativeLevelLevelEffectSignificantAtFivePercent() {
    assertThat(sentence(edited, "en", "growth_fgls", "fiscal_autonomy"))
        .isEqualTo(
            "A rise of one percentage point in fiscal autonomy is associated with growth of GRDP per"
                + " capita lower by 0.080 percentage points (coefficient −0.080, p = 0.030).");
    assertThat(sentence(edited, "ko", "growth_fgls", "fiscal_autonomy"))
        .isEqualTo("재정자주도가 1%p 상승하면 1인당 GRDP 성장률이 0.080%p 낮아지는 것으로 나타났다" + "(계수 −0.080, p=0.030).");
  }

  @Test
  void positiveLevelLevelEffect() {
    assertThat(sentence(ReportFixture.results(), "en", "growth_fgls", "fiscal_autonomy"))
        .isEqualTo(
            "A rise of one percentage point in fiscal autonomy is associated with growth of GRDP per"
                + " capita higher by 0.110 percentage points (coefficient 0.110, p < 0.001).");
    assertThat(sentence(ReportFixture.results(), "ko", "growth_fgls", "fiscal_autonomy"))
        .isEqualTo("재정자주도가 1%p 상승하면 1인당 GRDP 성장률이 0.110%p 높아지는 것으로 나타났다(계수 0.110, p<0.001).");
  }

  @Test
  void zeroOneRegressorOfALevelOutcomeIsADifferenceInItsUnits() {
    assertThat(form("en", "forms_level", "urban"))
        .isEqualTo(
            "Observations where urban state is 1 have unemployment rate higher by 0.800 percentage"
                + " points than those where it is 0 (coefficient 0.800, p = 0.040).");
    assertThat(form("ko", "forms_level", "urban"))
        .isEqualTo("도시 지역이 1인 경우 0인 경우보다 실업률이 0.800%p 높은 것으로 나타났다(계수 0.800, p=0.040).");
  }

  @Test
  void laggedRegressorIsNamedWithItsPeriod() {
    assertThat(form("en", "forms_level", "lag(unemp,1)"))
        .isEqualTo(
            "A rise of one percentage point in unemployment rate in the previous year is associated"
                + " with unemployment rate higher by 0.600 percentage points (coefficient 0.600,"
                + " p < 0.001).");
    assertThat(form("en", "forms_level", "lag(unemp,2)"))
        .startsWith("A rise of one percentage point in unemployment rate 2 years earlier");
    assertThat(form("ko", "forms_level", "lag(unemp,1)"))
        .isEqualTo("전기 실업률이 1%p 상승하면 실업률이 0.600%p 높아지는 것으로 나타났다(계수 0.600, p<0.001).");
    assertThat(form("ko", "forms_level", "lag(unemp,2)")).startsWith("2기 전 실업률이 1%p 상승하면");
  }

  @Test
  void nonSignificantLevelEffect() {
    assertThat(sentence(edited, "en", "growth_fgls", "ln_patents_per_10k"))
        .isEqualTo(
            "The association between patent applications per 10,000 residents and growth of GRDP per"
                + " capita is not statistically significant (coefficient 1.368, p = 0.400).");
    assertThat(sentence(edited, "ko", "growth_fgls", "ln_patents_per_10k"))
        .isEqualTo(
            "인구 만 명당 특허 출원 건수와 1인당 GRDP 성장률의 관계는 통계적으로 유의하지 않은 것으로" + " 나타났다(계수 1.368, p=0.400).");
  }

  @Test
  void sentencesUseTheConfiguredDecimals() {
    ConfigNode two =
        ReportFixture.config(
            y -> y.replace(0, y.length(), y.toString().replace("decimals: 3", "decimals: 2")));
    assertThat(sentence(two, edited, "en", "growth_fgls", "fiscal_autonomy"))
        .isEqualTo(
            "A rise of one percentage point in fiscal autonomy is associated with growth of GRDP per"
                + " capita lower by 0.08 percentage points (coefficient −0.08, p = 0.030).");
  }

  @Test
  void significanceIsNotRepeatedAfterThePValue() {
    for (String lang : List.of("en", "ko")) {
      for (String[] t :
          List.of(
              new String[] {"forms_log", "log(emp)"},
              new String[] {"visits", "urban"},
              new String[] {"forms_level", "urban"})) {
        assertThat(form(lang, t[0], t[1])).doesNotContain("significant").doesNotContain("유의");
      }
    }
  }
}
