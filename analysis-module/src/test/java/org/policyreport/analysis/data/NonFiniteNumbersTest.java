package org.policyreport.analysis.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.InputException;

/** Infinity and NaN never enter a numeric column: each is an input error naming the cell. */
class NonFiniteNumbersTest {
  private static DataTable read(String text) {
    return CsvReader.read("panel", text.getBytes(StandardCharsets.UTF_8), "data/p.csv");
  }

  @Test
  void overflowingNumberIsAnErrorNamingTheCell() {
    DataTable t = read("region,x\nA,1.5\nB,1e999\n");
    assertThatThrownBy(() -> t.numeric("x"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "data/p.csv line 3, column 2 (x): '1e999' is not a finite number (column must be"
                + " numeric)");
  }

  @Test
  void negativeOverflowIsAnError() {
    DataTable t = read("x\n-2e400\n1\n");
    assertThatThrownBy(() -> t.numericAllowingBlanks("x"))
        .hasMessageContaining("line 2, column 1 (x): '-2e400' is not a finite number");
  }

  @Test
  void infAndNanTextAreErrorsNamingTheCell() {
    for (String cell : new String[] {"inf", "-Infinity", "NaN", "nan", "+inf"}) {
      DataTable t = read("x\n1\n" + cell + "\n");
      assertThatThrownBy(() -> t.numeric("x"))
          .as(cell)
          .hasMessage(
              "data/p.csv line 3, column 1 (x): '"
                  + cell
                  + "' is not a finite number (column must be numeric)");
    }
  }

  @Test
  void largeButFiniteNumbersStayNumbers() {
    DataTable t = read("x\n1e308\n-1.7976931348623157e308\n4.9e-324\n");
    assertThat(t.numeric("x")).containsExactly(1e308, -Double.MAX_VALUE, Double.MIN_VALUE);
  }

  @Test
  void nulAfterANumberIsAnErrorNamingTheCell() {
    DataTable t = read("region,x\nA,1.5\nB,12\0\n");
    assertThatThrownBy(() -> t.numeric("x"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "data/p.csv line 3, column 2 (x): '12\0' is not a number (column must be numeric)");
  }

  @Test
  void controlCharacterAloneIsNoBlank() {
    for (String cell : new String[] {"\0", "\u001b", " \u0001 ", "\u007f3"}) {
      DataTable t = read("x\n1\n" + cell + "\n");
      assertThatThrownBy(() -> t.numericAllowingBlanks("x"))
          .as(cell)
          .isInstanceOf(InputException.class)
          .hasMessageContaining("line 3, column 1 (x): '");
    }
  }

  @Test
  void quotedControlCharacterInANumberIsAnError() {
    DataTable t = read("x\n1\n\"2\u0000\"\n");
    assertThatThrownBy(() -> t.numeric("x")).hasMessageContaining("line 3, column 1 (x)");
  }

  @Test
  void spacesAndTabsAroundANumberAreStillPadding() {
    DataTable t = read("x,y\n 1\t,\" 2 \"\n\t3 , \n");
    assertThat(t.numericAllowingBlanks("x")).containsExactly(1, 3);
    assertThat(t.numericAllowingBlanks("y")).containsExactly(2, Double.NaN);
  }

  @Test
  void longCellIsQuotedCutShort() {
    String cell = "S".repeat(40_000);
    DataTable t = read("x\n1\n" + cell + "\n");
    assertThatThrownBy(() -> t.numeric("x"))
        .hasMessage(
            "data/p.csv line 3, column 1 (x): '"
                + "S".repeat(60)
                + "… (40000 characters)' is not a number (column must be numeric)");
  }

  @Test
  void parserNeverReturnsInfinity() {
    assertThatThrownBy(() -> CsvReader.parseNumber("1e999"))
        .isInstanceOf(NumberFormatException.class);
  }
}
