package org.policyreport.report.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The look of the report, as a style sheet (the reference-document idea): every paragraph names a
 * style and carries as little direct formatting as possible, so a user can restyle the report in
 * Word. Heading styles use Word's built-in ids and names ("heading 1", outline level 0) so that the
 * navigation pane and the table of contents find them.
 */
final class Styles {
  static final String BODY = "BodyText";
  static final String TITLE = "Title";
  static final String SUBTITLE = "Subtitle";
  static final String TITLE_DETAIL = "TitleDetail";
  static final String TOC_HEADING = "TOCHeading";
  static final String CAPTION = "Caption";
  static final String FIGURE_CAPTION = "FigureCaption";
  static final String TABLE_NOTE = "TableNote";
  static final String TABLE_NOTE_CONTINUED = "TableNoteContinued";
  static final String TABLE_SOURCE = "TableSource";
  static final String TABLE_OF_FIGURES = "TableofFigures";
  static final String TOC_SUBHEADING = "TOCSubheading";
  static final String DATA_TABLE = "ReportTable";
  static final String REGRESSION_TABLE = "RegressionTable";
  static final String BOX_TABLE = "BoxTable";
  static final String NOTICE = "Notice";
  static final String LEAD = "Lead";
  static final String SMALL = "Small";
  static final String LIST = "ListParagraph";
  static final String FIGURE = "FigureImage";
  static final String BOX_TITLE = "BoxTitle";
  static final String BOX_STATUS = "BoxStatus";
  static final String FOOTNOTE_TEXT = "FootnoteText";
  static final String FOOTNOTE_REFERENCE = "FootnoteReference";
  static final String HEADER = "Header";
  static final String FOOTER = "Footer";
  static final String HYPERLINK = "Hyperlink";

  static final String NAVY = "1F3864";
  static final String RED = "C00000";
  static final String GREY = "595959";

  private Styles() {}

  static String heading(int level) {
    return "Heading" + level;
  }

  static String toc(int level) {
    return "TOC" + level;
  }

  /**
   * The language of Latin-script runs. In a Korean report they are English terms, symbols and
   * numbers, marked en-US as Korean Word marks them: marked Korean, LibreOffice breaks lines inside
   * numbers ("1.|368"). Hangul is marked Korean through the East Asian language either way.
   */
  static String latinLanguage(String lang) {
    return lang.startsWith("ko") ? "en-US" : lang;
  }

  /**
   * Type sizes of table text, half-points: the style's 9 pt and the smaller sizes of wide tables.
   */
  static final int[] TABLE_SIZES = {18, 17, 16, 15, 14, 13};

  /** Paragraph style of body cells at a type size (half-points, one of {@link #TABLE_SIZES}). */
  static String tableText(int halfPoints) {
    return halfPoints == TABLE_SIZES[0] ? "TableText" : "TableText" + halfPoints;
  }

  /** Paragraph style of header cells at a type size. */
  static String tableHeading(int halfPoints) {
    return halfPoints == TABLE_SIZES[0] ? "TableHeading" : "TableHeading" + halfPoints;
  }

  /**
   * Installs the style sheet. {@code lang} is the document language (e.g. "ko-KR"); East Asian text
   * is always marked Korean so that Word picks the East Asian font for Hangul in an English report
   * too.
   */
  static void install(XWPFDocument doc, String font, String lang, int noteIndent) {
    String xml =
        TEMPLATE
            .replace("%TABLE_STYLES%", tableStyles())
            .replace("%FONT%", Wml.escape(font))
            .replace("%LANG%", latinLanguage(lang))
            .replace("%HEADING_NUM%", Integer.toString(ListNumbering.HEADINGS))
            .replace("%NOTE_INDENT%", Integer.toString(noteIndent))
            .replace("%RIGHT%", Integer.toString(Wml.TEXT_WIDTH));
    try {
      doc.createStyles().setStyles(StylesDocument.Factory.parse(xml).getStyles());
    } catch (XmlException e) {
      throw new IllegalStateException("the built-in style sheet is invalid", e);
    }
  }

  /**
   * Table styles and the paragraph styles of table cells. Every report table names {@code
   * ReportTable} or the regression look derived from it, so changing the borders, shading or
   * margins of that one style in Word restyles every table. Text size lives in the cell paragraph
   * styles: "Table Text" at 9 pt and one derived style per smaller size that wide tables use, so no
   * run in a table carries a size of its own.
   */
  private static String tableStyles() {
    StringBuilder sb = new StringBuilder(TABLE_STYLES);
    for (int i = 1; i < TABLE_SIZES.length; i++) {
      int hp = TABLE_SIZES[i];
      String points = hp % 2 == 0 ? Integer.toString(hp / 2) : (hp / 2) + ".5";
      for (String[] kind :
          new String[][] {{"TableText", "Table Text"}, {"TableHeading", "Table Heading"}}) {
        sb.append("<w:style w:type=\"paragraph\" w:styleId=\"")
            .append(kind[0])
            .append(hp)
            .append("\"><w:name w:val=\"")
            .append(kind[1])
            .append(' ')
            .append(points)
            .append(" pt\"/><w:basedOn w:val=\"")
            .append(kind[0])
            .append("\"/><w:qFormat/><w:rPr><w:sz w:val=\"")
            .append(hp)
            .append("\"/><w:szCs w:val=\"")
            .append(hp)
            .append("\"/></w:rPr></w:style>\n");
      }
    }
    return sb.toString();
  }

  private static final String TABLE_STYLES =
      """
        <w:style w:type="paragraph" w:styleId="TableText">
          <w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
          <w:pPr><w:spacing w:before="30" w:after="30" w:line="240" w:lineRule="auto"/></w:pPr>
          <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="TableHeading">
          <w:name w:val="Table Heading"/><w:basedOn w:val="TableText"/><w:qFormat/>
          <w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>
          <w:rPr><w:b/><w:bCs/></w:rPr>
        </w:style>
        <w:style w:type="table" w:styleId="ReportTable">
          <w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>
          <w:tblPr>
            <w:jc w:val="center"/>
            <w:tblBorders>
              <w:top w:val="single" w:sz="12" w:space="0" w:color="000000"/>
              <w:left w:val="nil"/>
              <w:bottom w:val="single" w:sz="12" w:space="0" w:color="000000"/>
              <w:right w:val="nil"/>
              <w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>
              <w:insideV w:val="nil"/>
            </w:tblBorders>
            <w:tblCellMar>
              <w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
              <w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
            </w:tblCellMar>
          </w:tblPr>
          <w:tblStylePr w:type="firstRow">
            <w:tcPr>
              <w:tcBorders><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:tcBorders>
              <w:shd w:val="clear" w:color="auto" w:fill="E9EEF5"/>
              <w:vAlign w:val="bottom"/>
            </w:tcPr>
          </w:tblStylePr>
        </w:style>
        <w:style w:type="table" w:styleId="RegressionTable">
          <w:name w:val="Regression Table"/><w:basedOn w:val="ReportTable"/><w:uiPriority w:val="59"/><w:qFormat/>
          <w:tblPr>
            <w:tblBorders>
              <w:top w:val="single" w:sz="12" w:space="0" w:color="000000"/>
              <w:left w:val="nil"/>
              <w:bottom w:val="single" w:sz="12" w:space="0" w:color="000000"/>
              <w:right w:val="nil"/>
              <w:insideH w:val="nil"/>
              <w:insideV w:val="nil"/>
            </w:tblBorders>
          </w:tblPr>
          <w:tblStylePr w:type="firstRow">
            <w:tcPr>
              <w:tcBorders><w:bottom w:val="nil"/></w:tcBorders>
              <w:shd w:val="clear" w:color="auto" w:fill="auto"/>
              <w:vAlign w:val="bottom"/>
            </w:tcPr>
          </w:tblStylePr>
        </w:style>
        <w:style w:type="table" w:styleId="BoxTable">
          <w:name w:val="Box"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>
          <w:tblPr>
            <w:jc w:val="center"/>
            <w:tblBorders>
              <w:top w:val="single" w:sz="8" w:space="0" w:color="1F3864"/>
              <w:left w:val="single" w:sz="8" w:space="0" w:color="1F3864"/>
              <w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F3864"/>
              <w:right w:val="single" w:sz="8" w:space="0" w:color="1F3864"/>
            </w:tblBorders>
            <w:tblCellMar>
              <w:top w:w="140" w:type="dxa"/><w:left w:w="220" w:type="dxa"/>
              <w:bottom w:w="100" w:type="dxa"/><w:right w:w="220" w:type="dxa"/>
            </w:tblCellMar>
          </w:tblPr>
          <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EEF3F9"/></w:tcPr>
        </w:style>
      """;

  private static final String TEMPLATE =
"""
      <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:docDefaults>
          <w:rPrDefault><w:rPr>
            <w:rFonts w:ascii="%FONT%" w:hAnsi="%FONT%" w:eastAsia="%FONT%" w:cs="%FONT%"/>
            <w:sz w:val="21"/><w:szCs w:val="21"/>
            <w:lang w:val="%LANG%" w:eastAsia="ko-KR"/>
          </w:rPr></w:rPrDefault>
          <w:pPrDefault><w:pPr>
            <w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>
            <w:spacing w:after="0" w:line="288" w:lineRule="auto"/>
          </w:pPr></w:pPrDefault>
        </w:docDefaults>

        <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
          <w:name w:val="Normal"/><w:qFormat/>
          <w:pPr><w:widowControl/></w:pPr>
        </w:style>
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
          <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>
        </w:style>
        <w:style w:type="table" w:default="1" w:styleId="TableNormal">
          <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>
          <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>
            <w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>
            <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>
          </w:tblCellMar></w:tblPr>
        </w:style>

        <w:style w:type="paragraph" w:styleId="BodyText">
          <w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
          <w:pPr><w:spacing w:after="140" w:line="326" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Lead">
          <w:name w:val="Lead"/><w:basedOn w:val="BodyText"/><w:next w:val="BodyText"/><w:qFormat/>
          <w:pPr><w:spacing w:after="200"/></w:pPr>
          <w:rPr><w:color w:val="1F3864"/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Notice">
          <w:name w:val="Notice"/><w:basedOn w:val="BodyText"/><w:next w:val="BodyText"/><w:qFormat/>
          <w:pPr><w:keepLines/>
            <w:pBdr>
              <w:top w:val="single" w:sz="6" w:space="4" w:color="C00000"/>
              <w:left w:val="single" w:sz="24" w:space="6" w:color="C00000"/>
              <w:bottom w:val="single" w:sz="6" w:space="4" w:color="C00000"/>
              <w:right w:val="single" w:sz="6" w:space="4" w:color="C00000"/>
            </w:pBdr>
            <w:shd w:val="clear" w:color="auto" w:fill="FDECEA"/>
            <w:spacing w:before="120" w:after="240"/><w:ind w:left="160" w:right="100"/><w:jc w:val="left"/>
          </w:pPr>
          <w:rPr><w:b/><w:bCs/><w:color w:val="7F0000"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Small">
          <w:name w:val="Small"/><w:basedOn w:val="Normal"/><w:qFormat/>
          <w:pPr><w:spacing w:after="80"/></w:pPr>
          <w:rPr><w:color w:val="595959"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
        </w:style>

        <w:style w:type="paragraph" w:styleId="Title">
          <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Subtitle"/><w:qFormat/>
          <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="18" w:space="12" w:color="1F3864"/></w:pBdr>
            <w:spacing w:before="2800" w:after="360" w:line="240" w:lineRule="auto"/>
          </w:pPr>
          <w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Subtitle">
          <w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="TitleDetail"/><w:qFormat/>
          <w:pPr><w:spacing w:after="2400"/></w:pPr>
          <w:rPr><w:color w:val="404040"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="TitleDetail">
          <w:name w:val="Title Page Detail"/><w:basedOn w:val="Normal"/><w:qFormat/>
          <w:pPr><w:spacing w:after="80"/></w:pPr>
          <w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>
        </w:style>

        <w:style w:type="paragraph" w:styleId="Heading1">
          <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:uiPriority w:val="9"/><w:qFormat/>
          <w:pPr><w:keepNext/><w:keepLines/><w:pageBreakBefore/>
            <w:numPr><w:numId w:val="%HEADING_NUM%"/></w:numPr>
            <w:pBdr><w:bottom w:val="single" w:sz="12" w:space="6" w:color="1F3864"/></w:pBdr>
            <w:spacing w:before="240" w:after="360" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="0"/>
          </w:pPr>
          <w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:kern w:val="28"/><w:sz w:val="34"/><w:szCs w:val="34"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Heading2">
          <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
          <w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="%HEADING_NUM%"/></w:numPr><w:spacing w:before="360" w:after="160" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="1"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="27"/><w:szCs w:val="27"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Heading3">
          <w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
          <w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="2"/><w:numId w:val="%HEADING_NUM%"/></w:numPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="2"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Heading4">
          <w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
          <w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="3"/><w:numId w:val="%HEADING_NUM%"/></w:numPr><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="3"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:color w:val="404040"/></w:rPr>
        </w:style>

        <w:style w:type="paragraph" w:styleId="TOCHeading">
          <w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/>
          <w:pPr><w:keepNext/><w:pageBreakBefore/>
            <w:pBdr><w:bottom w:val="single" w:sz="12" w:space="6" w:color="1F3864"/></w:pBdr>
            <w:spacing w:before="240" w:after="360" w:line="240" w:lineRule="auto"/>
          </w:pPr>
          <w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="34"/><w:szCs w:val="34"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="TOC1">
          <w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
          <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%RIGHT%"/></w:tabs><w:spacing w:before="160" w:after="40"/></w:pPr>
          <w:rPr><w:b/><w:bCs/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="TOC2">
          <w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
          <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%RIGHT%"/></w:tabs><w:spacing w:after="40"/><w:ind w:left="440"/></w:pPr>
        </w:style>

        <w:style w:type="paragraph" w:styleId="TableofFigures">
          <w:name w:val="table of figures"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
          <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%RIGHT%"/></w:tabs><w:spacing w:after="60"/><w:ind w:left="0" w:firstLine="0"/></w:pPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="TOCSubheading">
          <w:name w:val="TOC Subheading"/><w:basedOn w:val="TOCHeading"/><w:next w:val="TableofFigures"/><w:qFormat/>
          <w:pPr><w:pageBreakBefore w:val="0"/><w:spacing w:before="480"/></w:pPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Caption">
          <w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>
          <w:pPr><w:keepLines/><w:spacing w:before="240" w:after="120" w:line="240" w:lineRule="auto"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
        </w:style>
%TABLE_STYLES%
        <w:style w:type="paragraph" w:styleId="TableNote">
          <w:name w:val="Table Note"/><w:basedOn w:val="Normal"/><w:qFormat/>
          <w:pPr><w:spacing w:before="40" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="0"/></w:pPr>
          <w:rPr><w:color w:val="404040"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="TableSource">
          <w:name w:val="Table Source"/><w:basedOn w:val="TableNote"/><w:next w:val="BodyText"/><w:qFormat/>
          <w:pPr><w:spacing w:after="280"/></w:pPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="TableNoteContinued">
          <w:name w:val="Table Note Continued"/><w:basedOn w:val="TableNote"/><w:next w:val="TableNote"/><w:qFormat/>
          <w:pPr><w:spacing w:before="0"/><w:ind w:left="%NOTE_INDENT%"/></w:pPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="FigureCaption">
          <w:name w:val="Figure Caption"/><w:basedOn w:val="Caption"/><w:next w:val="TableNote"/><w:qFormat/>
          <w:pPr><w:spacing w:before="60" w:after="120"/></w:pPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="FigureImage">
          <w:name w:val="Figure"/><w:basedOn w:val="Normal"/><w:next w:val="Caption"/><w:qFormat/>
          <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="ListParagraph">
          <w:name w:val="List Paragraph"/><w:basedOn w:val="BodyText"/><w:uiPriority w:val="34"/><w:qFormat/>
          <w:pPr><w:spacing w:after="40"/><w:jc w:val="left"/></w:pPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="BoxTitle">
          <w:name w:val="Box Title"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/>
          <w:pPr><w:keepNext/><w:spacing w:before="60" w:after="120"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="BoxStatus">
          <w:name w:val="Box Status"/><w:basedOn w:val="Normal"/><w:next w:val="BoxTitle"/><w:qFormat/>
          <w:pPr><w:keepNext/><w:spacing w:before="60" w:after="60"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:color w:val="C00000"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>
        </w:style>

        <w:style w:type="paragraph" w:styleId="FootnoteText">
          <w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
          <w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:left="200" w:hanging="200"/></w:pPr>
          <w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
        </w:style>
        <w:style w:type="character" w:styleId="FootnoteReference">
          <w:name w:val="footnote reference"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
          <w:rPr><w:vertAlign w:val="superscript"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Header">
          <w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
          <w:pPr>
            <w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="A6A6A6"/></w:pBdr>
            <w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="%RIGHT%"/></w:tabs>
            <w:jc w:val="right"/>
          </w:pPr>
          <w:rPr><w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>
        </w:style>
        <w:style w:type="paragraph" w:styleId="Footer">
          <w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
          <w:pPr><w:jc w:val="center"/></w:pPr>
          <w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
        </w:style>
        <w:style w:type="character" w:styleId="Hyperlink">
          <w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
          <w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>
        </w:style>
      </w:styles>
      """;
}
