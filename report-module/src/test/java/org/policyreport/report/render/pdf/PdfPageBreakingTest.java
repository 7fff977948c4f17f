package org.policyreport.report.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Inline;
import org.policyreport.report.document.PageBreak;
import org.policyreport.report.document.Paragraph;
import org.policyreport.report.document.SampleDocuments;

class PdfPageBreakingTest {
  private static final Pattern NOTE_LINE = Pattern.compile("^\\d+\\. .*");

  @Test
  void noPageHoldsOnlyTheChaptersNotes() throws IOException {
    Document sample = SampleDocuments.english();
    // However long the chapter, its notes never end up alone on the page after it.
    for (int paragraphs = 18; paragraphs <= 40; paragraphs += 2) {
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Heading(1, "c1", "Chapter", true, "1"));
      blocks.add(
          new Paragraph(
              List.of(
                  Inline.Text.plain("Opening with a note"),
                  new Inline.Footnote("The note text that belongs to the chapter.")),
              Paragraph.Role.BODY));
      for (int i = 0; i < paragraphs; i++) {
        blocks.add(
            Paragraph.of(
                "Body text of paragraph "
                    + i
                    + " that runs over two lines of the page so"
                    + " that the chapter grows by a little with every paragraph added to it here."));
      }
      blocks.add(new PageBreak());
      blocks.add(new Heading(1, "c2", "Next chapter", true, "2"));
      blocks.add(Paragraph.of("Text."));
      Document d = new Document(sample.metadata(), sample.vocabulary(), blocks);
      try (PDDocument pdf = Loader.loadPDF(PdfSamples.render(d))) {
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
          List<String> body = bodyLines(pdf, p, d.metadata().title());
          assertThat(body.isEmpty() || !body.stream().allMatch(l -> NOTE_LINE.matcher(l).matches()))
              .as(
                  "page %d of the document with %d paragraphs holds more than notes: %s",
                  p, paragraphs, body)
              .isTrue();
        }
      }
    }
  }

  @Test
  void decimalPointsOfCoefficientsAndStandardErrorsLineUp() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfSamples.render(SampleDocuments.english()))) {
      List<Float> dots = new ArrayList<>();
      for (String cell : List.of("0.021***", "(0.004)")) {
        dots.add(decimalPointX(pdf, cell));
      }
      assertThat(dots.get(0)).isCloseTo(dots.get(1), org.assertj.core.data.Offset.offset(0.6f));
    }
  }

  private static List<String> bodyLines(PDDocument pdf, int page, String title) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setStartPage(page);
    s.setEndPage(page);
    List<String> lines = new ArrayList<>();
    for (String l : s.getText(pdf).split("\\R")) {
      String t = l.strip();
      if (!t.isEmpty() && !t.equalsIgnoreCase(title) && !t.matches("Page \\d+ of \\d+")) {
        lines.add(t);
      }
    }
    return lines;
  }

  /** X of the decimal point of the first occurrence of {@code cell}'s text. */
  private static float decimalPointX(PDDocument pdf, String cell) throws IOException {
    float[] found = {Float.NaN};
    PDFTextStripper s =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            int at = text.indexOf(cell);
            if (Float.isNaN(found[0]) && at >= 0) {
              found[0] = positions.get(at + cell.indexOf('.')).getXDirAdj();
            }
          }
        };
    s.getText(pdf);
    assertThat(found[0]).as(cell + " is in the PDF").isNotNaN();
    return found[0];
  }
}
