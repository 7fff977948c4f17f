package org.policyreport.report.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Inline;
import org.policyreport.report.document.Paragraph;
import org.policyreport.report.document.SampleDocuments;
import org.policyreport.report.document.Table;
import org.policyreport.report.render.Fonts;

class DocxRendererTest {
  private static Rendered en;
  private static Rendered ko;

  @BeforeAll
  static void render() {
    en = new Rendered(SampleDocuments.english());
    ko = new Rendered(SampleDocuments.korean());
  }

  @AfterAll
  static void close() throws IOException {
    en.close();
    ko.close();
  }

  private static List<XWPFParagraph> paragraphsWithStyle(Rendered r, String style) {
    return r.docx.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .collect(Collectors.toList());
  }

  private static <T extends Block> List<T> blocks(Rendered r, Class<T> type) {
    return r.source.blocks().stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void headingsUseWordsBuiltInHeadingStyles() {
    for (int level = 1; level <= 4; level++) {
      XWPFStyle style = en.docx.getStyles().getStyle("Heading" + level);
      assertThat(style).as("style Heading%d", level).isNotNull();
      assertThat(style.getName()).isEqualTo("heading " + level);
      assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
          .isEqualTo(level - 1);
    }
    for (Heading h : en.source.headings()) {
      List<String> texts =
          paragraphsWithStyle(en, "Heading" + h.level()).stream()
              .map(XWPFParagraph::getText)
              .toList();
      // The number is drawn by the heading list, not typed.
      assertThat(texts).as("level %d headings", h.level()).contains(h.text());
    }
    for (Rendered r : List.of(en, ko)) {
      List<String> drawn =
          DrawnNumbers.of(r.docx).stream()
              .filter(n -> n.paragraph().getStyle() != null)
              .filter(n -> n.paragraph().getStyle().startsWith("Heading"))
              .map(n -> n.number() == null ? "" : n.number())
              .toList();
      assertThat(drawn)
          .containsExactlyElementsOf(
              r.source.headings().stream().map(h -> h.number() == null ? "" : h.number()).toList());
    }
    assertThat(DrawnNumbers.of(ko.docx).stream().map(DrawnNumbers.Numbered::number))
        .contains("제1장");
  }

  @Test
  void chaptersStartOnANewPage() {
    assertThat(
            en.docx.getStyles().getStyle("Heading1").getCTStyle().getPPr().isSetPageBreakBefore())
        .isTrue();
  }

  @Test
  void tableOfContentsIsAFilledInTocFieldLinkedToHeadingBookmarks() {
    String xml = en.documentXml();
    assertThat(xml).contains("TOC \\o \"1-2\" \\h \\z \\u");
    assertThat(xml).contains("fldCharType=\"begin\"").contains("fldCharType=\"end\"");

    List<Heading> expected = en.source.headings().stream().filter(h -> h.level() <= 2).toList();
    List<XWPFParagraph> entries = new ArrayList<>();
    for (XWPFParagraph p : en.docx.getParagraphs()) {
      if (("TOC1".equals(p.getStyle()) || "TOC2".equals(p.getStyle())) && !p.getText().isBlank()) {
        entries.add(p);
      }
    }
    assertThat(entries).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      XWPFParagraph entry = entries.get(i);
      assertThat(entry.getStyle()).isEqualTo("TOC" + expected.get(i).level());
      assertThat(entry.getText()).startsWith(expected.get(i).display());
      String anchor = entry.getCTP().getHyperlinkArray(0).getAnchor();
      assertThat(entry.getCTP().xmlText()).contains("PAGEREF " + anchor + " \\h");
      // The anchor is a bookmark on the heading the entry names.
      XWPFParagraph heading =
          en.docx.getParagraphs().stream()
              .filter(
                  p ->
                      p.getCTP().getBookmarkStartList().stream()
                          .anyMatch(b -> b.getName().equals(anchor)))
              .findFirst()
              .orElseThrow();
      assertThat(heading.getText()).isEqualTo(expected.get(i).text());
    }
    assertThat(en.docx.getSettings().getCTSettings().isSetUpdateFields()).isTrue();
  }

  @Test
  void tableCaptionsSitAboveTablesWithTheirLabels() {
    for (Rendered r : List.of(en, ko)) {
      List<IBodyElement> body = r.docx.getBodyElements();
      List<Table> tables = blocks(r, Table.class);
      List<String> captionsAboveTables = new ArrayList<>();
      for (int i = 1; i < body.size(); i++) {
        if (body.get(i) instanceof XWPFTable && body.get(i - 1) instanceof XWPFParagraph) {
          XWPFParagraph above = (XWPFParagraph) body.get(i - 1);
          if ("Caption".equals(above.getStyle())) {
            captionsAboveTables.add(above.getText());
          }
        }
      }
      assertThat(captionsAboveTables)
          .containsExactlyElementsOf(
              tables.stream().map(t -> t.label() + " " + t.caption()).toList());
    }
    assertThat(blocks(ko, Table.class).get(0).label()).startsWith("<표 ");
  }

  @Test
  void figureCaptionsSitBelowTheImage() {
    List<IBodyElement> body = en.docx.getBodyElements();
    List<String> captionsBelowImages = new ArrayList<>();
    for (int i = 0; i + 1 < body.size(); i++) {
      if (body.get(i) instanceof XWPFParagraph
          && !((XWPFParagraph) body.get(i)).getRuns().isEmpty()
          && ((XWPFParagraph) body.get(i))
              .getRuns().stream().anyMatch(run -> !run.getEmbeddedPictures().isEmpty())) {
        captionsBelowImages.add(((XWPFParagraph) body.get(i + 1)).getText());
      }
    }
    assertThat(captionsBelowImages)
        .containsExactlyElementsOf(
            blocks(en, Figure.class).stream().map(f -> f.label() + " " + f.caption()).toList());
  }

  @Test
  void imagesCarryTheFiguresAltText() {
    List<String> descriptions = new ArrayList<>();
    for (XWPFParagraph p : en.docx.getParagraphs()) {
      for (XWPFRun run : p.getRuns()) {
        for (XWPFPicture pic : run.getEmbeddedPictures()) {
          descriptions.add(pic.getDescription());
          assertThat(run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getDescr())
              .isEqualTo(pic.getDescription());
          assertThat(pic.getPictureData().getData()).isNotEmpty();
        }
      }
    }
    assertThat(descriptions)
        .containsExactlyElementsOf(blocks(en, Figure.class).stream().map(Figure::altText).toList());
  }

  @Test
  void headerRowsRepeatAndNoRowBreaksAcrossPages() {
    List<Table> tables = blocks(en, Table.class);
    List<XWPFTable> rendered =
        en.docx.getTables().stream().filter(t -> t.getRows().size() > 1).toList();
    assertThat(rendered).hasSameSizeAs(tables);
    for (int i = 0; i < tables.size(); i++) {
      List<XWPFTableRow> rows = rendered.get(i).getRows();
      int headerRows = tables.get(i).header().size();
      assertThat(rows).hasSize(headerRows + tables.get(i).body().size());
      for (int r = 0; r < rows.size(); r++) {
        assertThat(rows.get(r).isRepeatHeader()).as("row %d repeats", r).isEqualTo(r < headerRows);
        assertThat(rows.get(r).isCantSplitRow()).as("row %d can't split", r).isTrue();
      }
    }
  }

  @Test
  void regressionTableHasRulesAboveBelowAndUnderTheHeaderButNoVerticalLines() {
    int index =
        blocks(en, Table.class)
            .indexOf(
                blocks(en, Table.class).stream()
                    .filter(t -> t.kind() == Table.Kind.REGRESSION)
                    .findFirst()
                    .orElseThrow());
    XWPFTable table =
        en.docx.getTables().stream().filter(t -> t.getRows().size() > 1).toList().get(index);
    assertThat(table.getStyleID()).isEqualTo(Styles.REGRESSION_TABLE);
    String style = en.docx.getStyles().getStyle(Styles.REGRESSION_TABLE).getCTStyle().xmlText();
    String tblPr = style.substring(style.indexOf("<w:tblPr>"), style.indexOf("</w:tblPr>"));
    assertThat(tblPr).containsPattern("<w:top w:val=\"single\"");
    assertThat(tblPr).containsPattern("<w:bottom w:val=\"single\"");
    assertThat(tblPr).contains("<w:insideV w:val=\"nil\"/>").contains("<w:left w:val=\"nil\"/>");
    assertThat(tblPr).contains("<w:insideH w:val=\"nil\"/>");
    Table source = blocks(en, Table.class).get(index);
    int headerRows = source.header().size();
    assertThat(
            table
                .getRow(headerRows - 1)
                .getCell(0)
                .getCTTc()
                .getTcPr()
                .getTcBorders()
                .isSetBottom())
        .isTrue();
    for (int r = 0; r < source.body().size(); r++) {
      boolean ruled = table.getRow(headerRows + r).getCell(0).getCTTc().getTcPr().isSetTcBorders();
      assertThat(ruled)
          .as("body row %d has a rule above", r)
          .isEqualTo(source.body().get(r).ruleAbove());
    }
  }

  @Test
  void numbersLineUpOnTheDecimalPoint() {
    Table source = blocks(en, Table.class).get(0);
    XWPFTable table =
        en.docx.getTables().stream().filter(t -> t.getRows().size() > 1).findFirst().orElseThrow();
    int headerRows = source.header().size();
    // "0.021***" and "(0.004)": one decimal tab stop for the column, each number whole.
    XWPFParagraph a = table.getRow(headerRows).getCell(1).getParagraphs().get(0);
    XWPFParagraph b = table.getRow(headerRows + 1).getCell(1).getParagraphs().get(0);
    Matcher ma =
        Pattern.compile("w:val=\"decimal\" w:pos=\"(\\d+)\"").matcher(a.getCTP().xmlText());
    Matcher mb =
        Pattern.compile("w:val=\"decimal\" w:pos=\"(\\d+)\"").matcher(b.getCTP().xmlText());
    assertThat(ma.find()).isTrue();
    assertThat(mb.find()).isTrue();
    assertThat(ma.group(1)).isEqualTo(mb.group(1));
    assertThat(a.getRuns()).singleElement();
    assertThat(a.getText()).isEqualTo(source.body().get(0).cells().get(1).text());
    assertThat(b.getText()).isEqualTo(source.body().get(1).cells().get(1).text());
  }

  @Test
  void tableNotesAndSourceUseTheVocabularysPrefixes() {
    Table source = blocks(en, Table.class).get(0);
    List<String> notes =
        paragraphsWithStyle(en, Styles.TABLE_NOTE).stream().map(XWPFParagraph::getText).toList();
    assertThat(notes).contains(en.source.vocabulary().notePrefix() + source.notes().get(0));
    List<String> sources =
        paragraphsWithStyle(en, Styles.TABLE_SOURCE).stream().map(XWPFParagraph::getText).toList();
    assertThat(sources).contains(en.source.vocabulary().sourcePrefix() + source.source());
    List<String> koSources =
        paragraphsWithStyle(ko, Styles.TABLE_SOURCE).stream().map(XWPFParagraph::getText).toList();
    assertThat(koSources).anyMatch(t -> t.startsWith(ko.source.vocabulary().sourcePrefix()));
  }

  @Test
  void footnotesAreRealWordFootnotes() {
    String text =
        blocks(en, Paragraph.class).stream()
            .flatMap(p -> p.content().stream())
            .filter(i -> i instanceof Inline.Footnote)
            .map(i -> ((Inline.Footnote) i).text())
            .findFirst()
            .orElseThrow();
    XWPFFootnote note =
        en.docx.getFootnotes().stream()
            .filter(f -> f.getParagraphs().stream().anyMatch(p -> p.getText().contains(text)))
            .findFirst()
            .orElseThrow();
    assertThat(en.documentXml()).contains("<w:footnoteReference w:id=\"" + note.getId() + "\"/>");
  }

  @Test
  void listMarkersComeFromTheVocabulary() {
    // The markers are drawn by Word lists whose level texts follow the vocabulary.
    List<String> items =
        DrawnNumbers.of(ko.docx).stream()
            .filter(n -> "ListParagraph".equals(n.paragraph().getStyle()))
            .map(n -> n.number() + "\t" + n.paragraph().getText())
            .toList();
    assertThat(items)
        .contains(
            ko.source.vocabulary().listMarker(0, 0) + "\t첫째 항목",
            ko.source.vocabulary().listMarker(1, 0) + "\t하위 항목",
            ko.source.vocabulary().bullet(0) + "\t글머리 항목");
  }

  @Test
  void warningBoxIsFramedInRedAndSaysWhyFirst() {
    XWPFTable box =
        en.docx.getTables().stream()
            .filter(t -> t.getText().contains("Not supported by the current evidence"))
            .findFirst()
            .orElseThrow();
    assertThat(box.getCTTbl().getTblPr().getTblBorders().getTop().xmlText())
        .contains("w:color=\"" + Styles.RED + "\"");
    XWPFParagraph first = box.getRow(0).getCell(0).getParagraphs().get(0);
    assertThat(first.getText()).isEqualTo("Not supported by the current evidence");
    assertThat(first.getStyle()).isEqualTo("BoxStatus");
  }

  @Test
  void footerShowsThePageNumberPatternOfTheLanguage() {
    String enFooter =
        en.docx.getFooterList().stream()
            .map(f -> f._getHdrFtr().xmlText())
            .collect(Collectors.joining());
    String koFooter =
        ko.docx.getFooterList().stream()
            .map(f -> f._getHdrFtr().xmlText())
            .collect(Collectors.joining());
    assertThat(enFooter)
        .contains(" PAGE ")
        .contains(" NUMPAGES ")
        .contains(">Page <")
        .contains("> of <");
    assertThat(koFooter).contains(" PAGE ").doesNotContain("NUMPAGES").contains(">- <");
    assertThat(en.docx.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
    assertThat(en.docx.getHeaderList().stream().map(h -> h.getText()))
        .contains(en.source.metadata().title() + "\n");
  }

  @Test
  void corePropertiesComeFromTheMetadataNotTheClock() {
    POIXMLProperties.CoreProperties core = en.docx.getProperties().getCoreProperties();
    var m = en.source.metadata();
    assertThat(core.getTitle()).isEqualTo(m.title());
    assertThat(core.getCreator()).contains(m.authors().get(0)).contains(m.authors().get(1));
    assertThat(core.getSubject()).isEqualTo(m.subject());
    assertThat(core.getKeywords()).contains(m.keywords().get(0));
    assertThat(core.getDescription()).isEqualTo(m.summary());
    Instant midnight = m.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    assertThat(core.getCreated().toInstant()).isEqualTo(midnight);
    assertThat(core.getModified().toInstant()).isEqualTo(midnight);
    assertThat(core.getUnderlyingProperties().getLanguageProperty()).hasValue("en-US");
    assertThat(
            ko.docx
                .getProperties()
                .getCoreProperties()
                .getUnderlyingProperties()
                .getLanguageProperty())
        .hasValue("ko-KR");
    assertThat(en.docx.getProperties().getExtendedProperties().getCompany())
        .isEqualTo(m.organization());
  }

  @Test
  void koreanDocumentIsMarkedKoreanAndUsesPretendardForHangul() throws Exception {
    var defaults = ko.docx.getStyle().getDocDefaults().getRPrDefault().getRPr();
    // Hangul is Korean; Latin-script runs (terms, numbers) are English, as Korean Word marks them.
    assertThat(defaults.getLangArray(0).getEastAsia()).isEqualTo("ko-KR");
    assertThat(defaults.getLangArray(0).getVal()).isEqualTo("en-US");
    assertThat(ko.docx.getSettings().getCTSettings().getThemeFontLang().getEastAsia())
        .isEqualTo("ko-KR");
    assertThat(defaults.getRFontsArray(0).getEastAsia()).isEqualTo(Fonts.FAMILY);
    assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo(Fonts.FAMILY);
    assertThat(ko.docx.getParagraphs().stream().map(XWPFParagraph::getText))
        .contains(ko.source.metadata().title());
    assertThat(
            en.docx.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
        .isEqualTo("en-US");
  }

  @Test
  void sameDocumentGivesTheSameBytes() {
    try (Rendered again = new Rendered(SampleDocuments.korean())) {
      assertThat(again.bytes).isEqualTo(ko.bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void zipEntriesAreStampedWithTheReportDate() throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(en.bytes))) {
      ZipEntry e;
      int entries = 0;
      while ((e = zip.getNextEntry()) != null) {
        entries++;
        assertThat(e.getTimeLocal().toLocalDate())
            .as(e.getName())
            .isEqualTo(en.source.metadata().date());
      }
      assertThat(entries).isGreaterThan(5);
    }
  }

  @Test
  void mainPartsFollowTheSchema() {
    List<XmlError> errors = new ArrayList<>();
    XmlOptions options = new XmlOptions().setErrorListener(errors);
    for (Rendered r : List.of(en, ko)) {
      assertThat(r.docx.getDocument().validate(options)).as("document.xml: %s", errors).isTrue();
      r.docx
          .getFootnotes()
          .forEach(
              f ->
                  assertThat(f.getCTFtnEdn().validate(options))
                      .as("footnote: %s", errors)
                      .isTrue());
      r.docx
          .getHeaderList()
          .forEach(
              h -> assertThat(h._getHdrFtr().validate(options)).as("header: %s", errors).isTrue());
      r.docx
          .getFooterList()
          .forEach(
              f -> assertThat(f._getHdrFtr().validate(options)).as("footer: %s", errors).isTrue());
    }
  }

  @Test
  void stylePropertiesFollowTheSchema() throws Exception {
    List<XmlError> errors = new ArrayList<>();
    XmlOptions options = new XmlOptions().setErrorListener(errors);
    for (XWPFStyle style : styles(en)) {
      var ct = style.getCTStyle();
      if (ct.isSetPPr()) {
        var ppr =
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr.Factory.parse(
                ct.getPPr().xmlText());
        assertThat(ppr.validate(options)).as("pPr of %s: %s", style.getStyleId(), errors).isTrue();
      }
      if (ct.isSetRPr()) {
        var rpr =
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr.Factory.parse(
                ct.getRPr().xmlText());
        assertThat(rpr.validate(options)).as("rPr of %s: %s", style.getStyleId(), errors).isTrue();
      }
    }
  }

  private static List<XWPFStyle> styles(Rendered r) throws Exception {
    List<XWPFStyle> out = new ArrayList<>();
    for (var ct : r.docx.getStyle().getStyleList()) {
      out.add(r.docx.getStyles().getStyle(ct.getStyleId()));
    }
    return out;
  }

  @Test
  void rendersWithoutWarnings() {
    assertThat(en.warnings).isEmpty();
    assertThat(ko.warnings).isEmpty();
  }
}
