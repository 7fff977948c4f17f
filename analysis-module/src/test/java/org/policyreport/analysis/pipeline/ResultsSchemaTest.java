package org.policyreport.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.ContractException;
import org.policyreport.contract.GeneratedBy;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.ResultsJson;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigTree;

class ResultsSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;
  private static AnalysisResults defaultResults;

  @BeforeAll
  static void setUp() throws Exception {
    try (InputStream in =
        ResultsSchemaTest.class.getResourceAsStream("/schema/results.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    Path config = Path.of("../config/report.yaml");
    AnalysisConfig cfg =
        AnalysisConfig.from(
            ConfigTree.parse(Files.readAllBytes(config), config.toString()),
            new ConfigLocation.OnDisk(config.toAbsolutePath().getParent()));
    defaultResults =
        new Analysis(Estimators.standard(), new GeneratedBy("policy-report", "test"))
            .run(cfg)
            .results();
  }

  private static List<Error> errors(String json) throws Exception {
    return schema.validate(MAPPER.readTree(json));
  }

  @Test
  void resultsOfTheDefaultConfigValidateAgainstTheSchema() throws Exception {
    assertThat(errors(ResultsJson.toJson(defaultResults))).isEmpty();
  }

  @Test
  void resultsReadBackEqualToWhatWasWritten() throws Exception {
    String json = ResultsJson.toJson(defaultResults);
    AnalysisResults back =
        ResultsJson.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "results.json");
    assertThat(ResultsJson.toJson(back)).isEqualTo(json);
  }

  @Test
  void everyCoefficientIntervalContainsItsEstimateAndHasAFiniteStandardError() {
    for (ModelResult m : defaultResults.models()) {
      assertThat(m.coefficients()).as(m.id()).isNotEmpty();
      for (Coefficient c : m.coefficients()) {
        assertThat(c.term()).isNotBlank();
        assertThat(c.se()).as(m.id() + " " + c.term()).isFinite().isPositive();
        assertThat(c.ciLow()).as(m.id() + " " + c.term()).isLessThanOrEqualTo(c.coef());
        assertThat(c.ciHigh()).as(m.id() + " " + c.term()).isGreaterThanOrEqualTo(c.coef());
      }
    }
  }

  @Test
  void schemaRejectsANumberWrittenAsText() throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(ResultsJson.toJson(defaultResults));
    JsonNode coef = root.get("models").get(0).get("coefficients").get(0);
    ((ObjectNode) coef).put("se", "NaN");
    assertThat(errors(root.toString())).isNotEmpty();
  }

  @Test
  void readingAnotherSchemaVersionNamesBothVersions() {
    String json = "{\"schemaVersion\": \"1\", \"models\": []}";
    assertThatThrownBy(
            () ->
                ResultsJson.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "old.json"))
        .isInstanceOf(ContractException.class)
        .hasMessage("old.json: schemaVersion 1 is not supported (this tool reads version 2)");
  }
}
