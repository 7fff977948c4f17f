package org.policyreport.report.cli;

import java.util.concurrent.Callable;
import org.policyreport.analysis.api.Study;
import org.policyreport.analysis.api.StudyRun;
import org.policyreport.contract.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Config and data → results.json. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Fit the configured models and write DIR/results.json.")
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin CommonOptions common = new CommonOptions();
  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    ConfigFile config = ConfigFile.load(common.config);
    try {
      return execute(config, out, err);
    } catch (InputException | org.policyreport.analysis.api.EstimationException e) {
      throw Steps.preferUnknownKey(config, e);
    }
  }

  private Integer execute(ConfigFile config, java.io.PrintWriter out, java.io.PrintWriter err) {
    Study study = config.analysis();
    StudyRun run =
        Steps.analyze(
            study,
            org.policyreport.report.findings.Recommendation.listFrom(config.root()),
            common.timings,
            err);
    boolean converged = Steps.converged(run.results(), err);
    Steps.rejectUnknownKeys(config);
    OutputFiles files = new OutputFiles(common.out);
    byte[] json = Steps.json(run.results());
    // What analyze writes must pass the same checks that render applies when it reads it.
    org.policyreport.contract.ResultsJson.read(json, "results.json (this run)");
    files.add("results.json", json);
    Steps.printWritten(files.commit(), out);
    return converged || analysisOptions.allowNonConvergence ? 0 : Main.CHECK_FAILED;
  }
}
