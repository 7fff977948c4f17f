package org.policyreport.report.config;

import java.util.Map;
import org.policyreport.contract.config.ConfigNode;

/**
 * A piece of configured text in one or both languages: a plain string, or a mapping {@code {en:
 * ..., ko: ...}}.
 */
public record Text(String en, String ko) {
  public Text {
    // Config text ends up in XML parts of every format: no control characters.
    en = org.policyreport.report.document.PlainText.clean(en);
    ko = org.policyreport.report.document.PlainText.clean(ko);
  }

  /** Reads a plain string (used for every language) or an {en, ko} mapping. */
  public static Text of(ConfigNode node) {
    if (node.isMissing()) {
      return null;
    }
    if (node.raw().isArray()) {
      throw node.error("must be text: a string, or {en: ..., ko: ...}");
    }
    if (node.raw().isValueNode()) {
      String s = checkedLength(node, node.asString());
      return new Text(s, s);
    }
    for (String k : node.fieldNames()) {
      if (!k.equals("en") && !k.equals("ko")) {
        throw node.get(k).error("is not a language (use en or ko)");
      }
    }
    String en = checkedLength(node.get("en"), node.string("en", null));
    String ko = checkedLength(node.get("ko"), node.string("ko", null));
    if (en == null && ko == null) {
      throw node.error("needs text for at least one language (en or ko)");
    }
    return new Text(en, ko);
  }

  /** The most characters a text may have: what a spreadsheet cell holds. */
  public static final int MAX_LENGTH = 32_767;

  private static String checkedLength(ConfigNode node, String s) {
    if (s != null && s.length() > MAX_LENGTH) {
      throw node.error(
          "is "
              + s.length()
              + " characters long; at most "
              + MAX_LENGTH
              + " (what a spreadsheet cell holds)");
    }
    return s;
  }

  /** The text in {@code language}, falling back to the other language. */
  public String in(String language) {
    if (language.equals("ko")) {
      return ko != null ? ko : en;
    }
    return en != null ? en : ko;
  }

  /** Whether the text exists in {@code language} itself (no fallback). */
  public boolean has(String language) {
    return language.equals("ko") ? ko != null : en != null;
  }

  public static Map<String, String> asMap(Text t) {
    return Map.of("en", t.en == null ? "" : t.en, "ko", t.ko == null ? "" : t.ko);
  }
}
