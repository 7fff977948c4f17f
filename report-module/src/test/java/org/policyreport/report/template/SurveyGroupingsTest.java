package org.policyreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.report.document.TextDump;

/**
 * Group tables and sentences for whatever columns the survey is grouped by, with the values named
 * by labels.values of each column, not by a column that must be called "group".
 */
class SurveyGroupingsTest {

  /** The default survey results with the grouping column renamed and a second grouping added. */
  private static AnalysisResults twoGroupings() {
    ObjectNode tree = ReportFixture.resultsTree();
    ArrayNode groupings = (ArrayNode) tree.get("surveys").get(0).get("groupings");
    ObjectNode sector = (ObjectNode) groupings.get(0);
    sector.put("variable", "sector");
    ObjectNode tenure = sector.deepCopy();
    tenure.put("variable", "tenure");
    for (JsonNode g : tenure.get("groups")) {
      ((ObjectNode) g).put("name", "t_" + g.get("name").asText());
    }
    for (JsonNode i : tenure.get("items")) {
      ((ObjectNode) i).put("group", "t_" + i.get("group").asText());
    }
    groupings.add(tenure);
    return ReportFixture.results(tree);
  }

  @Test
  void everyGroupingColumnGetsItsOwnTablesWithItsValueLabels() {
    var config =
        ReportFixture.config(
            y ->
                y.insert(
                    y.indexOf("  variables:\n"),
                    "  values:\n"
                        + "    sector:\n"
                        + "      business: {en: Private firms, ko: 민간기업}\n"
                        + "    tenure:\n"
                        + "      t_business: {en: Under five years, ko: 5년 미만}\n"));
    String en = TextDump.of(ReportFixture.build(config, twoGroupings(), "en"));
    assertThat(en)
        .contains("=== 4.3.3 Differences by sector")
        .contains("=== 4.3.4 Differences by tenure")
        .contains("Mean importance of the policy items by sector")
        .contains("Mean current performance of the policy items by tenure")
        .contains("Respondents of the expert survey by sector")
        .contains("Private firms")
        .contains("Under five years")
        // a value without a label of its own column keeps the old variable label
        .contains("Central government");
    String ko = TextDump.of(ReportFixture.build(config, twoGroupings(), "ko"));
    assertThat(ko).contains("민간기업").contains("5년 미만").contains("tenure별 정책 항목의 중요도 평균");
  }
}
