package org.policyreport.analysis.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.ItemReliability;
import org.policyreport.contract.ScaleReliability;
import org.policyreport.contract.SurveyGroupItem;
import org.policyreport.contract.SurveyGrouping;
import org.policyreport.contract.SurveyItemResult;
import org.policyreport.contract.SurveyResult;

/**
 * Compares with reference/likert_survey_a_expected.json: R 4.2.2 (likert_lib.R: cronbach() and
 * borich(), psych 2.2.9 alpha agrees to 2e-16) cross-checked with numpy/scipy to 4e-15. The JSON
 * prints 15 significant digits, so every quantity is compared to 1e-12 absolute.
 */
class SurveyReferenceTest {
  private static final double TOL = 1e-12;
  private static final int K = 6;
  private static JsonNode expected;
  private static SurveyResult result;

  @BeforeAll
  static void analyze() throws IOException {
    expected = new ObjectMapper().readTree(resource("likert_survey_a_expected.json"));
    StringBuilder yaml =
        new StringBuilder(
            "surveys:\n  - id: a\n    data: survey\n    groupBy: group\n    items:\n");
    for (int j = 1; j <= K; j++) {
      yaml.append("      - {id: item")
          .append(j)
          .append(", importance: I")
          .append(j)
          .append(", performance: P")
          .append(j)
          .append("}\n");
    }
    SurveySpec spec = SurveyFixtures.spec(yaml.toString());
    DataTable table =
        SurveyFixtures.table(new String(resource("likert_survey_a.csv"), StandardCharsets.UTF_8));
    result = SurveyAnalysis.analyze(spec, table);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SurveyReferenceTest.class.getResourceAsStream("/reference/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void cronbachAlphaOfImportanceMatchesR() {
    checkScale(result.reliability().importance(), expected.at("/cronbachAlpha/importance"), "I");
  }

  @Test
  void cronbachAlphaOfPerformanceMatchesR() {
    checkScale(result.reliability().performance(), expected.at("/cronbachAlpha/performance"), "P");
  }

  private static void checkScale(ScaleReliability got, JsonNode want, String prefix) {
    assertThat(got.nComplete()).isEqualTo(expected.get("nRespondents").asInt());
    assertThat(got.cronbachAlpha()).isCloseTo(want.get("alpha").asDouble(), within(TOL));
    assertThat(got.standardizedAlpha()).isCloseTo(want.get("stdAlpha").asDouble(), within(TOL));
    assertThat(got.meanInterItemCorrelation())
        .isCloseTo(want.get("meanInterItemCorrelation").asDouble(), within(TOL));
    for (int j = 1; j <= K; j++) {
      ItemReliability item = got.items().get(j - 1);
      assertThat(item.column()).isEqualTo(prefix + j);
      assertThat(item.alphaIfDeleted())
          .isCloseTo(want.at("/alphaIfItemDeleted/" + prefix + j).asDouble(), within(TOL));
      assertThat(item.correctedItemTotalCorrelation())
          .isCloseTo(
              want.at("/correctedItemTotalCorrelation/" + prefix + j).asDouble(), within(TOL));
    }
  }

  @Test
  void borichIndexRanksAndPairedTestsMatchR() {
    assertThat(result.n()).isEqualTo(expected.get("nRespondents").asInt());
    for (int j = 1; j <= K; j++) {
      SurveyItemResult got = result.item("item" + j);
      JsonNode want = expected.at("/borich/all/item" + j);
      assertThat(got.n()).isEqualTo(expected.get("nRespondents").asInt());
      assertThat(got.importanceMean())
          .isCloseTo(want.get("meanImportance").asDouble(), within(TOL));
      assertThat(got.importanceSd()).isCloseTo(want.get("sdImportance").asDouble(), within(TOL));
      assertThat(got.performanceMean())
          .isCloseTo(want.get("meanPerformance").asDouble(), within(TOL));
      assertThat(got.performanceSd()).isCloseTo(want.get("sdPerformance").asDouble(), within(TOL));
      assertThat(got.gap()).isCloseTo(want.get("meanDiscrepancy").asDouble(), within(TOL));
      assertThat(got.borich()).isCloseTo(want.get("mwds").asDouble(), within(TOL));
      assertThat(got.borichRank()).isEqualTo(want.get("rank").asInt());
      assertThat(got.gapT()).isCloseTo(want.at("/pairedT/t").asDouble(), within(TOL));
      assertThat(got.gapDf()).isEqualTo(want.at("/pairedT/df").asInt());
      assertThat(got.gapP()).isCloseTo(want.at("/pairedT/pValue").asDouble(), within(TOL));
    }
  }

  @Test
  void borichByGroupUsesTheGroupsRespondentsAndRanksWithinTheGroup() {
    SurveyGrouping grouping = result.grouping("group");
    JsonNode byGroup = expected.at("/borich/byGroup");
    assertThat(grouping.groups()).hasSize(byGroup.size());
    for (var g : grouping.groups()) {
      JsonNode want = byGroup.get(g.name());
      assertThat(g.n())
          .isEqualTo(want.get("n").asInt())
          .isEqualTo(expected.at("/groups/" + g.name()).asInt());
      for (int j = 1; j <= K; j++) {
        String item = "item" + j;
        SurveyGroupItem got =
            grouping.items().stream()
                .filter(x -> x.group().equals(g.name()) && x.item().equals(item))
                .findFirst()
                .orElseThrow();
        JsonNode w = want.at("/items/" + item);
        assertThat(got.n()).isEqualTo(want.get("n").asInt());
        assertThat(got.importanceMean()).isCloseTo(w.get("meanImportance").asDouble(), within(TOL));
        assertThat(got.performanceMean())
            .isCloseTo(w.get("meanPerformance").asDouble(), within(TOL));
        assertThat(got.gap()).isCloseTo(w.get("meanDiscrepancy").asDouble(), within(TOL));
        assertThat(got.borich()).isCloseTo(w.get("mwds").asDouble(), within(TOL));
        assertThat(got.borichRank()).isEqualTo(w.get("rank").asInt());
      }
    }
  }
}
