package org.policyreport.analysis.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.InputException;

class MissingMarkersTest {
  private static DataTable read(String csv, MissingMarkers na) {
    return CsvReader.read(
        "t", csv.getBytes(StandardCharsets.UTF_8), "p.csv", na, java.util.Set.of());
  }

  @Test
  void theFourOfficeMarkersAndTheEmptyCellAreMissingByDefault() {
    DataTable t = read("k,v\na,1\nb,-\nc,…\nd,x\ne,(X)\nf,\ng,2\n", MissingMarkers.DEFAULT);
    assertThat(t.numericAllowingBlanks("v"))
        .containsExactly(1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 2);
    assertThatThrownBy(() -> t.numeric("v"))
        .hasMessage("p.csv line 3, column 2 (v): missing value");
  }

  @Test
  void anyOtherTextInANumericColumnIsStillAnErrorNamingLineAndColumn() {
    DataTable t = read("a,v\nq,1\nq,-\nq,n/a\n", MissingMarkers.DEFAULT);
    assertThatThrownBy(() -> t.numericAllowingBlanks("v"))
        .isInstanceOf(InputException.class)
        .hasMessage("p.csv line 4, column 2 (v): 'n/a' is not a number (column must be numeric)");
  }

  @Test
  void aConfiguredListReplacesTheDefaults() {
    DataTable t = read("v\n1\nn/a\n", MissingMarkers.of(List.of("n/a")));
    assertThat(t.numericAllowingBlanks("v")).containsExactly(1, Double.NaN);
    DataTable u = read("v\n1\n-\n", MissingMarkers.of(List.of("n/a")));
    assertThatThrownBy(() -> u.numericAllowingBlanks("v"))
        .hasMessageContaining("'-' is not a number");
  }

  @Test
  void aTextColumnKeepsMarkerTextsAsWritten() {
    DataTable t = read("group\nx\n-\ny\n", MissingMarkers.DEFAULT);
    assertThat(t.labels("group")).containsExactly("x", "-", "y");
  }

  @Test
  void markersLeaveTheFastPathForPlainNumbersAlone() {
    StringBuilder b = new StringBuilder("v\n");
    for (int i = 0; i < 1000; i++) {
      b.append(i % 7 == 0 ? "x" : Integer.toString(i)).append('\n');
    }
    double[] v = read(b.toString(), MissingMarkers.DEFAULT).numericAllowingBlanks("v");
    assertThat(v[1]).isEqualTo(1);
    assertThat(v[7]).isNaN();
    assertThat(v[999]).isEqualTo(999);
  }
}
