package org.policyreport.analysis.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.analysis.config.DataSourceSpec;
import org.policyreport.contract.config.ConfigTree;

/**
 * A small table as KOSIS gives it for download: regions × items in rows, one column per year, a
 * unit column, "-" for none, "…" for unknown, "x" and "(X)" for suppressed cells. The same table is
 * written here as CP949, UTF-8 with a byte-order mark, UTF-16 and an .xlsx workbook whose region
 * cells are merged over their items.
 */
final class KosisFixture {
  private KosisFixture() {}

  static final List<String> HEADER = List.of("시도별", "항목", "단위", "2015 년", "2016 년", "2017 년");

  static final List<List<String>> ROWS =
      List.of(
          List.of("서울특별시", "특허출원건수", "건", "100", "110", "-"),
          List.of("서울특별시", "지역내총생산", "백만원", "350000.5", "360000", "370000"),
          List.of("부산광역시", "특허출원건수", "건", "50", "…", "60"),
          List.of("부산광역시", "지역내총생산", "백만원", "80000", "82000", "84000"),
          List.of("세종특별자치시", "특허출원건수", "건", "-", "5", "7"),
          List.of("세종특별자치시", "지역내총생산", "백만원", "x", "9000", "(X)"));

  /** The config of the table's data source, as a user would write it. */
  static final String YAML =
      "data:\n"
          + "  panel:\n"
          + "    path: %s\n"
          + "%s"
          + "    panel: 시도별\n"
          + "    time: year\n"
          + "    reshape: {from: wide, id: [시도별], item: 항목, drop: [단위],"
          + " items: {특허출원건수: patents, 지역내총생산: grdp}}\n";

  static DataSourceSpec source(String path, String extraKeys) {
    return sourceFromYaml(String.format(YAML, path, extraKeys));
  }

  static DataSourceSpec sourceFromYaml(String yaml) {
    return AnalysisConfig.from(
            ConfigTree.parse(yaml.getBytes(StandardCharsets.UTF_8), "study.yaml"),
            new org.policyreport.contract.config.ConfigLocation.OnDisk(java.nio.file.Path.of(".")))
        .data()
        .values()
        .iterator()
        .next();
  }

  static String csv() {
    StringBuilder b = new StringBuilder(String.join(",", HEADER)).append("\r\n");
    for (List<String> r : ROWS) {
      b.append('"').append(String.join("\",\"", r)).append("\"\r\n");
    }
    return b.toString();
  }

  static byte[] csv(Charset cs) {
    return csv().getBytes(cs);
  }

  static byte[] csvWithUtf8Bom() {
    return ("\uFEFF" + csv()).getBytes(StandardCharsets.UTF_8);
  }

  /** The table as a worksheet "panel": years as numbers, regions merged over their two items. */
  static byte[] xlsx() {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("notes").createRow(0).createCell(0).setCellValue("자료: 통계청");
      XSSFSheet s = wb.createSheet("panel");
      s.createRow(0).createCell(0).setCellValue("특허출원 및 지역내총생산 (시도별)");
      XSSFRow h = s.createRow(2);
      for (int c = 0; c < HEADER.size(); c++) {
        if (c >= 3) {
          h.createCell(c).setCellValue(2015 + c - 3);
        } else {
          h.createCell(c).setCellValue(HEADER.get(c));
        }
      }
      for (int r = 0; r < ROWS.size(); r++) {
        XSSFRow row = s.createRow(3 + r);
        List<String> cells = ROWS.get(r);
        for (int c = 0; c < cells.size(); c++) {
          if (c == 0 && r % 2 == 1) {
            continue; // covered by the merged cell above
          }
          String v = cells.get(c);
          if (c >= 3 && v.matches("[0-9.]+")) {
            row.createCell(c).setCellValue(Double.parseDouble(v));
          } else {
            row.createCell(c).setCellValue(v);
          }
        }
        if (r % 2 == 0) {
          s.addMergedRegion(new CellRangeAddress(3 + r, 4 + r, 0, 0));
        }
      }
      s.createRow(10).createCell(0).setCellValue("주: - 없음, … 미상, x 비밀보호");
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
