package org.policyreport.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default report end to end, as a user gets it with no arguments. */
class DefaultReportTest {
  @TempDir Path dir;

  private Path run(String name, String... extra) {
    Path out = dir.resolve(name);
    String[] args = new String[extra.length + 3];
    args[0] = "run";
    args[1] = "--out";
    args[2] = out.toString();
    System.arraycopy(extra, 0, args, 3, extra.length);
    CliTest.Result r = CliTest.run(args);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("warning");
    return out;
  }

  @Test
  void writesTheFiveFilesAndTheirBytesRepeatExactly() throws IOException {
    Path a = run("a");
    Path b = run("b");
    for (String f :
        new String[] {"results.json", "report.docx", "report.xlsx", "report.pdf", "report.hwpx"}) {
      assertThat(Files.size(a.resolve(f))).as(f).isPositive();
      assertThat(Files.readAllBytes(a.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(b.resolve(f)));
    }
  }

  @Test
  void pdfFooterCountsTheBodyFromOneAfterFrontMatterInRomanNumerals() throws IOException {
    Path out = run("en");
    try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
      int pages = pdf.getNumberOfPages();
      String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
      int body = java.util.Arrays.asList(labels).indexOf("1");
      assertThat(body).isGreaterThan(1);
      assertThat(labels[1]).isEqualTo("ii");
      int bodyPages = pages - body;
      assertThat(labels[pages - 1]).isEqualTo(Integer.toString(bodyPages));
      PDFTextStripper strip = new PDFTextStripper();
      strip.setStartPage(pages);
      strip.setEndPage(pages);
      assertThat(strip.getText(pdf)).contains("Page " + bodyPages + " of " + bodyPages);
      strip.setStartPage(2);
      strip.setEndPage(2);
      assertThat(strip.getText(pdf).strip()).endsWith("ii");
      String all = new PDFTextStripper().getText(pdf);
      assertThat(all).contains("Chapter 5", "Appendix", "synthetic");
    }
  }

  @Test
  void koreanReportUsesKoreanNumberingInEveryFormat() throws IOException {
    Path out = run("ko", "--language", "ko");
    try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
      String all = new PDFTextStripper().getText(pdf);
      assertThat(all).contains("제4장", "<표 4-1>", "[그림 4-1]", "2018. 12. 7.");
    }
    try (InputStream in = Files.newInputStream(out.resolve("report.docx"));
        XWPFDocument docx = new XWPFDocument(in)) {
      // Chapter numbers are drawn by the heading list: "제%1장" at its first level.
      assertThat(docx.getNumbering().getAbstractNums().get(0).getCTAbstractNum().getLvlArray(0))
          .satisfies(l -> assertThat(l.getLvlText().getVal()).isEqualTo("제%1장"))
          .satisfies(l -> assertThat(l.getPStyle().getVal()).isEqualTo("Heading1"));
      assertThat(
              docx.getParagraphs().stream()
                  .filter(p -> "Heading1".equals(p.getStyle()))
                  .map(XWPFParagraph::getText))
          .contains("실증분석");
    }
    try (InputStream in = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook xlsx = new XSSFWorkbook(in)) {
      assertThat(xlsx.getNumberOfSheets()).isGreaterThan(10);
    }
    try (java.util.zip.ZipFile hwpx =
            new java.util.zip.ZipFile(out.resolve("report.hwpx").toFile());
        InputStream in = hwpx.getInputStream(hwpx.getEntry("Contents/section0.xml"))) {
      String section = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(section).contains("제4장", "&lt;표 4-1&gt;", "[그림 4-1]", "2018. 12. 7.");
    }
  }
}
