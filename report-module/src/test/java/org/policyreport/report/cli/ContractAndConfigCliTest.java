package org.policyreport.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken results.json or config is exit 2 with a one-line message, and nothing is written. */
class ContractAndConfigCliTest {
  @TempDir static Path shared;
  @TempDir Path dir;
  private static Path results;

  @BeforeAll
  static void analyzeOnce() {
    Path out = shared.resolve("analysis");
    CliTest.Result r = CliTest.run("analyze", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    results = out.resolve("results.json");
  }

  private static boolean empty(Path out) throws IOException {
    if (!Files.exists(out)) {
      return true;
    }
    try (Stream<Path> s = Files.list(out)) {
      return s.findAny().isEmpty();
    }
  }

  private Path edited(java.util.function.Consumer<ObjectNode> edit) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(results.toFile());
    edit.accept(root);
    Path p = dir.resolve("edited.json");
    mapper.writeValue(p.toFile(), root);
    return p;
  }

  @Test
  void renderRefusesAResultsFileWithACoefficientPValueMissing() throws IOException {
    Path bad = edited(r -> ((ObjectNode) r.at("/models/2/coefficients/3")).remove("p"));
    Path out = dir.resolve("out");
    CliTest.Result r = CliTest.run("render", "--results", bad.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip())
        .startsWith("error: " + bad + ": /models/2/coefficients/3: ")
        .contains("'p'")
        .doesNotContain("\n");
    assertThat(empty(out)).isTrue();
  }

  @Test
  void renderRefusesAnUnknownField() throws IOException {
    Path bad = edited(r -> ((ObjectNode) r.at("/models/0")).put("pValue", 0.5));
    Path out = dir.resolve("out");
    CliTest.Result r = CliTest.run("render", "--results", bad.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(": /models/0: ").contains("pValue");
    assertThat(empty(out)).isTrue();
  }

  @Test
  void renderRefusesAWrongType() throws IOException {
    Path bad = edited(r -> ((ObjectNode) r.at("/models/0")).put("converged", "yes"));
    Path out = dir.resolve("out");
    CliTest.Result r = CliTest.run("render", "--results", bad.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(": /models/0/converged: ");
    assertThat(empty(out)).isTrue();
  }

  @Test
  void misspeltKeyIsExitTwoWithTheKeyMeantAndNothingWritten() throws IOException {
    Path cfg = dir.resolve("cfg.yaml");
    String yaml =
        new String(Files.readAllBytes(Path.of("../config/report.yaml")), StandardCharsets.UTF_8)
            .replace("path: ../data/", "path: " + Path.of("../data").toAbsolutePath() + "/")
            .replaceFirst("    regressors: ", "    regresors: ");
    Files.writeString(cfg, yaml, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliTest.Result r = CliTest.run("run", "--config", cfg.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains("error: " + cfg + " line ")
        .contains("models[0].regresors is not a known key (did you mean 'regressors'?)");
    assertThat(empty(out)).isTrue();
  }

  @Test
  void duplicateKeyInTheConfigIsExitTwo() throws IOException {
    Path cfg = dir.resolve("dup.yaml");
    Files.writeString(cfg, "report:\n  title: A\n  title: B\n");
    Path out = dir.resolve("out");
    CliTest.Result r =
        CliTest.run(
            "render",
            "--config",
            cfg.toString(),
            "--results",
            results.toString(),
            "--out",
            out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("line 3, column 3: key 'report.title' appears twice");
    assertThat(empty(out)).isTrue();
  }

  @Test
  void aliasInTheConfigIsExitTwo() throws IOException {
    Path cfg = dir.resolve("alias.yaml");
    Files.writeString(cfg, "report:\n  title: &t A\n  subtitle: *t\n");
    Path out = dir.resolve("out");
    CliTest.Result r =
        CliTest.run(
            "render",
            "--config",
            cfg.toString(),
            "--results",
            results.toString(),
            "--out",
            out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("line 2").contains("anchor '&t'");
    assertThat(empty(out)).isTrue();
  }

  @Test
  void labelForAModelThatDoesNotExistIsAWarningNamingIt() throws IOException {
    Path cfg = dir.resolve("labels.yaml");
    Files.writeString(cfg, "report:\n  title: A\nlabels:\n  models:\n    no_such_model: {en: X}\n");
    Path out = dir.resolve("out");
    CliTest.Result r =
        CliTest.run(
            "render",
            "--config",
            cfg.toString(),
            "--results",
            results.toString(),
            "--out",
            out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err())
        .contains(
            "warning: labels.models names models that the results do not have: no_such_model");
  }

  @Test
  void charactersThePdfFontCannotDrawAreListedInOneWarning() throws IOException {
    Path cfg = dir.resolve("scripts.yaml");
    Files.writeString(
        cfg,
        "report:\n  title: \"Growth \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD\"\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliTest.Result r =
        CliTest.run(
            "render",
            "--config",
            cfg.toString(),
            "--results",
            results.toString(),
            "--out",
            out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err().lines().filter(l -> l.contains("no glyph")).toList())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .isEqualTo(
            "warning: PDF: the embedded font has no glyph for 5 characters, left out of the"
                + " PDF: \u05D5 (U+05D5) \u05DC (U+05DC) \u05DD (U+05DD) \u05E9 (U+05E9)"
                + " \uD83D\uDE00 (U+1F600)");
  }

  @Test
  void analyzeAcceptsLabelsWithoutAReportSection() throws IOException {
    Path cfg = dir.resolve("labels-only.yaml");
    String yaml =
        new String(Files.readAllBytes(Path.of("../config/report.yaml")), StandardCharsets.UTF_8)
            .replace("path: ../data/", "path: " + Path.of("../data").toAbsolutePath() + "/")
            .replaceFirst("(?s)^.*?\ndata:", "data:");
    Files.writeString(cfg, yaml, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliTest.Result r = CliTest.run("analyze", "--config", cfg.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
  }
}
