package org.policyreport.report.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.report.config.ReportSettings;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.document.Vocabulary;
import org.policyreport.report.findings.EvidenceEvaluator;
import org.policyreport.report.findings.Recommendation;
import org.policyreport.report.findings.RecommendationView;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.render.Renderer;
import org.policyreport.report.template.ReportBuilder;
import org.policyreport.report.template.ReportContext;
import org.policyreport.report.template.TemplateSource;
import org.policyreport.report.template.Words;

/** Results and config → the document model → one file per renderer, all in memory. */
final class Rendering {
  /** What a rendering produced: the files and the evaluated recommendations. */
  record Output(
      Map<String, byte[]> files, Document document, List<RecommendationView> recommendations) {}

  private Rendering() {}

  static Output render(
      ConfigFile config,
      ReportSettings settings,
      List<Recommendation> recommendations,
      AnalysisResults results,
      List<Renderer> renderers,
      Consumer<String> warnings,
      Consumer<String> timings) {
    TemplateSource templates =
        settings.templates() == null
            ? TemplateSource.builtIn()
            : TemplateSource.folder(templatesDir(config, settings.templates()));
    Vocabulary vocabulary = Vocabulary.of(settings.language());
    ReportContext ctx =
        new ReportContext(
            results,
            settings,
            vocabulary,
            new NumberStyle(settings.decimals()),
            Words.load(templates, settings.language()));
    List<RecommendationView> recs = EvidenceEvaluator.evaluate(recommendations, ctx);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("recommendations", recs);
    long t0 = System.nanoTime();
    org.policyreport.report.authoring.ChapterList chapters =
        org.policyreport.report.authoring.ChapterList.from(config.root());
    Document doc;
    if (!chapters.isEmpty()) {
      doc =
          org.policyreport.report.authoring.AuthoredReport.build(
              ctx, templates, chapters, config.location(), model);
    } else if (usesStudyTemplates(config, settings)) {
      doc = ReportBuilder.build(ctx, templates, model);
    } else {
      // Anyone else's study without chapters: a results report in neutral words.
      doc = org.policyreport.report.authoring.AuthoredReport.results(ctx, templates, model);
    }
    timings.accept(
        String.format(
            java.util.Locale.ROOT, "timing document build %.3f", (System.nanoTime() - t0) / 1e9));
    // The formats are independent: render them side by side (two cores roughly halve the wall
    // time).
    List<java.util.concurrent.CompletableFuture<byte[]>> jobs = new java.util.ArrayList<>();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, renderers.size()));
    try {
      for (Renderer r : renderers) {
        jobs.add(
            java.util.concurrent.CompletableFuture.supplyAsync(
                () -> renderOne(r, doc, warnings, timings), pool));
      }
      Map<String, byte[]> files = new LinkedHashMap<>();
      for (int i = 0; i < renderers.size(); i++) {
        try {
          files.put("report." + renderers.get(i).extension(), jobs.get(i).join());
        } catch (java.util.concurrent.CompletionException e) {
          if (e.getCause() instanceof RuntimeException) {
            throw (RuntimeException) e.getCause();
          }
          if (e.getCause() instanceof Error) {
            throw (Error) e.getCause(); // e.g. out of memory: the command line says how much
          }
          throw e;
        }
      }
      return new Output(files, doc, recs);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Whether the report is written by a {@code report.ftl} of the user's own template folder (report
   * XML, the format before authored chapters): only for a config that names a template folder whose
   * language folder has one, and no chapters. Any other config without chapters gets the results
   * report in neutral words, from the template folder's {@code results.ftl}.
   */
  static boolean usesStudyTemplates(ConfigFile config, ReportSettings settings) {
    return settings.templates() != null
        && org.policyreport.report.authoring.ChapterList.from(config.root()).isEmpty()
        && java.nio.file.Files.isRegularFile(
            templatesDir(config, settings.templates())
                .resolve(settings.language())
                .resolve("report.ftl"));
  }

  private static byte[] renderOne(
      Renderer r, Document doc, Consumer<String> warnings, Consumer<String> timings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    long r0 = System.nanoTime();
    try {
      r.render(
          doc,
          out,
          line -> {
            synchronized (warnings) {
              warnings.accept(line);
            }
          });
    } catch (IOException e) {
      throw new DocumentException(
          "cannot render report." + r.extension() + ": " + e.getMessage(), e);
    }
    synchronized (timings) {
      timings.accept(
          String.format(
              java.util.Locale.ROOT,
              "timing render %s %.3f",
              r.extension(),
              (System.nanoTime() - r0) / 1e9));
    }
    return out.toByteArray();
  }

  static Path templatesDir(ConfigFile config, String relative) {
    if (config.location() instanceof org.policyreport.contract.config.ConfigLocation.OnDisk) {
      return ((org.policyreport.contract.config.ConfigLocation.OnDisk) config.location())
          .resolve(relative);
    }
    return Path.of(relative);
  }
}
