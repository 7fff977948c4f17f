package org.policyreport.report.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Analyze once, then one brief per panel unit: {@code DIR/briefs/<unit>.pdf|docx|hwpx}. */
@Command(
    name = "briefs",
    mixinStandardHelpOptions = true,
    description = "Analyze the data, then write a short brief per panel unit and an index.")
final class BriefsCommand implements Callable<Integer> {
  @Mixin CommonOptions common = new CommonOptions();
  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();
  @Spec CommandSpec spec;

  @Option(
      names = "--language",
      paramLabel = "LANG",
      description = "Brief language, en or ko (overrides report.language).")
  String language;

  @Option(
      names = "--formats",
      paramLabel = "LIST",
      description = "Brief formats, comma-separated: pdf, docx, hwpx. Default: all three.")
  String formats;

  @Option(
      names = "--units",
      paramLabel = "LIST",
      description = "Units to write briefs for, by id or name (e.g. 서울,Busan). Default: all.")
  String units;

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

  private Integer execute(ConfigFile config, PrintWriter out, PrintWriter err) {
    String fmts = BriefSet.formats(formats);
    RenderOptions options = new RenderOptions();
    options.language = language;
    ReportSettings settings = Steps.settings(config, options);
    Study study = config.analysis();
    List<Recommendation> recs = Recommendation.listFrom(config.root());
    StudyRun run = Steps.analyze(study, recs, common.timings, err);
    AnalysisResults results =
        ResultsJson.read(Steps.json(run.results()), "results.json (this run)");
    boolean converged = Steps.converged(results, err);
    Map<String, byte[]> files =
        BriefSet.render(
            config, settings, recs, results, fmts, units, w -> err.println("warning: " + w));
    Steps.rejectUnknownKeys(config);
    OutputFiles written = new OutputFiles(common.out);
    files.forEach(written::add);
    Steps.printWritten(written.commit(), out);
    return converged || analysisOptions.allowNonConvergence ? 0 : Main.CHECK_FAILED;
  }
}
