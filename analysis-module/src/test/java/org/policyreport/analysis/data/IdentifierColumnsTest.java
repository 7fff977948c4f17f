package org.policyreport.analysis.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Identifier columns (panel, time, cluster, group) keep the text as written. */
class IdentifierColumnsTest {
  private static DataTable read(String text, String... ids) {
    return CsvReader.read(
        "panel",
        text.getBytes(StandardCharsets.UTF_8),
        "data/p.csv",
        org.policyreport.analysis.data.MissingMarkers.DEFAULT,
        Set.of(ids));
  }

  @Test
  void codesZeroOneAndOneAreTwoUnits() {
    DataTable t = read("id,t,y\n01,2001,1\n01,2002,2\n1,2001,3\n1,2002,4\n", "id", "t");
    assertThat(t.labels("id")).containsExactly("01", "01", "1", "1");
    PanelIndex index = PanelIndex.of(t, "id", "t");
    assertThat(index.units()).containsExactly("01", "1");
    assertThat(t.numeric("id")).as("still readable as numbers").containsExactly(1, 1, 1, 1);
  }

  @Test
  void aColumnNotNamedAsIdentifierFormatsNumbersAsBefore() {
    DataTable t = read("id,y\n01,1\n1,2\n");
    assertThat(t.labels("id")).containsExactly("1", "1");
  }

  @Test
  void codesSurviveAColumnThatTurnsToTextLaterInTheFile() {
    DataTable t = read("id,y\n007,1\n008,2\nA9,3\n", "id");
    assertThat(t.labels("id")).containsExactly("007", "008", "A9");
  }

  @Test
  void codesSurviveTheParallelReadOfALargeFile() {
    StringBuilder csv = new StringBuilder("id,t,y\n");
    int rows = 0;
    while (csv.length() < (5 << 20)) {
      csv.append(String.format("%05d", rows / 10)).append(',').append(2000 + rows % 10);
      csv.append(',').append(rows % 7).append('\n');
      rows++;
    }
    DataTable t = read(csv.toString(), "id", "t");
    String[] ids = t.labels("id");
    assertThat(ids).hasSize(rows);
    assertThat(ids[0]).isEqualTo("00000");
    assertThat(ids[rows - 1]).isEqualTo(String.format("%05d", (rows - 1) / 10));
    assertThat(PanelIndex.of(t, "id", "t").unitCount()).isEqualTo((rows + 9) / 10);
  }

  @Test
  void textTimeLabelsAreOrderedAsTextNumericOnesAsNumbers() {
    DataTable text = read("id,t\na,2020Q2\na,2020Q1\na,2019Q4\n", "id", "t");
    PanelIndex i = PanelIndex.of(text, "id", "t");
    assertThat(i.timeLabel(i.sortedRows()[0])).isEqualTo("2019Q4");
    DataTable nums = read("id,t\na,10\na,9\na,100\n", "id", "t");
    PanelIndex j = PanelIndex.of(nums, "id", "t");
    assertThat(j.timeLabel(j.sortedRows()[0])).isEqualTo("9");
    assertThat(j.timeLabel(j.sortedRows()[2])).isEqualTo("100");
  }
}
