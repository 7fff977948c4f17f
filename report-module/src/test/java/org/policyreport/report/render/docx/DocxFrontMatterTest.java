package org.policyreport.report.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.policyreport.report.document.FrontMatterSamples;

/** Cover details, signature, references, colophon and the front matter's section in the DOCX. */
class DocxFrontMatterTest {
  private static List<String> texts(Rendered r) {
    return r.docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }

  private static XWPFParagraph paragraph(Rendered r, String start) {
    return r.docx.getParagraphs().stream()
        .filter(p -> p.getText().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph starting " + start));
  }

  @Test
  void titlePageShowsSeriesAndResearchTeam() throws IOException {
    try (Rendered r = new Rendered(FrontMatterSamples.english())) {
      assertThat(texts(r))
          .contains(
              FrontMatterSamples.SERIES,
              "Principal investigator\tKim Yeon-gu",
              "Research team\tLee Bun-gwon, Park Hyeok-sin");
    }
  }

  @Test
  void signatureIsFlushRight() throws IOException {
    try (Rendered r = new Rendered(FrontMatterSamples.english())) {
      XWPFParagraph p = paragraph(r, FrontMatterSamples.SIGNER);
      assertThat(p.getCTP().getPPr().getJc().getVal().toString()).isEqualTo("right");
    }
  }

  @Test
  void referencesAreGroupedWithHangingIndentsAndItalicTitles() throws IOException {
    try (Rendered r = new Rendered(FrontMatterSamples.english())) {
      List<String> t = texts(r);
      assertThat(t.indexOf("Korean sources")).isLessThan(t.indexOf(FrontMatterSamples.DOMESTIC));
      XWPFParagraph entry = paragraph(r, "Oates");
      assertThat(entry.getCTP().getPPr().getInd().getHanging().toString())
          .isEqualTo(Integer.toString(BackMatter.HANGING));
      assertThat(entry.getRuns())
          .anySatisfy(
              run -> {
                assertThat(run.text()).isEqualTo(FrontMatterSamples.FOREIGN_TITLE);
                assertThat(run.isItalic()).isTrue();
              });
    }
  }

  @Test
  void colophonCarriesThePublicationFactsAndTheDisclaimer() throws IOException {
    try (Rendered r = new Rendered(FrontMatterSamples.english())) {
      assertThat(texts(r))
          .contains("ISBN\t" + FrontMatterSamples.ISBN, FrontMatterSamples.DISCLAIMER);
      assertThat(paragraph(r, FrontMatterSamples.SERIES + "").isPageBreak()).isFalse();
    }
  }

  @Test
  void frontMatterIsASectionNumberedInLowerRomanAndTheBodyStartsAtOne() throws IOException {
    try (Rendered r = new Rendered(FrontMatterSamples.english())) {
      List<XWPFParagraph> ends =
          r.docx.getParagraphs().stream()
              .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
              .toList();
      assertThat(ends).hasSize(1);
      var front = ends.get(0).getCTP().getPPr().getSectPr();
      assertThat(front.getPgNumType().getFmt()).isEqualTo(STNumberFormat.LOWER_ROMAN);
      assertThat(front.isSetTitlePg()).isTrue();
      assertThat(front.sizeOfFooterReferenceArray()).isGreaterThan(0);
      var body = r.docx.getDocument().getBody().getSectPr();
      assertThat(body.getPgNumType().getStart().intValue()).isEqualTo(1);
      assertThat(body.getPgNumType().getFmt()).isEqualTo(STNumberFormat.DECIMAL);
      // The section break is where the front matter ends: after the contents, before chapter 1.
      int end = r.docx.getParagraphs().indexOf(ends.get(0));
      assertThat(r.docx.getParagraphs().get(end + 1).getText()).isEqualTo("Introduction");
      // "Page 3 of N": N counts the body's pages, not the front matter's.
      String footer = r.docx.getFooterList().get(0)._getHdrFtr().xmlText();
      assertThat(footer).contains("SECTIONPAGES").doesNotContain("NUMPAGES");
    }
  }
}
