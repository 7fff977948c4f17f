package org.policyreport.analysis.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.Coefficient;

/**
 * gnbreg recovers the parameters of its own data-generating process: y ~ Poisson(mu * v), v ~
 * Gamma(shape 1/alpha, scale alpha), mu = exp(x'b), alpha = exp(z'g), n = 200,000, fixed seed.
 */
class GnbregSimulationTest {
  static final double[] B = {0.7, 0.4, -0.3};
  static final double[] G = {-0.6, 0.5};

  @Test
  void recoversKnownParametersWithinFourStandardErrors() {
    int n = 200_000;
    SplittableRandom rnd = new SplittableRandom(20240611);
    MersenneTwister mt = new MersenneTwister(99);
    double[] y = new double[n];
    double[] x1 = new double[n];
    double[] x2 = new double[n];
    double[] z1 = new double[n];
    for (int i = 0; i < n; i++) {
      x1[i] = rnd.nextGaussian();
      x2[i] = rnd.nextInt(2);
      z1[i] = rnd.nextDouble() * 2 - 1;
      double mu = Math.exp(B[0] + B[1] * x1[i] + B[2] * x2[i]);
      double alpha = Math.exp(G[0] + G[1] * z1[i]);
      double v = new GammaDistribution(mt, 1 / alpha, alpha).sample();
      y[i] = new PoissonDistribution(mt, mu * v, 1e-12, 10_000_000).sample();
    }
    CountData data =
        new CountData(
            y, List.of("x1", "x2"), List.of(x1, x2), List.of("z1"), List.of(z1), null, null);
    CountFit fit = new CountEstimator(CountOptions.of(CountModel.GNBREG)).fit(data);
    assertThat(fit.converged()).isTrue();
    double[] truth = {B[0], B[1], B[2], G[0], G[1]};
    List<Coefficient> rows = fit.coefficients();
    assertThat(rows).hasSize(truth.length);
    for (int j = 0; j < truth.length; j++) {
      Coefficient c = rows.get(j);
      assertThat(Math.abs(c.coef() - truth[j]) / c.se())
          .as(c.equation() + ":" + c.term())
          .isLessThan(4.0);
    }
  }
}
