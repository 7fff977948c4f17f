package org.policyreport.report.cli;

import picocli.CommandLine.Option;

/** Options of the commands that fit models. */
final class AnalysisOptions {
  @Option(
      names = "--allow-nonconvergence",
      description = "Exit 0 even if a model did not converge (it is still reported).")
  boolean allowNonConvergence;
}
