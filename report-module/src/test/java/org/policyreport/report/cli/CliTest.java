package org.policyreport.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit status, one-line errors, nothing half-written. */
class CliTest {
  @TempDir Path dir;

  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(status, out.toString(), err.toString());
  }

  private Path config(String dataCsv, String models) throws IOException {
    Files.writeString(dir.resolve("panel.csv"), dataCsv, StandardCharsets.UTF_8);
    Path cfg = dir.resolve("cfg.yaml");
    Files.writeString(
        cfg,
        "report: {title: Test report}\n"
            + "data:\n  panel: {path: panel.csv, panel: region, time: year}\n"
            + "models:\n"
            + models,
        StandardCharsets.UTF_8);
    return cfg;
  }

  private static final String GOOD =
      "region,year,y,x\nA,2010,3,0.5\nA,2011,5,1.5\nB,2010,1,0.2\nB,2011,0,0.1\nC,2010,7,2.0\nC,2011,4,1.1\n";

  private static String[] files(Path out) throws IOException {
    if (!Files.exists(out)) {
      return new String[0];
    }
    try (Stream<Path> s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void formatsOptionWritesOnlyTheNamedDocuments() throws IOException {
    Path cfg =
        config(
            GOOD, "  - {id: m, estimator: poisson, data: panel, dependent: y, regressors: [x]}\n");
    Path out = dir.resolve("out");
    Result r =
        run("run", "--config", cfg.toString(), "--out", out.toString(), "--formats", "hwpx, DOCX");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(files(out)).containsExactly("report.docx", "report.hwpx", "results.json");
  }

  @Test
  void unknownFormatIsAOneLineErrorWithExitTwoAndNoOutput() throws IOException {
    Path cfg =
        config(
            GOOD, "  - {id: m, estimator: poisson, data: panel, dependent: y, regressors: [x]}\n");
    Path out = dir.resolve("out");
    Result r =
        run("run", "--config", cfg.toString(), "--out", out.toString(), "--formats", "docx,odt");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("error: --formats: 'odt' is not one of docx, xlsx, pdf, hwpx");
    assertThat(files(out)).isEmpty();
  }

  @Test
  void helpListsTheThreeCommands() {
    Result r = run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("run", "analyze", "render");
  }

  @Test
  void analyzeWritesResultsJson() throws IOException {
    Path cfg =
        config(
            GOOD, "  - {id: m, estimator: poisson, data: panel, dependent: y, regressors: [x]}\n");
    Path out = dir.resolve("out");
    Result r = run("analyze", "--config", cfg.toString(), "--out", out.toString(), "--timings");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(files(out)).containsExactly("results.json");
    assertThat(r.out()).contains("wrote ");
    assertThat(r.err()).containsPattern("timing m read \\d+\\.\\d{3} fit \\d+\\.\\d{3}");
  }

  @Test
  void nonNumericCellIsAOneLineErrorWithExitTwoAndNoOutput() throws IOException {
    Path cfg =
        config(
            GOOD.replace("0.5", "n/a"),
            "  - {id: m, estimator: poisson, data: panel, dependent: y, regressors: [x]}\n");
    Path out = dir.resolve("out");
    Result r = run("run", "--config", cfg.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    String[] lines = r.err().strip().split("\n");
    String last = lines[lines.length - 1];
    assertThat(last)
        .startsWith("error: ")
        .endsWith("panel.csv line 2, column 4 (x): 'n/a' is not a number (column must be numeric)");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(files(out)).isEmpty();
  }

  @Test
  void missingColumnNamesTheConfigKeyAndTheColumns() throws IOException {
    Path cfg =
        config(
            GOOD, "  - {id: m, estimator: poisson, data: panel, dependent: y, regressors: [z]}\n");
    Result r = run("analyze", "--config", cfg.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("error: " + cfg + ": models[0] names column 'z'")
        .doesNotContain("Exception");
  }

  @Test
  void missingDataFileIsAnInputError() throws IOException {
    Path cfg =
        config(
            GOOD, "  - {id: m, estimator: poisson, data: panel, dependent: y, regressors: [x]}\n");
    Files.delete(dir.resolve("panel.csv"));
    Result r = run("analyze", "--config", cfg.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("panel.csv: data file not found");
    assertThat(files(dir.resolve("out"))).isEmpty();
  }

  @Test
  void unknownEstimatorNamesTheKeyAndTheChoices() throws IOException {
    Path cfg =
        config(
            GOOD, "  - {id: m, estimator: probit, data: panel, dependent: y, regressors: [x]}\n");
    Result r = run("analyze", "--config", cfg.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("error: " + cfg + ": models[0].estimator 'probit' is not one of ");
  }

  @Test
  void debugShowsTheStackTrace() throws IOException {
    Path cfg =
        config(
            GOOD, "  - {id: m, estimator: probit, data: panel, dependent: y, regressors: [x]}\n");
    Result r =
        run(
            "analyze",
            "--config",
            cfg.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--debug");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("at org.policyreport");
  }

  @Test
  void missingConfigFileIsAnInputError() {
    Result r = run("analyze", "--config", dir.resolve("nope.yaml").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("nope.yaml: config file not found");
  }

  @Test
  void renderRejectsAResultsFileOfAnotherSchemaVersion() throws IOException {
    Path results = dir.resolve("results.json");
    Files.writeString(results, "{\"schemaVersion\": \"7\"}");
    Path cfg = config(GOOD, "  []\n");
    Result r =
        run(
            "render",
            "--config",
            cfg.toString(),
            "--results",
            results.toString(),
            "--out",
            dir.resolve("out").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("schemaVersion 7 is not supported (this tool reads version 2)");
  }

  @Test
  void nonConvergenceExitsThreeUnlessAllowed() throws IOException {
    Path cfg =
        config(
            GOOD,
            "  - {id: m, estimator: nb2, data: panel, dependent: y, regressors: [x], maxIterations: 1}\n");
    Result strict =
        run("analyze", "--config", cfg.toString(), "--out", dir.resolve("a").toString());
    assertThat(strict.status()).isEqualTo(3);
    assertThat(strict.err()).contains("warning: model 'm' did not converge");
    assertThat(files(dir.resolve("a"))).containsExactly("results.json");
    Result allowed =
        run(
            "analyze",
            "--config",
            cfg.toString(),
            "--out",
            dir.resolve("b").toString(),
            "--allow-nonconvergence");
    assertThat(allowed.status()).isZero();
  }

  @Test
  void writtenFilesGetTheUsersUsualPermissionsNotOwnerOnly() throws IOException {
    Path cfg =
        config(
            GOOD, "  - {id: m, estimator: poisson, data: panel, dependent: y, regressors: [x]}\n");
    Path out = dir.resolve("out");
    assertThat(run("analyze", "--config", cfg.toString(), "--out", out.toString()).status())
        .isZero();
    Path plain = Files.writeString(out.resolve("plain.txt"), "x");
    if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(out.resolve("results.json")))
          .isEqualTo(Files.getPosixFilePermissions(plain));
    }
  }
}
