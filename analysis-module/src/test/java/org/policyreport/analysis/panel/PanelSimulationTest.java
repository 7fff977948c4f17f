package org.policyreport.analysis.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyreport.analysis.bench.PanelSimulation;

/**
 * Recovery of known parameters from seeded simulated panels (PanelSimulation). Bounds are loose
 * enough to hold for any seed with high probability (4 standard errors), tight enough to catch a
 * wrong transform.
 */
class PanelSimulationTest {

  @Test
  void randomEffectsRecoversSlopesAndVarianceComponents() {
    PanelSimulation.Sample s =
        PanelSimulation.generate(
            new PanelSimulation.Design(400, 8, 3, 1.5, 0.0, 1.0, 1.0, 20240611L));
    RandomEffects.Result r = new RandomEffects().fit(s.toPanelData());
    assertWithinFourSe(r.estimates(), s);
    assertThat(r.sigmaU()).isCloseTo(1.5, org.assertj.core.data.Percentage.withPercentage(10));
    assertThat(r.sigmaE()).isCloseTo(1.0, org.assertj.core.data.Percentage.withPercentage(5));
  }

  @Test
  void heteroskedasticAr1FglsRecoversRhoAndSlopes() {
    PanelSimulation.Sample s =
        PanelSimulation.generate(new PanelSimulation.Design(300, 40, 3, 0.0, 0.6, 0.5, 2.0, 7L));
    Fgls.Result r =
        new Fgls(Fgls.Options.of(Fgls.PanelVariance.HETEROSKEDASTIC, Fgls.Correlation.AR1))
            .fit(s.toPanelData());
    assertWithinFourSe(r.estimates(), s);
    // rho from OLS residuals is biased towards 0 by O(1/T); T = 40 keeps that below 0.05.
    assertThat(r.rho()).isBetween(0.55, 0.65);
    double ratio = 0;
    for (int u = 0; u < s.sigma().length; u++) {
      ratio += r.sigma2ByPanel().get(Integer.toString(u + 1)) / (s.sigma()[u] * s.sigma()[u]);
    }
    assertThat(ratio / s.sigma().length).isBetween(0.9, 1.1);
  }

  private static void assertWithinFourSe(Estimates e, PanelSimulation.Sample s) {
    for (int j = 0; j < s.names().size(); j++) {
      String name = s.names().get(j);
      assertThat(e.coef(name))
          .as(name)
          .isCloseTo(s.beta()[j + 1], org.assertj.core.api.Assertions.within(4 * e.se(name)));
    }
  }
}
