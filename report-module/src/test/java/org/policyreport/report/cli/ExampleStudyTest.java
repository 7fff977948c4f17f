package org.policyreport.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example study of docs/authoring.md (examples/small-study: one authored chapter per language
 * with a {table}, a {figure}, an @tbl- reference, an inline coef(), a GFM table and a footnote)
 * built through the command line in both languages, each construct read back from every format.
 */
class ExampleStudyTest {
  private static final Path CONFIG = Path.of("..", "examples", "small-study", "report.yaml");

  @TempDir Path dir;

  /** The text of a format with all white space removed, so line breaks cannot split a phrase. */
  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static String zipText(Path file, String prefix) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (ZipInputStream z =
        new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        if (e.getName().startsWith(prefix) && e.getName().endsWith(".xml")) {
          String xml = new String(z.readAllBytes(), StandardCharsets.UTF_8);
          sb.append(
              // A cross-reference is a REF field: its instruction is not text a reader sees.
              xml.replaceAll("<w:instrText[^>]*>[^<]*</w:instrText>", "")
                  .replaceAll("<[^>]+>", "")
                  .replace("&amp;", "&")
                  .replace("&lt;", "<")
                  .replace("&gt;", ">")
                  .replace("&apos;", "'")
                  .replace("&quot;", "\""));
        }
      }
    }
    return sb.toString();
  }

  private static String pdfText(Path file) throws IOException {
    try (PDDocument d = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(d);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void everyAuthoredConstructReachesEveryFormat(String language) throws IOException {
    Path out = dir.resolve(language);
    CliTest.Result r =
        CliTest.run(
            "run", "--config", CONFIG.toString(), "--out", out.toString(), "--language", language);
    assertThat(r.status()).as(r.err()).isZero();
    boolean ko = language.equals("ko");
    String tableCaption = ko ? "특허 출원의 음이항 모형" : "Negative binomial model of patent applications";
    String figureCaption =
        ko ? "음이항 모형의 발생률비" : "Incidence-rate ratios of the negative binomial model";
    String reference = ko ? "추정 결과는 <표 1-1>과 같다" : "Table 1-1 reports the negative binomial model";
    String inline = ko ? "로그값이 0.134만큼" : "patent applications by 0.134";
    String gfmCell = ko ? "산학협력" : "University-industry links";
    String gfmCaption = ko ? "조사 항목" : "Survey items";
    String footnote = ko ? "합성 자료의 일부로 공식 통계가 아니다" : "a subset of the program's synthetic data";

    String docx = squeeze(zipText(out.resolve("report.docx"), "word/"));
    String pdf = squeeze(pdfText(out.resolve("report.pdf")));
    for (String text : new String[] {docx, pdf}) {
      assertThat(text)
          .contains(squeeze(tableCaption))
          .contains(squeeze(figureCaption))
          .contains(squeeze(reference))
          .contains(squeeze(inline))
          .contains(squeeze(gfmCell))
          .contains(squeeze(gfmCaption))
          .contains(squeeze(footnote));
    }
    // The workbook holds the tables and figures (with their data), not the prose.
    String xlsx = squeeze(zipText(out.resolve("report.xlsx"), "xl/"));
    assertThat(xlsx)
        .contains(squeeze(tableCaption))
        .contains(squeeze(figureCaption))
        .contains(squeeze(gfmCaption))
        .contains(squeeze(gfmCell));
  }

  @Test
  void theExampleReportIsByteIdenticalOnARerun() throws IOException {
    for (String run : new String[] {"a", "b"}) {
      assertThat(
              CliTest.run(
                      "run", "--config", CONFIG.toString(), "--out", dir.resolve(run).toString())
                  .status())
          .isZero();
    }
    for (String f : new String[] {"report.docx", "report.xlsx", "report.pdf"}) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
    }
  }

  @Test
  void initCopiesAStudyThatRuns() throws IOException {
    Path study = dir.resolve("my-study");
    CliTest.Result init = CliTest.run("init", study.toString());
    assertThat(init.status()).as(init.err()).isZero();
    for (String f : InitCommand.FILES) {
      assertThat(study.resolve(f)).exists();
    }
    CliTest.Result r =
        CliTest.run(
            "run",
            "--config",
            study.resolve("report.yaml").toString(),
            "--out",
            dir.resolve("out").toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(dir.resolve("out").resolve("report.pdf")).exists();
  }

  @Test
  void initRefusesAFolderThatIsNotEmpty() throws IOException {
    Path study = Files.createDirectories(dir.resolve("full"));
    Files.writeString(study.resolve("keep.txt"), "mine");
    CliTest.Result r = CliTest.run("init", study.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("not an empty folder").doesNotContain("\tat ");
    assertThat(study.resolve("report.yaml")).doesNotExist();
  }

  @Test
  void chapterErrorIsAOneLineExitTwoAndNothingWritten() throws IOException {
    Path study = dir.resolve("s");
    assertThat(CliTest.run("init", study.toString()).status()).isZero();
    Path chapter = study.resolve("chapters/en/01-findings.md");
    Files.writeString(chapter, "# A\n\nSee @tbl-nowhere.\n");
    CliTest.Result r =
        CliTest.run(
            "run",
            "--config",
            study.resolve("report.yaml").toString(),
            "--out",
            dir.resolve("out").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip()).contains("01-findings.md line 3").contains("@tbl-nowhere");
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
