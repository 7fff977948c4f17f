package org.policyreport.analysis.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.analysis.pipeline.Analysis;
import org.policyreport.analysis.pipeline.Estimators;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.GeneratedBy;
import org.policyreport.contract.ResultsJson;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigTree;

/** Runs a config through the whole analysis and back through results.json. */
final class ScenarioSupport {
  private ScenarioSupport() {}

  static byte[] resource(String path) {
    try (InputStream in = ScenarioSupport.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AnalysisConfig config(Path dir, String yaml, String... csvs) {
    try {
      for (String csv : csvs) {
        Files.write(dir.resolve(csv), resource("/reference/" + csv));
      }
      return AnalysisConfig.from(
          ConfigTree.parse(yaml.getBytes(StandardCharsets.UTF_8), "analysis.yaml"),
          new ConfigLocation.OnDisk(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AnalysisResults analyze(Path dir, String yaml, String... csvs) {
    AnalysisResults results =
        new Analysis(Estimators.standard(), new GeneratedBy("test", "0"))
            .run(config(dir, yaml, csvs))
            .results();
    String json = ResultsJson.toJson(results);
    return ResultsJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "results.json");
  }

  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
