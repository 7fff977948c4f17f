package org.policyreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.contract.config.ConfigTree;
import org.policyreport.report.document.TextDump;

/**
 * Everything the program writes by itself about a study that is not the default one — the model
 * description, the headline model and why, the test interpretations, the effect sentences, the key
 * finding, the regression, test and model tables — uses only that study's labels and neutral words.
 * The study: state-year panels of output on capital and unemployment, with ols, fe and re models
 * (the default growth models renamed), rendered by a findings block that calls the macros per model
 * as an authored chapter would.
 */
class NeutralFindingsTest {
  @org.junit.jupiter.api.io.TempDir static Path templates;

  private static AnalysisResults results;
  private static ConfigNode config;

  private static final String BLOCK =
      "<#ftl output_format=\"XML\" strip_whitespace=true>\n"
          + "<#import \"findings.ftl\" as f>\n"
          + "<#assign ids = results.models?map(m -> m.id)>\n"
          + "<#assign h = f.headline(ids)>\n"
          + "<report>\n"
          + "<h1 id=\"findings\">Findings</h1>\n"
          + "<p>${f.modelSentence(h.model)} ${h.reason}</p>\n"
          + "<#list results.models as m><#list fx.tests(m.id) as t><p><@f.testFinding t/></p></#list></#list>\n"
          + "<p><@f.keyFinding h.model/></p>\n"
          + "<@f.modelFindings h.model/>\n"
          + "<table kind=\"regression\" id=\"tab:m\" caption=\"Models\" models=\"${ids?join(',')}\""
          + " stats=\"nobs,units,sigmaU,sigmaE,r2Within,r2Overall\" source=\"s\"/>\n"
          + "<table kind=\"tests\" id=\"tab:t\" caption=\"Tests\" models=\"${ids?join(',')}\" source=\"s\"/>\n"
          + "<table kind=\"models\" id=\"tab:models\" caption=\"Estimated models\"/>\n"
          + "<table kind=\"inputs\" id=\"tab:inputs\" caption=\"Input files\"/>\n"
          + "</report>\n";

  @BeforeAll
  static void setUp() throws IOException {
    for (String lang : List.of("en", "ko")) {
      Path dir = Files.createDirectories(templates.resolve(lang));
      Files.copy(Path.of("..", "templates", lang, "findings.ftl"), dir.resolve("findings.ftl"));
      Files.copy(
          Path.of("..", "templates", lang, "messages.properties"),
          dir.resolve("messages.properties"));
      Files.writeString(dir.resolve("report.ftl"), BLOCK);
    }
    ObjectNode tree = ReportFixture.resultsTree();
    Map<String, String> rename =
        Map.of(
            "grdp_growth", "lgsp",
            "ln_patents_per_10k", "lemp",
            "fiscal_autonomy", "unemp",
            "growth_fgls", "ols",
            "growth_re", "re",
            "growth_fe", "fe");
    ArrayNode models = tree.arrayNode();
    for (JsonNode m : tree.get("models")) {
      String id = m.get("id").asText();
      if (!id.startsWith("growth_")) {
        continue;
      }
      String text = m.toString();
      for (var e : rename.entrySet()) {
        text = text.replace("\"" + e.getKey() + "\"", "\"" + e.getValue() + "\"");
      }
      ObjectNode copy =
          (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
      if (id.equals("growth_fgls")) {
        copy.put("estimator", "ols");
        copy.putObject("options");
      }
      copy.putObject("details");
      copy.putArray("notes");
      models.add(copy);
    }
    tree.set("models", models);
    tree.putArray("surveys");
    tree.putArray("descriptives");
    tree.putArray("panelSeries");
    ArrayNode inputs = tree.putArray("inputs");
    inputs
        .addObject()
        .put("name", "panel")
        .put("path", "states.csv")
        .put("sha256", "0".repeat(64))
        .put("rows", 214);
    results = ReportFixture.results(tree);
    String yaml =
        "report: {title: {en: Output of the states, ko: 주별 생산}}\n"
            + "labels:\n"
            + "  observation: {en: state-year, ko: 주-연도}\n"
            + "  unit: {en: state, ko: 주}\n"
            + "  period: {en: year, ko: 연도}\n"
            + "  models:\n"
            + "    ols: {en: Pooled OLS, ko: 합동 OLS}\n"
            + "    fe: {en: Within, ko: 고정효과}\n"
            + "    re: {en: Random effects, ko: 확률효과}\n"
            + "  variables:\n"
            + "    lgsp: {en: ln(gross state product), ko: ln(주 총생산), log: true}\n"
            + "    lemp: {en: ln(employment), ko: ln(고용), log: true}\n"
            + "    unemp: {en: Unemployment rate (%), ko: 실업률(%)}\n";
    config = ConfigTree.parse(yaml.getBytes(StandardCharsets.UTF_8), "states.yaml");
  }

  private static String render(String language) {
    ReportContext ctx = ReportFixture.context(config, results, language);
    return TextDump.of(ReportBuilder.build(ctx, TemplateSource.folder(templates), Map.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void generatedTextAboutAnotherStudyNamesNothingOfTheDefaultOne(String language) {
    String text = render(language);
    for (String word :
        List.of(
            "patent",
            "Korea",
            "decentraliz",
            "GRDP",
            "Sejong",
            "region",
            "Region",
            "특허",
            "한국",
            "분권",
            "세종",
            "지역",
            "innovation",
            "혁신")) {
      assertThat(text).as(word).doesNotContain(word);
    }
  }

  @org.junit.jupiter.api.Test
  void generatedTextUsesTheStudysLabels() {
    assertThat(render("en"))
        .contains(
            "The logarithm of gross state product is regressed on the logarithm of employment and"
                + " unemployment rate over 214 state-year observations.")
        .contains("the state effects")
        .contains("A 1 % increase in employment is associated with gross state product higher by")
        .contains("Panel units");
    assertThat(render("ko"))
        .contains("종속변수 주 총생산의 로그값을 고용의 로그값 및 실업률로 설명하며, 분석에는 주-연도 관측치 214개를 사용하였다.")
        .contains("고용이 1% 증가하면 주 총생산이 약");
  }
}
