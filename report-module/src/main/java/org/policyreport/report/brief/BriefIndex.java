package org.policyreport.report.brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.policyreport.report.render.xlsx.ReproducibleZip;

/**
 * {@code briefs/index.xlsx}: one row per unit with its name and a link to each of its brief files,
 * which sit next to the index. Entry times and document dates are the report's date, so that a
 * rerun writes the same bytes.
 */
public final class BriefIndex {
  private BriefIndex() {}

  public static byte[] write(
      List<BriefUnit> units,
      List<String> extensions,
      List<String> header,
      String sheetName,
      LocalDate date) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var props = wb.getProperties().getCoreProperties();
      props.setCreated(
          java.util.Optional.of(
              java.util.Date.from(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
      props.setCreator("policy-report");
      Sheet sheet = wb.createSheet(sheetName);
      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle head = wb.createCellStyle();
      head.setFont(bold);
      Font blue = wb.createFont();
      blue.setUnderline(Font.U_SINGLE);
      blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
      CellStyle link = wb.createCellStyle();
      link.setFont(blue);
      Row h = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        h.createCell(c).setCellValue(header.get(c));
        h.getCell(c).setCellStyle(head);
      }
      for (int c = 0; c < extensions.size(); c++) {
        h.createCell(header.size() + c)
            .setCellValue(extensions.get(c).toUpperCase(java.util.Locale.ROOT));
        h.getCell(header.size() + c).setCellStyle(head);
      }
      var helper = wb.getCreationHelper();
      for (int i = 0; i < units.size(); i++) {
        BriefUnit u = units.get(i);
        Row r = sheet.createRow(i + 1);
        r.createCell(0).setCellValue(u.id());
        r.createCell(1).setCellValue(u.name());
        for (int c = 0; c < extensions.size(); c++) {
          String file = u.fileName() + "." + extensions.get(c);
          var cell = r.createCell(header.size() + c);
          cell.setCellValue(file);
          Hyperlink l = helper.createHyperlink(HyperlinkType.FILE);
          l.setAddress(file);
          cell.setHyperlink(l);
          cell.setCellStyle(link);
        }
      }
      sheet.setColumnWidth(0, 14 * 256);
      sheet.setColumnWidth(1, 20 * 256);
      for (int c = 0; c < extensions.size(); c++) {
        sheet.setColumnWidth(header.size() + c, 16 * 256);
      }
      sheet.createFreezePane(0, 1);
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      wb.write(raw);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ReproducibleZip.rewrite(raw.toByteArray(), date.atStartOfDay(), out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
