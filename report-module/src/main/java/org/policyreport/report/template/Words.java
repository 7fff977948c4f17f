package org.policyreport.report.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.korean.Particles;

/**
 * The words that Java-built tables and figures use ("Observations", "Log likelihood", axis titles),
 * read from {@code messages.properties} in the language's template folder, so that all text of one
 * language lives in one folder.
 */
public final class Words {
  private final Properties props;
  private final String source;

  private Words(Properties props, String source) {
    this.props = props;
    this.source = source;
  }

  public static Words load(TemplateSource templates, String language) {
    Properties p = new Properties();
    String name = language + "/messages.properties";
    try (InputStream in = templates.open(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
      throw new DocumentException(templates.describe(name) + ": not found");
    } catch (IOException e) {
      throw new DocumentException(
          templates.describe(name) + ": cannot read (" + e.getMessage() + ")");
    }
    return new Words(p, templates.describe(name));
  }

  /** The word for {@code key}; a missing key is an error naming the file, never a blank. */
  public String get(String key) {
    String v = props.getProperty(key);
    if (v == null) {
      throw new DocumentException(source + ": no entry for '" + key + "'");
    }
    return v;
  }

  /**
   * The word for {@code key} with {0}, {1}, ... replaced. Korean entries may write {0|이/가}: the
   * argument followed by the particle that agrees with it (see {@link Particles}).
   */
  public String format(String key, Object... args) {
    String s = get(key);
    for (int i = 0; i < args.length; i++) {
      String arg = String.valueOf(args[i]);
      s = s.replace("{" + i + "}", arg);
      Matcher m = Pattern.compile("\\{" + i + "\\|([^}]+)}").matcher(s);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(Particles.attach(arg, m.group(1))));
      }
      m.appendTail(out);
      s = out.toString();
    }
    return s;
  }

  public boolean has(String key) {
    return props.containsKey(key);
  }
}
