package org.policyreport.report.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.SampleDocuments;

class PdfRendererTest {

  @Test
  void writesSamplesForLookingAt() throws IOException {
    PdfSamples.main(new String[] {"target/pdf"});
    assertThat(Path.of("target/pdf/sample-ko.pdf")).exists();
    assertThat(Path.of("target/pdf/sample-en.pdf")).exists();
  }

  @Test
  void sameDocumentGivesSameBytes() {
    byte[] a = PdfSamples.render(SampleDocuments.korean());
    byte[] b = PdfSamples.render(SampleDocuments.korean());
    assertThat(Arrays.equals(a, b)).as("two renderings are byte-identical").isTrue();
  }

  @Test
  void embedsPretendardAndNoOtherFont() throws IOException {
    try (PDDocument pdf = load(SampleDocuments.korean())) {
      List<String> names = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          names.add(font.getName());
          assertThat(font).as(font.getName()).isInstanceOf(PDType0Font.class);
          assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
        }
      }
      assertThat(names).isNotEmpty().allMatch(n -> n.contains("PretendardGOV"));
      assertThat(names).anyMatch(n -> n.endsWith("Bold")).anyMatch(n -> n.endsWith("Regular"));
    }
  }

  @Test
  void koreanTextCanBeExtracted() throws IOException {
    try (PDDocument pdf = load(SampleDocuments.korean())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("재정자주도가 높은 지역일수록 특허 출원이 많다")
          .contains("제2장")
          .contains("실증분석")
          .contains("현재 자료로는 뒷받침되지 않음");
    }
  }

  @Test
  void bookmarksListChaptersWithTheirSections() throws IOException {
    Document d = SampleDocuments.english();
    try (PDDocument pdf = load(d)) {
      List<String> top = new ArrayList<>();
      PDOutlineItem introduction = null;
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        top.add(item.getTitle());
        if (item.getTitle().equals("Chapter 1 Introduction")) {
          introduction = item;
        }
      }
      for (Heading h : d.headings()) {
        if (h.level() == 1) {
          assertThat(top).contains(h.display());
        }
      }
      assertThat(introduction).isNotNull();
      assertThat(introduction.getFirstChild().getTitle()).isEqualTo("1.1 Background");
    }
  }

  @Test
  void contentsShowThePageEachChapterStartsOn() throws IOException {
    for (Document d : List.of(SampleDocuments.english(), SampleDocuments.korean())) {
      try (PDDocument pdf = load(d)) {
        int contentsPage = pageContaining(pdf, d.vocabulary().contentsTitle());
        String contents = text(pdf, contentsPage);
        int checked = 0;
        for (Heading h : d.headings()) {
          if (h.level() != 1) {
            continue;
          }
          Matcher m = Pattern.compile(Pattern.quote(h.display()) + "[ .]*(\\d+)").matcher(contents);
          assertThat(m.find()).as("contents entry for " + h.display()).isTrue();
          int page = Integer.parseInt(m.group(1));
          assertThat(text(pdf, page)).as(h.display() + " on page " + page).contains(h.text());
          assertThat(text(pdf, page - 1))
              .as(h.display() + " not before page " + page)
              .doesNotContain(h.text() + "\n");
          checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
      }
    }
  }

  @Test
  void longTableRepeatsItsHeaderOnTheNextPage() throws IOException {
    try (PDDocument pdf = load(SampleDocuments.english())) {
      int first = pageContaining(pdf, "Region 0 ");
      int last = pageContaining(pdf, "Region 39");
      assertThat(last).as("the long table runs over a page break").isGreaterThan(first);
      assertThat(text(pdf, first)).contains("Patents").contains("Ratio");
      assertThat(text(pdf, last)).contains("Patents").contains("Ratio");
    }
  }

  @Test
  void footerCountsPagesAndTitlePageHasNone() throws IOException {
    try (PDDocument pdf = load(SampleDocuments.english())) {
      int n = pdf.getNumberOfPages();
      assertThat(n).isBetween(6, 20);
      assertThat(text(pdf, n)).contains("Page " + n + " of " + n);
      assertThat(text(pdf, 1)).doesNotContain("Page 1 of");
    }
  }

  @Test
  void propertiesComeFromTheMetadataNotTheClock() throws IOException {
    Document d = SampleDocuments.korean();
    try (PDDocument pdf = load(d)) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo(d.metadata().title());
      assertThat(info.getAuthor()).contains(d.metadata().authors().get(0));
      assertThat(info.getSubject()).isEqualTo(d.metadata().subject());
      assertThat(info.getKeywords()).contains(d.metadata().keywords().get(0));
      Calendar created = info.getCreationDate();
      created.setTimeZone(TimeZone.getTimeZone("UTC"));
      assertThat(created.get(Calendar.YEAR)).isEqualTo(d.metadata().date().getYear());
      assertThat(created.get(Calendar.DAY_OF_YEAR)).isEqualTo(d.metadata().date().getDayOfYear());
    }
  }

  @Test
  void listsInsideABoxKeepOneLinePerItem() throws IOException {
    Document d =
        org.policyreport.report.document.Numbering.apply(
            new Document(
                SampleDocuments.english().metadata(),
                org.policyreport.report.document.Vocabulary.EN,
                java.util.List.of(
                    new org.policyreport.report.document.Box(
                        "b",
                        org.policyreport.report.document.Box.Role.RECOMMENDATION,
                        "A box",
                        org.policyreport.report.document.Box.Status.OK,
                        null,
                        java.util.List.of(
                            new org.policyreport.report.document.ListBlock(
                                true,
                                java.util.List.of(
                                    new org.policyreport.report.document.ListBlock.Item(
                                        java.util.List.of(
                                            org.policyreport.report.document.Inline.Text.plain(
                                                "First strategy")),
                                        java.util.List.of()),
                                    new org.policyreport.report.document.ListBlock.Item(
                                        java.util.List.of(
                                            org.policyreport.report.document.Inline.Text.plain(
                                                "Second strategy")),
                                        java.util.List.of()))))))));
    try (PDDocument pdf = load(d)) {
      String t = text(pdf, 1);
      assertThat(t).contains("1.").doesNotContain("First strategySecond");
      assertThat(t.lines().filter(l -> l.contains("strategy"))).hasSize(2);
    }
  }

  @Test
  void severalTableNotesFollowOneNotePrefix() throws IOException {
    Document d =
        org.policyreport.report.document.Numbering.apply(
            new Document(
                SampleDocuments.korean().metadata(),
                org.policyreport.report.document.Vocabulary.KO,
                List.of(
                    new org.policyreport.report.document.Table(
                        "t",
                        null,
                        "표",
                        org.policyreport.report.document.Table.Kind.DATA,
                        "t",
                        List.of(
                            org.policyreport.report.document.Row.of(
                                List.of(org.policyreport.report.document.Cell.header("가")))),
                        List.of(
                            org.policyreport.report.document.Row.of(
                                List.of(org.policyreport.report.document.Cell.text("1")))),
                        List.of("첫째 주석임.", "둘째 주석임."),
                        null))));
    try (PDDocument pdf = load(d)) {
      String t = new PDFTextStripper().getText(pdf);
      assertThat(t).contains("주: 1) 첫째 주석임. 2) 둘째 주석임.");
      assertThat(t.split("주:", -1)).hasSize(2);
    }
  }

  private static PDDocument load(Document d) throws IOException {
    return Loader.loadPDF(PdfSamples.render(d));
  }

  private static String text(PDDocument pdf, int page) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setStartPage(page);
    s.setEndPage(page);
    return s.getText(pdf);
  }

  private static int pageContaining(PDDocument pdf, String needle) throws IOException {
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      if (text(pdf, p).contains(needle)) {
        return p;
      }
    }
    throw new AssertionError("no page contains " + needle);
  }
}
