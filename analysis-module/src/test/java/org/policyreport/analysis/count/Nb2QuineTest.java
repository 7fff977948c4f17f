package org.policyreport.analysis.count;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.TestResult;

class Nb2QuineTest extends QuineReference {
  @Test
  void matchesReferenceNb2OnQuine() {
    JsonNode ref = expected("nb2_days");
    ModelResult r = fit("{id: n, estimator: nb2, dependent: Days, regressors: " + REGRESSORS + "}");
    // Joint (b, lnalpha) OIM; statsmodels agrees to 4e-15.
    assertCoefficients(r, ref, 1e-7);
    assertClose(r.statistics().get("alpha"), ref.get("alpha").asDouble(), 1e-6, "alpha");
    assertClose(r.statistics().get("alphaSE"), ref.get("alphaSE").asDouble(), 1e-6, "alphaSE");
    assertClose(
        r.statistics().get("alphaCiLow"), ref.get("alphaCI95").get(0).asDouble(), 1e-6, "alpha ci");
    assertClose(
        r.statistics().get("alphaCiHigh"),
        ref.get("alphaCI95").get(1).asDouble(),
        1e-6,
        "alpha ci");
    assertClose(r.statistics().get("theta"), ref.get("theta").asDouble(), 1e-6, "theta");
    assertClose(r.statistics().get("thetaSE"), ref.get("thetaSE").asDouble(), 1e-6, "thetaSE");
    assertClose(
        r.statistics().get("logLikelihoodNull"),
        ref.get("logLikelihoodNull").asDouble(),
        1e-9,
        "ll0");
    assertClose(
        r.statistics().get("lrChi2"), ref.get("lrChi2VsConstantOnly").asDouble(), 1e-6, "lr");
    assertClose(r.statistics().get("pseudoR2"), ref.get("pseudoR2").asDouble(), 1e-6, "pseudoR2");
    TestResult lr = r.test("lrAlphaZero");
    JsonNode refLr = ref.get("lrTest");
    assertClose(lr.statistic(), refLr.get("statistic").asDouble(), 1e-8, "chibar2");
    assertClose(lr.p(), refLr.get("pValue").asDouble(), 1e-6, "chibar2 p");
    assertThat(lr.distribution()).isEqualTo("chibar2");
  }

  @Test
  void matchesReferenceClusterRobustNb2OnQuine() {
    JsonNode ref = expected("nb2_cluster_days");
    ModelResult r =
        fit(
            "{id: c, estimator: nb2, dependent: Days, vce: cluster, cluster: cell, regressors: "
                + REGRESSORS
                + "}");
    // Sandwich G/(G-1) A^-1 (sum s_g s_g') A^-1; Python re-implementation agrees to 5e-15.
    assertCoefficients(r, ref, 1e-7);
    assertThat(r.seType()).isEqualTo("cluster");
    assertThat(r.statistics().get("nClusters")).isEqualTo(ref.get("nClusters").asDouble());
    assertClose(r.statistics().get("alphaSE"), ref.get("alphaSE").asDouble(), 1e-6, "alphaSE");
    assertThat(r.test("lrAlphaZero")).isNull();
    assertThat(r.test("waldSlopes")).isNotNull();
  }
}
