package org.policyreport.analysis.count;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.ModelResult;

class PoissonQuineTest extends QuineReference {
  @Test
  void matchesReferencePoissonOnQuine() {
    JsonNode ref = expected("poisson_days");
    ModelResult r =
        fit("{id: p, estimator: poisson, dependent: Days, regressors: " + REGRESSORS + "}");
    // OIM SEs: R and statsmodels agree to 1e-15; 1e-7 leaves room for our own rounding.
    assertCoefficients(r, ref, 1e-7);
    assertClose(
        r.statistics().get("logLikelihoodNull"),
        ref.get("logLikelihoodNull").asDouble(),
        1e-9,
        "ll0");
    assertClose(
        r.statistics().get("lrChi2"), ref.get("lrChi2VsConstantOnly").asDouble(), 1e-7, "lr");
    assertClose(r.statistics().get("pseudoR2"), ref.get("pseudoR2").asDouble(), 1e-7, "pseudoR2");
    assertThat(r.test("lrVsConstantOnly").df()).isEqualTo(ref.get("lrDf").asInt());
    assertThat(r.test("lrAlphaZero")).isNull();
  }

  @Test
  void reportsIncidenceRateRatiosAndMarginalEffects() {
    ModelResult r =
        fit("{id: p, estimator: poisson, dependent: Days, regressors: " + REGRESSORS + "}");
    assertThat(r.irr()).hasSize(7);
    assertThat(r.irr().get(1).coef()).isEqualTo(Math.exp(r.coefficient("EthN").coef()));
    assertThat(r.marginalEffects()).hasSize(6);
    // With a constant the Poisson fit reproduces mean(y), so AME_j = b_j * mean(Days).
    double meanDays = 16.458904109589042;
    assertThat(r.marginalEffects().get(0).coef())
        .isCloseTo(
            r.coefficient("EthN").coef() * meanDays, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(r.marginalEffects().get(0).se()).isPositive();
  }
}
