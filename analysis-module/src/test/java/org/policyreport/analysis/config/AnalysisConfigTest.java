package org.policyreport.analysis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.InputException;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigTree;

class AnalysisConfigTest {
  private static AnalysisConfig parse(String yaml) {
    return AnalysisConfig.from(
        ConfigTree.parse(yaml.getBytes(StandardCharsets.UTF_8), "my.yaml"),
        new ConfigLocation.OnDisk(Path.of(".")));
  }

  private static final String DATA = "data:\n  panel: {path: p.csv, panel: region, time: year}\n";

  @Test
  void readsModelsAndDataSources() {
    AnalysisConfig c =
        parse(
            DATA
                + "models:\n  - {id: m, estimator: NB2, data: panel, dependent: y, regressors: [a, b]}\n");
    assertThat(c.models()).hasSize(1);
    assertThat(c.models().get(0).estimator()).isEqualTo("nb2");
    assertThat(c.models().get(0).regressors()).containsExactly("a", "b");
    assertThat(c.data().get("panel").isPanel()).isTrue();
  }

  @Test
  void acceptsJsonSyntax() {
    AnalysisConfig c =
        parse(
            "{\"data\": {\"d\": \"x.csv\"}, \"models\": [{\"id\": \"m\", \"estimator\": \"ols\", \"data\": \"d\", \"dependent\": \"y\", \"regressors\": [\"a\"]}]}");
    assertThat(c.models().get(0).id()).isEqualTo("m");
  }

  @Test
  void namesTheKeyOfAModelWithAnUnknownDataSource() {
    assertThatThrownBy(
            () ->
                parse(DATA + "models:\n  - {id: m, estimator: nb2, data: survey, dependent: y}\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("my.yaml: models[0].data 'survey' is not a data source (defined: panel)");
  }

  @Test
  void namesTheMissingRequiredKey() {
    assertThatThrownBy(() -> parse(DATA + "models:\n  - {id: m, data: panel, dependent: y}\n"))
        .hasMessage("my.yaml: models[0].estimator is required");
  }

  @Test
  void rejectsDuplicateModelIds() {
    assertThatThrownBy(
            () ->
                parse(
                    DATA
                        + "models:\n  - {id: m, estimator: nb2, data: panel, dependent: y}\n  - {id: m, estimator: ols, data: panel, dependent: y}\n"))
        .hasMessage("my.yaml: models[1].id 'm' is used by another model (ids must be unique)");
  }

  @Test
  void reportsYamlSyntaxErrorsWithLineAndColumn() {
    assertThatThrownBy(() -> parse("models: [\n  {id: m\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("my.yaml line ")
        .hasMessageContaining("not valid YAML or JSON");
  }
}
