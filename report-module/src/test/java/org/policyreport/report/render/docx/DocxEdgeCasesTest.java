package org.policyreport.report.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Inline;
import org.policyreport.report.document.PageBreak;
import org.policyreport.report.document.Paragraph;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.SampleDocuments;
import org.policyreport.report.document.Table;

class DocxEdgeCasesTest {
  private static Document with(List<Block> blocks) {
    Document sample = SampleDocuments.english();
    return new Document(sample.metadata(), sample.vocabulary(), blocks);
  }

  private static Table smallTable(String caption) {
    return new Table(
        "t",
        "Table 1",
        caption,
        Table.Kind.DATA,
        "t",
        List.of(Row.of(List.of(Cell.header("A"), Cell.header("B")))),
        List.of(Row.of(List.of(Cell.text("line one\nline two"), Cell.number("1.5", 1.5, 1)))),
        List.of(),
        null);
  }

  @Test
  void tableInsideABoxIsLeftOutWithAWarning() throws Exception {
    Box box =
        new Box(
            "b",
            Box.Role.SUMMARY,
            "Summary",
            Box.Status.OK,
            null,
            List.of(Paragraph.of("Kept."), smallTable("Dropped")));
    try (Rendered r = new Rendered(with(List.of(box)))) {
      assertThat(r.warnings).singleElement().asString().contains("table").contains("box");
      assertThat(r.docx.getTables())
          .singleElement()
          .satisfies(t -> assertThat(t.getText()).contains("Kept."));
    }
  }

  @Test
  void pageBreakBeforeAChapterLeavesNoEmptyPage() throws Exception {
    List<Block> blocks =
        List.of(
            Paragraph.of("Before."),
            new PageBreak(),
            new Heading(1, "c", "Chapter", true, "1"),
            Paragraph.of("After."),
            new PageBreak(),
            Paragraph.of("New page."));
    try (Rendered r = new Rendered(with(blocks))) {
      String xml = r.documentXml();
      assertThat(xml).doesNotContain("w:type=\"page\"");
      // The chapter heading starts a page through its style; only "New page." needs the break.
      assertThat(xml.split("<w:pageBreakBefore/>", -1)).hasSize(2);
      assertThat(
              r.docx.getParagraphs().stream()
                  .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetPageBreakBefore())
                  .map(p -> p.getText()))
          .containsExactly("New page.");
      assertThat(r.docx.getSettings().getCTSettings().isSetUpdateFields())
          .as("no table of contents, nothing to update")
          .isFalse();
    }
  }

  @Test
  void lineFeedsInCellsBecomeLineBreaks() throws Exception {
    try (Rendered r = new Rendered(with(List.of(smallTable("Cells"))))) {
      String cell = r.docx.getTables().get(0).getRow(1).getCell(0).getCTTc().xmlText();
      assertThat(cell).contains("line one</w:t><w:br/>");
    }
  }

  @Test
  void fontKeyIsXoredOverTheFirst32BytesFromItsLastByteToItsFirst() {
    // ECMA-376 Part 1, 17.8.1: the key's bytes in reverse order of the GUID string.
    byte[] zeros = new byte[40];
    byte[] out = EmbeddedFonts.obfuscate(zeros, "{00112233-4455-6677-8899-AABBCCDDEEFF}");
    assertThat(out[0] & 0xFF).isEqualTo(0xFF);
    assertThat(out[1] & 0xFF).isEqualTo(0xEE);
    assertThat(out[15] & 0xFF).isEqualTo(0x00);
    assertThat(out[16] & 0xFF).isEqualTo(0xFF);
    assertThat(out[31] & 0xFF).isEqualTo(0x00);
    assertThat(out[14] & 0xFF).isEqualTo(0x11);
    assertThat(out[32]).as("past the first 32 bytes").isZero();
  }

  @Test
  void aRunThatIsExactlyATableLabelBecomesARefFieldButASharedHeadingNumberStaysText()
      throws Exception {
    List<Block> blocks =
        List.of(
            new Heading(3, "a", "First", true, "1."),
            new Heading(3, "b", "Second", true, "1."),
            new Paragraph(
                List.of(
                    Inline.Text.plain("See "),
                    Inline.Text.plain("Table 1"),
                    Inline.Text.plain(" and "),
                    Inline.Text.plain("1."),
                    Inline.Text.plain(".")),
                Paragraph.Role.BODY),
            smallTable("Cells"));
    try (Rendered r = new Rendered(with(blocks))) {
      XWPFParagraph p =
          r.docx.getParagraphs().stream()
              .filter(x -> x.getText().startsWith("See "))
              .findFirst()
              .orElseThrow();
      assertThat(p.getText()).isEqualTo("See Table 1 and 1..");
      String xml = p.getCTP().xmlText();
      assertThat(xml).contains("REF _Ref000000001 \\h");
      assertThat(xml.split("instrText", -1)).as("one field").hasSize(3);
      // A caption without a chapter number has a sequence field and no chapter field.
      XWPFParagraph caption =
          r.docx.getParagraphs().stream()
              .filter(x -> "Caption".equals(x.getStyle()))
              .findFirst()
              .orElseThrow();
      assertThat(caption.getText()).isEqualTo("Table 1 Cells");
      assertThat(caption.getCTP().xmlText()).contains("SEQ Table").doesNotContain("STYLEREF");
    }
  }
}
