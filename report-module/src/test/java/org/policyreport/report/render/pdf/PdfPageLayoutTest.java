package org.policyreport.report.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Inline;
import org.policyreport.report.document.ListBlock;
import org.policyreport.report.document.Paragraph;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.SampleDocuments;
import org.policyreport.report.document.Table;

/** Where the page-breaking rules put things, read back page by page from the PDF's text. */
class PdfPageLayoutTest {
  private static final String FILLER =
      "Body text that runs over two lines of the page so that the chapter grows by a little"
          + " with every paragraph that is added to it in this test.";

  @Test
  void footnoteIsPrintedAtTheFootOfThePageOfItsMarker() throws IOException {
    for (int before = 4; before <= 40; before += 3) {
      List<Block> blocks = chapter();
      filler(blocks, before);
      blocks.add(
          new Paragraph(
              List.of(
                  Inline.Text.plain("The sentence that calls the note"),
                  new Inline.Footnote("Footnote text printed where it is called."),
                  Inline.Text.plain(" and goes on after it.")),
              Paragraph.Role.BODY));
      filler(blocks, 30);
      List<String> pages = pages(english(blocks));
      int marker = pageOf(pages, "The sentence that calls the note");
      assertThat(pageOf(pages, "Footnote text printed where it is called."))
          .as("note page with %d paragraphs before its marker", before)
          .isEqualTo(marker);
      List<String> lines = lines(pages.get(marker - 1));
      int note = indexOf(lines, "Footnote text printed");
      assertThat(lines.subList(note, lines.size()))
          .as("nothing but the footer follows the note")
          .allMatch(l -> l.contains("Footnote text") || l.matches("Page \\d+ of \\d+"));
    }
  }

  @Test
  void aCoefficientIsNeverSeparatedFromItsStandardError() throws IOException {
    for (int before = 0; before <= 14; before++) {
      List<Block> blocks = chapter();
      filler(blocks, before);
      blocks.add(regressionTable(40));
      List<String> pages = pages(english(blocks));
      for (int k = 0; k < 40; k++) {
        assertThat(pageOf(pages, seText(k)))
            .as("standard error of term %d with %d paragraphs before the table", k, before)
            .isEqualTo(pageOf(pages, coefText(k)));
      }
    }
  }

  @Test
  void theCaptionOnEachFurtherPageOfATableSaysContinued() throws IOException {
    List<Block> blocks = chapter();
    filler(blocks, 6);
    blocks.add(regressionTable(40));
    List<String> pages = pages(english(blocks));
    int first = pageOf(pages, "Estimates of the test model");
    assertThat(pages.get(first - 1)).doesNotContain("(continued)");
    assertThat(pages.get(first)).contains("Estimates of the test model (continued)");
    List<String> korean = pages(korean(blocks));
    assertThat(korean.get(first)).contains("(계속)");
  }

  @Test
  void aHeadingIsNeverTheLastLineOfAPage() throws IOException {
    for (int before = 10; before <= 30; before++) {
      List<Block> blocks = chapter();
      filler(blocks, before);
      blocks.add(new Heading(2, "s", "The held section", true, "1.1"));
      filler(blocks, 3);
      List<String> pages = pages(english(blocks));
      int page = pageOf(pages, "The held section");
      List<String> lines = bodyLines(pages.get(page - 1));
      assertThat(lines.get(lines.size() - 1))
          .as("last line of page %d with %d paragraphs before the heading", page, before)
          .doesNotContain("The held section");
    }
  }

  @Test
  void aSentenceEndingWithAColonStaysWithTheListItIntroduces() throws IOException {
    for (int before = 10; before <= 30; before++) {
      List<Block> blocks = chapter();
      filler(blocks, before);
      blocks.add(Paragraph.of("The study follows these steps:"));
      blocks.add(
          new ListBlock(
              false,
              List.of(
                  new ListBlock.Item(List.of(Inline.Text.plain("First listed step")), List.of()),
                  new ListBlock.Item(List.of(Inline.Text.plain("Second step")), List.of()))));
      filler(blocks, 3);
      List<String> pages = pages(english(blocks));
      assertThat(pageOf(pages, "First listed step"))
          .as("with %d paragraphs before", before)
          .isEqualTo(pageOf(pages, "The study follows these steps:"));
    }
  }

  @Test
  void aParagraphBrokenOverPagesKeepsTwoLinesOnEachPage() throws IOException {
    for (int before = 8; before <= 24; before++) {
      List<Block> blocks = chapter();
      filler(blocks, before);
      for (int p = 0; p < 6; p++) {
        blocks.add(Paragraph.of(words("w" + p + "x", p + 3 * 12)));
      }
      List<String> pages = pages(english(blocks));
      for (int p = 0; p < 6; p++) {
        String mark = "w" + p + "x";
        List<Integer> counts = new ArrayList<>();
        for (String page : pages) {
          int n = (int) lines(page).stream().filter(l -> l.contains(mark)).count();
          if (n > 0) {
            counts.add(n);
          }
        }
        assertThat(counts)
            .as("lines of paragraph %d per page, %d paragraphs before", p, before)
            .allMatch(n -> n >= 2);
      }
    }
  }

  @Test
  void aLongBoxStartsWhereItIsAndRunsOver() throws IOException {
    List<Block> blocks = chapter();
    filler(blocks, 6);
    List<Block> inside = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      inside.add(Paragraph.of("Box paragraph " + i + ". " + FILLER));
    }
    blocks.add(new Box("b", Box.Role.RECOMMENDATION, "The long box", Box.Status.OK, null, inside));
    List<String> pages = pages(english(blocks));
    assertThat(pageOf(pages, "The long box")).isEqualTo(pageOf(pages, "Body text 5 that runs"));
    assertThat(pageOf(pages, "Box paragraph 29")).isGreaterThan(pageOf(pages, "The long box"));
  }

  @Test
  void aShortBoxMovesWholeOnlyWhenItDoesNotFit() throws IOException {
    for (int before = 4; before <= 26; before += 2) {
      List<Block> blocks = chapter();
      filler(blocks, before);
      List<Block> inside = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        inside.add(Paragraph.of("Box paragraph " + i + ". " + FILLER));
      }
      blocks.add(
          new Box("b", Box.Role.RECOMMENDATION, "The short box", Box.Status.OK, null, inside));
      List<String> pages = pages(english(blocks));
      int box = pageOf(pages, "The short box");
      assertThat(pageOf(pages, "Box paragraph 3")).isEqualTo(box);
      int last = pageOf(pages, "Body text " + (before - 1) + " that runs");
      if (box > last) {
        // It moved: then it could not have fitted under the text before it.
        assertThat(bodyLines(pages.get(last - 1)).size())
            .as("page %d, %d paragraphs before", last, before)
            .isGreaterThan(20);
      }
    }
  }

  @Test
  void koreanLinesBreakOnlyBetweenWordsAndNeverBeforeClosingPunctuation() throws IOException {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(1, "c1", "장", true, "제1장"));
    String text =
        "분석 단계에서는 정책 수요를 추정하였으며 추정은 수렴(7회 반복)할 때까지 되풀이하였다. 국가 차원의"
            + " 선정·재정 지원과 지역의 기획·집행 주도를 결합하였다. 지역혁신체계는 대학·기업·연구기관·지방정부가"
            + " 함께 만드는 협력의 틀이며, 그 성과는 특허 출원 건수와 연구개발 투자로 측정된다.";
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      // Shifting the text by a word each time moves every break to another place.
      String shifted = "가".repeat(i % 4 + 1) + " " + "나".repeat(i / 4 + 1) + " " + text;
      blocks.add(Paragraph.of(shifted));
      sources.add(shifted);
    }
    // A table cell breaks its lines by the same rules; one column, so its lines stand alone.
    List<Row> body = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String cell = "나".repeat(i + 1) + " " + text;
      body.add(Row.of(List.of(Cell.text(cell))));
      sources.add(cell);
    }
    blocks.add(
        new Table(
            "t",
            "<표 1-1>",
            "표",
            Table.Kind.DATA,
            "t",
            List.of(Row.of(List.of(Cell.header("항목")))),
            body,
            List.of(),
            null));
    List<String> pages = pages(korean(blocks));
    for (String page : pages) {
      for (String line : bodyLines(page)) {
        assertThat(line).as("line start").doesNotStartWith("·").doesNotStartWith(".");
        assertThat(line).doesNotStartWith(",").doesNotStartWith(")");
        if (line.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3) && !isTitle(line)) {
          assertThat(wholeWords(line.replaceAll("\\s", ""), sources))
              .as("line \"%s\" starts and ends between words", line)
              .isTrue();
        }
      }
    }
  }

  /**
   * Whether {@code line} (without spaces, which pdfbox finds between spread letters of a justified
   * line) is a run of whole words of one of the texts.
   */
  private static boolean wholeWords(String line, List<String> sources) {
    for (String source : sources) {
      Set<Integer> boundaries = new HashSet<>();
      StringBuilder compact = new StringBuilder();
      boundaries.add(0);
      for (String w : source.split(" ")) {
        compact.append(w);
        boundaries.add(compact.length());
      }
      for (int at = compact.indexOf(line); at >= 0; at = compact.indexOf(line, at + 1)) {
        if (boundaries.contains(at) && boundaries.contains(at + line.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isTitle(String line) {
    return line.equals("제1장") || line.equals("장") || line.startsWith("<표") || line.startsWith("항목");
  }

  private static String words(String mark, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n * 4; i++) {
      sb.append(mark).append(i).append(' ');
    }
    return sb.toString().strip() + ".";
  }

  private static Table regressionTable(int terms) {
    List<Row> body = new ArrayList<>();
    for (int k = 0; k < terms; k++) {
      body.add(
          Row.of(List.of(Cell.text("Term " + k), Cell.number(coefText(k), 1 + k / 1000.0, 3)))
              .keptWithNext());
      body.add(Row.of(List.of(Cell.text(""), Cell.number(seText(k), k / 1000.0, 3))));
    }
    return new Table(
        "t",
        "Table 1-1",
        "Estimates of the test model",
        Table.Kind.REGRESSION,
        "t",
        List.of(Row.of(List.of(Cell.header(""), Cell.header("(1)")))),
        body,
        List.of(),
        null);
  }

  private static String coefText(int k) {
    return String.format("%d.%03d***", 1, k);
  }

  private static String seText(int k) {
    return String.format("(0.%03d)", k);
  }

  private static List<Block> chapter() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(1, "c1", "Chapter", true, "1"));
    return blocks;
  }

  private static void filler(List<Block> blocks, int n) {
    int start = (int) blocks.stream().filter(b -> b instanceof Paragraph).count();
    for (int i = 0; i < n; i++) {
      blocks.add(Paragraph.of("Body text " + (start + i) + " that runs. " + FILLER));
    }
  }

  private static byte[] english(List<Block> blocks) {
    Document sample = SampleDocuments.english();
    return PdfSamples.render(new Document(sample.metadata(), sample.vocabulary(), blocks));
  }

  private static byte[] korean(List<Block> blocks) {
    Document sample = SampleDocuments.korean();
    return PdfSamples.render(new Document(sample.metadata(), sample.vocabulary(), blocks));
  }

  /** The text of each page. */
  private static List<String> pages(byte[] pdf) throws IOException {
    List<String> out = new ArrayList<>();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      for (int p = 1; p <= d.getNumberOfPages(); p++) {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(p);
        s.setEndPage(p);
        out.add(s.getText(d));
      }
    }
    return out;
  }

  /** The 1-based page whose text contains {@code text}, or 0. */
  private static int pageOf(List<String> pages, String text) {
    for (int p = 0; p < pages.size(); p++) {
      if (pages.get(p).contains(text)) {
        return p + 1;
      }
    }
    return 0;
  }

  private static List<String> lines(String page) {
    List<String> out = new ArrayList<>();
    for (String l : page.split("\\R")) {
      if (!l.isBlank()) {
        out.add(l.strip());
      }
    }
    return out;
  }

  /** The lines of a page without its running header and footer. */
  private static List<String> bodyLines(String page) {
    List<String> out = new ArrayList<>(lines(page));
    out.removeIf(l -> l.matches("Page \\d+ of \\d+") || l.matches("- \\d+ -"));
    if (!out.isEmpty()) {
      out.remove(0);
    }
    return out;
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }
}
