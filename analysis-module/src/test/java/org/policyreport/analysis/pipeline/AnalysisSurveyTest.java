package org.policyreport.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.GeneratedBy;
import org.policyreport.contract.InputException;
import org.policyreport.contract.ResultsJson;
import org.policyreport.contract.SurveyResult;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigTree;

class AnalysisSurveyTest {
  @TempDir Path dir;

  private AnalysisResults run(String yaml) throws IOException {
    Path config = dir.resolve("config.yaml");
    Files.writeString(config, yaml, StandardCharsets.UTF_8);
    AnalysisConfig c =
        AnalysisConfig.from(
            ConfigTree.parse(Files.readAllBytes(config), "config.yaml"),
            new ConfigLocation.OnDisk(dir));
    return new Analysis(Estimators.standard(), new GeneratedBy("test", "0")).run(c).results();
  }

  private static String surveyConfig(String extraItem) {
    return "data:\n"
        + "  survey: {path: expert_survey.csv}\n"
        + "surveys:\n"
        + "  - id: expert_survey\n"
        + "    data: survey\n"
        + "    idColumn: respondent\n"
        + "    groupBy: [group]\n"
        + "    scale: {min: 1, max: 5}\n"
        + "    items:\n"
        + "      - {id: fiscal_autonomy, label: {en: Fiscal autonomy, ko: 재정자율성},"
        + " importance: imp_fiscal_autonomy, performance: perf_fiscal_autonomy}\n"
        + "      - {id: talent_retention, label: Talent, importance: imp_talent_retention,"
        + " performance: perf_talent_retention}\n"
        + "      - {id: regional_data_infra, importance: imp_regional_data_infra,"
        + " performance: perf_regional_data_infra}\n"
        + extraItem;
  }

  @Test
  void analyzesTheDefaultSurveyAndRecordsTheInputFile() throws IOException {
    Files.copy(Path.of("..", "data", "expert_survey.csv"), dir.resolve("expert_survey.csv"));
    AnalysisResults results = run(surveyConfig(""));
    SurveyResult s = results.survey("expert_survey");
    assertThat(s.n()).isEqualTo(150);
    assertThat(s.items())
        .extracting(i -> i.id())
        .containsExactly("fiscal_autonomy", "talent_retention", "regional_data_infra");
    assertThat(s.item("regional_data_infra").quadrant()).isEqualTo("possible_overkill");
    assertThat(s.item("talent_retention").gap()).isGreaterThan(s.item("regional_data_infra").gap());
    assertThat(s.grouping("group").groups()).hasSize(5);
    assertThat(results.inputs())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.name()).isEqualTo("survey");
              assertThat(f.rows()).isEqualTo(150);
            });
    String json = ResultsJson.toJson(results);
    assertThat(json).doesNotContain("NaN").doesNotContain("Infinity").contains("\"cronbachAlpha\"");
    assertThat(
            ResultsJson.read(
                    new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    "r.json")
                .survey("expert_survey")
                .item("fiscal_autonomy")
                .labelKo())
        .isEqualTo("재정자율성");
  }

  @Test
  void validationRejectsASurveyWithoutItemsBeforeReadingData() {
    assertThatThrownBy(
            () -> run("data:\n  survey: missing.csv\nsurveys:\n  - id: s\n    data: survey\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("config.yaml: surveys[0].items must list at least one item");
  }
}
