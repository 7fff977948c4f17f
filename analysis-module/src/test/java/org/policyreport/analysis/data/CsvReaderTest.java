package org.policyreport.analysis.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.InputException;

class CsvReaderTest {
  private static DataTable read(String text) {
    return CsvReader.read("panel", text.getBytes(StandardCharsets.UTF_8), "data/p.csv");
  }

  @Test
  void readsNumbersWithAndWithoutByteOrderMarkAndCrLf() {
    DataTable a = read("\uFEFFx,y\r\n1,2.5\r\n3,-4e-1\r\n");
    DataTable b = read("x,y\n1,2.5\n3,-4e-1");
    assertThat(a.numeric("x")).containsExactly(1, 3);
    assertThat(a.numeric("y")).containsExactly(2.5, -0.4);
    assertThat(b.numeric("y")).containsExactly(a.numeric("y"));
  }

  @Test
  void parsesDecimalsExactlyAsTheJdkDoes() {
    String[] samples = {
      "0.1",
      "123456.789",
      "-0.000123",
      "1e22",
      "9007199254740993",
      "3.14159265358979",
      "1.7976931348623157e308",
      "5e-324",
      "0.30000000000000004"
    };
    for (String s : samples) {
      assertThat(CsvReader.parseNumber(s)).as(s).isEqualTo(Double.parseDouble(s));
    }
  }

  @Test
  void keepsQuotedFieldsWithCommasAndQuotes() {
    DataTable t = read("name,v\n\"Seoul, KR\",1\n\"say \"\"hi\"\"\",2\n");
    assertThat(t.labels("name")).containsExactly("Seoul, KR", "say \"hi\"");
  }

  @Test
  void rejectsTextInANumericColumnNamingFileLineAndColumn() {
    DataTable t = read("region,rnd\nA,1.5\nB,abc\n");
    assertThatThrownBy(() -> t.numeric("rnd"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "data/p.csv line 3, column 2 (rnd): 'abc' is not a number (column must be numeric)");
  }

  @Test
  void rejectsAMissingValueNamingFileLineAndColumn() {
    DataTable t = read("a,b\n1,2\n3,\n");
    assertThatThrownBy(() -> t.numeric("b"))
        .hasMessage("data/p.csv line 3, column 2 (b): missing value");
  }

  @Test
  void rejectsAnUnknownColumnListingTheColumnsThereAre() {
    DataTable t = read("a,b\n1,2\n");
    assertThatThrownBy(() -> t.numeric("c"))
        .hasMessage("data/p.csv: no column 'c' (the file has: a, b)");
  }

  @Test
  void rejectsARowWithTheWrongNumberOfFields() {
    assertThatThrownBy(() -> read("a,b\n1,2\n3\n"))
        .hasMessage("data/p.csv line 3: 1 fields, but the header has 2");
  }

  @Test
  void rejectsJavaOnlyNumberSpellings() {
    DataTable t = read("a\n1d\n");
    assertThatThrownBy(() -> t.numeric("a")).hasMessageContaining("'1d' is not a number");
  }

  @Test
  void rejectsADuplicatePanelAndTimePairNamingBothLines() {
    DataTable t = read("region,year,y\nA,2010,1\nA,2011,2\nA,2010,3\n");
    assertThatThrownBy(() -> PanelIndex.of(t, "region", "year"))
        .hasMessage(
            "data/p.csv line 4, column 2 (year): duplicate (region, year) pair (A, 2010), first on line 2");
  }

  @Test
  void reportsGapsInsideAPanelTimeSeries() {
    DataTable t = read("region,year\nA,2010\nA,2013\nB,2010\nB,2011\n");
    assertThat(PanelIndex.of(t, "region", "year").gaps()).containsExactly("A (missing 2011, 2012)");
  }

  @Test
  void indexesAnUnbalancedPanelSortedByUnitThenPeriod() {
    DataTable t = read("region,year\nB,2011\nA,2011\nB,2010\n");
    PanelIndex p = PanelIndex.of(t, "region", "year");
    assertThat(p.units()).containsExactly("B", "A");
    assertThat(p.sortedRows()).containsExactly(2, 0, 1);
    assertThat(p.periods(0)).isEqualTo(2);
    assertThat(p.periods(1)).isEqualTo(1);
  }
}
