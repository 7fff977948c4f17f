package org.policyreport.report.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.InputException;
import org.policyreport.contract.ResultsJson;
import org.policyreport.report.config.ReportSettings;
import org.policyreport.report.findings.Recommendation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Results (from this or another tool) and config → the documents. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render the report from a results.json.")
final class RenderCommand implements Callable<Integer> {
  @Mixin CommonOptions common = new CommonOptions();
  @Mixin RenderOptions renderOptions = new RenderOptions();
  @Spec CommandSpec spec;

  @Option(
      names = "--results",
      required = true,
      paramLabel = "FILE",
      description = "The results.json to render.")
  Path results;

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
    ReportSettings settings = Steps.settings(config, renderOptions);
    List<Recommendation> recs = Steps.recommendations(config, settings, err);
    AnalysisResults r = ResultsJson.read(results);
    Steps.converged(r, err);
    java.util.Map<String, byte[]> documents =
        Steps.documents(
            config,
            settings,
            recs,
            r,
            config.analysis(),
            java.util.Map.of(),
            common,
            renderOptions,
            err);
    // A misspelt key may be why the evidence failed: it is reported first.
    Steps.rejectUnknownKeys(config);
    if (documents == null) {
      return Main.CHECK_FAILED;
    }
    OutputFiles files = new OutputFiles(common.out);
    documents.forEach(files::add);
    Steps.printWritten(files.commit(), out);
    return 0;
  }
}
