package org.policyreport.analysis.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.analysis.pipeline.Analysis;
import org.policyreport.analysis.pipeline.Estimators;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.GeneratedBy;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.ResultsJson;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigTree;

/** The panel estimators run from a config through the standard registry into results.json. */
class PanelPipelineTest extends PanelTestSupport {
  @TempDir Path dir;

  @Test
  void configuredPanelModelsRoundTripThroughResultsJson() throws Exception {
    Files.write(dir.resolve("grunfeld.csv"), resource("/reference/grunfeld.csv"));
    String yaml =
        String.join(
            "\n",
            "data:",
            "  grunfeld: {path: grunfeld.csv, panel: firm, time: year}",
            "models:",
            "  - {id: ols, estimator: ols, data: grunfeld, dependent: inv, regressors: [value, capital], vce: cluster}",
            "  - {id: fe, estimator: fe, data: grunfeld, dependent: inv, regressors: [value, capital]}",
            "  - {id: re, estimator: re, data: grunfeld, dependent: inv, regressors: [value, capital]}",
            "  - {id: growth, estimator: fgls, data: grunfeld, dependent: inv, regressors: [value, capital],",
            "     panels: hetero, corr: ar1}",
            "");
    AnalysisConfig config =
        AnalysisConfig.from(
            ConfigTree.parse(yaml.getBytes(StandardCharsets.UTF_8), "analysis.yaml"),
            new ConfigLocation.OnDisk(dir));
    AnalysisResults results =
        new Analysis(Estimators.standard(), new GeneratedBy("test", "0")).run(config).results();
    String json = ResultsJson.toJson(results);
    Path file = dir.resolve("results.json");
    Files.writeString(file, json);
    AnalysisResults back = ResultsJson.read(file);
    assertThat(back.models())
        .extracting(ModelResult::id)
        .containsExactly("ols", "fe", "re", "growth");
    ModelResult growth = back.models().get(3);
    assertRelative(
        growth.coefficient("value").coef(),
        expected("xtgls_hetero_ar1_grunfeld").at("/coefficients/value/coef").asDouble(),
        COEF_TOL,
        "value");
    assertThat(growth.details()).containsKeys("rhoByPanel", "sigma2ByPanel");
    assertThat(back.models().get(2).test("hausman")).isNotNull();
  }
}
