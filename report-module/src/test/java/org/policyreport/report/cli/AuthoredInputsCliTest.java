package org.policyreport.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a config can bring into a report through the command line: only Markdown as chapters and
 * brief, templates that end (or are stopped with one line naming them), a template folder without
 * chapters giving the results report, and a bad report value reported as itself.
 */
class AuthoredInputsCliTest {
  private static final Path STUDY = Path.of("..", "examples", "small-study");

  @TempDir Path dir;
  private Path study;
  private Path out;

  @BeforeEach
  void copyOfTheExampleStudy() throws IOException {
    study = dir.resolve("study");
    try (Stream<Path> s = Files.walk(STUDY)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = study.resolve(STUDY.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    out = dir.resolve("out");
  }

  /** The example's config with one line replaced. */
  private Path config(String line, String replacement) throws IOException {
    Path cfg = study.resolve("report.yaml");
    String yaml = Files.readString(cfg, StandardCharsets.UTF_8);
    assertThat(yaml).contains(line);
    Files.writeString(cfg, yaml.replace(line, replacement), StandardCharsets.UTF_8);
    return cfg;
  }

  private CliTest.Result run(Path cfg, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("run", "--config", cfg.toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    return CliTest.run(args.toArray(String[]::new));
  }

  private void assertOneLineError(CliTest.Result r, String... parts) {
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip().lines().toList())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("error: ")
        .contains(parts);
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void aChapterThatIsNotMarkdownIsRefusedNamingTheKeyAndTheFile() throws IOException {
    Path cfg = config("en: [chapters/en/01-findings.md]", "en: [/etc/passwd]");
    assertOneLineError(
        run(cfg, "--formats", "docx"),
        "report.chapters.en[0] names '/etc/passwd', which is not a Markdown file");
  }

  @Test
  void aBriefTemplateThatIsNotMarkdownIsRefused() throws IOException {
    Path cfg = config("  syntheticData: true\n", "  syntheticData: true\n  brief: /etc/passwd\n");
    CliTest.Result r = CliTest.run("briefs", "--config", cfg.toString(), "--out", out.toString());
    assertOneLineError(r, "report.brief names '/etc/passwd', which is not a Markdown file");
  }

  @Test
  void aChapterThatIsNotARegularFileIsRefused() throws IOException {
    Files.createDirectories(study.resolve("chapters/en/folder.md"));
    Path cfg = config("en: [chapters/en/01-findings.md]", "en: [chapters/en/folder.md]");
    assertOneLineError(run(cfg, "--formats", "docx"), "folder.md: is not a regular file");
  }

  @Test
  void aChapterThatLoopsWithoutEndIsStoppedNamingIt() throws IOException {
    Files.writeString(
        study.resolve("chapters/en/01-findings.md"),
        "# Findings\n\n<#list 1.. as i><#if i lt 0>x</#if></#list>\n",
        StandardCharsets.UTF_8);
    System.setProperty("policyreport.templateSeconds", "2");
    try {
      assertOneLineError(
          run(study.resolve("report.yaml"), "--formats", "docx"),
          "01-findings.md: still running after 2 s");
    } finally {
      System.clearProperty("policyreport.templateSeconds");
    }
  }

  @Test
  void aChapterThatRecursesWithoutEndIsAnInputErrorNamingIt() throws IOException {
    Files.writeString(
        study.resolve("chapters/en/01-findings.md"),
        "# Findings\n\n<#macro r n><@r n+1/></#macro><@r 0/>\n",
        StandardCharsets.UTF_8);
    assertOneLineError(
        run(study.resolve("report.yaml"), "--formats", "docx"),
        "01-findings.md: macros or functions call each other too deeply");
  }

  @Test
  void aCopyOfTheShippedTemplatesWithoutChaptersGivesTheResultsReport() throws IOException {
    Path templates = dir.resolve("templates");
    try (Stream<Path> s = Files.walk(Path.of("..", "templates"))) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = templates.resolve(Path.of("..", "templates").relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Path cfg =
        config(
            "  chapters:\n    en: [chapters/en/01-findings.md]\n    ko: [chapters/ko/01-findings.md]\n",
            "  templates: " + templates.toAbsolutePath() + "\n");
    CliTest.Result withCopy = run(cfg, "--formats", "docx");
    assertThat(withCopy.status()).as(withCopy.err()).isZero();
    Path builtIn = dir.resolve("builtin");
    Files.writeString(
        cfg,
        Files.readString(cfg).replace("  templates: " + templates.toAbsolutePath() + "\n", ""));
    CliTest.Result without =
        CliTest.run(
            "run", "--config", cfg.toString(), "--out", builtIn.toString(), "--formats", "docx");
    assertThat(without.status()).as(without.err()).isZero();
    // the same report but for the config's checksum in the appendix (its text differs)
    assertThat(documentXml(out.resolve("report.docx")))
        .contains("Appendix: data and provenance")
        .isEqualTo(documentXml(builtIn.resolve("report.docx")));
  }

  private static String documentXml(Path docx) throws IOException {
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(docx.toFile())) {
      String xml =
          new String(
              z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      return xml.replaceAll("SHA-256 [0-9a-f]{64}", "SHA-256 (checksum)");
    }
  }

  @Test
  void aTitleTooLongIsReportedAsItselfNotAsUnknownKeysAfterIt() throws IOException {
    Path cfg =
        config(
            "    en: Fiscal Autonomy, Research and Regional Innovation\n",
            "    en: " + "a".repeat(40_000) + "\n");
    assertOneLineError(run(cfg), "report.title.en is 40000 characters long; at most 32767");
  }

  @Test
  void aNullTitleIsReportedAsMissing() throws IOException {
    Path cfg =
        config(
            "  title:\n    en: Fiscal Autonomy, Research and Regional Innovation\n"
                + "    ko: 재정자율성, 연구역량과 지역혁신\n",
            "  title: ~\n");
    assertOneLineError(run(cfg), "report.title is required");
  }

  @Test
  void aListAsTitleIsReportedAsNotText() throws IOException {
    Path cfg =
        config(
            "  title:\n    en: Fiscal Autonomy, Research and Regional Innovation\n"
                + "    ko: 재정자율성, 연구역량과 지역혁신\n",
            "  title: [1, 2]\n");
    assertOneLineError(run(cfg), "report.title must be text");
  }

  @Test
  void aMisspeltReportKeyIsStillNamed() throws IOException {
    Path cfg = config("  syntheticData: true\n", "  syntheticDatta: true\n");
    assertOneLineError(run(cfg), "report.syntheticDatta is not a known key");
  }

  @Test
  void aChapterThatUsesUpTheHeapIsBlamedNotTheHeapSize() throws Exception {
    Files.writeString(
        study.resolve("chapters/en/01-findings.md"),
        "# Findings\n\n<#assign s = \"x\"><#list 1..40 as i><#assign s = s + s></#list>"
            + "${s?length}\n",
        StandardCharsets.UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "run",
                "--config",
                study.resolve("report.yaml").toString(),
                "--out",
                out.toString(),
                "--formats",
                "docx")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(2);
    assertThat(err.strip().lines().toList())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("01-findings.md: the template used up the Java heap")
        .doesNotContain("POLICY_REPORT_JAVA_OPTS");
    assertThat(Files.exists(out)).isFalse();
  }
}
