package org.policyreport.report.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.ResultsJson;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.contract.config.ConfigTree;
import org.policyreport.report.authoring.AuthoredReport;
import org.policyreport.report.authoring.ChapterList;
import org.policyreport.report.config.ReportSettings;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Vocabulary;
import org.policyreport.report.findings.EvidenceEvaluator;
import org.policyreport.report.findings.Recommendation;
import org.policyreport.report.findings.RecommendationView;
import org.policyreport.report.format.NumberStyle;

/**
 * The default config and a results file made by the analysis module from the default synthetic data
 * (src/test/resources/results/default-results.json: all count effects positive and significant
 * except fiscal self-reliance, both growth effects positive and significant, Hausman not rejected,
 * AR(1) rho about 0.43, talent retention first by Borich index), built into a document with the
 * shipped templates.
 */
public final class ReportFixture {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportFixture() {}

  public static ConfigNode config() {
    return config(s -> {});
  }

  /** The default config, optionally edited as YAML text (e.g. to drop the recommendations). */
  public static ConfigNode config(Consumer<StringBuilder> edit) {
    try {
      StringBuilder yaml =
          new StringBuilder(Files.readString(Path.of("..", "config", "report.yaml")));
      edit.accept(yaml);
      return ConfigTree.parse(yaml.toString().getBytes(StandardCharsets.UTF_8), "report.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The results tree, for tests that change a figure before reading it. */
  public static ObjectNode resultsTree() {
    try (InputStream in =
        ReportFixture.class.getResourceAsStream("/results/default-results.json")) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static AnalysisResults results(JsonNode tree) {
    try {
      byte[] bytes = JSON.writeValueAsBytes(tree);
      return ResultsJson.read(new ByteArrayInputStream(bytes), "default-results.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static AnalysisResults results() {
    return results(resultsTree());
  }

  /** The coefficient row of {@code term} in {@code equation} of {@code model}, for editing. */
  public static ObjectNode coefficient(
      ObjectNode tree, String model, String list, String equation, String term) {
    for (JsonNode m : tree.get("models")) {
      if (m.get("id").asText().equals(model)) {
        for (JsonNode c : m.get(list)) {
          if (c.get("term").asText().equals(term) && c.get("equation").asText().equals(equation)) {
            return (ObjectNode) c;
          }
        }
      }
    }
    throw new IllegalArgumentException("no " + model + " " + equation + ":" + term);
  }

  public static ReportContext context(ConfigNode config, AnalysisResults results, String language) {
    ReportSettings settings = ReportSettings.from(config).withLanguage(language);
    return new ReportContext(
        results,
        settings,
        Vocabulary.of(language),
        new NumberStyle(settings.decimals()),
        Words.load(TemplateSource.builtIn(), language));
  }

  public static List<RecommendationView> recommendations(ConfigNode config, ReportContext ctx) {
    return EvidenceEvaluator.evaluate(Recommendation.listFrom(config), ctx);
  }

  /** The default study's document, from its authored chapters in templates/{en,ko}/chapters. */
  public static Document build(ConfigNode config, AnalysisResults results, String language) {
    ReportContext ctx = context(config, results, language);
    return AuthoredReport.build(
        ctx,
        TemplateSource.builtIn(),
        ChapterList.from(config),
        new ConfigLocation.OnDisk(Path.of("..", "config").toAbsolutePath().normalize()),
        Map.of("recommendations", recommendations(config, ctx)));
  }

  public static Document build(String language) {
    return build(config(), results(), language);
  }
}
