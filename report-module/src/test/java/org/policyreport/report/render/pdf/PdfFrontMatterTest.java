package org.policyreport.report.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.policyreport.report.document.FrontMatterSamples;

/** Cover details, signature, references, colophon and front-matter page numbers in the PDF. */
class PdfFrontMatterTest {
  private static String text(PDDocument pdf, int from, int to) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setStartPage(from);
    s.setEndPage(to);
    return s.getText(pdf);
  }

  @Test
  void titlePageShowsSeriesAndResearchTeam() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfSamples.render(FrontMatterSamples.english()))) {
      assertThat(text(pdf, 1, 1))
          .contains(FrontMatterSamples.SERIES, "Principal investigator", "Kim Yeon-gu")
          .contains("Lee Bun-gwon, Park Hyeok-sin");
    }
  }

  @Test
  void forewordEndsInItsSignature() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfSamples.render(FrontMatterSamples.english()))) {
      String page = text(pdf, 2, 2);
      assertThat(page).contains("Foreword", "December 2018", FrontMatterSamples.SIGNER);
      assertThat(page.indexOf(FrontMatterSamples.SIGNER))
          .isGreaterThan(page.indexOf("only paragraph"));
    }
  }

  @Test
  void frontMatterIsNumberedInRomanAndTheBodyFromOne() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfSamples.render(FrontMatterSamples.english()))) {
      String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
      assertThat(labels).startsWith("i", "ii", "iii", "iv", "1");
      assertThat(text(pdf, 2, 2).strip()).endsWith("ii");
      assertThat(text(pdf, 5, 5)).contains("Introduction", "Page 1 of ");
      // The contents give the pages as the reader sees them.
      assertThat(text(pdf, 4, 4)).containsPattern("Foreword\\s*\\.*\\s*ii");
      assertThat(text(pdf, 4, 4)).containsPattern("Introduction\\s*\\.*\\s*1\\b");
    }
  }

  @Test
  void referencesAreGroupedWithHangingIndents() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfSamples.render(FrontMatterSamples.english()))) {
      String all = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(all.indexOf("Korean sources"))
          .isLessThan(all.indexOf(FrontMatterSamples.DOMESTIC));
      assertThat(all.indexOf(FrontMatterSamples.DOMESTIC))
          .isLessThan(all.indexOf("Foreign sources"));
      assertThat(all).contains("Oates, W. E. (1972). " + FrontMatterSamples.FOREIGN_TITLE);
      // A group title stands at the margin; the entry's first line too, its next lines indented.
      List<Float> starts = new ArrayList<>();
      PDFTextStripper s =
          new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<TextPosition> positions) {
              if (line.startsWith("Statistics Korea") || line.startsWith("Korean sources")) {
                starts.add(positions.get(0).getXDirAdj());
              }
            }
          };
      s.getText(pdf);
      assertThat(starts).hasSize(2);
      assertThat(starts.get(0)).isCloseTo(starts.get(1), org.assertj.core.data.Offset.offset(1f));
    }
  }

  @Test
  void colophonIsOnTheLastPageWithTheDisclaimer() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfSamples.render(FrontMatterSamples.english()))) {
      String last = text(pdf, pdf.getNumberOfPages(), pdf.getNumberOfPages());
      assertThat(last)
          .contains(FrontMatterSamples.ISBN, FrontMatterSamples.DISCLAIMER, "Published")
          .doesNotContain(FrontMatterSamples.DOMESTIC);
    }
  }

  @Test
  void frontMatterRendersTheSameBytesTwice() {
    assertThat(PdfSamples.render(FrontMatterSamples.english()))
        .isEqualTo(PdfSamples.render(FrontMatterSamples.english()));
  }
}
