package org.policyreport.report.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.policyreport.analysis.results.AnalysisResults;
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
  record Output(Map<String, byte[]> files, Document document, List<RecommendationView> recommendations) {}

  private Rendering() {}

  static Output render(
      ConfigFile config,
      ReportSettings settings,
      List<Recommendation> recommendations,
      AnalysisResults results,
      List<Renderer> renderers,
      Consumer<String> warnings) {
    TemplateSource templates =
        settings.templates() == null
            ? TemplateSource.builtIn()
            : TemplateSource.folder(templatesDir(config, settings.templates()));
    Vocabulary vocabulary = Vocabulary.of(settings.language());
    ReportContext ctx =
        new ReportContext(results, settings, vocabulary, new NumberStyle(settings.decimals()), Words.load(templates, settings.language()));
    List<RecommendationView> recs = EvidenceEvaluator.evaluate(recommendations, ctx);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("recommendations", recs);
    Document doc = ReportBuilder.build(ctx, templates, model);
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Renderer r : renderers) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
      try {
        r.render(doc, out, warnings);
      } catch (IOException e) {
        throw new DocumentException("cannot render report." + r.extension() + ": " + e.getMessage(), e);
      }
      files.put("report." + r.extension(), out.toByteArray());
    }
    return new Output(files, doc, recs);
  }

  private static Path templatesDir(ConfigFile config, String relative) {
    if (config.location() instanceof org.policyreport.analysis.config.ConfigLocation.OnDisk) {
      return ((org.policyreport.analysis.config.ConfigLocation.OnDisk) config.location()).resolve(relative);
    }
    return Path.of(relative);
  }
}
