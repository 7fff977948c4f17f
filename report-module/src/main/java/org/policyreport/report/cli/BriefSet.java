package org.policyreport.report.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.InputException;
import org.policyreport.contract.PanelSeries;
import org.policyreport.report.authoring.BriefTemplate;
import org.policyreport.report.brief.BriefIndex;
import org.policyreport.report.brief.BriefUnit;
import org.policyreport.report.brief.Relevance;
import org.policyreport.report.brief.UnitProfile;
import org.policyreport.report.config.ReportSettings;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.document.Vocabulary;
import org.policyreport.report.findings.EvidenceEvaluator;
import org.policyreport.report.findings.Recommendation;
import org.policyreport.report.findings.RecommendationView;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.render.Renderer;
import org.policyreport.report.template.ReportContext;
import org.policyreport.report.template.TemplateSource;
import org.policyreport.report.template.Words;

/**
 * The briefs of the panel units: each brief's document is built in turn (the templates share one
 * context) and handed to a fixed-size pool to be rendered while the next is built; the files and
 * warnings come back in the panel's order, so the output does not depend on which thread finished
 * first.
 */
final class BriefSet {
  /** The formats a brief comes in (a workbook is not a brief). */
  static final List<String> FORMATS = List.of("pdf", "docx", "hwpx");

  private BriefSet() {}

  /** A wrong --formats or --units fails before the analysis runs. */
  static String formats(String formats) {
    String f = formats == null ? String.join(",", FORMATS) : formats;
    for (String x : f.split(",", -1)) {
      if (!FORMATS.contains(x.trim().toLowerCase(java.util.Locale.ROOT))) {
        throw new InputException(
            "--formats: '"
                + x.trim()
                + "' is not a brief format ("
                + String.join(", ", FORMATS)
                + ")");
      }
    }
    return f;
  }

  /**
   * The brief formats among the report's {@code --formats} (the workbook has no brief); all three
   * when none is named.
   */
  static String briefFormats(String reportFormats) {
    if (reportFormats == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String x : reportFormats.split(",", -1)) {
      String f = x.trim().toLowerCase(java.util.Locale.ROOT);
      if (FORMATS.contains(f)) {
        out.add(f);
      }
    }
    return out.isEmpty() ? "pdf" : String.join(",", out);
  }

  /**
   * The files under {@code briefs/}: one per unit and format, then {@code briefs/index.xlsx}. Each
   * distinct renderer warning goes to {@code warnings} once, naming the briefs it concerns.
   */
  static Map<String, byte[]> render(
      ConfigFile config,
      ReportSettings settings,
      List<Recommendation> recommendations,
      AnalysisResults results,
      String formats,
      String units,
      Consumer<String> warnings) {
    TemplateSource templates =
        settings.templates() == null
            ? TemplateSource.builtIn()
            : TemplateSource.folder(Rendering.templatesDir(config, settings.templates()));
    ReportContext ctx =
        new ReportContext(
            results,
            settings,
            Vocabulary.of(settings.language()),
            new NumberStyle(settings.decimals()),
            Words.load(templates, settings.language()));
    var views = EvidenceEvaluator.evaluate(recommendations, ctx);
    PanelSeries first = results.panelSeries().isEmpty() ? null : results.panelSeries().get(0);
    if (first == null) {
      throw new InputException(
          "briefs need the panel series of the data: add data.<name>.series to the config");
    }
    List<PanelSeries> series =
        results.panelSeries().stream().filter(p -> p.data().equals(first.data())).toList();
    List<BriefUnit> chosen = BriefUnit.select(BriefUnit.of(first, settings.language()), units);
    BriefTemplate brief =
        new BriefTemplate(ctx, templates, config.location(), ReportSettings.brief(config.root()));
    List<String> extensions = new ArrayList<>();
    for (Renderer r : RendererSet.of(formats, List.of())) {
      extensions.add(r.extension());
    }
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // A brief is rendered as soon as its document is built, while the next one is being built.
      List<CompletableFuture<Rendered>> jobs = new ArrayList<>();
      for (BriefUnit u : chosen) {
        Document d = brief.document(model(u, first, series, recommendations, views, ctx), u.id());
        jobs.add(CompletableFuture.supplyAsync(() -> renderAll(d, formats), pool));
      }
      Map<String, byte[]> files = new LinkedHashMap<>();
      Map<String, List<String>> warned = new LinkedHashMap<>();
      for (int i = 0; i < chosen.size(); i++) {
        Rendered rendered = join(jobs.get(i));
        for (int k = 0; k < extensions.size(); k++) {
          files.put(
              "briefs/" + chosen.get(i).fileName() + "." + extensions.get(k),
              rendered.files().get(k));
        }
        for (String w : rendered.warnings()) {
          List<String> where = warned.computeIfAbsent(w, x -> new ArrayList<>());
          if (!where.contains(chosen.get(i).fileName())) {
            where.add(chosen.get(i).fileName());
          }
        }
      }
      warned.forEach(
          (w, where) ->
              warnings.accept(
                  w
                      + (where.size() == chosen.size() && chosen.size() > 1
                          ? " (all briefs)"
                          : " (briefs: " + String.join(", ", where) + ")")));
      var w = ctx.words();
      files.put(
          "briefs/index.xlsx",
          BriefIndex.write(
              chosen,
              extensions,
              List.of("ID", capitalized(ctx.unitWord())),
              w.get("brief.indexSheet"),
              settings.date()));
      return files;
    } finally {
      pool.shutdownNow();
    }
  }

  /** What a brief's template sees besides the report's model: the unit and its relevant advice. */
  private static Map<String, Object> model(
      BriefUnit u,
      PanelSeries first,
      List<PanelSeries> series,
      List<Recommendation> recommendations,
      List<RecommendationView> views,
      ReportContext ctx) {
    UnitProfile profile = UnitProfile.of(u.id(), series);
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("id", u.id());
    unit.put("name", u.name());
    unit.put("data", first.data());
    String weakest = Relevance.indicator(profile, recommendations);
    unit.put("weakest", weakest == null ? "" : weakest);
    unit.put("weakestLabel", weakest == null ? "" : ctx.variable(weakest));
    unit.put("recommendations", Relevance.recommendations(profile, recommendations));
    for (UnitProfile.Line l : profile.lines()) {
      if (l.variable().equals(weakest)) {
        unit.put("weakestRank", l.rank());
        unit.put("weakestOf", l.of());
        // The lowest of the evidence indicators is in the top third: the unit leads on all of them.
        unit.put("weakestTopGroup", l.rank() * 3 <= l.of());
      }
    }
    unit.put("word", ctx.unitWord());
    unit.put("lateStart", lateStarts(u.id(), series));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("recommendations", views);
    model.put("unit", unit);
    return model;
  }

  /**
   * The first period in which the unit is observed, by variable, where that is later than the first
   * period any unit is (a region founded later), so that its trend figure can say why it starts
   * late.
   */
  private static Map<String, Integer> lateStarts(String unit, List<PanelSeries> series) {
    Map<String, Integer> late = new LinkedHashMap<>();
    for (PanelSeries s : series) {
      int u = s.units().indexOf(unit);
      if (u < 0) {
        continue;
      }
      int panelFirst = -1;
      int unitFirst = -1;
      for (int t = 0; t < s.periods().size(); t++) {
        if (panelFirst < 0 && s.meanAt(t) != null) {
          panelFirst = t;
        }
        if (unitFirst < 0 && s.values().get(u).get(t) != null) {
          unitFirst = t;
        }
      }
      if (unitFirst > panelFirst && panelFirst >= 0) {
        late.put(s.variable(), s.periods().get(unitFirst));
      }
    }
    return late;
  }

  /** A brief's files, in the order of the formats, and the warnings its renderers gave. */
  private record Rendered(List<byte[]> files, List<String> warnings) {}

  /** One document in every format; each job has its own renderers. */
  private static Rendered renderAll(Document doc, String formats) {
    List<byte[]> out = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Renderer r : RendererSet.of(formats, List.of())) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
      try {
        r.render(doc, bytes, warnings::add);
      } catch (IOException e) {
        throw new DocumentException("cannot render a brief as " + r.extension() + ": " + e, e);
      }
      out.add(bytes.toByteArray());
    }
    return new Rendered(out, warnings);
  }

  private static Rendered join(CompletableFuture<Rendered> job) {
    try {
      return job.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw e;
    }
  }

  private static String capitalized(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
  }
}
