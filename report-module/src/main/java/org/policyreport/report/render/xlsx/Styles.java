package org.policyreport.report.render.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook's cell styles and fonts, one per distinct {@link Look}, created on first use. */
final class Styles {
  private static final byte[] HEADER_FILL = {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2};
  private static final byte[] WARNING_FILL = {(byte) 0xFD, (byte) 0xE9, (byte) 0xD9};
  private static final byte[] LINK_COLOUR = {(byte) 0x1F, (byte) 0x4E, (byte) 0x79};

  private final XSSFWorkbook wb;
  private final Map<Look, XSSFCellStyle> styles = new HashMap<>();
  private final Map<String, XSSFFont> fonts = new HashMap<>();

  Styles(XSSFWorkbook wb) {
    this.wb = wb;
  }

  CellStyle get(Look look) {
    return styles.computeIfAbsent(look, this::create);
  }

  private XSSFCellStyle create(Look k) {
    XSSFCellStyle s = wb.createCellStyle();
    s.setFont(font(k));
    s.setAlignment(k.align());
    s.setVerticalAlignment(VerticalAlignment.TOP);
    if (k.format() != null) {
      s.setDataFormat(wb.createDataFormat().getFormat(k.format()));
    }
    s.setBorderTop(k.top());
    s.setBorderBottom(k.bottom());
    s.setBorderLeft(k.left());
    s.setBorderRight(k.right());
    if (k.fill() != Look.Fill.NONE) {
      byte[] rgb = k.fill() == Look.Fill.HEADER ? HEADER_FILL : WARNING_FILL;
      s.setFillForegroundColor(new XSSFColor(rgb, null));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    s.setWrapText(k.wrap());
    if (k.indent() > 0) {
      s.setIndention((short) k.indent());
    }
    return s;
  }

  private XSSFFont font(Look k) {
    String key = k.bold() + "/" + k.italic() + "/" + k.size() + "/" + k.link();
    return fonts.computeIfAbsent(
        key,
        x -> {
          XSSFFont f = wb.createFont();
          f.setBold(k.bold());
          f.setItalic(k.italic());
          f.setFontHeightInPoints((short) k.size());
          if (k.link()) {
            f.setUnderline(Font.U_SINGLE);
            f.setColor(new XSSFColor(LINK_COLOUR, null));
          }
          return f;
        });
  }
}
