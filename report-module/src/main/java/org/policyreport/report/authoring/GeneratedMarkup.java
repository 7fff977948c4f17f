package org.policyreport.report.authoring;

import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.report.document.Block;
import org.policyreport.report.template.GeneratedBlocks;
import org.policyreport.report.template.ReportContext;
import org.policyreport.report.template.ReportXmlReader;
import org.policyreport.report.template.Sandbox;
import org.policyreport.report.template.TemplateSource;

/**
 * The generated blocks whose words live in the language's {@code blocks.ftl} (finding sentences,
 * key findings, recommendation boxes, the title page and the appendix): a macro of that file is
 * called with the cell's options and its report XML read into blocks, so that every word of a
 * language stays in its template folder.
 */
final class GeneratedMarkup {
  private final ReportContext ctx;
  private final TemplateSource source;
  private final Configuration cfg;
  private final Map<String, Object> model;

  GeneratedMarkup(ReportContext ctx, TemplateSource source, Map<String, Object> model) {
    this(ctx, source, configuration(ctx, source), model);
  }

  /**
   * With a configuration made by {@link #configuration} and shared between documents, which then
   * parse {@code blocks.ftl} once.
   */
  GeneratedMarkup(
      ReportContext ctx, TemplateSource source, Configuration cfg, Map<String, Object> model) {
    this.ctx = ctx;
    this.source = source;
    this.cfg = cfg;
    this.model = model;
  }

  static Configuration configuration(ReportContext ctx, TemplateSource source) {
    return Sandbox.configuration(
        source.loader(), ctx.vocabulary().locale(), XMLOutputFormat.INSTANCE);
  }

  /** The blocks that macro {@code macro} of {@code blocks.ftl} writes for {@code options}. */
  List<Block> call(String macro, Map<String, Object> options) {
    String lang = ctx.language();
    String text =
        "<#ftl output_format=\"XML\" strip_whitespace=true>"
            + "<#import \"/"
            + lang
            + "/blocks.ftl\" as b><report><@b."
            + macro
            + " cell/></report>";
    Map<String, Object> data = new LinkedHashMap<>(model);
    data.put("cell", options);
    String name = lang + "/blocks.ftl";
    String out;
    try {
      out =
          Sandbox.process(
              new Template("generated-" + macro, new StringReader(text), cfg),
              data,
              source.describe(name));
    } catch (TemplateException e) {
      throw Sandbox.error(
          e, source.describe(e.getTemplateSourceName() == null ? name : e.getTemplateSourceName()));
    } catch (IOException e) {
      throw Sandbox.error(e, source.describe(name));
    }
    return new ReportXmlReader(new GeneratedBlocks(ctx)).read(out, source.describe(name)).blocks();
  }
}
