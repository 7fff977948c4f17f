package org.policyreport.report.template;

import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.document.Metadata;
import org.policyreport.report.document.Numbering;

/**
 * Runs the language's {@code report.ftl} with the results and helpers, reads the XML it writes into
 * blocks and numbers the document. Templates are XML-escaped automatically, so a variable label
 * with "&lt;" cannot break the document. Templates run in the {@link Sandbox}.
 */
public final class ReportBuilder {
  private ReportBuilder() {}

  /**
   * @param model extra objects for the templates (e.g. "recommendations")
   */
  public static Document build(
      ReportContext ctx, TemplateSource source, Map<String, Object> model) {
    Configuration cfg =
        Sandbox.configuration(source.loader(), ctx.vocabulary().locale(), XMLOutputFormat.INSTANCE);

    Map<String, Object> data = templateModel(ctx, model);
    String name = ctx.language() + "/report.ftl";
    String out;
    try {
      Template t = cfg.getTemplate(name);
      out = Sandbox.process(t, data, source.describe(name));
    } catch (TemplateException e) {
      throw Sandbox.error(
          e, source.describe(e.getTemplateSourceName() == null ? name : e.getTemplateSourceName()));
    } catch (IOException e) {
      throw Sandbox.error(e, source.describe(name));
    }
    ReportXmlReader reader = new ReportXmlReader(new GeneratedBlocks(ctx));
    ReportXmlReader.Parsed parsed = reader.read(out, source.describe(name));
    List<Block> blocks = new FrontMatterBlocks(ctx).assemble(parsed.blocks());
    Metadata meta = metadata(ctx, parsed.attribute("subject"), parsed.attribute("summary"));
    return Numbering.apply(new Document(meta, ctx.vocabulary(), blocks));
  }

  /**
   * What every template sees: {@code results}, {@code report} (the settings in the report's
   * language), {@code fx} (numbers as text) and the extra objects of {@code model}.
   */
  public static Map<String, Object> templateModel(ReportContext ctx, Map<String, Object> model) {
    for (String id : ctx.settings().study().headline()) {
      if (ctx.results().model(id) == null) {
        throw new DocumentException(
            "report.headline: model '"
                + id
                + "' is not in the results (models: "
                + String.join(", ", ctx.results().models().stream().map(m -> m.id()).toList())
                + ")");
      }
    }
    Map<String, Object> data = new LinkedHashMap<>(model);
    data.put("results", ctx.results());
    data.put("report", new ReportView(ctx));
    data.put("fx", new Facts(ctx));
    return data;
  }

  /** The document's metadata from the settings, with a subject and summary if known. */
  public static Metadata metadata(ReportContext ctx, String subject, String summary) {
    var s = ctx.settings();
    String lang = ctx.language();
    return new Metadata(
        s.title().in(lang),
        s.subtitle() == null ? null : s.subtitle().in(lang),
        s.authors().stream().map(a -> a.in(lang)).toList(),
        s.organization().in(lang),
        s.date(),
        ctx.vocabulary().date(s.date()),
        lang,
        subject,
        s.keywords().stream().map(k -> k.in(lang)).toList(),
        summary,
        s.syntheticData());
  }
}
