package org.policyreport.analysis.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/** The analytic gradients and Hessians agree with central differences of the log likelihood. */
class AnalyticDerivativesTest {

  @Test
  void gammaDifferencesMatchDirectEvaluation() {
    double[] ms = {1e-3, 0.37, 1, 2.5, 9.99, 10, 10.5, 37, 250};
    int[] ys = {0, 1, 2, 5, 16, 17, 18, 40, 300, 5000};
    double[] out = new double[3];
    for (double m : ms) {
      for (int y : ys) {
        GammaDifferences.eval(y, m, out);
        double lg = Gamma.logGamma(y + m) - Gamma.logGamma(m);
        // Commons Math's digamma is off by ~3e-10 here, so the exact finite sums are the reference.
        double dg = 0;
        double tg = 0;
        for (int j = 0; j < y; j++) {
          dg += 1 / (m + j);
          tg -= 1 / ((m + j) * (m + j));
        }
        String at = "y=" + y + " m=" + m;
        assertThat(out[0]).as("lg " + at).isCloseTo(lg, within(1e-12 * (1 + Math.abs(lg))));
        assertThat(out[1]).as("dg " + at).isCloseTo(dg, within(1e-13 * (1 + Math.abs(dg))));
        assertThat(out[2]).as("tg " + at).isCloseTo(tg, within(1e-12 * Math.abs(tg) + 1e-16));
      }
    }
  }

  @Test
  void gammaDifferencesStayAccurateForTinyAlpha() {
    // m = 1/alpha = 1e12: lnG(y+m) - lnG(m) = y ln m + sum_{j<y} log1p(j/m).
    double m = 1e12;
    double[] out = new double[3];
    for (int y : new int[] {3, 16, 40, 200}) {
      GammaDifferences.eval(y, m, out);
      double lg = y * Math.log(m);
      double dg = 0;
      double tg = 0;
      for (int j = 0; j < y; j++) {
        lg += Math.log1p(j / m);
        dg += 1 / (m + j);
        tg -= 1 / ((m + j) * (m + j));
      }
      assertThat(out[0]).isCloseTo(lg, within(1e-13 * lg));
      assertThat(out[1]).isCloseTo(dg, within(1e-13 * dg));
      assertThat(out[2]).isCloseTo(tg, within(1e-12 * -tg));
    }
  }

  @Test
  void poissonDerivativesAreConsistent() {
    check(new PoissonLikelihood(), new double[] {0.8, -0.3, 0.2});
  }

  @Test
  void negativeBinomialDerivativesAreConsistent() {
    check(new NegativeBinomialLikelihood(), new double[] {0.8, -0.3, 0.2, -0.5, 0.4});
  }

  @Test
  void negativeBinomialPDerivativesAreConsistent() {
    check(new NegativeBinomialPLikelihood(), new double[] {0.8, -0.3, 0.2, -0.5, 1.7});
  }

  private static void check(IndexLikelihood lik, double[] theta) {
    int n = 300;
    Random rnd = new Random(7);
    double[] y = new double[n];
    double[] x1 = new double[n];
    double[] x2 = new double[n];
    for (int i = 0; i < n; i++) {
      x1[i] = rnd.nextGaussian();
      x2[i] = rnd.nextInt(2);
      y[i] = rnd.nextInt(i % 10 == 0 ? 60 : 8);
    }
    double[][][] cols;
    if (lik.indices() == 1) {
      cols = new double[][][] {{null, x1, x2}};
    } else if (lik.indices() == 2) {
      cols = new double[][][] {{null, x1, x2}, {null, x2}};
    } else {
      cols = new double[][][] {{null, x1, x2}, {null}, {null}};
    }
    Objective f = new Objective(lik, y, cols, null, 0);
    Objective.Evaluation e = f.evaluate(theta);
    int p = theta.length;
    double h = 1e-5;
    for (int a = 0; a < p; a++) {
      double[] tp = theta.clone();
      double[] tm = theta.clone();
      tp[a] += h;
      tm[a] -= h;
      double num = (f.logLikelihood(tp) - f.logLikelihood(tm)) / (2 * h);
      assertThat(e.gradient[a])
          .as("gradient " + a)
          .isCloseTo(num, within(1e-6 * (1 + Math.abs(num))));
      double[] gp = f.evaluate(tp).gradient;
      double[] gm = f.evaluate(tm).gradient;
      for (int b = 0; b < p; b++) {
        double numH = (gp[b] - gm[b]) / (2 * h);
        assertThat(e.hessian[a][b])
            .as("hessian " + a + "," + b)
            .isCloseTo(numH, within(1e-6 * (1 + Math.abs(numH))));
      }
    }
  }
}
