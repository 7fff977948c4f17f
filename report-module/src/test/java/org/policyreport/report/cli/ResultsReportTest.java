package org.policyreport.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A config without authored chapters, on data that have nothing to do with the default study: the
 * results report has a chapter per dependent variable and survey with their tables, figures and
 * sentences, and not one word of the default study.
 */
class ResultsReportTest {
  @TempDir Path dir;

  private Path study() throws IOException {
    StringBuilder panel = new StringBuilder("unit,t,y,z,x\n");
    java.util.Random r = new java.util.Random(7);
    for (char u = 'A'; u <= 'F'; u++) {
      for (int t = 2010; t < 2016; t++) {
        double x = r.nextDouble() * 2;
        panel.append(
            String.format(
                Locale.ROOT,
                "%s,%d,%d,%.3f,%.3f%n",
                u,
                t,
                r.nextInt(10),
                x * 0.5 + r.nextDouble(),
                x));
      }
    }
    Files.writeString(dir.resolve("panel.csv"), panel.toString(), StandardCharsets.UTF_8);
    StringBuilder survey =
        new StringBuilder("respondent,group,imp_a,perf_a,imp_b,perf_b,imp_c,perf_c\n");
    for (int i = 0; i < 40; i++) {
      survey.append(
          String.format(
              Locale.ROOT,
              "R%02d,%s,%d,%d,%d,%d,%d,%d%n",
              i,
              i % 2 == 0 ? "north" : "south",
              3 + r.nextInt(3),
              1 + r.nextInt(3),
              2 + r.nextInt(4),
              2 + r.nextInt(3),
              1 + r.nextInt(5),
              1 + r.nextInt(5)));
    }
    Files.writeString(dir.resolve("poll.csv"), survey.toString(), StandardCharsets.UTF_8);
    Path cfg = dir.resolve("study.yaml");
    Files.writeString(
        cfg,
        "report: {title: {en: Test study, ko: 시험 연구}}\n"
            + "data:\n"
            + "  panel: {path: panel.csv, panel: unit, time: t}\n"
            + "  poll: {path: poll.csv}\n"
            + "models:\n"
            + "  - {id: m_count, estimator: poisson, data: panel, dependent: y, regressors: [x]}\n"
            + "  - {id: m_linear, estimator: ols, data: panel, dependent: y, regressors: [x]}\n"
            + "  - {id: m_z, estimator: ols, data: panel, dependent: z, regressors: [x]}\n"
            + "surveys:\n"
            + "  - id: poll\n    data: poll\n    idColumn: respondent\n    groupBy: [group]\n"
            + "    scale: {min: 1, max: 5}\n    items:\n"
            + "      - {id: a, importance: imp_a, performance: perf_a, label: {en: Item A, ko: 항목 A}}\n"
            + "      - {id: b, importance: imp_b, performance: perf_b, label: {en: Item B, ko: 항목 B}}\n"
            + "      - {id: c, importance: imp_c, performance: perf_c, label: {en: Item C, ko: 항목 C}}\n",
        StandardCharsets.UTF_8);
    return cfg;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void configWithoutChaptersGetsAResultsReportInNeutralWords(String language) throws IOException {
    Path out = dir.resolve("out");
    CliTest.Result r =
        CliTest.run(
            "run", "--config", study().toString(), "--out", out.toString(), "--language", language);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    String pdf;
    try (PDDocument d = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
      pdf = new PDFTextStripper().getText(d);
    }
    boolean ko = language.equals("ko");
    assertThat(pdf)
        .contains(ko ? "제1장" : "Chapter 1")
        .contains(ko ? "제2장" : "Chapter 2")
        .contains(ko ? "설문조사 poll" : "Survey poll")
        .contains(ko ? "<표 2-1>" : "Table 2-1")
        .contains(ko ? "[그림 2-1]" : "Figure 2-1")
        .contains(ko ? "항목 A" : "Item A");
    String lower = pdf.toLowerCase(Locale.ROOT);
    for (String word :
        new String[] {
          "patent", "korea", "decentraliz", "grdp", "sejong", "region", "특허", "지역", "분권", "세종"
        }) {
      assertThat(lower).as("the word '" + word + "'").doesNotContain(word);
    }
  }
}
