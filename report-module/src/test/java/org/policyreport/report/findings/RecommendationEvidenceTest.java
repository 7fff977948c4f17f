package org.policyreport.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Table;
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
            "NOTICE: Not supported by the current evidence: Generalized NB: Fiscal autonomy (%), positive, p < 0.05"
                + " (found coefficient 0.029, p = 0.410).")
        .doesNotContain("Holds");
    // the evidence table shows the effect as chapter 4 reports it, not significant now
    assertThat(rows(evidence(doc, "decentralization")).get(0))
        .containsExactly(
            "Fiscal autonomy (%) – Generalized NB",
            "+3.0 % per 1 percentage point (p = 0.410, not significant)", "Table 4-1");
  }

  private static Table evidence(Document doc, String id) {
    return table(doc, "tbl-evidence-" + id);
  }

  private static Table table(Document doc, String id) {
    return doc.blocks().stream()
        .filter(b -> b instanceof Table t && id.equals(t.id()))
        .map(b -> (Table) b)
        .findFirst()
        .orElseThrow();
  }

  private static List<List<String>> rows(Table t) {
    return t.body().stream().map(r -> r.cells().stream().map(Cell::text).toList()).toList();
  }

  @Test
  void theEvidenceTableShowsEachEffectAsChapterFourReportsItWithItsTable() {
    Document en = ReportFixture.build("en");
    Table t = evidence(en, "decentralization");
    assertThat(t.label()).isEqualTo("Table 5-1");
    assertThat(t.caption()).isEqualTo("Evidence for policy issue 1");
    List<List<String>> rows = rows(t);
    assertThat(rows.get(0))
        .containsExactly(
            "Fiscal autonomy (%) – Generalized NB",
            "+3.0 % per 1 percentage point (p < 0.001)", "Table 4-1");
    // chapter 4's sentence on the same effect carries the same per cent
    assertThat(TextDump.of(en))
        .contains(
            "rise of one percentage point in fiscal autonomy is associated with patent applications higher by 3.0 %");
    assertThat(rows.get(2).get(1)).startsWith("Rank 2 of 12 (Borich index");
    assertThat(rows.get(2).get(2)).isEqualTo(table(en, "tbl-needs").label()).startsWith("Table 4-");
    List<List<String>> ko = rows(evidence(ReportFixture.build("ko"), "decentralization"));
    assertThat(ko.get(0))
        .containsExactly("재정자주도(%) – 일반화 음이항", "1%p 상승 시 +3.0%(p<0.001)", "<표 4-1>");
    assertThat(String.join(" ", ko.stream().flatMap(List::stream).toList())).doesNotContain("충족");
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
