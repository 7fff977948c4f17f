package org.policyreport.report.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Config file (YAML or JSON). Default: the embedded config/report.yaml.")
  Path config;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder. Default: ${DEFAULT-VALUE}.",
      defaultValue = "out")
  Path out;

  @Option(names = "--debug", description = "Show stack traces of errors.")
  boolean debug;

  @Option(
      names = "--timings",
      description =
          "Print timings to standard error: 'timing <model-id> read <s> fit <s>' per model, and per document step.")
  boolean timings;
}
