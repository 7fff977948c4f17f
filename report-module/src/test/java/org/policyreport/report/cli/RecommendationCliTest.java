package org.policyreport.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recommendations rest on evidence: a typo fails before estimation, failing evidence is flagged.
 */
class RecommendationCliTest {
  @TempDir Path dir;

  /** The default config and data, with one recommendation whose evidence is given. */
  private Path config(String evidence) throws IOException {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    for (String f : new String[] {"regional_panel.csv", "expert_survey.csv"}) {
      Files.copy(Path.of("../data/" + f), data.resolve(f));
    }
    String yaml = Files.readString(Path.of("../config/report.yaml"), StandardCharsets.UTF_8);
    int cut = yaml.indexOf("\nrecommendations:");
    if (cut >= 0) {
      int next = yaml.indexOf("\n", cut + 1);
      // drop the configured recommendations (an indented block) up to the next top-level key
      int end = next;
      while (end >= 0
          && end + 1 < yaml.length()
          && (yaml.charAt(end + 1) == ' '
              || yaml.charAt(end + 1) == '#'
              || yaml.charAt(end + 1) == '\n')) {
        end = yaml.indexOf("\n", end + 1);
      }
      yaml = yaml.substring(0, cut) + (end < 0 ? "\n" : yaml.substring(end));
    }
    // The copy has no chapters (a results report): only the recommendations are checked here.
    int chapters = yaml.indexOf("\n  # The study's text");
    yaml = yaml.substring(0, chapters) + yaml.substring(yaml.indexOf("\n  keywords:"));
    yaml =
        yaml.replace("../data/", "data/")
            + "\nrecommendations:\n  - id: decentralize\n    title: {en: Decentralize, ko: 분권}\n    issue: {en: Fiscal room, ko: 재정 여력}\n"
            + "    evidence:\n"
            + evidence;
    Path cfg = dir.resolve("report.yaml");
    Files.writeString(cfg, yaml, StandardCharsets.UTF_8);
    return cfg;
  }

  @Test
  void evidenceNamingAMissingTermIsAConfigErrorBeforeAnyEstimation() throws IOException {
    Path cfg =
        config(
            "      - {model: innovation_count, term: fiscal_autonomyy, sign: positive, p: 0.05}\n");
    Path out = dir.resolve("out");
    CliTest.Result r =
        CliTest.run("run", "--config", cfg.toString(), "--out", out.toString(), "--timings");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains("recommendations[0].evidence[0].term names term 'fiscal_autonomyy'");
    assertThat(r.err()).doesNotContain("timing innovation");
    assertThat(out).doesNotExist();
  }

  @Test
  void failingEvidenceIsWarnedAndMarkedButStillRendered() throws IOException {
    Path cfg =
        config(
            "      - {model: innovation_count, term: fiscal_self_reliance, sign: positive, p: 0.05}\n");
    Path out = dir.resolve("out");
    CliTest.Result r = CliTest.run("run", "--config", cfg.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err())
        .contains(
            "warning: recommendation 'decentralize' is not supported by the current evidence");
    assertThat(out.resolve("report.pdf")).exists();
  }

  @Test
  void strictMakesFailingEvidenceFailTheRunWithNothingWritten() throws IOException {
    Path cfg =
        config(
            "      - {model: innovation_count, term: fiscal_self_reliance, sign: positive, p: 0.05}\n");
    Path out = dir.resolve("out");
    CliTest.Result r =
        CliTest.run("run", "--config", cfg.toString(), "--out", out.toString(), "--strict");
    assertThat(r.status()).isEqualTo(3);
    assertThat(out).doesNotExist();
  }

  @Test
  void holdingEvidencePassesUnderStrict() throws IOException {
    Path cfg =
        config(
            "      - {model: innovation_count, term: fiscal_autonomy, sign: positive, p: 0.05}\n");
    Path out = dir.resolve("out");
    CliTest.Result r =
        CliTest.run("run", "--config", cfg.toString(), "--out", out.toString(), "--strict");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("not supported");
  }
}
