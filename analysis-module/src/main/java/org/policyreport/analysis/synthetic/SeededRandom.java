package org.policyreport.analysis.synthetic;

/**
 * A seeded random source whose output depends on nothing but the seed: SplitMix64 for the bits and
 * hand-written samplers on top of it, all using {@link StrictMath}, so that the default data are
 * byte-identical on every JVM and do not change when a library changes its algorithm.
 *
 * <p>SplitMix64 (Steele, Lea and Flood 2014): {@code state += 0x9E3779B97F4A7C15; z = state; z = (z
 * ^ (z >>> 30)) * 0xBF58476D1CE4E5B9; z = (z ^ (z >>> 27)) * 0x94D049BB133111EB; return z ^ (z >>>
 * 31)}, arithmetic modulo 2^64.
 */
final class SeededRandom {
  private long state;

  SeededRandom(long seed) {
    this.state = seed;
  }

  long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    long z = state;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform on the open interval (0, 1): the top 53 bits plus one half, times 2^-53. */
  double uniform() {
    return ((nextLong() >>> 11) + 0.5) * 0x1.0p-53;
  }

  /** Standard normal by Box-Muller, one value per call (the sine half is not kept). */
  double normal() {
    double u1 = uniform();
    double u2 = uniform();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
  }

  /**
   * Gamma(shape, scale 1) by Marsaglia and Tsang (2000); for shape below 1 the shape + 1 draw is
   * multiplied by U^(1/shape).
   */
  double gamma(double shape) {
    if (!(shape > 0)) {
      throw new IllegalArgumentException("gamma shape must be positive, got " + shape);
    }
    if (shape < 1) {
      double g = gamma(shape + 1.0);
      return g * StrictMath.pow(uniform(), 1.0 / shape);
    }
    double d = shape - 1.0 / 3.0;
    double c = 1.0 / StrictMath.sqrt(9.0 * d);
    while (true) {
      double x = normal();
      double v = 1.0 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = uniform();
      if (StrictMath.log(u) < 0.5 * x * x + d - d * v + d * StrictMath.log(v)) {
        return d * v;
      }
    }
  }

  /**
   * Poisson(lambda): multiplication of uniforms (Knuth) below lambda 10, otherwise Hoermann's
   * transformed rejection with squeeze (PTRS, 1993).
   */
  long poisson(double lambda) {
    if (!(lambda >= 0) || Double.isInfinite(lambda)) {
      throw new IllegalArgumentException(
          "Poisson mean must be finite and non-negative, got " + lambda);
    }
    if (lambda < 10) {
      double limit = StrictMath.exp(-lambda);
      double prod = uniform();
      long k = 0;
      while (prod > limit) {
        prod *= uniform();
        k++;
      }
      return k;
    }
    double slam = StrictMath.sqrt(lambda);
    double loglam = StrictMath.log(lambda);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double invalpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = uniform() - 0.5;
      double v = uniform();
      double us = 0.5 - Math.abs(u);
      long k = (long) StrictMath.floor((2 * a / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      double lhs = StrictMath.log(v) + StrictMath.log(invalpha) - StrictMath.log(a / (us * us) + b);
      double rhs = -lambda + k * loglam - logFactorial(k);
      if (lhs <= rhs) {
        return k;
      }
    }
  }

  /**
   * NB2 count with mean mu and Var = mu + alpha mu^2: Poisson with a Gamma(1/alpha, alpha) mean.
   */
  long negativeBinomial2(double mu, double alpha) {
    double shape = 1.0 / alpha;
    return poisson(mu * gamma(shape) / shape);
  }

  /** An index drawn with probabilities proportional to {@code weights}. */
  int categorical(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = uniform() * total;
    double acc = 0;
    for (int i = 0; i < weights.length; i++) {
      acc += weights[i];
      if (u < acc) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** ln k!: exact sum below 20, Stirling's series (error below 1e-15 relative) above. */
  static double logFactorial(long k) {
    if (k < 20) {
      double s = 0;
      for (long j = 2; j <= k; j++) {
        s += StrictMath.log(j);
      }
      return s;
    }
    double x = k + 1.0;
    double x2 = x * x;
    return (x - 0.5) * StrictMath.log(x)
        - x
        + 0.5 * StrictMath.log(2 * StrictMath.PI)
        + (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - 1.0 / (1680 * x2)) / x2) / x2) / x;
  }
}
