package org.policyreport.analysis.count;

/**
 * Newton-Raphson maximisation with step halving. Converged when the largest Newton step is below
 * 1e-6 (relative to 1 + |parameter|) and the Newton decrement {@code g'(-H)^-1 g} is below 1e-7;
 * that final step is then taken, so by quadratic convergence the estimate is accurate to about
 * 1e-12. Where {@code -H} is not positive definite a ridge is added (Levenberg) so the step still
 * goes uphill.
 */
final class Newton {
  private static final double STEP_TOL = 1e-6;
  private static final double DECREMENT_TOL = 1e-7;

  /** Likelihood changes this small relative to |ll| are rounding noise, not a worse point. */
  private static final double NOISE = 1e-11;

  private static final int MAX_HALVINGS = 40;

  private Newton() {}

  /** Where the search stopped and the evaluation there. */
  static final class Outcome {
    final double[] theta;
    final Objective.Evaluation at;
    final int iterations;
    final boolean converged;

    Outcome(double[] theta, Objective.Evaluation at, int iterations, boolean converged) {
      this.theta = theta;
      this.at = at;
      this.iterations = iterations;
      this.converged = converged;
    }

    double gradientMaxAbs() {
      double g = 0;
      for (double v : at.gradient) {
        g = Math.max(g, Math.abs(v));
      }
      return g;
    }
  }

  static Outcome maximize(Objective f, double[] start, int maxIterations) {
    double[] theta = start.clone();
    Objective.Evaluation e = f.evaluate(theta);
    if (!Double.isFinite(e.logLik)) {
      return new Outcome(theta, e, 0, false);
    }
    int it = 0;
    while (it < maxIterations) {
      double[] step = newtonStep(e);
      if (step == null) {
        return new Outcome(theta, e, it, false);
      }
      double dec = 0;
      double maxRel = 0;
      for (int j = 0; j < step.length; j++) {
        dec += step[j] * e.gradient[j];
        maxRel = Math.max(maxRel, Math.abs(step[j]) / (1 + Math.abs(theta[j])));
      }
      boolean small = maxRel < STEP_TOL && dec < DECREMENT_TOL;
      it++;
      double[] cand = add(theta, step, 1.0);
      Objective.Evaluation ce = f.evaluate(cand);
      if (small) {
        // Rounding can make the likelihood flat here; the last step is taken regardless.
        if (Double.isFinite(ce.logLik)
            && ce.logLik >= e.logLik - NOISE * (1 + Math.abs(e.logLik))) {
          return new Outcome(cand, ce, it, true);
        }
        return new Outcome(theta, e, it, true);
      }
      if (!(Double.isFinite(ce.logLik)
          && ce.logLik >= e.logLik - NOISE * (1 + Math.abs(e.logLik)))) {
        double t = 1.0;
        double[] accepted = null;
        for (int h = 0; h < MAX_HALVINGS; h++) {
          t *= 0.5;
          double[] c = add(theta, step, t);
          double ll = f.logLikelihood(c);
          if (Double.isFinite(ll) && ll >= e.logLik) {
            accepted = c;
            break;
          }
        }
        if (accepted == null) {
          return new Outcome(theta, e, it, false);
        }
        cand = accepted;
        ce = f.evaluate(cand);
      }
      theta = cand;
      e = ce;
    }
    return new Outcome(theta, e, it, false);
  }

  /**
   * Solves (-H + lambda I) s = g with the smallest lambda (0 first) that makes -H + lambda I
   * positive definite.
   */
  private static double[] newtonStep(Objective.Evaluation e) {
    int p = e.gradient.length;
    double[][] a = new double[p][p];
    double scale = 0;
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        a[i][j] = -e.hessian[i][j];
        if (!Double.isFinite(a[i][j])) {
          return null;
        }
      }
      scale = Math.max(scale, Math.abs(a[i][i]));
    }
    double lambda = 0;
    for (int tries = 0; tries < 30; tries++) {
      double[][] b = a;
      if (lambda > 0) {
        b = new double[p][];
        for (int i = 0; i < p; i++) {
          b[i] = a[i].clone();
          b[i][i] += lambda;
        }
      }
      Cholesky c = Cholesky.of(b);
      if (c != null) {
        return c.solve(e.gradient);
      }
      lambda = lambda == 0 ? 1e-8 * Math.max(scale, 1e-300) : lambda * 10;
    }
    return null;
  }

  private static double[] add(double[] theta, double[] step, double t) {
    double[] out = new double[theta.length];
    for (int j = 0; j < theta.length; j++) {
      out[j] = theta[j] + t * step[j];
    }
    return out;
  }
}
