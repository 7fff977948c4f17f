package org.policyreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyreport.analysis.api.Study;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.GeneratedBy;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigTree;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.document.Table;
import org.policyreport.report.document.TextDump;
import org.policyreport.report.tables.ScenarioTable;

/**
 * The default study's scenarios as the report shows them: one table per scenario, units as rows.
 */
class ScenarioTablesTest {
  private static AnalysisResults results;

  @BeforeAll
  static void analyze() throws Exception {
    Path config = Path.of("..", "config", "report.yaml");
    Study study =
        Study.of(
            ConfigTree.parse(Files.readAllBytes(config), config.toString()),
            new ConfigLocation.OnDisk(config.toAbsolutePath().getParent()),
            null);
    results = study.run(new GeneratedBy("policy-report", "test")).results();
  }

  @Test
  void aScenarioTableHasOneRowPerUnitThenTheTotal() {
    var ctx = ReportFixture.context(ReportFixture.config(), results, "en");
    var s = results.scenario("autonomy_patents");
    Table t = ScenarioTable.build(ctx, s, "tab:s", "Scenario", java.util.List.of(), null, "s");
    assertThat(t.body()).hasSize(s.units().size() + 1);
    assertThat(t.body().get(0).cells().get(0).text()).isEqualTo("Seoul");
    assertThat(t.body().get(t.body().size() - 1).cells().get(0).text())
        .isEqualTo("All units (sum)");
    assertThat(t.notes().get(0))
        .contains(
            "fiscal autonomy up 5 percentage points", "the latest year of each region", "(normal)");
  }

  @Test
  void aChangeOfAPercentageIsInPointsAndAYearReadsAsAYear() {
    var s = results.scenario("rnd_patents");
    String ko =
        ScenarioTable.build(
                ReportFixture.context(ReportFixture.config(), results, "ko"),
                s,
                "tab:s",
                "시나리오",
                java.util.List.of(),
                null,
                "s")
            .notes()
            .get(0);
    assertThat(ko).startsWith("시나리오는 R&D 집약도 0.5%p 상승, 적용 시점은 2016년,");
    String en =
        ScenarioTable.build(
                ReportFixture.context(ReportFixture.config(), results, "en"),
                s,
                "tab:s",
                "Scenario",
                java.util.List.of(),
                null,
                "s")
            .notes()
            .get(0);
    assertThat(en).startsWith("Scenario: R&D intensity up 0.5 percentage points, in 2016;");
  }

  @Test
  void aChangeOfAVariableNotInPercentKeepsItsOwnUnits() {
    var s = results.scenario("rnd_patents");
    var universities =
        new org.policyreport.contract.ScenarioResult(
            s.id(),
            s.model(),
            s.estimator(),
            s.data(),
            s.dependent(),
            s.scale(),
            java.util.List.of(
                new org.policyreport.contract.ScenarioChange("universities", "add", 2)),
            s.period(),
            s.interval(),
            s.df(),
            s.units(),
            s.totalKind(),
            s.total(),
            s.notes());
    var ctx = ReportFixture.context(ReportFixture.config(), results, "ko");
    String ko =
        ScenarioTable.build(ctx, universities, "tab:s", "시나리오", java.util.List.of(), null, "s")
            .notes()
            .get(0);
    assertThat(ko).startsWith("시나리오는 대학 수 +2,").doesNotContain("%p");
  }

  @Test
  void koreanTablesNameTheRegionsInKorean() {
    var ctx = ReportFixture.context(ReportFixture.config(), results, "ko");
    var s = results.scenario("autonomy_patents");
    Table t = ScenarioTable.build(ctx, s, "tab:s", "시나리오", java.util.List.of(), null, "s");
    assertThat(t.body().get(0).cells().get(0).text()).isEqualTo("서울특별시");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void theReportShowsEveryScenarioOfTheResults(String language) {
    String dump = TextDump.of(ReportFixture.build(ReportFixture.config(), results, language));
    String word = language.equals("en") ? "Scenario " : "시나리오 ";
    assertThat(dump)
        .contains(word + "1: ", word + "2: ", word + "3: ")
        .doesNotContain(word + "4: ");
  }

  @Test
  void aTemplateAskingForAnUnknownScenarioFailsNamingIt() {
    var ctx = ReportFixture.context(ReportFixture.config(), results, "en");
    assertThatThrownBy(() -> ctx.requireScenario("nope"))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("scenario 'nope'");
  }
}
