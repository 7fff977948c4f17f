package org.policyreport.analysis.count;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.ModelResult;

class GnbregQuineTest extends QuineReference {
  @Test
  void matchesReferenceGnbregOnQuine() {
    JsonNode ref = expected("gnbreg_days");
    ModelResult r =
        fit(
            "{id: g, estimator: gnbreg, dependent: Days, dispersion: [EthN, SexM], regressors: "
                + REGRESSORS
                + "}");
    // Python complex-step Hessian agrees with the R analytic one to 9e-10 in the SEs.
    assertCoefficients(r, ref, 1e-6);
    JsonNode lr = ref.get("lrTestVsNB2");
    assertClose(r.test("lrVsNb2").statistic(), lr.get("statistic").asDouble(), 1e-6, "LR vs NB2");
    assertClose(r.test("lrVsNb2").p(), lr.get("pValue").asDouble(), 1e-6, "LR vs NB2 p");
    assertThat(r.test("lrVsNb2").df()).isEqualTo(lr.get("df").asInt());
    assertThat(r.test("lrAlphaZero")).isNotNull();
  }
}
