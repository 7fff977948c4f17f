package org.policyreport.analysis.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.InputException;

/** Which reader a data source goes to, and the keys that belong to only one of them. */
class DataSourcesTest {
  private static DataTable read(String keys, byte[] bytes) {
    return DataSources.read(KosisFixture.sourceFromYaml("data:\n  d:\n" + keys), bytes, "the file");
  }

  @Test
  void sheetAndRangeBelongToWorkbooks() {
    byte[] csv = "a\n1\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read("    path: d.csv\n    sheet: 1\n", csv))
        .isInstanceOf(InputException.class)
        .hasMessage("study.yaml: data.d.sheet applies to .xlsx workbooks; d.csv is read as CSV");
  }

  @Test
  void anEncodingBelongsToTextFiles() {
    assertThatThrownBy(
            () -> read("    path: d.xlsx\n    encoding: cp949\n", HostileWorkbooks.plain()))
        .hasMessage(
            "study.yaml: data.d.encoding applies to text files; a workbook (d.xlsx) has no"
                + " encoding");
  }

  @Test
  void aWorkbookNamedCsvIsRecognized() {
    assertThatThrownBy(() -> read("    path: d.csv\n", HostileWorkbooks.plain()))
        .hasMessage("the file: a zip archive, not CSV text (if it is a workbook, name it .xlsx)");
  }

  @Test
  void aWorkbookIsReadByItsExtension() {
    DataTable t = read("    path: D.XLSX\n    na: []\n", HostileWorkbooks.plain());
    assertThat(t.labels("region")).containsExactly("R1", "R2");
    assertThat(t.numeric("v")).containsExactly(1, 2);
  }

  @Test
  void regionsAreStandardizedAfterReshaping() {
    String csv = "시도,2015,2016\n서울,1,2\n전라북도,3,4\n";
    DataTable t =
        read(
            "    path: r.csv\n    panel: 시도\n    time: year\n    regions: standard\n"
                + "    reshape: {from: wide, id: [시도], value: v}\n",
            csv.getBytes(StandardCharsets.UTF_8));
    assertThat(t.labels("시도")).containsExactly("Seoul", "Seoul", "Jeonbuk", "Jeonbuk");
    assertThat(t.labels("시도_ko")).containsExactly("서울특별시", "서울특별시", "전북특별자치도", "전북특별자치도");
    assertThat(t.numeric("v")).containsExactly(1, 2, 3, 4);
  }
}
