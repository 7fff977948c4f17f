package org.policyreport.report.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.policyreport.analysis.api.FitTiming;
import org.policyreport.analysis.api.SourceData;
import org.policyreport.analysis.api.Study;
import org.policyreport.analysis.api.StudyRun;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.GeneratedBy;
import org.policyreport.contract.InputException;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.ResultsJson;
import org.policyreport.report.config.ReportSettings;
import org.policyreport.report.findings.EvidenceOutcome;
import org.policyreport.report.findings.EvidenceValidator;
import org.policyreport.report.findings.Recommendation;
import org.policyreport.report.findings.RecommendationView;

/** The steps the commands share: analyze, check, render, write. */
final class Steps {
  private Steps() {}

  static ReportSettings settings(ConfigFile config, RenderOptions options) {
    // A wrong --formats fails before any work is done.
    RendererSet.of(options.formats, List.of());
    ReportSettings s = ReportSettings.from(config.root(), config.location());
    if (options.language != null) {
      String lang = options.language.toLowerCase(Locale.ROOT);
      if (!lang.equals("en") && !lang.equals("ko")) {
        throw new InputException("--language: '" + options.language + "' is not one of en, ko");
      }
      s = s.withLanguage(lang);
    }
    return s;
  }

  /** Recommendations of the config, warning when there are not exactly three. */
  static List<Recommendation> recommendations(
      ConfigFile config, ReportSettings settings, PrintWriter err) {
    List<Recommendation> recs = Recommendation.listFrom(config.root());
    if (!Rendering.usesStudyTemplates(config, settings)) {
      return recs; // chapters, or the results report, decide where recommendations appear
    }
    if (!config.root().has("recommendations")) {
      err.println(
          "warning: the config has no 'recommendations'; chapter 5 will say that none were configured");
    } else if (recs.size() != 3) {
      err.println(
          "warning: the config has "
              + recs.size()
              + " recommendations; the report is designed for three");
    }
    return recs;
  }

  /**
   * Checks the recommendations' evidence against the config (before any data are read), then
   * validates and runs the analysis.
   */
  static StudyRun analyze(
      Study study, List<Recommendation> recs, boolean timings, PrintWriter err) {
    EvidenceValidator.validate(recs, study);
    StudyRun run = study.run(new GeneratedBy("policy-report", Main.version()));
    if (timings) {
      for (FitTiming t : run.timings()) {
        err.printf(
            Locale.ROOT,
            "timing %s read %.3f fit %.3f%n",
            t.modelId(),
            t.readSeconds(),
            t.fitSeconds());
      }
    }
    return run;
  }

  /** Warns about models that did not converge; returns whether all did. */
  static boolean converged(AnalysisResults results, PrintWriter err) {
    boolean all = true;
    for (ModelResult m : results.models()) {
      if (!m.converged()) {
        all = false;
        err.println(
            "warning: model '"
                + m.id()
                + "' did not converge after "
                + m.iterations()
                + " iterations (gradient norm "
                + m.gradientNorm()
                + "); its results are reported but unreliable");
      }
    }
    for (String w : org.policyreport.report.tables.NoteWords.inEnglish(results.warnings())) {
      err.println("warning: " + w);
    }
    return all;
  }

  /**
   * Warns about labels for models or variables that do not exist: most likely a typo in a name,
   * which would otherwise leave the intended model or variable with its raw name. A variable exists
   * if the results use it or a data table of this run has it as a column; without the tables
   * ({@code render}) only models are checked, since an unused column may still be labelled.
   */
  static void warnUnusedLabels(
      ReportSettings settings,
      AnalysisResults results,
      java.util.Map<String, SourceData> tables,
      PrintWriter err) {
    java.util.Set<String> ids = new java.util.TreeSet<>(settings.models().keySet());
    results.models().forEach(m -> ids.remove(m.id()));
    if (!ids.isEmpty()) {
      err.println(
          "warning: labels.models names models that the results do not have: "
              + String.join(", ", ids));
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    for (ModelResult m : results.models()) {
      names.add(m.dependent());
      names.addAll(m.regressors());
      m.coefficients().forEach(c -> names.add(c.term()));
    }
    results.descriptives().forEach(d -> names.add(d.variable()));
    results.panelSeries().forEach(p -> names.add(p.variable()));
    for (var survey : results.surveys()) {
      survey.items().forEach(i -> names.add(i.id()));
      for (var g : survey.groupings()) {
        names.add(g.variable());
        g.groups().forEach(level -> names.add(level.name()));
      }
    }
    if (tables.isEmpty()) {
      return;
    }
    tables.values().forEach(t -> names.addAll(t.columnNames()));
    java.util.Set<String> unused = new java.util.TreeSet<>(settings.variables().keySet());
    unused.removeAll(names);
    if (!unused.isEmpty()) {
      err.println(
          "warning: labels.variables names variables that no data source has: "
              + String.join(", ", unused));
    }
  }

  /** Warns about recommendations whose evidence fails; returns whether all hold. */
  static boolean evidenceHolds(List<RecommendationView> recs, PrintWriter err) {
    boolean all = true;
    for (RecommendationView r : recs) {
      for (EvidenceOutcome o : r.failing()) {
        all = false;
        err.println(
            "warning: recommendation '"
                + r.id()
                + "' is not supported by the current evidence: "
                + o.claim()
                + " — found "
                + o.actual());
      }
    }
    return all;
  }

  /**
   * Rejects config keys that no part of the program asked for. Parts this command did not need are
   * parsed first (the report part for {@code analyze}, the estimator options for {@code render}),
   * so that a key is unknown only if no command would read it. Called once the command's work is
   * done and before anything is written: by then every parser, including those that run while data
   * are read, has asked for its keys.
   */
  static void rejectUnknownKeys(ConfigFile config) {
    org.policyreport.contract.config.ConfigNode root = config.root();
    if (root.has("report")) {
      // analyze does not need the report part; a problem in it is reported by the commands that
      // render, and each parser asks for all of its keys even when a value is bad
      try {
        ReportSettings.from(root);
      } catch (InputException notNeededHere) {
        // see above
      }
      try {
        org.policyreport.report.authoring.ChapterList.from(root);
      } catch (InputException notNeededHere) {
        // see above
      }
    }
    ReportSettings.labels(root, "variables");
    ReportSettings.labels(root, "models");
    org.policyreport.report.config.StudyLabels.from(root);
    Recommendation.listFrom(root);
    config.analysis().validate();
    root.rejectUnknownKeys();
  }

  /**
   * The error to report when a command failed on {@code failure}: an unknown config key if there is
   * one (it is the likelier cause, e.g. a misspelt {@code regressors:}), else the failure itself.
   */
  static RuntimeException preferUnknownKey(ConfigFile config, RuntimeException failure) {
    try {
      rejectUnknownKeys(config);
    } catch (org.policyreport.contract.config.UnknownKeyException unknown) {
      return unknown;
    } catch (RuntimeException sameOrOtherProblem) {
      // the config has another problem: the original failure is the one to report
    }
    return failure;
  }

  static byte[] json(AnalysisResults results) {
    return ResultsJson.toBytes(results);
  }

  static void printWritten(List<Path> paths, PrintWriter out) {
    for (Path p : paths) {
      out.println("wrote " + p);
    }
  }

  /**
   * Renders the documents and checks the recommendations' evidence; returns the files, or null when
   * the evidence fails under {@code --strict} (then nothing may be written). Data files already in
   * {@code tablesRead} are not read again for the workbook's data sheets.
   */
  static java.util.Map<String, byte[]> documents(
      ConfigFile config,
      ReportSettings settings,
      List<Recommendation> recs,
      AnalysisResults results,
      Study study,
      java.util.Map<String, SourceData> tablesRead,
      CommonOptions common,
      RenderOptions options,
      PrintWriter err) {
    java.util.function.Consumer<String> warn = w -> err.println("warning: " + w);
    warnUnusedLabels(settings, results, tablesRead, err);
    Rendering.Output rendered =
        Rendering.render(
            config,
            settings,
            recs,
            results,
            RendererSet.of(
                options.formats,
                settings.dataSheets() && RendererSet.wantsWorkbook(options.formats)
                    ? RendererSet.dataSheets(study, results, tablesRead, warn)
                    : List.of()),
            warn,
            t -> {
              if (common.timings) {
                err.println(t);
              }
            });
    if (!evidenceHolds(rendered.recommendations(), err) && options.strict) {
      err.println("error: --strict: evidence for a recommendation does not hold; nothing written");
      return null;
    }
    return rendered.files();
  }
}
