package org.policyreport.analysis.count;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.ModelResult;

class NbpQuineTest extends QuineReference {
  @Test
  void matchesReferenceNbpOnQuine() {
    JsonNode ref = expected("nbp_days");
    ModelResult r = fit("{id: p, estimator: nbp, dependent: Days, regressors: " + REGRESSORS + "}");
    // statsmodels NegativeBinomialP (complex-step Hessian) vs R: SEs agree to 1e-8.
    assertCoefficients(r, ref, 1e-6);
    assertClose(r.coefficient("P", "_cons").coef(), ref.get("P").get("coef").asDouble(), 1e-6, "P");
    assertClose(r.coefficient("P", "_cons").se(), ref.get("P").get("se").asDouble(), 1e-6, "P se");
    assertClose(r.statistics().get("alpha"), ref.get("alpha").asDouble(), 1e-6, "alpha");
    assertClose(r.statistics().get("alphaSE"), ref.get("alphaSE").asDouble(), 1e-6, "alphaSE");
    JsonNode lr = ref.get("lrTestVsNB2");
    assertClose(r.test("lrVsNb2").statistic(), lr.get("statistic").asDouble(), 1e-5, "LR vs NB2");
  }
}
