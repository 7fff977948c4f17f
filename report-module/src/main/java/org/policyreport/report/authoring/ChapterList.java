package org.policyreport.report.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.contract.config.ConfigNode;

/**
 * The chapter files of {@code report.chapters}: one list for every language, or one list per
 * language ({@code {en: [...], ko: [...]}}). Paths are relative to the config. An empty list means
 * the config has no authored chapters.
 */
public final class ChapterList {
  private final ConfigNode node;
  private final Map<String, List<String>> byLanguage;
  private final List<String> shared;

  private ChapterList(ConfigNode node, Map<String, List<String>> byLanguage, List<String> shared) {
    this.node = node;
    this.byLanguage = byLanguage;
    this.shared = shared;
  }

  /** Reads {@code report.chapters} (absent: no chapters). */
  public static ChapterList from(ConfigNode root) {
    ConfigNode c = root.get("report").get("chapters");
    if (c.isMissing()) {
      return new ChapterList(c, Map.of(), List.of());
    }
    if (c.raw().isArray() || c.raw().isTextual()) {
      return new ChapterList(c, Map.of(), files(c));
    }
    if (!c.raw().isObject()) {
      throw c.error("must be a list of Markdown files, or one list per language (en:, ko:)");
    }
    Map<String, List<String>> by = new LinkedHashMap<>();
    for (String lang : c.fieldNames()) {
      if (!lang.equals("en") && !lang.equals("ko")) {
        throw c.get(lang).error("is not a language of the report: write en or ko");
      }
      by.put(lang, files(c.get(lang)));
    }
    return new ChapterList(c, by, List.of());
  }

  private static List<String> files(ConfigNode list) {
    List<ConfigNode> items = list.raw().isTextual() ? List.of(list) : list.elements();
    List<String> out = new ArrayList<>();
    for (ConfigNode f : items) {
      if (!f.raw().isTextual() || f.asString().isBlank()) {
        throw f.error("must be the path of a Markdown file, relative to the config");
      }
      out.add(org.policyreport.report.config.ReportSettings.markdownName(f));
    }
    if (out.isEmpty()) {
      throw list.error("lists no chapter files");
    }
    return List.copyOf(out);
  }

  /** Whether the config has authored chapters at all. */
  public boolean isEmpty() {
    return shared.isEmpty() && byLanguage.isEmpty();
  }

  /**
   * The chapter files for {@code language}; an error naming the key when that language has none.
   */
  public List<String> files(String language) {
    if (!shared.isEmpty()) {
      return shared;
    }
    List<String> l = byLanguage.get(language);
    if (l == null) {
      throw node.error(
          "has no chapters for the report language '"
              + language
              + "' (it has "
              + String.join(", ", byLanguage.keySet())
              + ")");
    }
    return l;
  }
}
