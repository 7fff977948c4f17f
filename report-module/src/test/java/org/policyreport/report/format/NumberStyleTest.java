package org.policyreport.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberStyleTest {
  private final NumberStyle f = new NumberStyle(3);

  @Test
  void roundsHalfUpWithThousandsSeparatorsAndATrueMinusSign() {
    assertThat(f.num(1234.5675)).isEqualTo("1,234.568");
    assertThat(f.num(-0.0215)).isEqualTo("\u22120.022");
    assertThat(f.num(-0.0001)).isEqualTo("0.000");
    assertThat(f.integer(214)).isEqualTo("214");
  }

  @Test
  void starsFollowTheConventionalLevels() {
    assertThat(f.stars(0.009)).isEqualTo("***");
    assertThat(f.stars(0.01)).isEqualTo("**");
    assertThat(f.stars(0.049)).isEqualTo("**");
    assertThat(f.stars(0.099)).isEqualTo("*");
    assertThat(f.stars(0.1)).isEmpty();
  }

  @Test
  void writesSmallPValuesAsBelowOneThousandth() {
    assertThat(f.p(0.0004)).isEqualTo("<0.001");
    assertThat(f.p(0.0123)).isEqualTo("0.012");
  }

  @Test
  void addsDecimalsOnlyWhenACoefficientWouldRoundToZero() {
    assertThat(f.decimalsFor(0.021, 1.5)).isEqualTo(3);
    assertThat(f.decimalsFor(0.0007)).isEqualTo(3);
    assertThat(f.decimalsFor(0.00008)).isEqualTo(6);
    assertThat(f.num(0.0000812, f.decimalsFor(0.0000812))).isEqualTo("0.000081");
  }

  @Test
  void nonFiniteNumbersShowAsADash() {
    assertThat(f.num(Double.NaN)).isEqualTo("–");
  }

  @Test
  void aNonZeroStandardErrorNeverPrintsAsZero() {
    assertThat(f.decimalsShowing(0.0003)).isEqualTo(4);
    assertThat(f.num(0.0003, f.decimalsShowing(0.0003))).isEqualTo("0.0003");
    // 0.00096 rounds to 0.001 at three decimals already
    assertThat(f.decimalsShowing(0.00096)).isEqualTo(3);
    assertThat(f.decimalsShowing(0.02, 0.0, Double.NaN)).isEqualTo(3);
    assertThat(f.decimalsShowing(1e-12)).isEqualTo(8);
  }
}
