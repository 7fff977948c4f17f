package org.policyreport.report.render.xlsx;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.policyreport.report.document.Vocabulary;

/** Page setup of a sheet: A4, fitted to the page width, titles repeated, page numbers below. */
final class Printing {
  /** About what fits across a portrait A4 page at the default margins, in character widths. */
  static final double PORTRAIT_WIDTH = 95;

  private Printing() {}

  /**
   * @param widthChars the printed width of the sheet's content
   * @param repeatRows rows (0-based, inclusive) printed at the top of every page, or null
   */
  static void setUp(XSSFSheet sheet, Vocabulary v, double widthChars, int[] repeatRows) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(widthChars > PORTRAIT_WIDTH);
    sheet.setFitToPage(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setAutobreaks(true);
    if (repeatRows != null) {
      sheet.setRepeatingRows(new CellRangeAddress(repeatRows[0], repeatRows[1], -1, -1));
    }
    // The vocabulary writes the footer with numbers; Excel's page fields take their place.
    String footer =
        v.pageFooter(1111111, 2222222).replace("1111111", "&P").replace("2222222", "&N");
    sheet.getFooter().setCenter(footer);
  }
}
