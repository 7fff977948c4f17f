package org.policyreport.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data as Korean offices give them, through the command line: a CP949 KOSIS table in wide layout
 * runs; a workbook made to hurt the reader is a one-line error, exit 2, and nothing is written.
 */
class DataSourceCliTest {
  @TempDir Path dir;

  private static final String MODEL =
      "models:\n  - {id: m, estimator: poisson, data: panel, dependent: patents,"
          + " regressors: [rnd]}\n";

  private Path config(String dataKeys) throws IOException {
    Path cfg = dir.resolve("cfg.yaml");
    Files.writeString(
        cfg,
        "report: {title: 지역 혁신}\ndata:\n  panel:\n" + dataKeys + MODEL,
        StandardCharsets.UTF_8);
    return cfg;
  }

  private static String[] files(Path out) throws IOException {
    if (!Files.exists(out)) {
      return new String[0];
    }
    try (var s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void aCp949KosisTableInWideLayoutRunsWithStandardRegionNames() throws IOException {
    String csv =
        "시도별,항목,2015 년,2016 년,2017 년\n"
            + "서울특별시,특허출원건수,120,130,150\n서울특별시,연구개발비,3.1,3.4,3.9\n"
            + "부산,특허출원건수,40,42,45\n부산,연구개발비,1.1,1.2,1.2\n"
            + "강원도,특허출원건수,5,7,6\n강원도,연구개발비,0.4,0.5,0.5\n"
            + "전북특별자치도,특허출원건수,9,10,12\n전북특별자치도,연구개발비,0.7,0.8,0.9\n";
    Files.write(dir.resolve("kosis.csv"), csv.getBytes(Charset.forName("x-windows-949")));
    Path cfg =
        config(
            "    path: kosis.csv\n    encoding: cp949\n    panel: 시도별\n    time: year\n"
                + "    regions: standard\n"
                + "    reshape: {from: wide, id: [시도별], item: 항목,"
                + " items: {특허출원건수: patents, 연구개발비: rnd}}\n");
    Path out = dir.resolve("out");
    CliTest.Result r = CliTest.run("analyze", "--config", cfg.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    String json = Files.readString(out.resolve("results.json"));
    assertThat(json).contains("\"kosis.csv\"", "\"rows\" : 12");
  }

  @Test
  void theSameTableWithoutItsEncodingSuggestsCp949() throws IOException {
    Files.write(
        dir.resolve("kosis.csv"), "시도별,2015\n서울,1\n".getBytes(Charset.forName("x-windows-949")));
    Path cfg = config("    path: kosis.csv\n    panel: 시도별\n    time: year\n");
    Path out = dir.resolve("out");
    CliTest.Result r = CliTest.run("run", "--config", cfg.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(errorLine(r))
        .endsWith(
            "kosis.csv line 1: not UTF-8; it reads as Korean CP949 (EUC-KR) text: add"
                + " 'encoding: cp949' to its data source");
    assertThat(files(out)).isEmpty();
  }

  /** The one line that says what went wrong (a warning may come before it). */
  private static String errorLine(CliTest.Result r) {
    var errors = r.err().lines().filter(l -> !l.startsWith("warning: ")).toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith("error: ");
    return errors.get(0);
  }

  private void assertRefused(byte[] workbook, String reason) throws IOException {
    Files.write(dir.resolve("data.xlsx"), workbook);
    Path cfg = config("    path: data.xlsx\n    panel: region\n    time: year\n");
    Path out = dir.resolve("out");
    CliTest.Result r = CliTest.run("run", "--config", cfg.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    assertThat(errorLine(r)).contains("data.xlsx: ").contains(reason);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(files(out)).isEmpty();
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefused() throws IOException {
    assertRefused(
        "region,year\n".getBytes(StandardCharsets.UTF_8),
        "not an .xlsx workbook (the file is not a zip archive)");
  }

  @Test
  void aZipBombIsRefused() throws IOException {
    byte[] blanks = new byte[40 << 20];
    java.util.Arrays.fill(blanks, (byte) ' ');
    assertRefused(
        withSheet(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>"
                + new String(blanks, StandardCharsets.US_ASCII)
                + "</sheetData></worksheet>"),
        "refused as a possible zip bomb");
  }

  @Test
  void anExternalEntityIsRefusedAndNeverRead() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    assertRefused(
        withSheet(
            "<!DOCTYPE worksheet [<!ENTITY s SYSTEM \""
                + secret.toUri()
                + "\">]><worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&s;</t></is></c></row>"
                + "</sheetData></worksheet>"),
        "cannot read the workbook");
  }

  /** A real workbook whose first worksheet part is {@code xml}. */
  private static byte[] withSheet(String xml) throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("panel").createRow(0).createCell(0).setCellValue("region");
      wb.write(plain);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          out.write(
              ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml)
                  .getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
