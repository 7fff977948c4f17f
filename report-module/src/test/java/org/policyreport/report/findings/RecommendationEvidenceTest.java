package org.policyreport.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.TextDump;
import org.policyreport.report.template.ReportFixture;

/**
 * The three default recommendations against results from the default synthetic data (which support
 * them) and against results where the count model's fiscal autonomy effect is not significant
 * (which must turn the first box into a warning that names the failing check).
 */
class RecommendationEvidenceTest {

  private static AnalysisResults withoutFiscalAutonomyEffect() {
    ObjectNode tree = ReportFixture.resultsTree();
    ReportFixture.coefficient(tree, "innovation_count", "coefficients", "main", "fiscal_autonomy")
        .put("p", 0.41);
    return ReportFixture.results(tree);
  }

  private static List<Box> boxes(Document doc) {
    return doc.blocks().stream()
        .filter(b -> b instanceof Box)
        .map(b -> (Box) b)
        .filter(b -> b.role() == Box.Role.RECOMMENDATION)
        .toList();
  }

  @Test
  void defaultRecommendationsAreSupportedByTheDefaultData() {
    var config = ReportFixture.config();
    var views =
        ReportFixture.recommendations(
            config, ReportFixture.context(config, ReportFixture.results(), "en"));
    assertThat(views).hasSize(3);
    assertThat(views)
        .allSatisfy(
            v -> {
              assertThat(v.supported()).as(v.id()).isTrue();
              assertThat(v.strategies()).hasSizeBetween(2, 3);
              assertThat(v.policies()).hasSizeBetween(3, 4);
              assertThat(v.evidence()).isNotEmpty();
            });
    for (String lang : List.of("en", "ko")) {
      List<Box> boxes = boxes(ReportFixture.build(config, ReportFixture.results(), lang));
      assertThat(boxes)
          .extracting(Box::status)
          .containsExactly(Box.Status.OK, Box.Status.OK, Box.Status.OK);
      assertThat(boxes).extracting(Box::statusText).containsOnlyNulls();
    }
  }

  @Test
  void failingEvidenceTurnsTheBoxIntoAWarningNamingTheCheckInEnglish() {
    Document doc = ReportFixture.build(ReportFixture.config(), withoutFiscalAutonomyEffect(), "en");
    List<Box> boxes = boxes(doc);
    assertThat(boxes)
        .extracting(Box::status)
        .containsExactly(Box.Status.WARNING, Box.Status.OK, Box.Status.OK);
    assertThat(boxes.get(0).statusText()).isEqualTo("Not supported by the current evidence");
    String box =
        TextDump.of(new Document(doc.metadata(), doc.vocabulary(), List.<Block>of(boxes.get(0))));
    assertThat(box)
        .contains(
            "**Does not hold:** Generalized NB: Fiscal autonomy (%), positive, p < 0.05 — found coefficient 0.029, p = 0.410.")
        .contains(
            "NOTICE: Not supported by the current evidence: Generalized NB: Fiscal autonomy (%), positive, p < 0.05"
                + " (found coefficient 0.029, p = 0.410).")
        .contains("**Holds:** FGLS (hetero., AR(1)): Fiscal autonomy (%), positive, p < 0.05");
  }

  @Test
  void failingEvidenceTurnsTheBoxIntoAWarningNamingTheCheckInKorean() {
    Document doc = ReportFixture.build(ReportFixture.config(), withoutFiscalAutonomyEffect(), "ko");
    List<Box> boxes = boxes(doc);
    assertThat(boxes)
        .extracting(Box::status)
        .containsExactly(Box.Status.WARNING, Box.Status.OK, Box.Status.OK);
    assertThat(boxes.get(0).statusText()).isEqualTo("현재 근거로 뒷받침되지 않음");
    String box =
        TextDump.of(new Document(doc.metadata(), doc.vocabulary(), List.<Block>of(boxes.get(0))));
    assertThat(box)
        .contains("**미충족:** 일반화 음이항: 재정자주도(%)의 효과 양(+), p<0.05 — 분석 결과 계수 0.029, p=0.410")
        .contains(
            "NOTICE: 현재 근거로 뒷받침되지 않음: 일반화 음이항: 재정자주도(%)의 효과 양(+), p<0.05(분석 결과 계수 0.029, p=0.410)");
  }

  @Test
  void theSummarySaysWhenSomeEvidenceFails() {
    String d =
        TextDump.of(
            ReportFixture.build(ReportFixture.config(), withoutFiscalAutonomyEffect(), "en"));
    assertThat(d)
        .contains("The current evidence does not support every claim behind these recommendations");
    String ok = TextDump.of(ReportFixture.build("en"));
    assertThat(ok).doesNotContain("does not support every claim");
  }
}
