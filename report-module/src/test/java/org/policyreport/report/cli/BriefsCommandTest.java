package org.policyreport.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.PanelSeries;
import org.policyreport.contract.ResultsJson;
import org.policyreport.contract.ScenarioRow;

/** {@code policy-report briefs} on the default study: one brief per unit, numbers from the run. */
class BriefsCommandTest {
  @TempDir static Path dir;
  static Path out;
  static AnalysisResults results;
  private static String koBusan;

  @BeforeAll
  static void writeBriefsAndResults() {
    out = dir.resolve("all");
    CliTest.Result r = CliTest.run("briefs", "--out", out.toString(), "--formats", "pdf");
    assertThat(r.status()).as(r.err()).isZero();
    CliTest.Result a = CliTest.run("analyze", "--out", dir.resolve("analysis").toString());
    assertThat(a.status()).as(a.err()).isZero();
    results = ResultsJson.read(dir.resolve("analysis/results.json"));
  }

  /** Busan's Korean brief as text, written once for the tests that read it. */
  private static synchronized String koBusan() throws IOException {
    if (koBusan == null) {
      Path ko = dir.resolve("ko");
      CliTest.Result r =
          CliTest.run(
              "briefs",
              "--out",
              ko.toString(),
              "--units",
              "Busan",
              "--language",
              "ko",
              "--formats",
              "pdf");
      assertThat(r.status()).as(r.err()).isZero();
      koBusan = text(ko.resolve("briefs/Busan.pdf"));
    }
    return koBusan;
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
    }
  }

  private static int pages(Path pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      return d.getNumberOfPages();
    }
  }

  @Test
  void everyUnitGetsABriefOfTwoToFourPagesThatNamesIt() throws IOException {
    PanelSeries s = results.panelSeries().get(0);
    assertThat(s.units()).hasSize(17);
    try (Stream<Path> files = Files.list(out.resolve("briefs"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .hasSize(18)
          .contains("index.xlsx", "Seoul.pdf", "Sejong.pdf");
    }
    for (String unit : s.units()) {
      Path pdf = out.resolve("briefs/" + unit + ".pdf");
      assertThat(text(pdf)).as(unit).contains(unit + ": regional brief");
      assertThat(pages(pdf)).as(unit).isBetween(2, 4);
    }
  }

  @Test
  void profileValueAndScenarioChangeEqualTheResults() throws IOException {
    String text = text(out.resolve("briefs/Busan.pdf"));
    PanelSeries p = results.series("panel", "patents_per_10k");
    int busan = p.units().indexOf("Busan");
    double value = p.values().get(busan).get(p.periods().size() - 1);
    assertThat(text).contains(String.format(Locale.ROOT, "%.3f", value));
    ScenarioRow row =
        results.scenario("autonomy_patents").units().stream()
            .filter(r -> r.unit().equals("Busan"))
            .findFirst()
            .orElseThrow();
    assertThat(text)
        .contains(
            String.format(
                Locale.ROOT,
                "%.1f %% higher (95 %% CI %.1f to %.1f %%)",
                row.pct(),
                row.pctCiLow(),
                row.pctCiHigh()));
  }

  @Test
  void aChangeOfAVariableInPerCentIsWordedInPercentagePoints() throws IOException {
    // The default scenario adds 5 to fiscal autonomy, labelled "Fiscal autonomy (%)".
    assertThat(text(out.resolve("briefs/Busan.pdf")).replaceAll("\\s+", " "))
        .contains("fiscal autonomy rose by 5 percentage points");
    assertThat(koBusan()).contains("재정자주도 5%p 상승 시");
  }

  @Test
  void aScenarioForAFixedYearNamesTheYearBeforeTheChangeInKorean() throws IOException {
    // rnd_patents adds 0.5 to R&D intensity (% of GRDP) in 2016.
    assertThat(koBusan()).contains("2016년 R&D 집약도 0.5%p 상승 시").doesNotContain("(2016년) 시");
    assertThat(text(out.resolve("briefs/Busan.pdf")))
        .contains("If R&D intensity rose by 0.5 percentage points in 2016,");
  }

  @Test
  void theChangeOfAnOutcomeInPerCentIsInPercentagePoints() throws IOException {
    // autonomy_growth: the outcome, growth of GRDP per capita, is a rate in per cent.
    ScenarioRow row =
        results.scenario("autonomy_growth").units().stream()
            .filter(x -> x.unit().equals("Busan"))
            .findFirst()
            .orElseThrow();
    assertThat(text(out.resolve("briefs/Busan.pdf")))
        .contains(
            String.format(
                Locale.ROOT,
                "%.3f percentage points %s (95 %% CI %.3f to %.3f percentage points): %.3f %% instead"
                    + " of %.3f %%",
                Math.abs(row.diff()),
                row.diff() >= 0 ? "higher" : "lower",
                row.diffCiLow(),
                row.diffCiHigh(),
                row.after(),
                row.before()));
    assertThat(koBusan())
        .contains(
            String.format(
                Locale.ROOT,
                "%.3f%% → %.3f%%, %.3f%%p %s(95%% 신뢰구간 %.3f~%.3f%%p)",
                row.before(),
                row.after(),
                Math.abs(row.diff()),
                row.diff() >= 0 ? "상승" : "하락",
                row.diffCiLow(),
                row.diffCiHigh()));
  }

  /** The number of the first page whose text contains {@code what}, or 0. */
  private static int pageOf(Path pdf, String what) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      for (int p = 1; p <= d.getNumberOfPages(); p++) {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(p);
        s.setEndPage(p);
        if (s.getText(d).replaceAll("\\s+", " ").contains(what)) {
          return p;
        }
      }
      return 0;
    }
  }

  @Test
  void theRecommendationsHeadingAndItsLeadStandOnTheBoxsPage() throws IOException {
    // In Korean, Seoul's box does not fit under its heading on page 2 and cannot split.
    Path ko = dir.resolve("ko-seoul");
    CliTest.Result r =
        CliTest.run(
            "briefs",
            "--out",
            ko.toString(),
            "--units",
            "Seoul",
            "--language",
            "ko",
            "--formats",
            "pdf");
    assertThat(r.status()).as(r.err()).isZero();
    Path seoul = ko.resolve("briefs/Seoul.pdf");
    int heading = pageOf(seoul, "서울특별시 관련 정책과제");
    assertThat(heading).isPositive();
    assertThat(pageOf(seoul, "이와 관련된 정책과제는 다음과 같다")).isEqualTo(heading);
    assertThat(pageOf(seoul, "정책과제 2.")).isEqualTo(heading);
  }

  @Test
  void aUnitObservedFromALaterYearSaysSoUnderItsTrend() throws IOException {
    // Sejong was founded in 2012; the panel starts earlier.
    assertThat(text(out.resolve("briefs/Sejong.pdf"))).contains("Sejong has data from 2012 on.");
    assertThat(text(out.resolve("briefs/Seoul.pdf"))).doesNotContain("has data from");
  }

  @Test
  void aUnitInTheTopGroupOnAllTheEvidenceIsNotToldItsLowestRankIsAWeakness() throws IOException {
    // Seoul's lowest evidence indicator is 3rd of 17; Sejong's is 14th.
    assertThat(text(out.resolve("briefs/Seoul.pdf")))
        .contains("Seoul is in the top group on all the indicators the recommendations rest on");
    assertThat(text(out.resolve("briefs/Sejong.pdf")))
        .contains("Among the indicators the recommendations rest on, Sejong ranks lowest on")
        .doesNotContain("top group");
  }

  @Test
  void aRerunWritesTheSameBytesInEveryFormat() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    for (Path o : List.of(a, b)) {
      CliTest.Result r =
          CliTest.run("briefs", "--out", o.toString(), "--units", "서울,Jeju", "--language", "ko");
      assertThat(r.status()).as(r.err()).isZero();
    }
    for (String f :
        List.of("Seoul.pdf", "Seoul.docx", "Seoul.hwpx", "Jeju.pdf", "Jeju.docx", "index.xlsx")) {
      assertThat(Files.readAllBytes(a.resolve("briefs/" + f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(b.resolve("briefs/" + f)));
    }
    assertThat(text(a.resolve("briefs/Seoul.pdf"))).contains("서울특별시 지역 브리프");
  }

  @Test
  void anUnknownUnitIsAOneLineErrorNamingTheCloseOnesAndWritesNothing() {
    Path o = dir.resolve("bad");
    CliTest.Result r = CliTest.run("briefs", "--out", o.toString(), "--units", "Seoul,Busn");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("error: --units: no unit 'Busn'; close: Busan");
    assertThat(o).doesNotExist();
  }

  @Test
  void reportBriefNamesTheTemplateRelativeToTheConfigAndIsAKnownKey() throws IOException {
    Path study = dir.resolve("own");
    Files.createDirectories(study.resolve("tpl"));
    Files.writeString(
        study.resolve("panel.csv"),
        "region,year,y,x\nA,2010,3,0.5\nA,2011,5,1.5\nB,2010,1,0.2\nB,2011,0,0.1\nC,2010,7,2.0\nC,2011,4,1.1\n");
    Files.writeString(
        study.resolve("tpl/unit.md"),
        "# Brief of ${unit.name}\n\n```{table}\nkind: profile\ndata: panel\nvariables: [x]\n"
            + "caption: Profile\nlabel: tbl-p\n```\n");
    Path cfg = study.resolve("cfg.yaml");
    Files.writeString(
        cfg,
        "report: {title: Test report, brief: tpl/unit.md}\n"
            + "data:\n  panel: {path: panel.csv, panel: region, time: year, series: [x]}\n"
            + "models:\n"
            + "  - {id: m, estimator: poisson, data: panel, dependent: y, regressors: [x]}\n");
    Path o = study.resolve("out");
    CliTest.Result r =
        CliTest.run(
            "briefs", "--config", cfg.toString(), "--out", o.toString(), "--formats", "pdf");
    assertThat(r.status()).as(r.err()).isZero();
    String b = text(o.resolve("briefs/B.pdf"));
    assertThat(b).contains("Brief of B").contains("0.900").contains("3/3");
  }

  @Test
  void runWithBriefsWritesTheReportAndTheBriefsInTheReportsFormats() throws IOException {
    Path o = dir.resolve("run");
    CliTest.Result r =
        CliTest.run("run", "--briefs", "--out", o.toString(), "--formats", "pdf,xlsx");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(o.resolve("results.json")).isNotEmptyFile();
    assertThat(o.resolve("report.pdf")).isNotEmptyFile();
    assertThat(o.resolve("report.xlsx")).isNotEmptyFile();
    try (Stream<Path> files = Files.list(o.resolve("briefs"))) {
      // The workbook has no brief: the briefs come as PDF only, plus their index.
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .hasSize(18)
          .contains("index.xlsx", "Busan.pdf", "Sejong.pdf")
          .allMatch(n -> n.endsWith(".pdf") || n.equals("index.xlsx"));
    }
    assertThat(r.out()).contains("briefs/Seoul.pdf").contains("report.pdf");
  }

  @Test
  void runWithBriefsThatCannotBeWrittenWritesNoReportEither() throws IOException {
    Path study = dir.resolve("noseries");
    Files.createDirectories(study);
    Files.writeString(
        study.resolve("panel.csv"),
        "region,year,y,x\nA,2010,3,0.5\nA,2011,5,1.5\nB,2010,1,0.2\nB,2011,0,0.1\nC,2010,7,2.0\nC,2011,4,1.1\n");
    Path cfg = study.resolve("cfg.yaml");
    // No data.panel.series: the report can be written, the briefs cannot.
    Files.writeString(
        cfg,
        "report: {title: Test report}\n"
            + "data:\n  panel: {path: panel.csv, panel: region, time: year}\n"
            + "models:\n"
            + "  - {id: m, estimator: poisson, data: panel, dependent: y, regressors: [x]}\n");
    Path o = study.resolve("out");
    Files.createDirectories(o);
    Files.writeString(o.resolve("report.pdf"), "the previous report");
    CliTest.Result alone =
        CliTest.run(
            "run",
            "--config",
            cfg.toString(),
            "--out",
            study.resolve("alone").toString(),
            "--formats",
            "pdf");
    assertThat(alone.status()).as(alone.err()).isZero();

    CliTest.Result r =
        CliTest.run(
            "run",
            "--briefs",
            "--config",
            cfg.toString(),
            "--out",
            o.toString(),
            "--formats",
            "pdf");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("error: briefs need the panel series");
    try (Stream<Path> files = Files.list(o)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("report.pdf");
    }
    assertThat(Files.readString(o.resolve("report.pdf"))).isEqualTo("the previous report");
  }

  @Test
  void aRendererWarningReachesTheTerminalOnceNamingTheBriefs() throws IOException {
    Path study = dir.resolve("glyphs");
    Files.createDirectories(study.resolve("tpl"));
    Files.writeString(
        study.resolve("panel.csv"),
        "region,year,y,x\nA,2010,3,0.5\nA,2011,5,1.5\nB,2010,1,0.2\nB,2011,0,0.1\nC,2010,7,2.0\nC,2011,4,1.1\n");
    // U+1F642 is in no shipped face: every brief's PDF leaves it out and says so.
    Files.writeString(study.resolve("tpl/unit.md"), "# Brief of ${unit.name} \uD83D\uDE42\n");
    Path cfg = study.resolve("cfg.yaml");
    Files.writeString(
        cfg,
        "report: {title: Test report, brief: tpl/unit.md}\n"
            + "data:\n  panel: {path: panel.csv, panel: region, time: year, series: [x]}\n"
            + "models:\n"
            + "  - {id: m, estimator: poisson, data: panel, dependent: y, regressors: [x]}\n");
    CliTest.Result r =
        CliTest.run(
            "briefs",
            "--config",
            cfg.toString(),
            "--out",
            study.resolve("out").toString(),
            "--formats",
            "pdf",
            "--units",
            "A,C");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err().lines().filter(l -> l.contains("no glyph")).toList())
        .containsExactly(
            "warning: PDF: the embedded font has no glyph for 1 character, left out of the PDF:"
                + " \uD83D\uDE42 (U+1F642) (all briefs)");
  }
}
