package org.policyreport.analysis.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks made to hurt a reader: a zip bomb, an external entity, a zip that is no workbook. */
public final class HostileWorkbooks {
  private HostileWorkbooks() {}

  /** A real one-sheet workbook with a header and two rows. */
  public static byte[] plain() {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var s = wb.createSheet("panel");
      var h = s.createRow(0);
      h.createCell(0).setCellValue("region");
      h.createCell(1).setCellValue("v");
      for (int r = 1; r <= 2; r++) {
        s.createRow(r).createCell(0).setCellValue("R" + r);
        s.getRow(r).createCell(1).setCellValue(r);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #plain()} with its first worksheet part replaced by {@code sheetXml}. */
  public static byte[] withSheetXml(byte[] sheetXml) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          out.write(sheetXml);
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
      out.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A worksheet part of 40 MB of blanks that packs into a few tens of kilobytes. */
  public static byte[] zipBomb() {
    String head =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    byte[] blanks = new byte[40 << 20];
    java.util.Arrays.fill(blanks, (byte) ' ');
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    xml.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    xml.writeBytes(blanks);
    xml.writeBytes("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    return withSheetXml(xml.toByteArray());
  }

  /** A worksheet whose cell is an external entity naming a local file. */
  public static byte[] externalEntity(String fileUri) {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \""
            + fileUri
            + "\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>region</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData>"
            + "</worksheet>";
    return withSheetXml(xml.getBytes(StandardCharsets.UTF_8));
  }

  /** A zip archive holding one text file and nothing of a workbook. */
  public static byte[] zipWithoutWorkbook() {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry("readme.txt"));
      out.write("hello".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
