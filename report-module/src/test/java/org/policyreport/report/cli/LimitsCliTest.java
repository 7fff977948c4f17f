package org.policyreport.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits of the inputs and of the machine end in one line and exit 2, never a stack trace. */
class LimitsCliTest {
  @TempDir Path dir;

  private static final String DATA =
      "region,year,y,x\nA,2010,3,0.5\nA,2011,5,1.5\nB,2010,1,0.2\nB,2011,0,0.1\nC,2010,7,2.0\nC,2011,4,1.1\n";

  private Path config(String report, String dataPath) throws IOException {
    Files.writeString(dir.resolve("panel.csv"), DATA, StandardCharsets.UTF_8);
    Path cfg = dir.resolve("cfg.yaml");
    Files.writeString(
        cfg,
        "report: "
            + report
            + "\n"
            + "data:\n  panel: {path: '"
            + dataPath
            + "', panel: region, time: year}\n"
            + "models:\n"
            + "  - {id: m, estimator: poisson, data: panel, dependent: y, regressors: [x]}\n",
        StandardCharsets.UTF_8);
    return cfg;
  }

  private static boolean nothingIn(Path out) throws IOException {
    if (!Files.exists(out)) {
      return true;
    }
    try (var s = Files.list(out)) {
      return s.findAny().isEmpty();
    }
  }

  /** The XML parts of an OOXML package, each parsed (throws if one is not well-formed). */
  private static List<String> parseXmlParts(Path file) throws Exception {
    List<String> parts = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          byte[] bytes = zip.readAllBytes();
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(bytes));
          parts.add(e.getName());
        }
      }
    }
    return parts;
  }

  @Test
  void controlCharactersInTitleAndAuthorsLeaveEveryXmlPartWellFormed() throws Exception {
    Path cfg =
        config(
            "{title: \"Growth\\u0001 \\u001b[31mreport\", authors: [\"A\\u0007B\"]}", "panel.csv");
    Path out = dir.resolve("out");
    CliTest.Result r = CliTest.run("run", "--config", cfg.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(parseXmlParts(out.resolve("report.docx"))).contains("docProps/core.xml");
    assertThat(parseXmlParts(out.resolve("report.xlsx"))).isNotEmpty();
  }

  @Test
  void escapeSequenceFromADataCellIsNotSentToTheTerminal() throws IOException {
    Path cfg = config("{title: T}", "panel.csv");
    Files.writeString(
        dir.resolve("panel.csv"), DATA.replace("0.5", "\u001b[2J"), StandardCharsets.UTF_8);
    CliTest.Result r =
        CliTest.run("run", "--config", cfg.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("\u001b").contains("'\\x1b[2J' is not a number");
  }

  @Test
  void titleLongerThanASpreadsheetCellIsAnInputError() throws IOException {
    Path cfg = config("{title: " + "a".repeat(40_000) + "}", "panel.csv");
    Path out = dir.resolve("out");
    CliTest.Result r = CliTest.run("run", "--config", cfg.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "error: "
                + cfg
                + ": report.title is 40000 characters long; at most 32767 (what a spreadsheet"
                + " cell holds)");
    assertThat(nothingIn(out)).isTrue();
  }

  @Test
  void aDirectoryAsDataFileIsAnInputError() throws IOException {
    Files.createDirectories(dir.resolve("folder.csv"));
    Path cfg = config("{title: T}", "folder.csv");
    Path out = dir.resolve("out");
    CliTest.Result r = CliTest.run("run", "--config", cfg.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("folder.csv: data file is not a regular file");
    assertThat(nothingIn(out)).isTrue();
  }

  @Test
  void devZeroAsDataFileIsAnInputError() throws IOException {
    assumeThat(Files.exists(Path.of("/dev/zero"))).isTrue();
    Path cfg = config("{title: T}", "/dev/zero");
    Path out = dir.resolve("out");
    CliTest.Result r = CliTest.run("run", "--config", cfg.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("/dev/zero: data file is not a regular file");
    assertThat(nothingIn(out)).isTrue();
  }

  @Test
  void dataSheetsCanBeTurnedOff() throws Exception {
    Path cfg = config("{title: T, dataSheets: false}", "panel.csv");
    Path out = dir.resolve("out");
    CliTest.Result r = CliTest.run("run", "--config", cfg.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    String workbook = null;
    try (ZipInputStream zip =
        new ZipInputStream(Files.newInputStream(out.resolve("report.xlsx")))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("xl/workbook.xml")) {
          workbook = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(workbook).doesNotContain("name=\"panel\"");
  }

  @Test
  void outOfMemoryIsOneLineWithExitTwoAndSaysHowToGiveMore() throws Exception {
    Path out = dir.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx24m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--out",
                out.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(2);
    assertThat(err.strip().lines().toList())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("error: out of memory")
        .contains("POLICY_REPORT_JAVA_OPTS=")
        .contains("-Xmx64m");
    assertThat(nothingIn(out)).isTrue();
  }
}
