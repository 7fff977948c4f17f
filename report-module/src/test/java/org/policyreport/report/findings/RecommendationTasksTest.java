package org.policyreport.report.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.contract.config.ConfigTree;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.template.ReportFixture;

/**
 * The tasks of a recommendation (lead ministry, partners, timing, law and budget) are read strictly
 * from the config, and chapter 5's roadmap table lists them in the report's language.
 */
class RecommendationTasksTest {

  private static ConfigNode yaml(String task) {
    String text =
        "recommendations:\n"
            + "  - id: a\n"
            + "    title: {en: A, ko: 가}\n"
            + "    tasks:\n"
            + "      - "
            + task
            + "\n";
    return ConfigTree.parse(text.getBytes(StandardCharsets.UTF_8), "report.yaml");
  }

  private static List<List<String>> rows(List<Row> rows) {
    return rows.stream().map(r -> r.cells().stream().map(Cell::text).toList()).toList();
  }

  private static Table roadmap(Document doc) {
    return doc.blocks().stream()
        .filter(b -> b instanceof Table t && "tbl-roadmap".equals(t.id()))
        .map(b -> (Table) b)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTaskReadsItsLeadPartnersTimingLawAndBudget() {
    ConfigNode root =
        yaml(
            "{task: {en: Grants, ko: 보조금}, lead: {en: MOIS, ko: 행정안전부},"
                + " partners: [{en: MOEF, ko: 기획재정부}], timing: 2027-2030, law: true,"
                + " budget: true}");
    Task t = Recommendation.listFrom(root).get(0).tasks().get(0);
    root.rejectUnknownKeys();
    assertThat(t.task().in("ko")).isEqualTo("보조금");
    assertThat(t.lead().in("en")).isEqualTo("MOIS");
    assertThat(t.partners()).extracting(p -> p.in("ko")).containsExactly("기획재정부");
    assertThat(t.timing()).isEqualTo("2027-2030");
    assertThat(t.law()).isTrue();
    assertThat(t.budget()).isTrue();
  }

  @Test
  void anUnknownTaskKeyIsAnErrorNamingTheClosestKey() {
    ConfigNode root = yaml("{task: T, lead: L, timing: short, buget: true}");
    Recommendation.listFrom(root);
    assertThatThrownBy(root::rejectUnknownKeys)
        .hasMessageContaining("recommendations[0].tasks[0].buget")
        .hasMessageContaining("did you mean 'budget'");
  }

  @Test
  void aTimingOutsideTheDocumentedSetIsAnError() {
    for (String bad : List.of("soon", "2030-2027", "27-30")) {
      assertThatThrownBy(
              () -> Recommendation.listFrom(yaml("{task: T, lead: L, timing: '" + bad + "'}")))
          .as(bad)
          .hasMessageContaining("tasks[0].timing")
          .hasMessageContaining("short, medium-long, a year (2027) or a year range");
    }
    assertThatThrownBy(() -> Recommendation.listFrom(yaml("{task: T, timing: short}")))
        .hasMessageContaining("needs 'lead:'");
  }

  @Test
  void theRoadmapTableListsEveryTaskInKorean() {
    Table t = roadmap(ReportFixture.build("ko"));
    assertThat(rows(t.header())).containsExactly(List.of("과제", "주관부처", "협조", "추진시기", "법령·예산"));
    assertThat(t.body()).hasSize(9);
    assertThat(rows(t.body()).get(0))
        .containsExactly("1-1 지방세 비중 확대와 국고보조사업의 포괄보조금 전환", "행정안전부", "기획재정부", "중장기", "법령 개정, 예산");
    assertThat(rows(t.body()).get(2))
        .containsExactly("1-3 연례 재정분권 성과보고서 발간", "행정안전부", "–", "단기", "–");
    assertThat(t.label()).isEqualTo("<표 5-4>");
  }

  @Test
  void theRoadmapTableListsEveryTaskInEnglish() {
    Table t = roadmap(ReportFixture.build("en"));
    assertThat(rows(t.header()))
        .containsExactly(List.of("Task", "Lead", "Partners", "Timing", "Law/Budget"));
    assertThat(rows(t.body()).get(1))
        .containsExactly(
            "1-2 Enact a law transferring regional industry, employment and science functions to"
                + " provinces",
            "Ministry of the Interior and Safety",
            "Ministry of Trade, Industry and Energy, Ministry of Science and ICT",
            "2027\u20132028",
            "Law");
    assertThat(t.sheetName()).isEqualTo("roadmap");
  }
}
