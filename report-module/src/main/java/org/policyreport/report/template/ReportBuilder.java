package org.policyreport.report.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
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
 * with "&lt;" cannot break the document.
 */
public final class ReportBuilder {
  private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

  private ReportBuilder() {}

  /**
   * @param model extra objects for the templates (e.g. "recommendations")
   */
  public static Document build(
      ReportContext ctx, TemplateSource source, Map<String, Object> model) {
    Configuration cfg = new Configuration(VERSION);
    try {
      cfg.setTemplateLoader(
          source.isBuiltIn()
              ? new ClassTemplateLoader(ReportBuilder.class.getClassLoader(), "templates")
              : new FileTemplateLoader(source.directory().toFile()));
    } catch (IOException e) {
      throw new DocumentException(
          source.describe("") + ": cannot read templates (" + e.getMessage() + ")");
    }
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputFormat(XMLOutputFormat.INSTANCE);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocale(ctx.vocabulary().locale());
    cfg.setNumberFormat("computer");

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
    String name = ctx.language() + "/report.ftl";
    StringWriter out = new StringWriter();
    try {
      Template t = cfg.getTemplate(name);
      t.process(data, out);
    } catch (TemplateException e) {
      String msg = e.getMessageWithoutStackTop().lines().findFirst().orElse("template error");
      throw new DocumentException(
          source.describe(e.getTemplateSourceName() == null ? name : e.getTemplateSourceName())
              + " line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + msg,
          e);
    } catch (IOException e) {
      throw new DocumentException(source.describe(name) + ": " + e.getMessage(), e);
    }
    ReportXmlReader reader = new ReportXmlReader(new GeneratedBlocks(ctx));
    ReportXmlReader.Parsed parsed = reader.read(out.toString(), source.describe(name));
    List<Block> blocks = new FrontMatterBlocks(ctx).assemble(parsed.blocks());
    var s = ctx.settings();
    String lang = ctx.language();
    Metadata meta =
        new Metadata(
            s.title().in(lang),
            s.subtitle() == null ? null : s.subtitle().in(lang),
            s.authors().stream().map(a -> a.in(lang)).toList(),
            s.organization().in(lang),
            s.date(),
            ctx.vocabulary().date(s.date()),
            lang,
            parsed.attribute("subject"),
            s.keywords().stream().map(k -> k.in(lang)).toList(),
            parsed.attribute("summary"),
            s.syntheticData());
    return Numbering.apply(new Document(meta, ctx.vocabulary(), blocks));
  }
}
