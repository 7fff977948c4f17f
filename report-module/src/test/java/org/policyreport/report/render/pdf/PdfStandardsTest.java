package org.policyreport.report.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Inline;
import org.policyreport.report.document.ListBlock;
import org.policyreport.report.document.Numbering;
import org.policyreport.report.document.Paragraph;
import org.policyreport.report.document.SampleDocuments;
import org.policyreport.report.document.Vocabulary;
import org.policyreport.report.template.ReportFixture;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The default report, in English and Korean, checked by veraPDF against PDF/A-2a and PDF/UA-1 (to
 * re-run only this check: {@code ./mvnw -o -pl report-module -am -Dtest=PdfStandardsTest
 * -Dsurefire.failIfNoSpecifiedTests=false verify}).
 */
class PdfStandardsTest {
  private static Document english;
  private static Document korean;
  private static byte[] englishPdf;
  private static byte[] koreanPdf;

  @BeforeAll
  static void renderDefaultReports() {
    Validation.initialise();
    english = ReportFixture.build("en");
    korean = ReportFixture.build("ko");
    englishPdf = PdfSamples.render(english);
    koreanPdf = PdfSamples.render(korean);
  }

  @Test
  void defaultReportsArePdfA2a() {
    assertThat(Validation.failedRules(englishPdf, PDFAFlavour.PDFA_2_A))
        .as("PDF/A-2a rules the English report breaks")
        .isEmpty();
    assertThat(Validation.failedRules(koreanPdf, PDFAFlavour.PDFA_2_A))
        .as("PDF/A-2a rules the Korean report breaks")
        .isEmpty();
  }

  @Test
  void defaultReportsArePdfUa1() {
    assertThat(Validation.failedRules(englishPdf, PDFAFlavour.PDFUA_1))
        .as("PDF/UA-1 rules the English report breaks")
        .isEmpty();
    assertThat(Validation.failedRules(koreanPdf, PDFAFlavour.PDFUA_1))
        .as("PDF/UA-1 rules the Korean report breaks")
        .isEmpty();
  }

  @Test
  void samplesAndANoticeInsideAWarningBoxStayPdfUa1() {
    Document nested = noticeInsideAWarningBox();
    for (Document d : List.of(SampleDocuments.english(), SampleDocuments.korean(), nested)) {
      byte[] pdf = PdfSamples.render(d);
      assertThat(Validation.failedRules(pdf, PDFAFlavour.PDFUA_1))
          .as("PDF/UA-1 rules broken by " + d.metadata().title())
          .isEmpty();
    }
  }

  /** A warning box holding a notice and a list whose item has a footnote and a nested item. */
  static Document noticeInsideAWarningBox() {
    Inline.Footnote note = new Inline.Footnote("A note from inside a list item.");
    return Numbering.apply(
        new Document(
            SampleDocuments.english().metadata(),
            Vocabulary.EN,
            List.of(
                new Heading(1, "c1", "Chapter", true, "1"),
                new Box(
                    "b",
                    Box.Role.RECOMMENDATION,
                    "A box",
                    Box.Status.WARNING,
                    "Not supported by the current data",
                    List.of(
                        new Paragraph(
                            List.of(Inline.Text.plain("A notice inside the box.")),
                            Paragraph.Role.NOTICE),
                        new ListBlock(
                            false,
                            List.of(
                                new ListBlock.Item(
                                    List.of(Inline.Text.plain("An item"), note),
                                    List.of(
                                        new ListBlock.Item(
                                            List.of(Inline.Text.plain("A nested item")),
                                            List.of()))))))))));
  }

  @Test
  void figuresCarryTheirAltTextInTheStructureTree() throws IOException {
    List<String> expected = new ArrayList<>();
    for (Block b : english.blocks()) {
      if (b instanceof Figure f) {
        expected.add(f.altText());
      }
    }
    assertThat(expected).isNotEmpty();
    try (PDDocument pdf = Loader.loadPDF(englishPdf)) {
      List<String> alts = new ArrayList<>();
      for (PDStructureElement e : elements(pdf)) {
        if (e.getStructureType().equals("Figure")) {
          alts.add(e.getAlternateDescription());
        }
      }
      assertThat(alts).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void headingsTablesListsAndNotesAreTagged() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(englishPdf)) {
      assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot().getParentTree()).isNotNull();
      List<PDStructureElement> all = elements(pdf);
      List<String> types = all.stream().map(PDStructureElement::getStructureType).toList();
      assertThat(types)
          .contains("H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD")
          .contains("Caption", "Figure", "Div", "TOC", "TOCI", "Link", "Note");
      assertThat(types.indexOf("H1")).isLessThan(types.indexOf("H2"));
      for (PDStructureElement e : all) {
        if (e.getStructureType().equals("TH")) {
          String attributes = e.getCOSObject().getDictionaryObject(COSName.A).toString();
          assertThat(attributes).as("header cell attributes").contains("Scope").contains("Column");
        }
        if (e.getStructureType().equals("Note")) {
          assertThat(e.getElementIdentifier()).startsWith("note-");
        }
      }
      long chapters = english.headings().stream().filter(h -> h.level() == 1).count();
      assertThat(types.stream().filter("H1"::equals).count())
          .as("title, contents and one H1 per chapter")
          .isEqualTo(chapters + 2);
    }
  }

  private static List<PDStructureElement> elements(PDDocument pdf) {
    List<PDStructureElement> out = new ArrayList<>();
    collect(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), out);
    return out;
  }

  private static void collect(List<Object> kids, List<PDStructureElement> out) {
    for (Object k : kids) {
      if (k instanceof PDStructureElement e) {
        out.add(e);
        collect(e.getKids(), out);
      }
    }
  }

  @Test
  void metadataStreamRepeatsTheDocumentProperties() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(koreanPdf)) {
      PDDocumentCatalog catalog = pdf.getDocumentCatalog();
      String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp)
          .contains(korean.metadata().title())
          .contains(korean.metadata().authors().get(0))
          .contains("<pdfaid:part>2</pdfaid:part>")
          .contains("<pdfaid:conformance>A</pdfaid:conformance>")
          .contains("<pdfuaid:part>1</pdfuaid:part>")
          .contains("ko-KR");
      assertThat(catalog.getLanguage()).isEqualTo("ko-KR");
      assertThat(catalog.getOutputIntents()).hasSize(1);
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(pdf.getVersion()).isEqualTo(1.7f);
    }
    try (PDDocument pdf = Loader.loadPDF(englishPdf)) {
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
    }
  }
}
