package org.policyreport.report.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.NoteCode;
import org.policyreport.contract.TestName;
import org.policyreport.report.document.TextDump;
import org.policyreport.report.template.ReportFixture;

/**
 * A test's notes are codes in results.json, worded under the tests table in the report's language.
 */
class TestNotesTest {

  /**
   * The default results with the Hausman statistic negative, as Stata and plm report it: on every
   * model that carries the test, since they compare the same two fits.
   */
  private static ObjectNode negativeHausman() {
    ObjectNode tree = ReportFixture.resultsTree();
    boolean found = false;
    for (JsonNode m : tree.get("models")) {
      for (JsonNode t : m.get("tests")) {
        if (t.get("name").asText().equals(TestName.HAUSMAN)) {
          ((ObjectNode) t).put("statistic", -0.75).put("p", 1.0);
          ((ObjectNode) t)
              .putArray("notes")
              .addObject()
              .put("code", NoteCode.HAUSMAN_NEGATIVE)
              .putArray("args");
          found = true;
        }
      }
    }
    if (!found) {
      throw new IllegalStateException("the default results have no Hausman test");
    }
    return tree;
  }

  @Test
  void koreanReportWordsANegativeHausmanStatisticInKorean() {
    String ko =
        TextDump.of(
            ReportFixture.build(
                ReportFixture.config(), ReportFixture.results(negativeHausman()), "ko"));
    assertThat(ko)
        .contains("하우스만 검정: 카이제곱 통계량이 음수로, 이 자료로 추정한 모형이 검정의 점근적 가정을 충족하지 않음.")
        .doesNotContain("chi2 < 0")
        .doesNotContain("asymptotic");
  }

  @Test
  void englishReportWordsTheSameNoteInEnglish() {
    String en =
        TextDump.of(
            ReportFixture.build(
                ReportFixture.config(), ReportFixture.results(negativeHausman()), "en"));
    assertThat(en)
        .contains(
            "Hausman test: chi2 < 0, the models fitted on these data fail to meet the asymptotic"
                + " assumptions of the test.")
        .doesNotContain("하우스만");
  }
}
