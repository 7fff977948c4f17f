package org.policyreport.analysis.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.analysis.pipeline.Analysis;
import org.policyreport.analysis.pipeline.Estimators;
import org.policyreport.contract.GeneratedBy;
import org.policyreport.contract.InputException;
import org.policyreport.contract.ScenarioResult;

class ScenarioConfigRulesTest {
  @TempDir Path dir;

  private static String config(String scenario) {
    return ScenarioSupport.lines(
        "data:",
        "  air: {path: airquality.csv, panel: Month, time: Day}",
        "models:",
        "  - {id: pois, estimator: poisson, data: air, dependent: Ozone,",
        "     regressors: [Temp, log(Wind), Solar.R]}",
        "scenarios:",
        "  - " + scenario);
  }

  private void assertValidationFails(String scenario, String... fragments) {
    Analysis analysis = new Analysis(Estimators.standard(), new GeneratedBy("test", "0"));
    var cfg = ScenarioSupport.config(dir, config(scenario), "airquality.csv");
    assertThatThrownBy(() -> analysis.validate(cfg))
        .isInstanceOf(InputException.class)
        .hasMessageContainingAll(fragments);
  }

  @Test
  void rejectsAnUnknownModelNamingTheKey() {
    assertValidationFails(
        "{id: s, model: growth, change: {Temp: +5}}",
        "analysis.yaml: scenarios[0].model",
        "'growth' is not a model (defined: pois)");
  }

  @Test
  void rejectsAVariableTheModelDoesNotUse() {
    assertValidationFails(
        "{id: s, model: pois, change: {Month: +1}}",
        "scenarios[0].change.Month",
        "not a variable of the regressors of model 'pois' (they use: Temp, Wind, Solar.R)");
  }

  @Test
  void rejectsTheDependentVariableAsAChange() {
    assertValidationFails("{id: s, model: pois, change: {Ozone: +1}}", "scenarios[0].change.Ozone");
  }

  @Test
  void rejectsAChangeThatIsNotANumberOrOperation() {
    assertValidationFails(
        "{id: s, model: pois, change: {Temp: lots}}",
        "scenarios[0].change.Temp",
        "'lots' is not a change");
  }

  @Test
  void rejectsAScenarioWithoutChanges() {
    assertValidationFails("{id: s, model: pois}", "scenarios[0].change is required");
  }

  @Test
  void rejectsAChangeThatTakesALogOutsideItsDomainNamingTheChange() {
    var cfg =
        ScenarioSupport.config(
            dir,
            config("{id: s, model: pois, change: {Temp: +1, Wind: \"=0\"}}"),
            "airquality.csv");
    Analysis analysis = new Analysis(Estimators.standard(), new GeneratedBy("test", "0"));
    assertThatThrownBy(() -> analysis.run(cfg))
        .isInstanceOf(InputException.class)
        .hasMessageContainingAll(
            "analysis.yaml: scenarios[0].change.Wind makes a term of model 'pois' undefined",
            "log(Wind)");
  }

  @Test
  void rejectsAPeriodNoUnitHas() {
    var cfg =
        ScenarioSupport.config(
            dir, config("{id: s, model: pois, change: {Temp: +1}, year: 40}"), "airquality.csv");
    Analysis analysis = new Analysis(Estimators.standard(), new GeneratedBy("test", "0"));
    assertThatThrownBy(() -> analysis.run(cfg))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("scenarios[0].year is 40, a period in none of the rows");
  }

  @Test
  void aBareNumberAddsAndTheOperationsAreRecorded() {
    ScenarioResult s =
        ScenarioSupport.analyze(
                dir,
                config(
                    "{id: s, model: pois, change: {Temp: 5, Wind: \"*1.1\", Solar.R: \"=100\"}}"),
                "airquality.csv")
            .scenario("s");
    assertThat(s.changes())
        .extracting(c -> c.variable() + " " + c.operation() + " " + c.value())
        .containsExactly("Temp add 5.0", "Wind multiply 1.1", "Solar.R set 100.0");
    assertThat(s.period()).isEqualTo("latest");
    assertThat(s.scale()).isEqualTo("counts");
  }

  @Test
  void resultsWithoutScenariosHaveNoScenariosKey() {
    String yaml = config("{id: s, model: pois, change: {Temp: 5}}");
    var results =
        ScenarioSupport.analyze(
            dir, yaml.substring(0, yaml.indexOf("scenarios:")), "airquality.csv");
    assertThat(results.scenarios()).isEmpty();
    assertThat(org.policyreport.contract.ResultsJson.toJson(results))
        .doesNotContain("\"scenarios\"");
  }
}
