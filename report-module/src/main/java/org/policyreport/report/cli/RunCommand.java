package org.policyreport.report.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyreport.analysis.api.Study;
import org.policyreport.analysis.api.StudyRun;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.InputException;
import org.policyreport.contract.ResultsJson;
import org.policyreport.report.config.ReportSettings;
import org.policyreport.report.findings.Recommendation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Analyze, then render: config and data → results.json and the documents. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Analyze the data, then render the report (the default).")
final class RunCommand implements Callable<Integer> {
  @Mixin CommonOptions common = new CommonOptions();
  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();
  @Mixin RenderOptions renderOptions = new RenderOptions();
  @Spec CommandSpec spec;

  @picocli.CommandLine.Option(
      names = "--briefs",
      description =
          "Also write a brief per panel unit (PDF, DOCX, HWPX) and an index into briefs/.")
  boolean briefs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConfigFile config = ConfigFile.load(common.config);
    try {
      return execute(config, out, err);
    } catch (InputException | org.policyreport.analysis.api.EstimationException e) {
      throw Steps.preferUnknownKey(config, e);
    }
  }

  private Integer execute(ConfigFile config, java.io.PrintWriter out, java.io.PrintWriter err) {
    Study study = config.analysis();
    ReportSettings settings = Steps.settings(config, renderOptions);
    List<Recommendation> recs = Steps.recommendations(config, settings, err);
    StudyRun run = Steps.analyze(study, recs, common.timings, err);
    // The report reads the results the way 'render' does: from the bytes of results.json, parsed
    // and validated against the schema, so that both commands go through the same contract.
    byte[] json = Steps.json(run.results());
    AnalysisResults results = ResultsJson.read(json, "results.json (this run)");
    boolean converged = Steps.converged(results, err);
    java.util.Map<String, byte[]> documents =
        Steps.documents(
            config, settings, recs, results, study, run.data(), common, renderOptions, err);
    // A misspelt key may be why the evidence failed: it is reported first.
    Steps.rejectUnknownKeys(config);
    if (documents == null) {
      return Main.CHECK_FAILED;
    }
    OutputFiles files = new OutputFiles(common.out);
    files.add("results.json", json);
    documents.forEach(files::add);
    if (briefs) {
      BriefSet.render(
              config,
              settings,
              recs,
              results,
              BriefSet.formats(BriefSet.briefFormats(renderOptions.formats)),
              null,
              w -> err.println("warning: " + w))
          .forEach(files::add);
    }
    Steps.printWritten(files.commit(), out);
    return converged || analysisOptions.allowNonConvergence ? 0 : Main.CHECK_FAILED;
  }
}
