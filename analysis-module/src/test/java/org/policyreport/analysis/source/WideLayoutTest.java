package org.policyreport.analysis.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.InputException;

class WideLayoutTest {
  private static final Charset CP949 = Charset.forName("x-windows-949");

  /** The data source exactly as the issue writes it (no unit column to drop). */
  private static final org.policyreport.analysis.config.DataSourceSpec ISSUE_SOURCE =
      KosisFixture.sourceFromYaml(
          "data:\n"
              + "  panel:\n"
              + "    path: k.csv\n"
              + "    panel: 시도별\n"
              + "    time: year\n"
              + "    reshape: {from: wide, id: [시도별], item: 항목, time: year, items: {특허출원건수:"
              + " patents, 지역내총생산: grdp}}\n");

  private static DataTable read(String path, String keys, byte[] bytes) {
    return DataSources.read(KosisFixture.source(path, keys), bytes, path);
  }

  private static void assertTheLongPanel(DataTable t) {
    assertThat(t.columnNames()).containsExactly("시도별", "year", "patents", "grdp");
    assertThat(t.rowCount()).isEqualTo(9);
    assertThat(t.labels("시도별"))
        .containsExactly(
            "서울특별시", "서울특별시", "서울특별시", "부산광역시", "부산광역시", "부산광역시", "세종특별자치시", "세종특별자치시", "세종특별자치시");
    assertThat(t.numeric("year"))
        .containsExactly(2015, 2016, 2017, 2015, 2016, 2017, 2015, 2016, 2017);
    assertThat(t.numericAllowingBlanks("patents"))
        .containsExactly(100, 110, Double.NaN, 50, Double.NaN, 60, Double.NaN, 5, 7);
    assertThat(t.numericAllowingBlanks("grdp"))
        .containsExactly(
            350000.5, 360000, 370000, 80000, 82000, 84000, Double.NaN, 9000, Double.NaN);
  }

  @Test
  void reshapesACp949KosisTableIntoOneRowPerRegionAndYear() {
    assertTheLongPanel(read("kosis.csv", "    encoding: cp949\n", KosisFixture.csv(CP949)));
  }

  @Test
  void readsTheSameTableFromUtf8WithByteOrderMarkAndFromUtf16() {
    assertTheLongPanel(read("kosis.csv", "", KosisFixture.csvWithUtf8Bom()));
    assertTheLongPanel(read("kosis.csv", "", KosisFixture.csv(StandardCharsets.UTF_16)));
    assertTheLongPanel(
        read("kosis.csv", "    encoding: utf-16le\n", KosisFixture.csv(StandardCharsets.UTF_16LE)));
    assertTheLongPanel(
        read("kosis.csv", "    encoding: euc-kr\n", KosisFixture.csv(Charset.forName("EUC-KR"))));
  }

  @Test
  void readsTheSameTableFromAWorkbookWithMergedRegionCells() {
    assertTheLongPanel(
        read("kosis.xlsx", "    sheet: panel\n    range: A3:F9\n", KosisFixture.xlsx()));
    assertTheLongPanel(read("kosis.xlsx", "    sheet: 2\n    range: a3:f9\n", KosisFixture.xlsx()));
  }

  @Test
  void aMissingValueInTheLongTableNamesTheCellOfTheWideFile() {
    DataTable csv = read("kosis.csv", "    encoding: cp949\n", KosisFixture.csv(CP949));
    assertThatThrownBy(() -> csv.numeric("patents"))
        .isInstanceOf(InputException.class)
        .hasMessage("kosis.csv line 2, column 6 (patents): missing value");
    DataTable xlsx =
        read("kosis.xlsx", "    sheet: panel\n    range: A3:F9\n", KosisFixture.xlsx());
    assertThatThrownBy(() -> xlsx.numeric("grdp"))
        .hasMessage("kosis.xlsx: sheet 'panel' cell D9 (grdp): missing value");
  }

  @Test
  void otherTextInAValueCellStaysAnErrorNamingTheWideCell() {
    String csv = KosisFixture.csv().replace("\"84000\"", "\"84,000 (잠정)\"");
    DataTable t = read("kosis.csv", "", csv.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> t.numeric("grdp"))
        .hasMessage(
            "kosis.csv line 5, column 6 (grdp): '84,000 (잠정)' is not a number (column must be"
                + " numeric)");
  }

  @Test
  void theYamlOfTheIssueReadsWithoutADropWhenTheTableHasNoUnitColumn() {
    String csv = KosisFixture.csv().replaceAll(",\"(건|백만원)\"", "").replace("단위,", "");
    DataTable t = DataSources.read(ISSUE_SOURCE, csv.getBytes(StandardCharsets.UTF_8), "k.csv");
    assertThat(t.columnNames()).containsExactly("시도별", "year", "patents", "grdp");
  }

  @Test
  void aColumnThatIsNeitherIdItemNorPeriodIsAnErrorThatSaysWhatToDo() {
    String csv = KosisFixture.csv();
    assertThatThrownBy(
            () -> DataSources.read(ISSUE_SOURCE, csv.getBytes(StandardCharsets.UTF_8), "k.csv"))
        .hasMessage(
            "k.csv: column 3 '단위' is not an id, the item or a period such as 2015, 2015 년 or"
                + " 2015.01 (list it under reshape.drop to leave it out)");
  }

  @Test
  void aSecondRowForTheSameRegionAndItemNamesBothLines() {
    String csv = KosisFixture.csv() + "\"부산광역시\",\"특허출원건수\",\"건\",\"1\",\"2\",\"3\"\r\n";
    assertThatThrownBy(() -> read("k.csv", "", csv.getBytes(StandardCharsets.UTF_8)))
        .hasMessage(
            "k.csv line 8, column 2 (항목): a second row for 부산광역시, 특허출원건수 (the first is on line 4)");
  }

  @Test
  void anItemListedInTheConfigThatTheTableLacksIsAnError() {
    String csv = KosisFixture.csv().replace("지역내총생산", "GRDP");
    assertThatThrownBy(() -> read("k.csv", "", csv.getBytes(StandardCharsets.UTF_8)))
        .hasMessage(
            "study.yaml: data.panel.reshape.items names the item '지역내총생산', which k.csv does"
                + " not have (it has: 특허출원건수, GRDP)");
  }

  @Test
  void withoutAnItemColumnTheValueKeyNamesTheOneVariable() {
    String csv = "region,2019,2020,2021\nSeoul,1.5,-,2.5\nBusan,0.5,0.7,x\n";
    DataTable t =
        DataSources.read(
            KosisFixture.sourceFromYaml(
                "data:\n  p:\n    path: g.csv\n    panel: region\n    time: year\n"
                    + "    reshape: {from: wide, id: region, value: growth}\n"),
            csv.getBytes(StandardCharsets.UTF_8),
            "g.csv");
    assertThat(t.columnNames()).containsExactly("region", "year", "growth");
    assertThat(t.numericAllowingBlanks("growth"))
        .containsExactly(1.5, Double.NaN, 2.5, 0.5, 0.7, Double.NaN);
  }

  @Test
  void periodHeadersAreYearsOrMonthsAsKosisWritesThem() {
    assertThat(WideLayout.period("2015")).isEqualTo(2015);
    assertThat(WideLayout.period("2015 년")).isEqualTo(2015);
    assertThat(WideLayout.period("2015년")).isEqualTo(2015);
    assertThat(WideLayout.period("2022 p)")).isEqualTo(2022);
    assertThat(WideLayout.period("2015.01")).isEqualTo(201501);
    assertThat(WideLayout.period("2015-1")).isEqualTo(201501);
    assertThat(WideLayout.period("2015년 12월")).isEqualTo(201512);
    assertThat(WideLayout.period("2015.13")).isEqualTo(-1);
    assertThat(WideLayout.period("단위")).isEqualTo(-1);
    assertThat(WideLayout.period("20150")).isEqualTo(-1);
  }
}
