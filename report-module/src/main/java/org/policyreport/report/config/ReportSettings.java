package org.policyreport.report.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
      throw node.error(
          "names '" + name + "', which is not a Markdown file (the name must end in .md)");
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
    // Every part is read even after a bad one, so that every key is asked for and the first bad
    // value is reported as itself, not as the keys after it being unknown.
    FirstProblem p = new FirstProblem();
    Text title = p.read(() -> Text.of(r.get("title")), null);
    if (title == null) {
      p.add(r.get("title").error("is required"));
    }
    p.read(() -> brief(root), null);
    List<Text> authors = p.read(() -> texts(r.get("authors")), List.of());
    List<Text> keywords = p.read(() -> texts(r.get("keywords")), List.of());
    LocalDate date = p.read(() -> date(r.get("date")), null);
    String language =
        p.read(
            () -> {
              String l = r.string("language", "en");
              if (!l.equals("en") && !l.equals("ko")) {
                throw r.get("language").error("'" + l + "' is not one of en, ko");
              }
              return l;
            },
            "en");
    int decimals =
        p.read(
            () -> {
              int d = r.integer("decimals", 3);
              if (d < 0 || d > 8) {
                throw r.get("decimals").error("must be between 0 and 8, not " + d);
              }
              return d;
            },
            3);
    Text organization = p.read(() -> Text.of(r.get("organization")), null);
    Map<String, Text> variables = p.read(() -> labels(root, "variables"), Map.of());
    Map<String, Text> models = p.read(() -> labels(root, "models"), Map.of());
    Text subtitle = p.read(() -> Text.of(r.get("subtitle")), null);
    boolean syntheticData = p.read(() -> r.bool("syntheticData", false), false);
    String templates = p.read(() -> r.string("templates", null), null);
    StudyLabels study = p.read(() -> StudyLabels.from(root), null);
    boolean dataSheets = p.read(() -> r.bool("dataSheets", true), true);
    FrontMatter front = p.read(() -> FrontMatter.from(r, location), null);
    p.throwFirst();
    return new ReportSettings(
        title,
        subtitle,
        authors,
        organization == null ? new Text("", "") : organization,
        date,
        language,
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

  private static List<Text> texts(ConfigNode list) {
    List<Text> out = new ArrayList<>();
    for (ConfigNode e : list.elements()) {
      out.add(Text.of(e));
    }
    return out;
  }

  /** {@code report.date}; without it the build date of a reproducible build, or a fixed day. */
  private static LocalDate date(ConfigNode d) {
    if (!d.isMissing()) {
      try {
        return LocalDate.parse(d.asString());
      } catch (DateTimeParseException e) {
        throw d.error("'" + d.asString() + "' is not a date (write YYYY-MM-DD)");
      }
    }
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d+")) {
      return java.time.Instant.ofEpochSecond(Long.parseLong(epoch))
          .atZone(java.time.ZoneOffset.UTC)
          .toLocalDate();
    }
    return LocalDate.of(2018, 12, 7);
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
