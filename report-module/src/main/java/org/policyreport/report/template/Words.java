package org.policyreport.report.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.policyreport.report.document.DocumentException;

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

  /** The word for {@code key} with {0}, {1}, ... replaced. */
  public String format(String key, Object... args) {
    String s = get(key);
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  public boolean has(String key) {
    return props.containsKey(key);
  }
}
