package org.policyreport.report.template;

import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.policyreport.report.document.DocumentException;

/**
 * The one FreeMarker configuration for everything a user can write: report templates and authored
 * chapters. A template may read the documented model and call its methods, and nothing else: no
 * classes by name ({@code ?new}, {@code Execute}, {@code ObjectConstructor}), no {@code ?api}, no
 * member outside the whitelist of {@link TemplateAccessPolicy}, no file outside its folder. A run
 * of one template is limited in time ({@link #TIME_LIMIT_SECONDS}) and in the text it writes
 * ({@link #OUTPUT_LIMIT_MIB}), and endless recursion ends in an error naming the file. Errors
 * become one-line messages; {@code <#attempt>} reports nothing.
 */
public final class Sandbox {
  static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

  /**
   * The longest one template (a chapter, a generated block) may run. All templates of the default
   * report together take about one second; only an endless loop comes near this.
   */
  public static final int TIME_LIMIT_SECONDS = 60;

  /**
   * The most text one template may write, in MiB (2^20 characters). The default report's largest
   * chapter writes about 11,000 characters; only a runaway loop comes near this.
   */
  public static final int OUTPUT_LIMIT_MIB = 16;

  /** Lowers {@link #TIME_LIMIT_SECONDS} for tests that must see a runaway template stopped. */
  static final String TIME_LIMIT_PROPERTY = "policyreport.templateSeconds";

  // Templates run on these threads so that the caller can stop waiting for one that does not stop:
  // daemon threads, so that such a template cannot keep the program from ending.
  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "policy-report-template");
            t.setDaemon(true);
            return t;
          });

  private static final Set<Template> INTERRUPTIBLE = Collections.newSetFromMap(new WeakHashMap<>());

  private Sandbox() {}

  /** A sandboxed configuration that loads templates through {@code loader} only. */
  public static Configuration configuration(
      TemplateLoader loader, Locale locale, OutputFormat format) {
    Configuration cfg = new InterruptibleConfiguration();
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

  /** Every template it loads (includes and imports too) can be stopped by interrupting. */
  private static final class InterruptibleConfiguration extends Configuration {
    InterruptibleConfiguration() {
      super(VERSION);
    }

    @Override
    public Template getTemplate(
        String name,
        Locale locale,
        Object customLookupCondition,
        String encoding,
        boolean parseAsFTL,
        boolean ignoreMissing)
        throws IOException {
      Template t =
          super.getTemplate(
              name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
      if (t != null) {
        interruptible(t);
      }
      return t;
    }
  }

  /**
   * Adds FreeMarker's own interruption checks (the ones its online template tester uses) to the
   * loops of {@code t}, once: an interrupted thread then stops at the next turn of a loop.
   */
  private static void interruptible(Template t) {
    synchronized (INTERRUPTIBLE) {
      if (INTERRUPTIBLE.add(t)) {
        freemarker.core._CoreAPI.addThreadInterruptedChecks(t);
      }
    }
  }

  /**
   * Runs {@code template} on {@code data} within the limits and returns what it wrote. {@code
   * where} names the template (or chapter) in the errors about the limits; FreeMarker's own errors
   * are thrown as they are, for the caller to place.
   */
  public static String process(Template template, Object data, String where)
      throws TemplateException, IOException {
    interruptible(template);
    LimitedWriter out = new LimitedWriter((long) OUTPUT_LIMIT_MIB << 20);
    int seconds = Integer.getInteger(TIME_LIMIT_PROPERTY, TIME_LIMIT_SECONDS);
    Future<?> run =
        WORKERS.submit(
            () -> {
              template.process(data, out);
              return null;
            });
    try {
      run.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      // Stops at the next turn of a loop; a template that never reaches one is left behind on
      // its daemon thread.
      run.cancel(true);
      throw new DocumentException(
          where
              + ": still running after "
              + seconds
              + " s (an endless <#list> or recursion?); stopped, nothing written");
    } catch (InterruptedException e) {
      run.cancel(true);
      Thread.currentThread().interrupt();
      throw new DocumentException(where + ": interrupted");
    } catch (ExecutionException e) {
      if (out.exceeded()) {
        throw tooMuchText(where);
      }
      Throwable c = e.getCause();
      if (c instanceof TemplateException) {
        throw (TemplateException) c;
      }
      if (c instanceof IOException) {
        throw (IOException) c;
      }
      if (c instanceof StackOverflowError) {
        throw new DocumentException(
            where
                + ": macros or functions call each other too deeply (endless recursion?);"
                + " nothing written",
            c);
      }
      if (c instanceof OutOfMemoryError && hadRoomToItself()) {
        throw new DocumentException(
            where
                + ": the template used up the Java heap of "
                + (Runtime.getRuntime().maxMemory() >> 20)
                + " MiB (does it build ever longer text or lists?); nothing written",
            c);
      }
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      if (c instanceof Error) {
        throw (Error) c;
      }
      throw new IllegalStateException(c);
    }
    if (out.exceeded()) {
      throw tooMuchText(where); // an <#attempt> swallowed the writer's refusal
    }
    return out.toString();
  }

  /**
   * Whether a template that ran out of memory had so much of it to itself that the template, not
   * the size of the study or of the heap, is to blame. Its objects are garbage once it has stopped:
   * what the heap holds after a collection is the program's own, and a template never needs
   * hundreds of MiB (it may write {@link #OUTPUT_LIMIT_MIB}).
   */
  private static boolean hadRoomToItself() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long live = rt.totalMemory() - rt.freeMemory();
    return rt.maxMemory() - live > (256L << 20);
  }

  private static DocumentException tooMuchText(String where) {
    return new DocumentException(
        where
            + " produced more than "
            + OUTPUT_LIMIT_MIB
            + " MiB of text (an endless <#list>?); stopped, nothing written");
  }

  /** A template error as one line: where (file, line, column) and the first line of what. */
  public static DocumentException error(TemplateException e, String where) {
    String msg = firstLine(e.getMessageWithoutStackTop());
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof DocumentException) {
        // A helper (fx, an inline function) said what is wrong; FreeMarker's wrapper only says
        // that a Java method threw.
        msg = c.getMessage();
        break;
      }
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

  /**
   * A template that could not be loaded, as one line naming {@code where} (the template): not
   * found, a syntax error with its line, or the reader's first line; never FreeMarker's notes on
   * its loader classes.
   */
  public static DocumentException error(IOException e, String where) {
    if (e instanceof TemplateNotFoundException) {
      return new DocumentException(where + ": template not found", e);
    }
    if (e instanceof ParseException) {
      ParseException p = (ParseException) e;
      return new DocumentException(
          where
              + " line "
              + p.getLineNumber()
              + ", column "
              + p.getColumnNumber()
              + ": "
              + firstLine(p.getEditorMessage()),
          e);
    }
    return new DocumentException(where + ": " + firstLine(e.getMessage()), e);
  }

  /**
   * The message of a FreeMarker error in one line. A message that ends in a colon continues on the
   * next line ("The following has evaluated to null or missing:" and the expression), and the error
   * of a template made by {@code ?interpret} is quoted between begin and end marks.
   */
  static String firstLine(String message) {
    List<String> lines =
        (message == null ? "" : message)
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();
    if (lines.isEmpty()) {
      return "template error";
    }
    String msg = lines.get(0);
    int begin = lines.indexOf("---begin-message---");
    if (begin >= 0) {
      int end = lines.indexOf("---end-message---");
      List<String> quoted = lines.subList(begin + 1, end < begin ? lines.size() : end);
      return String.join(" ", lines.subList(0, begin)) + " " + firstLine(String.join("\n", quoted));
    }
    if (msg.endsWith(":") && lines.size() > 1) {
      msg = msg + " " + lines.get(1).replaceFirst("\\s*\\[in template.*$", "");
    }
    return msg;
  }
}
