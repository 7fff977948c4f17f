package org.policyreport.report.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.contract.InputException;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigNode;

/**
 * The {@code report:} section and the labels: everything about the documents except the
 * recommendations. Only {@code report.title} is required.
 *
 * @param decimals decimals of coefficients and standard errors in tables (default 3)
 * @param syntheticData whether the documents must say that the data are synthetic
 * @param variables display names of variables by column name
 * @param templates a template folder on disk (containing en/ and ko/), or null for the built-in
 * @param study the unit of observation, panel and period names, log flags, value labels and the
 *     author's headline models, for the generated text
 * @param dataSheets whether the workbook gets sheets with the data columns the analysis used
 * @param front series, research team, foreword, abstract, references and colophon (all optional)
 */
public record ReportSettings(
    Text title,
    Text subtitle,
    List<Text> authors,
    Text organization,
    LocalDate date,
    String language,
    int decimals,
    List<Text> keywords,
    boolean syntheticData,
    Map<String, Text> variables,
    Map<String, Text> models,
    String templates,
    StudyLabels study,
    boolean dataSheets,
    FrontMatter front) {

  public ReportSettings {
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
    variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    models = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(models));
  }

  /**
   * {@code report.brief}: the authored template of the per-unit briefs, relative to the config;
   * null for the built-in {@code templates/<language>/brief.md}.
   */
  public static String brief(ConfigNode root) {
    ConfigNode b = root.get("report").get("brief");
    return b.isMissing() ? null : markdownName(b);
  }

  /**
   * The file name {@code node} holds, which must end in {@code .md}: a config names the study's own
   * Markdown, not any file the program could read into a report.
   */
  public static String markdownName(ConfigNode node) {
    String name = node.asString();
    if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
      throw node.error("'" + name + "' is not a Markdown file: the name must end in .md");
    }
    return name;
  }

  /**
   * Reads {@code report:} (required, with a title) and {@code labels:} of the config; a config read
   * this way cannot name text files for the front matter.
   */
  public static ReportSettings from(ConfigNode root) {
    return from(root, null);
  }

  /**
   * Reads {@code report:} and {@code labels:}; texts of the front matter given as file names are
   * read through {@code location} (relative to the config).
   */
  public static ReportSettings from(ConfigNode root, ConfigLocation location) {
    ConfigNode r = root.get("report");
    if (r.isMissing()) {
      throw r.error("is missing: rendering needs at least report.title");
    }
    try {
      return read(root, r, location);
    } catch (InputException e) {
      // The keys after the bad value were not asked for yet: asked now, so that the check for
      // unknown keys does not blame them instead of the value.
      for (String key : KEYS) {
        r.get(key);
      }
      try {
        FrontMatter.from(r, location);
      } catch (InputException alsoBad) {
        // the first problem is the one to report
      }
      throw e;
    }
  }

  /** The keys of {@code report:} read here (the front matter's are read by {@link FrontMatter}). */
  private static final List<String> KEYS =
      List.of(
          "title",
          "subtitle",
          "authors",
          "organization",
          "date",
          "language",
          "decimals",
          "keywords",
          "syntheticData",
          "templates",
          "dataSheets",
          "brief");

  private static ReportSettings read(ConfigNode root, ConfigNode r, ConfigLocation location) {
    Text title = Text.of(r.get("title"));
    brief(root);
    if (title == null) {
      throw r.get("title").error("is required");
    }
    List<Text> authors = new ArrayList<>();
    for (ConfigNode a : r.get("authors").elements()) {
      authors.add(Text.of(a));
    }
    List<Text> keywords = new ArrayList<>();
    for (ConfigNode k : r.get("keywords").elements()) {
      keywords.add(Text.of(k));
    }
    LocalDate date = LocalDate.of(2018, 12, 7);
    ConfigNode d = r.get("date");
    if (!d.isMissing()) {
      try {
        date = LocalDate.parse(d.asString());
      } catch (DateTimeParseException e) {
        throw d.error("'" + d.asString() + "' is not a date (write YYYY-MM-DD)");
      }
    } else {
      String epoch = System.getenv("SOURCE_DATE_EPOCH");
      if (epoch != null && epoch.matches("\\d+")) {
        date =
            java.time.Instant.ofEpochSecond(Long.parseLong(epoch))
                .atZone(java.time.ZoneOffset.UTC)
                .toLocalDate();
      }
    }
    String language = r.string("language", "en");
    if (!language.equals("en") && !language.equals("ko")) {
      throw r.get("language").error("'" + language + "' is not one of en, ko");
    }
    int decimals = r.integer("decimals", 3);
    if (decimals < 0 || decimals > 8) {
      throw r.get("decimals").error("must be between 0 and 8, not " + decimals);
    }
    Text organization = Text.of(r.get("organization"));
    if (organization == null) {
      organization = new Text("", "");
    }
    Map<String, Text> variables = labels(root, "variables");
    Map<String, Text> models = labels(root, "models");
    return new ReportSettings(
        title,
        Text.of(r.get("subtitle")),
        authors,
        organization,
        date,
        language,
        decimals,
        keywords,
        r.bool("syntheticData", false),
        variables,
        models,
        r.string("templates", null),
        StudyLabels.from(root),
        r.bool("dataSheets", true),
        FrontMatter.from(r, location));
  }

  /** The display names under {@code labels.<kind>} ({@code variables} or {@code models}). */
  public static Map<String, Text> labels(ConfigNode root, String kind) {
    ConfigNode node = root.get("labels").get(kind);
    Map<String, Text> out = new LinkedHashMap<>();
    for (String name : node.fieldNames()) {
      out.put(
          name,
          kind.equals("variables")
              ? StudyLabels.variableText(node.get(name))
              : Text.of(node.get(name)));
    }
    return out;
  }

  /** The same settings in another language (a command-line override). */
  public ReportSettings withLanguage(String lang) {
    return new ReportSettings(
        title,
        subtitle,
        authors,
        organization,
        date,
        lang,
        decimals,
        keywords,
        syntheticData,
        variables,
        models,
        templates,
        study,
        dataSheets,
        front);
  }

  /** The display name of a variable (or term) in {@code language}; the column name if none. */
  public String variable(String name, String language) {
    Text t = variables.get(name);
    return t == null ? name : t.in(language);
  }
}
