package org.policyreport.report.authoring;

import freemarker.template.Configuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Numbering;
import org.policyreport.report.template.ReportBuilder;
import org.policyreport.report.template.ReportContext;
import org.policyreport.report.template.TemplateSource;

/**
 * The brief template of a study (relative to the config, or the language's built-in {@code
 * brief.md}), filled in for one unit at a time. It is processed like a chapter with the unit bound
 * as {@code unit} in the model, and {@code {table} kind: profile} cells describe that unit. No
 * title page, contents or appendix: the template writes its own title, date and source line; front
 * matter {@code title:} names the document. The template and {@code blocks.ftl} are parsed once for
 * all units.
 */
public final class BriefTemplate {
  private final ReportContext ctx;
  private final TemplateSource templates;
  private final ChapterFile file;
  private final Configuration chapterCfg;
  private final Configuration markupCfg;

  public BriefTemplate(
      ReportContext ctx, TemplateSource templates, ConfigLocation location, String relative) {
    this.ctx = ctx;
    this.templates = templates;
    this.file =
        relative == null
            ? new ChapterFile(
                templates.describe(ctx.language() + "/brief.md"),
                templates.loader(ctx.language()),
                "brief.md")
            : ChapterFile.of(location, relative, templates.loader(ctx.language()));
    this.chapterCfg = AuthoredReport.chapterConfiguration(file, ctx);
    this.markupCfg = GeneratedMarkup.configuration(ctx, templates);
  }

  /**
   * The brief about {@code unit}, with {@code model} (which binds {@code unit}) for the template.
   */
  public Document document(Map<String, Object> model, String unit) {
    Map<String, Object> data = new LinkedHashMap<>(ReportBuilder.templateModel(ctx, model));
    data.putAll(new InlineFunctions(ctx).all());
    GeneratedMarkup markup = new GeneratedMarkup(ctx, templates, markupCfg, data);
    MarkdownReader reader = new MarkdownReader(new BlockCells(ctx, markup, unit));
    String[] sourceAndText = AuthoredReport.run(file, chapterCfg, data);
    FrontMatter fm =
        FrontMatter.split(
            sourceAndText[1],
            new Where(file.display(), 1),
            Set.of("title", "subject", "summary", "notice"));
    List<Block> blocks =
        new ArrayList<>(
            reader.read(fm.rest(), file.display(), new LineMap(sourceAndText[0], fm.rest())));
    AuthoredReport.checkReferences(blocks, reader.references());
    var m = ReportBuilder.metadata(ctx, fm.values().get("subject"), fm.values().get("summary"));
    String title = fm.values().getOrDefault("title", m.title());
    return Numbering.apply(
        new Document(
            new org.policyreport.report.document.Metadata(
                title,
                null,
                m.authors(),
                m.organization(),
                m.date(),
                m.dateText(),
                m.language(),
                m.subject(),
                m.keywords(),
                m.summary(),
                m.syntheticData()),
            ctx.vocabulary(),
            blocks));
  }
}
