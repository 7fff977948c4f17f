package org.policyreport.report.render.docx;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.policyreport.report.document.Vocabulary;

/**
 * The page as the PDF has it: A4 with 24 mm side margins (68 pt), a running header with the report
 * title, and a page-number footer; the title page, if there is one, has neither.
 */
final class PageLayout {
  static final int PAGE_WIDTH = 11906;
  static final int PAGE_HEIGHT = 16838;
  static final int MARGIN_SIDE = 1360;
  private static final int MARGIN_TOP = 1520;
  private static final int MARGIN_BOTTOM = 1440;
  private static final int HEADER_FOOTER = 709;

  // Numbers no footer pattern contains, used to find where the page fields go.
  private static final int PAGE_MARK = 918273;
  private static final int TOTAL_MARK = 546372;

  private PageLayout() {}

  /**
   * @param sectionTotals the page total counts the pages of the current section (SECTIONPAGES), as
   *     when the body is numbered apart from the front matter
   * @param titlePage the first page is a title page; a document without one (a brief) has its
   *     header and footer on the first page too, as in the PDF
   */
  static void apply(
      XWPFDocument doc,
      String runningTitle,
      Vocabulary v,
      boolean sectionTotals,
      boolean titlePage) {
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph h = Par.style(Styles.HEADER).applyTo(header.createParagraph());
    h.createRun().setText(runningTitle);

    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    pageNumbers(Par.style(Styles.FOOTER).applyTo(footer.createParagraph()), v, sectionTotals);

    if (titlePage) {
      // An empty first-page header and footer keep the title page clean.
      Par.style(Styles.FOOTER).applyTo(doc.createHeader(HeaderFooterType.FIRST).createParagraph());
      Par.style(Styles.FOOTER).applyTo(doc.createFooter(HeaderFooterType.FIRST).createParagraph());
    }

    CTBody body = doc.getDocument().getBody();
    CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(MARGIN_TOP));
    mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    mar.setLeft(BigInteger.valueOf(MARGIN_SIDE));
    mar.setRight(BigInteger.valueOf(MARGIN_SIDE));
    mar.setHeader(BigInteger.valueOf(HEADER_FOOTER));
    mar.setFooter(BigInteger.valueOf(HEADER_FOOTER));
    mar.setGutter(BigInteger.ZERO);
    if (titlePage && !sect.isSetTitlePg()) {
      sect.addNewTitlePg();
    }
  }

  /**
   * Writes the vocabulary's footer ("Page 3 of 40", "- 3 -") with live PAGE and NUMPAGES fields
   * where the pattern has the page number and the page count.
   */
  static void pageNumbers(XWPFParagraph p, Vocabulary v, boolean sectionTotals) {
    String pattern = v.pageFooter(PAGE_MARK, TOTAL_MARK);
    String page = Integer.toString(PAGE_MARK);
    String total = Integer.toString(TOTAL_MARK);
    int i = 0;
    while (i < pattern.length()) {
      int nextPage = pattern.indexOf(page, i);
      int nextTotal = pattern.indexOf(total, i);
      int next =
          nextPage < 0 ? nextTotal : nextTotal < 0 ? nextPage : Math.min(nextPage, nextTotal);
      if (next < 0) {
        Fields.text(p.getCTP().addNewR(), pattern.substring(i));
        break;
      }
      if (next > i) {
        Fields.text(p.getCTP().addNewR(), pattern.substring(i, next));
      }
      boolean isPage = next == nextPage;
      Fields.field(
          p.getCTP()::addNewR, isPage ? "PAGE" : sectionTotals ? "SECTIONPAGES" : "NUMPAGES", "1");
      i = next + (isPage ? page : total).length();
    }
  }
}
