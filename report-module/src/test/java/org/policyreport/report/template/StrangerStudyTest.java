package org.policyreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.contract.config.ConfigTree;
import org.policyreport.report.authoring.AuthoredReport;
import org.policyreport.report.document.TextDump;

/**
 * A study other than the default one (R's plm::Produc and AER::Fatalities, no report.chapters, so
 * the generated results report): model terms, time effects, factor dummies, dropped rows and model
 * names read as words, not as formulas and ids.
 */
class StrangerStudyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ConfigNode config() {
    try (InputStream in = StrangerStudyTest.class.getResourceAsStream("/stranger/study.yaml")) {
      return ConfigTree.parse(in.readAllBytes(), "study.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode tree() {
    try (InputStream in = StrangerStudyTest.class.getResourceAsStream("/stranger/results.json")) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String report(ConfigNode config, AnalysisResults results, String language) {
    ReportContext ctx = ReportFixture.context(config, results, language);
    return TextDump.of(AuthoredReport.results(ctx, TemplateSource.builtIn(), Map.of()));
  }

  private static String report(String language) {
    return report(config(), ReportFixture.results(tree()), language);
  }

  private static ReportContext context(String language) {
    return ReportFixture.context(config(), ReportFixture.results(tree()), language);
  }

  /**
   * The report before its appendix: the appendix's model table keeps the ids, which tie each row to
   * the config.
   */
  private static String body(String language) {
    String text = report(language);
    return text.substring(0, text.indexOf(language.equals("en") ? "= Appendix" : "= 부록"));
  }

  @Test
  void transformedTermsAreNamedFromTheVariableLabels() {
    ReportContext en = context("en");
    assertThat(en.variable("log(gsp)")).isEqualTo("Gross state product (log)");
    assertThat(en.variable("log1p(pcap)")).isEqualTo("Public capital (log of 1 + value)");
    assertThat(en.variable("sqrt(emp)")).isEqualTo("Employment (square root)");
    assertThat(en.variable("unemp^2")).isEqualTo("Unemployment rate squared");
    assertThat(en.variable("pcap:emp")).isEqualTo("Public capital × Employment");
    assertThat(en.variable("lag(pcap,1)")).isEqualTo("Public capital (previous period)");
    assertThat(en.variable("diff(emp)")).isEqualTo("Employment (change from previous period)");
    assertThat(en.variable("breath=yes")).isEqualTo("breath: yes");
    ReportContext ko = context("ko");
    assertThat(ko.variable("log(gsp)")).isEqualTo("주 총생산(로그)");
    assertThat(ko.variable("unemp^2")).isEqualTo("실업률의 제곱");
    assertThat(ko.variable("lag(pcap)")).isEqualTo("공공자본(전기)");
    assertThat(ko.variable("pcap:emp")).isEqualTo("공공자본 × 고용");
  }

  @Test
  void factorLevelUsesTheConfiguredValueLabels() {
    ConfigNode config =
        ConfigTree.parse(
            (new String(configBytes(), StandardCharsets.UTF_8)
                    + "  values:\n    breath: {\"yes\": {en: Breath test law, ko: 음주측정법 시행}}\n")
                .getBytes(StandardCharsets.UTF_8),
            "study.yaml");
    ReportContext en = ReportFixture.context(config, ReportFixture.results(tree()), "en");
    assertThat(en.variable("breath=yes")).isEqualTo("breath: Breath test law");
  }

  private static byte[] configBytes() {
    try (InputStream in = StrangerStudyTest.class.getResourceAsStream("/stranger/study.yaml")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noRawTermReachesTablesTitlesOrFigures() {
    for (String lang : new String[] {"en", "ko"}) {
      String text = body(lang);
      assertThat(text)
          .doesNotContain("log(gsp)")
          .doesNotContain("log(pcap)")
          .doesNotContain("log(income)")
          .doesNotContain("breath=yes")
          .doesNotContain("year=198");
    }
    assertThat(report("en"))
        .contains("= Chapter 2 Gross state product (log)")
        .contains("Per-capita income (log)");
    assertThat(report("ko")).contains("= 제2장 주 총생산(로그)").contains("1인당 소득(로그)");
  }

  @Test
  void timeEffectsAreOneRowAndNoFinding() {
    assertThat(report("en")).contains("Year effects").contains("Yes").doesNotContain("year=1983");
    assertThat(report("ko")).contains("연도 효과").contains("예");
    Facts fx = new Facts(context("en"));
    assertThat(fx.effects("deaths_nb2")).extracting(Facts.Effect::term).doesNotContain("year=1983");
    var plot = org.policyreport.report.figures.Figures.irr(context("en"), fx.model("deaths_nb2"));
    assertThat(plot.toString()).doesNotContain("year").contains("breath: yes");
  }

  @Test
  void factorDummyReadsAsAGroupDifferenceWithTheReferenceLevel() {
    assertThat(report("en"))
        .contains(
            "Observations with breath = yes have traffic fatalities 11.2 % lower than those with"
                + " breath = no (IRR 0.888, p < 0.001).");
    assertThat(report("ko")).contains("breath가 yes인 경우 no인 경우보다");
    Facts.Effect e = new Facts(context("en")).effect("deaths_nb2", "breath=yes");
    assertThat(e.factor()).isTrue();
    assertThat(e.form()).isEqualTo("irrDummy");
    assertThat(e.referenceLevel()).isEqualTo("no");
  }

  @Test
  void appendixStatesTheListwiseRuleAndWhetherRowsWereDropped() {
    assertThat(report("en"))
        .contains("is left out of that model (listwise deletion); no model left out any row.")
        .doesNotContain("stops the analysis");
    assertThat(report("ko"))
        .contains("결측값이 있는 관측치는 그 모형에서 제외한다(목록별 삭제)")
        .contains("제외된 관측치는 없다.")
        .doesNotContain("빈 값");
    ObjectNode t = tree();
    ((ObjectNode) t.get("models").get(0)).put("nobsDropped", 3);
    String en = report(config(), ReportFixture.results(t), "en");
    assertThat(en).contains("gives the rows each model left out, and its notes say why.");
    String ko = report(config(), ReportFixture.results(t), "ko");
    assertThat(ko).contains("모형별로 제외한 관측치의 수는");
    ObjectNode all = tree();
    for (var m : all.get("models")) {
      ((ObjectNode) m.get("options")).put("missing", "error");
    }
    assertThat(report(config(), ReportFixture.results(all), "en"))
        .contains(
            "stops the analysis with a message instead of being skipped; no row was left out.");
  }

  @Test
  void modelsWithoutLabelsAreNamedByEstimatorAndOutcome() {
    String en = body("en");
    assertThat(en)
        .contains("== 2.1 Fixed effects model of gross state product (log)")
        .contains("the negative binomial model of traffic fatalities")
        .doesNotContain("output_fe")
        .doesNotContain("deaths_nb2");
    String ko = body("ko");
    assertThat(ko).contains("== 제1절 주 총생산(로그)의 고정효과 모형").doesNotContain("output_fe");
    assertThat(context("en").modelShortName("output_re")).isEqualTo("Random effects");
  }
}
