package org.policyreport.report.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.TestName;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.template.ReportContext;
import org.policyreport.report.template.ReportFixture;

/**
 * The Hausman test compares fixed and random effects: the tests table lists it with the
 * random-effects model, not also under the FGLS model the analysis attaches it to.
 */
class HausmanPlacementTest {
  private final AnalysisResults results = ReportFixture.results();

  private Table table(String language, String... ids) {
    ReportContext ctx = ReportFixture.context(ReportFixture.config(), results, language);
    List<ModelResult> models = java.util.Arrays.stream(ids).map(ctx::requireModel).toList();
    return TestsTable.build(ctx, "t", "Tests", models, List.of(), null, "t");
  }

  private static List<String> modelsWith(Table t, String testLabel) {
    return t.body().stream()
        .filter(r -> r.cells().get(1).text().equals(testLabel))
        .map((Row r) -> r.cells().get(0).text())
        .toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void hausmanIsListedOnlyWithTheRandomEffectsModel(String language) {
    ReportContext ctx = ReportFixture.context(ReportFixture.config(), results, language);
    // The analysis attaches it to both: the premise of the rule.
    assertThat(results.model("growth_fgls").test(TestName.HAUSMAN)).isNotNull();
    assertThat(results.model("growth_re").test(TestName.HAUSMAN)).isNotNull();
    Table t = table(language, "growth_fgls", "growth_re", "growth_fe");
    assertThat(modelsWith(t, ctx.words().get("test." + TestName.HAUSMAN)))
        .containsExactly(ctx.modelShortName("growth_re"));
  }

  @Test
  void anFglsModelShownWithoutItsRandomEffectsCounterpartKeepsTheTest() {
    ReportContext ctx = ReportFixture.context(ReportFixture.config(), results, "en");
    Table t = table("en", "growth_fgls", "growth_fe");
    assertThat(modelsWith(t, ctx.words().get("test." + TestName.HAUSMAN)))
        .containsExactly(ctx.modelShortName("growth_fgls"));
  }
}
