package org.policyreport.analysis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.InputException;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigTree;

/** The keys of a data source that say how to read its file. */
class DataSourceKeysTest {
  private static DataSourceSpec source(String keys) {
    String yaml = "data:\n  panel:\n    path: k.xlsx\n    panel: 시도별\n    time: year\n" + keys;
    return AnalysisConfig.from(
            ConfigTree.parse(yaml.getBytes(StandardCharsets.UTF_8), "my.yaml"),
            new ConfigLocation.OnDisk(Path.of(".")))
        .data()
        .get("panel");
  }

  @Test
  void aPlainSourceReadsWithTheDefaults() {
    assertThat(source("").read()).isEqualTo(ReadOptions.DEFAULT);
  }

  @Test
  void readsEncodingSheetRangeMarkersReshapeAndRegions() {
    DataSourceSpec s =
        source(
            "    encoding: CP949\n    sheet: 2\n    range: A3:H20\n    na: ['-', '…']\n"
                + "    regions: standard\n"
                + "    reshape: {from: wide, id: [시도별], item: 항목, items: {특허출원건수: patents}}\n");
    ReadOptions o = s.read();
    assertThat(o.encoding()).isEqualTo("CP949");
    assertThat(o.sheetIndex()).isEqualTo(2);
    assertThat(o.sheetName()).isNull();
    assertThat(o.range()).isEqualTo("A3:H20");
    assertThat(o.na()).containsExactly("-", "…");
    assertThat(o.regions()).isEqualTo("standard");
    assertThat(o.reshape().id()).containsExactly("시도별");
    assertThat(o.reshape().time()).isEqualTo("year");
    assertThat(o.reshape().items()).containsEntry("특허출원건수", "patents");
    assertThat(s.unitLabels()).containsEntry("ko", "시도별_ko");
  }

  @Test
  void aSheetGivenAsTextIsItsName() {
    assertThat(source("    sheet: '2018'\n").read().sheetName()).isEqualTo("2018");
  }

  @Test
  void rejectsAnUnknownEncodingNamingTheKey() {
    assertThatThrownBy(() -> source("    encoding: latin-1\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "my.yaml: data.panel.encoding 'latin-1' is not a supported encoding (utf-8, cp949,"
                + " euc-kr, utf-16 (also utf-16le, utf-16be))");
  }

  @Test
  void rejectsABadRangeAndSheetPosition() {
    assertThatThrownBy(() -> source("    range: A3-H20\n"))
        .hasMessage("my.yaml: data.panel.range 'A3-H20' is not a cell range such as A3:H20");
    assertThatThrownBy(() -> source("    sheet: 0\n"))
        .hasMessage("my.yaml: data.panel.sheet must be a sheet name or a position from 1, not 0");
  }

  @Test
  void aReshapeNeedsEitherAnItemColumnOrAValueName() {
    assertThatThrownBy(() -> source("    reshape: {from: wide, id: [시도별]}\n"))
        .hasMessageStartingWith("my.yaml: data.panel.reshape needs either 'item'");
    assertThatThrownBy(() -> source("    reshape: {from: long, id: [a], value: v}\n"))
        .hasMessage(
            "my.yaml: data.panel.reshape.from 'long' is not a layout this program reshapes (wide)");
  }

  @Test
  void regionsNeedAPanelAndTheStandardTable() {
    assertThatThrownBy(() -> source("    regions: iso\n"))
        .hasMessage("my.yaml: data.panel.regions 'iso' is not known (the one table is 'standard')");
  }
}
