package org.policyreport.analysis.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.policyreport.analysis.panel.PanelData;

/**
 * A seeded balanced panel with known parameters: y_it = b0 + x_it'b + u_i + e_it, unit effects u_i
 * ~ N(0, sigmaU^2) independent of x, and AR(1) errors e_it = rho e_i,t-1 + sigma_i eps_it
 * (stationary start) with sigma_i uniform on [sigmaMin, sigmaMax]. Regressors are N(0,1) plus a
 * persistent unit component, so that they vary both between and within units.
 */
public final class PanelSimulation {
  public record Design(
      int units,
      int periods,
      int regressors,
      double sigmaU,
      double rho,
      double sigmaMin,
      double sigmaMax,
      long seed) {}

  /** The generated columns (rows sorted by unit, then period), true coefficients first constant. */
  public record Sample(Design design, double[] beta, double[] y, double[][] x, double[] sigma) {
    public List<String> names() {
      List<String> out = new ArrayList<>();
      for (int j = 0; j < x.length; j++) {
        out.add("x" + (j + 1));
      }
      return out;
    }

    public PanelData toPanelData() {
      int[] sizes = new int[design.units()];
      Arrays.fill(sizes, design.periods());
      return PanelData.ofSorted("y", names(), y, x, sizes);
    }

    /** Writes unit,period,y,x1..xk with full double precision (17 significant digits). */
    public void writeCsv(Path file) throws IOException {
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write("unit,period,y," + String.join(",", names()));
        w.newLine();
        int t = design.periods();
        StringBuilder line = new StringBuilder();
        for (int r = 0; r < y.length; r++) {
          line.setLength(0);
          line.append(r / t + 1).append(',').append(r % t + 1).append(',').append(y[r]);
          for (double[] col : x) {
            line.append(',').append(col[r]);
          }
          w.write(line.toString());
          w.newLine();
        }
      }
    }
  }

  private PanelSimulation() {}

  public static Sample generate(Design d) {
    SplittableRandom rng = new SplittableRandom(d.seed());
    int n = d.units() * d.periods();
    int k = d.regressors();
    double[] beta = new double[k + 1];
    beta[0] = 1.0;
    for (int j = 1; j <= k; j++) {
      beta[j] = (j % 2 == 0 ? -1 : 1) * (0.5 + 0.25 * j);
    }
    double[] y = new double[n];
    double[][] x = new double[k][n];
    double[] sigma = new double[d.units()];
    double[] unitPart = new double[k];
    for (int u = 0; u < d.units(); u++) {
      double effect = d.sigmaU() * gaussian(rng);
      sigma[u] = d.sigmaMin() + (d.sigmaMax() - d.sigmaMin()) * rng.nextDouble();
      for (int j = 0; j < k; j++) {
        unitPart[j] = gaussian(rng);
      }
      double e = sigma[u] * gaussian(rng) / Math.sqrt(1 - d.rho() * d.rho());
      for (int t = 0; t < d.periods(); t++) {
        int r = u * d.periods() + t;
        if (t > 0) {
          e = d.rho() * e + sigma[u] * gaussian(rng);
        }
        double v = beta[0] + effect + e;
        for (int j = 0; j < k; j++) {
          x[j][r] = unitPart[j] + gaussian(rng);
          v += beta[j + 1] * x[j][r];
        }
        y[r] = v;
      }
    }
    return new Sample(d, beta, y, x, sigma);
  }

  private static double gaussian(SplittableRandom rng) {
    // Marsaglia polar method: SplittableRandom has no nextGaussian in Java 17.
    while (true) {
      double a = 2 * rng.nextDouble() - 1;
      double b = 2 * rng.nextDouble() - 1;
      double s = a * a + b * b;
      if (s > 0 && s < 1) {
        return a * Math.sqrt(-2 * Math.log(s) / s);
      }
    }
  }
}
