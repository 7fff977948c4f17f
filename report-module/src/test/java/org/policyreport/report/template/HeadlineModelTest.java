package org.policyreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.document.TextDump;

/**
 * Which model the findings lead with: the author's choice, else the specification tests, never a
 * fixed order of estimators, and never an estimator that the results do not have.
 */
class HeadlineModelTest {
  private static final List<String> PANEL = List.of("growth_fgls", "growth_re", "growth_fe");
  private static final List<String> COUNT =
      List.of("innovation_poisson", "innovation_nb2", "innovation_count");

  private static Facts facts(AnalysisResults results, String language) {
    return new Facts(ReportFixture.context(ReportFixture.config(), results, language));
  }

  /** The default results with the Hausman test's p-value set on every model that has it. */
  private static ObjectNode hausman(double p) {
    ObjectNode tree = ReportFixture.resultsTree();
    for (JsonNode m : tree.get("models")) {
      for (JsonNode t : m.get("tests")) {
        if (t.get("name").asText().equals("hausman")) {
          ((ObjectNode) t).put("p", p).put("statistic", 21.5);
        }
      }
    }
    return tree;
  }

  private static ObjectNode without(ObjectNode tree, String... ids) {
    Set<String> drop = Set.of(ids);
    ArrayNode kept = tree.arrayNode();
    for (JsonNode m : tree.get("models")) {
      if (!drop.contains(m.get("id").asText())) {
        kept.add(m);
      }
    }
    tree.set("models", kept);
    // recommendations name the dropped models; the tests build reports without them
    return tree;
  }

  @Test
  void hausmanNotRejectingWithHeteroskedasticErrorsLeadsWithFeasibleGls() {
    var h = facts(ReportFixture.results(), "en").headlineModel(PANEL, "");
    assertThat(h.model()).isEqualTo("growth_fgls");
    assertThat(h.basis()).isEqualTo("errors");
    assertThat(h.reason())
        .isEqualTo(
            "The Hausman test does not reject its null hypothesis (statistic 0.052, p = 0.974):"
                + " there is no evidence that the region effects are correlated with the regressors,"
                + " so estimators that assume they are not can be taken as consistent. The modified Wald test for groupwise heteroskedasticity rejects its"
                + " null hypothesis (statistic 118.331, p < 0.001): the error variance differs from"
                + " region to region, which feasible GLS takes into account. The findings therefore"
                + " describe the FGLS (hetero., AR(1)) model.");
  }

  @Test
  void hausmanRejectingLeadsWithFixedEffectsAndSaysWhy() {
    AnalysisResults results = ReportFixture.results(hausman(0.0001));
    var h = facts(results, "en").headlineModel(PANEL, "");
    assertThat(h.model()).isEqualTo("growth_fe");
    assertThat(h.reason())
        .isEqualTo(
            "The Hausman test rejects its null hypothesis (statistic 21.500, p < 0.001): the region"
                + " effects are correlated with the regressors, so only the fixed-effects estimates"
                + " are consistent. The findings therefore describe the Fixed effects model.");
    var ko = facts(results, "ko").headlineModel(PANEL, "");
    assertThat(ko.reason())
        .isEqualTo(
            "하우스만 검정은 귀무가설을 기각하였다(검정통계량 21.500, p<0.001). 지역 효과가 설명변수와 상관되어 있어"
                + " 고정효과 추정량만 일치성을 가지므로, 분석 결과는 고정효과 모형을 중심으로 기술한다.");
  }

  @Test
  void reportWhoseHausmanTestRejectsGivesTheFindingsOfTheFixedEffectsModel() {
    String en =
        TextDump.of(
            ReportFixture.build(
                ReportFixture.config(), ReportFixture.results(hausman(0.0001)), "en"));
    assertThat(en)
        .contains("The Hausman test rejects its null hypothesis (statistic 21.500, p < 0.001)")
        .contains("The findings therefore describe the Fixed effects model.")
        .contains("In the Fixed effects model:")
        .doesNotContain("In the FGLS (hetero., AR(1)) model:");
    String ko =
        TextDump.of(
            ReportFixture.build(
                ReportFixture.config(), ReportFixture.results(hausman(0.0001)), "ko"));
    assertThat(ko).contains("분석 결과는 고정효과 모형을 중심으로 기술한다.").contains("고정효과 모형의 추정 결과는 다음과 같다.");
  }

  @Test
  void hausmanRejectingWithoutAFixedEffectsModelWarnsInsteadOfPreferringIt() {
    AnalysisResults results = ReportFixture.results(without(hausman(0.0001), "growth_fe"));
    var h = facts(results, "en").headlineModel(List.of("growth_fgls", "growth_re"), "");
    assertThat(h.model()).isEqualTo("growth_fgls");
    assertThat(h.basis()).isEqualTo("order");
    assertThat(h.reason())
        .contains("the results contain no fixed-effects model")
        .contains("should be read with caution")
        .doesNotContain("only the fixed-effects estimates are consistent");
  }

  @Test
  void countModelsAreChosenByTheDispersionTests() {
    var h = facts(ReportFixture.results(), "en").headlineModel(COUNT, "");
    assertThat(h.model()).isEqualTo("innovation_count");
    assertThat(h.reason())
        .startsWith("The LR test of a constant α rejects its null hypothesis")
        .endsWith("The findings therefore describe the Generalized NB model.");
    var noGeneralized =
        facts(ReportFixture.results(without(ReportFixture.resultsTree(), "innovation_count")), "en")
            .headlineModel(List.of("innovation_poisson", "innovation_nb2"), "");
    assertThat(noGeneralized.model()).isEqualTo("innovation_nb2");
    assertThat(noGeneralized.reason()).contains("the counts are overdispersed");
  }

  @Test
  void theAuthorsChoiceWins() {
    var h = facts(ReportFixture.results(), "en").headlineModel(PANEL, "growth_re");
    assertThat(h.model()).isEqualTo("growth_re");
    assertThat(h.reason())
        .isEqualTo(
            "The findings describe the Random effects model, which the author chose as the main"
                + " specification.");
    assertThat(facts(ReportFixture.results(), "ko").headlineModel(PANEL, "growth_re").reason())
        .isEqualTo("분석 결과는 연구진이 주된 모형으로 선택한 확률효과 모형을 중심으로 기술한다.");
  }

  @Test
  void theAuthorsChoiceFromTheConfigLeadsTheReport() {
    var config =
        ReportFixture.config(
            y -> y.insert(y.indexOf("  decimals: 3"), "  headline: [growth_re]\n"));
    String en = TextDump.of(ReportFixture.build(config, ReportFixture.results(), "en"));
    assertThat(en)
        .contains("The findings describe the Random effects model, which the author chose")
        .contains("In the Random effects model:");
  }

  @Test
  void anAuthorsChoiceOutsideTheCandidatesIsAnErrorNamingIt() {
    assertThatThrownBy(
            () -> facts(ReportFixture.results(), "en").headlineModel(PANEL, "innovation_nb2"))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("'innovation_nb2'")
        .hasMessageContaining("growth_fgls, growth_re, growth_fe");
  }

  @Test
  void aConfiguredHeadlineModelThatIsNotInTheResultsIsAnErrorNamingTheKey() {
    var config =
        ReportFixture.config(
            y -> y.insert(y.indexOf("  decimals: 3"), "  headline: [growth_xx]\n"));
    assertThatThrownBy(() -> ReportFixture.build(config, ReportFixture.results(), "en"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("report.headline: model 'growth_xx' is not in the results");
  }

  /** Every non-empty subset of the three panel models. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "growth_fgls",
        "growth_re",
        "growth_fe",
        "growth_fgls,growth_re",
        "growth_fgls,growth_fe",
        "growth_re,growth_fe",
        "growth_fgls,growth_re,growth_fe"
      })
  void noReasonPrefersAnEstimatorThatIsNotInTheResults(String present) {
    List<String> ids = Arrays.asList(present.split(","));
    List<String> absent = new ArrayList<>(PANEL);
    absent.removeAll(ids);
    for (double p : new double[] {0.0001, 0.974}) {
      ObjectNode tree = hausman(p);
      AnalysisResults results = ReportFixture.results(without(tree, absent.toArray(String[]::new)));
      for (String lang : List.of("en", "ko")) {
        var h = facts(results, lang).headlineModel(ids, "");
        assertThat(ids).contains(h.model());
        String r = h.reason();
        if (absent.contains("growth_fgls")) {
          assertThat(r).doesNotContain("GLS");
        }
        if (absent.contains("growth_re")) {
          assertThat(r)
              .doesNotContain("random-effects estimates are consistent")
              .doesNotContain("확률효과 추정량이");
        }
        if (absent.contains("growth_fe")) {
          assertThat(r).doesNotContain("only the fixed-effects").doesNotContain("고정효과 추정량만");
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void noSentenceOfTheReportPrefersAnEstimatorThatIsNotInTheResults(String lang) {
    // Without the FGLS model: feasible GLS may appear in the author's chapters on method, but no
    // generated sentence prefers it or describes findings of it.
    AnalysisResults results =
        ReportFixture.results(without(ReportFixture.resultsTree(), "growth_fgls"));
    var config =
        ReportFixture.config(
            y -> y.replace(y.indexOf("recommendations:"), y.length(), "recommendations: []\n"));
    String dump = TextDump.of(ReportFixture.build(config, results, lang));
    for (String sentence : dump.split("(?<=[.다])\\s+")) {
      boolean prefers =
          sentence.contains("prefer")
              || sentence.contains("describe the")
              || sentence.contains("consistent")
              || sentence.contains("중심으로 기술")
              || sentence.contains("일치성")
              || sentence.contains("적절");
      if (prefers) {
        assertThat(sentence).as(sentence).doesNotContain("GLS").doesNotContain("FGLS");
      }
    }
    assertThat(dump)
        .contains(lang.equals("en") ? "describe the Random effects model" : "확률효과 모형을 중심으로 기술한다");
  }
}
