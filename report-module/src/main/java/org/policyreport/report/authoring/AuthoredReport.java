package org.policyreport.report.authoring;

import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Numbering;
import org.policyreport.report.document.Table;
import org.policyreport.report.template.FrontMatterBlocks;
import org.policyreport.report.template.ReportBuilder;
import org.policyreport.report.template.ReportContext;
import org.policyreport.report.template.Sandbox;
import org.policyreport.report.template.TemplateSource;

/**
 * A report from authored chapters: the title page and contents, each chapter file (sandboxed
 * FreeMarker, then CommonMark), then the appendix of inputs and models. Every cross-reference is
 * checked against every label of the document and an unknown one names its file and line.
 */
public final class AuthoredReport {
  private AuthoredReport() {}

  /**
   * @param model extra objects for chapters and generated blocks (e.g. "recommendations")
   */
  public static Document build(
      ReportContext ctx,
      TemplateSource templates,
      ChapterList chapters,
      ConfigLocation location,
      Map<String, Object> model) {
    List<ChapterFile> files = new ArrayList<>();
    for (String relative : chapters.files(ctx.language())) {
      files.add(ChapterFile.of(location, relative, templates.loader(ctx.language())));
    }
    return build(ctx, templates, files, model);
  }

  /**
   * The results report of a config without chapters: the language's {@code results.ftl} writes one
   * chapter per data source, group of models and survey, with their tables, figures and finding
   * sentences, in the config's labels and neutral words.
   */
  public static Document results(
      ReportContext ctx, TemplateSource templates, Map<String, Object> model) {
    String name = ctx.language() + "/results.ftl";
    return build(
        ctx,
        templates,
        List.of(new ChapterFile(templates.describe(name), templates.loader(), name)),
        model);
  }

  private static Document build(
      ReportContext ctx,
      TemplateSource templates,
      List<ChapterFile> chapters,
      Map<String, Object> model) {
    Map<String, Object> data = new LinkedHashMap<>(ReportBuilder.templateModel(ctx, model));
    data.putAll(new InlineFunctions(ctx).all());
    GeneratedMarkup markup = new GeneratedMarkup(ctx, templates, data);
    BlockCells cells = new BlockCells(ctx, markup);
    MarkdownReader reader = new MarkdownReader(cells);
    List<Block> blocks = new ArrayList<>();
    Map<String, String> front = new LinkedHashMap<>();
    for (ChapterFile chapter : chapters) {
      String[] sourceAndText = run(chapter, ctx, data);
      FrontMatter fm = FrontMatter.split(sourceAndText[1], new Where(chapter.display(), 1));
      front.putAll(fm.values());
      blocks.addAll(
          reader.read(fm.rest(), chapter.display(), new LineMap(sourceAndText[0], fm.rest())));
    }
    blocks.addAll(
        0,
        markup.call(
            "front",
            Map.of(
                "contents", !cells.contentsPlaced(), "notice", front.getOrDefault("notice", ""))));
    blocks.addAll(markup.call("appendix", Map.of()));
    checkReferences(blocks, reader.references());
    return Numbering.apply(
        new Document(
            ReportBuilder.metadata(ctx, front.get("subject"), front.get("summary")),
            ctx.vocabulary(),
            new FrontMatterBlocks(ctx).assemble(blocks)));
  }

  /** The chapter's source and FreeMarker's output. */
  private static String[] run(ChapterFile chapter, ReportContext ctx, Map<String, Object> data) {
    return run(chapter, chapterConfiguration(chapter, ctx), data);
  }

  /** The sandboxed configuration that reads {@code chapter} (and what it includes). */
  static Configuration chapterConfiguration(ChapterFile chapter, ReportContext ctx) {
    return Sandbox.configuration(
        chapter.loader(), ctx.vocabulary().locale(), PlainTextOutputFormat.INSTANCE);
  }

  /** The chapter's source and its output under {@code cfg}, which caches the parsed template. */
  static String[] run(ChapterFile chapter, Configuration cfg, Map<String, Object> data) {
    try {
      Template t = cfg.getTemplate(chapter.name());
      String out = Sandbox.process(t, data, chapter.display());
      return new String[] {chapter.source(), out};
    } catch (TemplateNotFoundException e) {
      throw new DocumentException(chapter.display() + ": chapter file not found");
    } catch (TemplateException e) {
      throw Sandbox.error(e, chapter.display());
    } catch (IOException e) {
      throw Sandbox.error(e, chapter.display());
    }
  }

  static void checkReferences(List<Block> blocks, List<MarkdownReader.Reference> refs) {
    Set<String> labels = new HashSet<>();
    for (Block b : blocks) {
      if (b instanceof Heading && ((Heading) b).id() != null) {
        labels.add(((Heading) b).id());
      } else if (b instanceof Table) {
        labels.add(((Table) b).id());
      } else if (b instanceof Figure) {
        labels.add(((Figure) b).id());
      }
    }
    for (MarkdownReader.Reference r : refs) {
      if (!labels.contains(r.label())) {
        throw r.where()
            .error(
                "unknown label @"
                    + r.label()
                    + ": no table, figure or section has it"
                    + " (tables need 'label: tbl-...', figures 'label: fig-...',"
                    + " sections '{#sec-...}')");
      }
    }
  }
}
