package org.policyreport.report.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigNode;

/**
 * What an institute prints around the chapters, from {@code report:}; every part is optional and a
 * part that is not configured is left out of the documents.
 *
 * <p>Authored texts (the foreword and the abstract) are written in the config or, when a language's
 * value is a file name ending in {@code .md} or {@code .txt}, read from that file relative to the
 * config. Paragraphs are separated by blank lines; lines within a paragraph are joined.
 *
 * @param series publication series and number ("Research Report 2018-07")
 * @param principalInvestigator the principal investigator (연구책임자)
 * @param researchTeam the other researchers (참여연구진)
 * @param president the head of the institute, who signs the foreword and publishes the report
 * @param foreword the foreword's paragraphs per language (the edition shows its own language's)
 * @param abstracts the abstract per language: the Korean edition shows the English one and the
 *     English edition the Korean one, each only when given in that language
 * @param domestic references from Korea (국내 문헌), each entry in one or both languages
 * @param foreign references from abroad (국외 문헌)
 * @param colophon publication facts for the last page, or null for no colophon
 */
public record FrontMatter(
    Text series,
    Text principalInvestigator,
    List<Text> researchTeam,
    Text president,
    Paragraphs foreword,
    Paragraphs abstracts,
    List<Text> domestic,
    List<Text> foreign,
    Colophon colophon) {

  /** Paragraphs of authored text in English and in Korean (either list may be empty). */
  public record Paragraphs(List<String> en, List<String> ko) {
    public Paragraphs {
      en = List.copyOf(en);
      ko = List.copyOf(ko);
    }

    public List<String> in(String language) {
      return language.equals("ko") ? ko : en;
    }
  }

  /** The colophon's facts. {@code isbn} and {@code registration} (발간등록번호) are written as given. */
  public record Colophon(Text address, String phone, String isbn, String registration) {}

  public FrontMatter {
    researchTeam = List.copyOf(researchTeam);
    domestic = List.copyOf(domestic);
    foreign = List.copyOf(foreign);
  }

  /** Nothing configured: a report with only its chapters. */
  public static final FrontMatter NONE =
      new FrontMatter(null, null, List.of(), null, null, null, List.of(), List.of(), null);

  /** Whether any reference is configured (they then replace the template's own list). */
  public boolean hasReferences() {
    return !domestic.isEmpty() || !foreign.isEmpty();
  }

  /**
   * Reads the front and back matter keys of {@code report:}; {@code location} resolves text files
   * (null: files cannot be named).
   */
  static FrontMatter from(ConfigNode r, ConfigLocation location) {
    // Every part is read even after a bad one (see ReportSettings.from).
    FirstProblem p = new FirstProblem();
    List<Text> team =
        p.read(
            () -> {
              List<Text> out = new ArrayList<>();
              for (ConfigNode t : r.get("researchTeam").elements()) {
                out.add(Text.of(t));
              }
              return out;
            },
            List.of());
    ConfigNode refs = r.get("references");
    ConfigNode c = r.get("colophon");
    Colophon colophon = p.read(() -> colophon(c), null);
    p.read(
        () -> {
          for (String k : refs.isMissing() ? List.<String>of() : refs.fieldNames()) {
            if (!k.equals("domestic") && !k.equals("foreign")) {
              throw refs.get(k).error("is not a group of references (use domestic or foreign)");
            }
          }
          return null;
        },
        null);
    FrontMatter front =
        new FrontMatter(
            p.read(() -> Text.of(r.get("series")), null),
            p.read(() -> Text.of(r.get("principalInvestigator")), null),
            team,
            p.read(() -> Text.of(r.get("president")), null),
            p.read(() -> authored(r.get("foreword"), location), null),
            p.read(() -> authored(r.get("abstract"), location), null),
            p.read(() -> entries(refs.get("domestic"), location), List.of()),
            p.read(() -> entries(refs.get("foreign"), location), List.of()),
            colophon);
    p.throwFirst();
    return front;
  }

  private static Colophon colophon(ConfigNode c) {
    if (c.isMissing()) {
      return null;
    }
    Colophon colophon =
        new Colophon(
            Text.of(c.get("address")),
            c.string("phone", null),
            c.string("isbn", null),
            c.string("registration", null));
    for (String k : c.fieldNames()) {
      if (!List.of("address", "phone", "isbn", "registration").contains(k)) {
        throw c.get(k).error("is not a colophon key (address, phone, isbn, registration)");
      }
    }
    return colophon;
  }

  private static Paragraphs authored(ConfigNode node, ConfigLocation location) {
    Text t = Text.of(node);
    if (t == null) {
      return null;
    }
    return new Paragraphs(
        paragraphs(t.en(), node, "en", location), paragraphs(t.ko(), node, "ko", location));
  }

  private static List<String> paragraphs(
      String value, ConfigNode node, String lang, ConfigLocation location) {
    if (value == null) {
      return List.of();
    }
    String text = value;
    if (isFileName(value)) {
      text = read(value.strip(), node.raw().isValueNode() ? node : node.get(lang), location);
    }
    List<String> out = new ArrayList<>();
    for (String para : text.strip().split("\\R\\s*\\R")) {
      String joined = String.join(" ", para.strip().split("\\s*\\R\\s*"));
      if (!joined.isEmpty()) {
        out.add(joined);
      }
    }
    return out;
  }

  /** A group of references: a list of entries, or a file with one entry per line. */
  private static List<Text> entries(ConfigNode node, ConfigLocation location) {
    List<Text> out = new ArrayList<>();
    if (node.isMissing()) {
      return out;
    }
    if (node.raw().isValueNode()) {
      String file = node.asString();
      if (!isFileName(file)) {
        throw node.error("must be a list of entries or a .txt or .md file with one per line");
      }
      for (String line : read(file, node, location).split("\\R")) {
        if (!line.isBlank()) {
          out.add(new Text(line.strip(), line.strip()));
        }
      }
      return out;
    }
    for (ConfigNode e : node.elements()) {
      out.add(Text.of(e));
    }
    return out;
  }

  private static boolean isFileName(String value) {
    String v = value.strip();
    return !v.contains("\n") && (v.endsWith(".md") || v.endsWith(".txt"));
  }

  private static String read(String file, ConfigNode node, ConfigLocation location) {
    if (location == null) {
      throw node.error("names the file '" + file + "', but this config cannot name files");
    }
    return new String(location.read(file, node.path()), StandardCharsets.UTF_8);
  }
}
