package org.policyreport.analysis.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Upper tails far out, where 1 - cdf is 0; references from R 4.2.2 (lower.tail = FALSE). */
class TailsTest {
  private static void assertRelative(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(1e-9 * expected));
  }

  @Test
  void upperTailsStayAccurateWhereOneMinusCdfIsZero() {
    // pchisq(100, 1, lower.tail = FALSE)
    assertRelative(Tails.chi2(100, 1), 1.5239706048321054e-23);
    // pchisq(700, 3, lower.tail = FALSE)
    assertRelative(Tails.chi2(700, 3), 2.0991308534204087e-151);
    // pf(400, 2, 50, lower.tail = FALSE)
    assertRelative(Tails.f(400, 2, 50), 1.7329138212252905e-31);
    // 2 * pt(-40, 10)
    assertRelative(Tails.tTwoSided(40, 10), 2.2808577430857475e-12);
    // 2 * pnorm(-30)
    assertRelative(Tails.normalTwoSided(-30), 9.8134278542963744e-198);
  }

  @Test
  void nonPositiveStatisticsHaveUpperTailOne() {
    assertThat(Tails.chi2(-2.3, 4)).isEqualTo(1.0);
    assertThat(Tails.f(0, 1, 9)).isEqualTo(1.0);
    assertThat(Tails.tTwoSided(0, 5)).isEqualTo(1.0);
  }
}
