package org.policyreport.report.template;

import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.OutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.util.Locale;
import org.policyreport.report.document.DocumentException;

/**
 * The one FreeMarker configuration for everything a user can write: report templates and authored
 * chapters. A template may read the documented model and call its methods, and nothing else: no
 * classes by name ({@code ?new}, {@code Execute}, {@code ObjectConstructor}), no {@code ?api}, no
 * member outside the whitelist of {@link TemplateAccessPolicy}, no file outside its folder. Errors
 * become one-line messages; {@code <#attempt>} reports nothing.
 */
public final class Sandbox {
  static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

  private Sandbox() {}

  /** A sandboxed configuration that loads templates through {@code loader} only. */
  public static Configuration configuration(
      TemplateLoader loader, Locale locale, OutputFormat format) {
    Configuration cfg = new Configuration(VERSION);
    cfg.setTemplateLoader(loader);
    cfg.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
    cfg.setLocalizedLookup(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
    wrapper.setMemberAccessPolicy(TemplateAccessPolicy.INSTANCE);
    wrapper.setExposeFields(false);
    cfg.setObjectWrapper(wrapper.build());
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputFormat(format);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setAttemptExceptionReporter((e, env) -> {});
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocale(locale);
    cfg.setNumberFormat("computer");
    return cfg;
  }

  /** A template error as one line: where (file, line, column) and the first line of what. */
  public static DocumentException error(TemplateException e, String where) {
    java.util.List<String> lines =
        e.getMessageWithoutStackTop().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    String msg = lines.isEmpty() ? "template error" : lines.get(0);
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof DocumentException) {
        // A helper (fx, an inline function) said what is wrong; FreeMarker's wrapper only says
        // that a Java method threw.
        msg = c.getMessage();
        break;
      }
    }
    if (msg.endsWith(":") && lines.size() > 1) {
      // "The following has evaluated to null or missing:" names the expression on the next line
      msg = msg + " " + lines.get(1).replaceFirst("\\s*\\[in template.*$", "");
    }
    return new DocumentException(
        where
            + (e.getLineNumber() == null
                ? ""
                : " line " + e.getLineNumber() + ", column " + e.getColumnNumber())
            + ": "
            + msg,
        e);
  }
}
