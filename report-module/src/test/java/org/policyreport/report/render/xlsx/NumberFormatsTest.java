package org.policyreport.report.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyreport.report.document.Cell;

class NumberFormatsTest {

  @Test
  void suffixStarsBecomeLiteralText() {
    Cell c = Cell.number("0.021***", 0.0213, 3, "", "***");
    assertThat(NumberFormats.of(c, "")).isEqualTo("0.000\"***\"");
    assertThat(NumberFormats.display(c)).isEqualTo("0.021***");
  }

  @Test
  void shorterSuffixesArePaddedWithInvisibleSpace() {
    assertThat(NumberFormats.of(Cell.number("0.019**", 0.0191, 3, "", "**"), "*"))
        .isEqualTo("0.000\"**\"_*");
  }

  @Test
  void thousandsSeparatorOnlyWhenTheTextHasOne() {
    assertThat(NumberFormats.of(Cell.number("1,037.5", 1037.5, 1), "")).isEqualTo("#,##0.0");
    assertThat(NumberFormats.of(Cell.number("1037.5", 1037.5, 1), "")).isEqualTo("0.0");
    assertThat(NumberFormats.of(Cell.number("214", 214, 0), "")).isEqualTo("0");
  }

  @Test
  void negativeNumbersInBracketsKeepTheSignInside() {
    Cell c = Cell.number("(-0.004)", -0.0041, 3, "(", ")");
    assertThat(NumberFormats.of(c, "")).isEqualTo("\"(\"0.000\")\";\"(\"\"-\"0.000\")\"");
    assertThat(NumberFormats.display(c)).isEqualTo("(-0.004)");
  }

  @Test
  void typographicMinusIsKept() {
    Cell c = Cell.number("\u22121.50", -1.5, 2);
    assertThat(NumberFormats.display(c)).isEqualTo("\u22121.50");
  }

  @Test
  void quotesInLiteralsAreEscaped() {
    assertThat(NumberFormats.literal("a\"b")).isEqualTo("\"a\"\\\"\"b\"");
  }

  @Test
  void displayRoundsHalfAwayFromZeroLikeExcel() {
    assertThat(NumberFormats.display(Cell.number("0.13", 0.125, 2))).isEqualTo("0.13");
    assertThat(NumberFormats.display(Cell.number("-0.13", -0.125, 2))).isEqualTo("-0.13");
  }
}
