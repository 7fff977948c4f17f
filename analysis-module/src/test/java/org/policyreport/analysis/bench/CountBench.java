package org.policyreport.analysis.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.policyreport.analysis.count.CountData;
import org.policyreport.analysis.count.CountEstimator;
import org.policyreport.analysis.count.CountFit;
import org.policyreport.analysis.count.CountModel;
import org.policyreport.analysis.count.CountOptions;

/**
 * Benchmark of the count models on a synthetic gnbreg data set (n rows, 10 regressors, 3 ln-alpha
 * covariates). {@code fit [n]} fits poisson, nb2 and gnbreg in memory and prints wall time and peak
 * heap; {@code write DIR [n]} writes {@code count_bench.csv} and configs for timing the whole
 * {@code analyze} command and R's {@code MASS::glm.nb} ({@code
 * analysis-module/bench/count_bench.R}).
 */
public final class CountBench {
  static final int K = 10;
  static final int Q = 3;

  private CountBench() {}

  public static void main(String[] args) throws IOException {
    String cmd = args.length > 0 ? args[0] : "fit";
    if (cmd.equals("write")) {
      Path dir = Path.of(args.length > 1 ? args[1] : "target/bench");
      int n = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
      write(dir, n);
    } else {
      int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
      int reps = args.length > 2 ? Integer.parseInt(args[2]) : 1;
      fit(n, reps);
    }
  }

  /** Columns y, x1..x10, w1..w3 from a seeded gnbreg process. */
  static double[][] generate(int n) {
    SplittableRandom rnd = new SplittableRandom(42);
    double[][] c = new double[1 + K + Q][n];
    for (int i = 0; i < n; i++) {
      double eta = 0.5;
      for (int j = 0; j < K; j++) {
        double v = j % 3 == 0 ? rnd.nextInt(2) : j % 3 == 1 ? rnd.nextGaussian() : rnd.nextDouble();
        v = Math.round(v * 1000) / 1000.0;
        c[1 + j][i] = v;
        eta += (j % 2 == 0 ? 0.1 : -0.08) * v;
      }
      double la = -0.4;
      for (int j = 0; j < Q; j++) {
        double v = Math.round(rnd.nextDouble() * 1000) / 1000.0;
        c[1 + K + j][i] = v;
        la += (j == 0 ? 0.5 : j == 1 ? -0.3 : 0.2) * v;
      }
      double alpha = Math.exp(la);
      double mu = Math.exp(eta);
      double lambda = mu * gamma(rnd, 1 / alpha) * alpha;
      c[0][i] = poisson(rnd, lambda);
    }
    return c;
  }

  private static void fit(int n, int reps) {
    long g0 = System.nanoTime();
    double[][] c = generate(n);
    System.out.printf(Locale.ROOT, "generated n=%d in %.2f s%n", n, (System.nanoTime() - g0) / 1e9);
    List<String> xNames = new ArrayList<>();
    List<double[]> x = new ArrayList<>();
    for (int j = 0; j < K; j++) {
      xNames.add("x" + (j + 1));
      x.add(c[1 + j]);
    }
    List<String> zNames = new ArrayList<>();
    List<double[]> z = new ArrayList<>();
    for (int j = 0; j < Q; j++) {
      zNames.add("w" + (j + 1));
      z.add(c[1 + K + j]);
    }
    double design = n * (K + 1) * 8.0 / (1 << 20);
    System.out.printf(Locale.ROOT, "design matrix (n x %d doubles): %.1f MiB%n", K + 1, design);
    for (int r = 0; r < reps; r++) {
      for (CountModel m : List.of(CountModel.POISSON, CountModel.NB2, CountModel.GNBREG)) {
        CountData data =
            m == CountModel.GNBREG
                ? new CountData(c[0], xNames, x, zNames, z, null, null)
                : CountData.of(c[0], xNames, x);
        System.gc();
        resetPeaks();
        long before = heapUsed();
        long t0 = System.nanoTime();
        CountFit f = new CountEstimator(CountOptions.of(m)).fit(data);
        double s = (System.nanoTime() - t0) / 1e9;
        double peak = (peakHeap() - before) / (double) (1 << 20);
        System.out.printf(
            Locale.ROOT,
            "%-8s fit %.3f s  iterations %d  converged %s  ll %.6f  extra peak heap %.1f MiB (total peak %.1f MiB)%n",
            m.estimatorName(),
            s,
            f.iterations(),
            f.converged(),
            f.logLikelihood(),
            peak,
            peakHeap() / (double) (1 << 20));
      }
    }
  }

  private static void write(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    double[][] c = generate(n);
    Path csv = dir.resolve("count_bench.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      StringBuilder h = new StringBuilder("y");
      for (int j = 0; j < K; j++) {
        h.append(",x").append(j + 1);
      }
      for (int j = 0; j < Q; j++) {
        h.append(",w").append(j + 1);
      }
      w.write(h.append('\n').toString());
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.setLength(0);
        sb.append((long) c[0][i]);
        for (int j = 1; j < c.length; j++) {
          sb.append(',').append(fmt(c[j][i]));
        }
        w.write(sb.append('\n').toString());
      }
    }
    StringBuilder regs = new StringBuilder("[");
    for (int j = 0; j < K; j++) {
      regs.append(j == 0 ? "" : ", ").append("x").append(j + 1);
    }
    regs.append("]");
    for (String m : List.of("poisson", "nb2", "gnbreg")) {
      String yaml =
          "# Synthetic count benchmark (CountBench write), n = "
              + n
              + "\n"
              + "data:\n  bench: count_bench.csv\nmodels:\n"
              + "  - id: "
              + m
              + "_bench\n    estimator: "
              + m
              + "\n    data: bench\n    dependent: y\n"
              + "    regressors: "
              + regs
              + "\n"
              + (m.equals("gnbreg") ? "    dispersion: [w1, w2, w3]\n" : "");
      Files.writeString(dir.resolve("count_bench_" + m + ".yaml"), yaml);
    }
    System.out.println(
        "wrote "
            + csv.toAbsolutePath()
            + " ("
            + Files.size(csv) / (1 << 20)
            + " MiB) and count_bench_{poisson,nb2,gnbreg}.yaml");
  }

  private static String fmt(double v) {
    if (v == Math.rint(v)) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Sum of the heap pools' peak usage since the last reset (an upper bound on the true peak). */
  private static long peakHeap() {
    long s = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        s += p.getPeakUsage().getUsed();
      }
    }
    return s;
  }

  /** Marsaglia-Tsang gamma(shape, 1). */
  private static double gamma(SplittableRandom rnd, double shape) {
    if (shape < 1) {
      return gamma(rnd, shape + 1) * Math.pow(rnd.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = rnd.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = rnd.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  private static double poisson(SplittableRandom rnd, double lambda) {
    if (lambda < 30) {
      double l = Math.exp(-lambda);
      int k = 0;
      double p = 1;
      do {
        k++;
        p *= rnd.nextDouble();
      } while (p > l);
      return k - 1;
    }
    // normal approximation is not exact; use the sum of Poisson(30) pieces to stay exact
    double k = 0;
    double rest = lambda;
    while (rest > 30) {
      k += poisson(rnd, 30);
      rest -= 30;
    }
    return k + poisson(rnd, rest);
  }
}
