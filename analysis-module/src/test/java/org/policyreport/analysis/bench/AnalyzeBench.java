package org.policyreport.analysis.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.analysis.pipeline.Analysis;
import org.policyreport.analysis.pipeline.AnalysisRun;
import org.policyreport.analysis.pipeline.Estimators;
import org.policyreport.analysis.pipeline.ModelTiming;
import org.policyreport.contract.GeneratedBy;
import org.policyreport.contract.ResultsJson;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigTree;

/**
 * What {@code policy-report analyze --config X --timings} does, without the report module: reads
 * the config, runs the analysis, writes results.json next to it and prints {@code timing <model>
 * read <s> fit <s>} to stderr. Used to time the whole process ({@code time java ... AnalyzeBench
 * X}) until the command line is available in this branch.
 */
public final class AnalyzeBench {
  private AnalyzeBench() {}

  public static void main(String[] args) throws Exception {
    Path config = Path.of(args[0]).toAbsolutePath();
    AnalysisConfig cfg =
        AnalysisConfig.from(
            ConfigTree.parse(Files.readAllBytes(config), config.getFileName().toString()),
            new ConfigLocation.OnDisk(config.getParent()));
    AnalysisRun run = new Analysis(Estimators.standard(), new GeneratedBy("bench", "0")).run(cfg);
    try (OutputStream out = Files.newOutputStream(config.resolveSibling("results.json"))) {
      ResultsJson.write(run.results(), out);
    }
    for (ModelTiming t : run.timings()) {
      System.err.printf(
          Locale.ROOT,
          "timing %s read %.3f fit %.3f%n",
          t.modelId(),
          t.readSeconds(),
          t.fitSeconds());
    }
    long peak = 0;
    for (java.lang.management.MemoryPoolMXBean p :
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == java.lang.management.MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    System.err.printf(Locale.ROOT, "peak heap (sum of pool peaks) %.1f MiB%n", peak / 1048576.0);
  }
}
