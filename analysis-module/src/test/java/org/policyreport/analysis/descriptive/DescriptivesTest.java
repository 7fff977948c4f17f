package org.policyreport.analysis.descriptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.VariableSummary;

class DescriptivesTest {
  private static VariableSummary of(double... x) {
    return Descriptives.of(DataTable.ofNumeric("d", Map.of("x", x)), "x");
  }

  @Test
  void standardDeviationOfValuesWhoseSquaresOverflowIsFinite() {
    VariableSummary s = of(1.3e154, -1.3e154);
    assertThat(s.mean()).isZero();
    assertThat(s.sd()).isCloseTo(Math.sqrt(2) * 1.3e154, within(1e140));
  }

  @Test
  void hugeValuesGiveTheScaledStandardDeviation() {
    VariableSummary big = of(1e200, 3e200, 4e200);
    VariableSummary small = of(1, 3, 4);
    assertThat(big.sd() / 1e200).isCloseTo(small.sd(), within(1e-15));
  }
}
