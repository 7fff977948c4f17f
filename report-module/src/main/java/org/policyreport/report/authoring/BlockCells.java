package org.policyreport.report.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.SurveyResult;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.document.Inline;
import org.policyreport.report.document.ListBlock;
import org.policyreport.report.document.PageBreak;
import org.policyreport.report.document.TableOfContents;
import org.policyreport.report.template.GeneratedBlocks;
import org.policyreport.report.template.ReportContext;
import org.w3c.dom.Element;

/**
 * The generated blocks an author asks for with a fenced cell: {@code {table}}, {@code {figure}},
 * {@code {findings}}, {@code {summary}} and {@code {recommendations}}. Each cell's keys are checked
 * against its kind before anything is built, and every model and survey it names against the
 * results, so that an error names the key's line.
 */
final class BlockCells {
  /** Cell names an author may write. */
  static final Set<String> CELLS =
      Set.of("table", "figure", "findings", "summary", "recommendations", "contents");

  private static final Set<String> TABLE_COMMON =
      Set.of("kind", "label", "caption", "notes", "source", "sheet");
  private static final Map<String, Set<String>> TABLE_KINDS =
      Map.of(
          "regression", Set.of("models", "stats", "irr"),
          "tests", Set.of("models"),
          "descriptives", Set.of("data"),
          "survey-needs", Set.of("survey"),
          "survey-groups", Set.of("survey", "by", "measure"),
          "inputs", Set.of(),
          "models", Set.of(),
          "scenarios", Set.of("scenario"),
          "roadmap", Set.of(),
          "profile", Set.of("data", "variables"));
  private static final Set<String> FIGURE_COMMON =
      Set.of("kind", "label", "caption", "alt", "notes", "source");
  private static final Map<String, Set<String>> FIGURE_KINDS =
      Map.of(
          "irr", Set.of("model"),
          "regions", Set.of("data", "variable", "period"),
          "trend", Set.of("data", "variable", "top"),
          "ipa", Set.of("survey"),
          "unit-trend", Set.of("data", "variable"));

  private final ReportContext ctx;
  private final GeneratedBlocks generated;
  private final GeneratedMarkup markup;

  /** The unit a brief is about; null in a report. */
  private final String unit;

  BlockCells(ReportContext ctx, GeneratedMarkup markup) {
    this(ctx, markup, null);
  }

  BlockCells(ReportContext ctx, GeneratedMarkup markup, String unit) {
    this.ctx = ctx;
    this.generated = new GeneratedBlocks(ctx);
    this.markup = markup;
    this.unit = unit;
  }

  /**
   * The first table that shows each model (regression) and each survey (survey-needs), so that a
   * recommendation's evidence can point to where chapter 4 reports it; chapters are built in order,
   * so the tables of earlier chapters are known.
   */
  private final Map<String, String> tablesShowing = new LinkedHashMap<>();

  /** Whether a chapter placed the contents itself (then the program does not add them). */
  private boolean contentsPlaced;

  boolean contentsPlaced() {
    return contentsPlaced;
  }

  List<Block> build(String cell, CellOptions o, Function<String, List<Inline>> inline) {
    try {
      switch (cell) {
        case "contents":
          o.allowOnly(Set.of(), "{contents}");
          contentsPlaced = true;
          return List.of(new TableOfContents(ctx.vocabulary().contentsTitle()), new PageBreak());
        case "table":
          if ("roadmap".equals(o.has("kind") ? o.string("kind") : "")) {
            return roadmap(o);
          }
          return generated.build(tableElement(o));
        case "figure":
          return generated.build(figureElement(o));
        case "findings":
          return findings(o);
        case "summary":
          return summary(o, inline);
        case "recommendations":
          o.allowOnly(Set.of("id", "label", "source"), "{recommendations}");
          return markup.call(
              "recommendationBoxes",
              Map.of(
                  "id", o.has("id") ? o.string("id") : "",
                  "label", o.has("label") ? o.string("label") : "",
                  "source", o.has("source") ? o.string("source") : "",
                  "tables", Map.copyOf(tablesShowing)));
        default:
          throw o.fence().error("unknown block {" + cell + "}");
      }
    } catch (DocumentException e) {
      if (e.getMessage().startsWith(o.fence().file())) {
        throw e;
      }
      throw o.fence().error("{" + cell + "}: " + e.getMessage());
    }
  }

  private Element tableElement(CellOptions o) {
    String kind = kind(o, "table", TABLE_KINDS);
    o.allowOnly(union(TABLE_COMMON, TABLE_KINDS.get(kind)), "a {table} of kind " + kind);
    String label = label(o, "tbl-");
    Element e = element("table", o, kind, label);
    e.setAttribute("sheet", o.has("sheet") ? o.string("sheet") : label.substring(4));
    if (o.has("models") || kind.equals("regression") || kind.equals("tests")) {
      List<String> models = models(o, "models");
      e.setAttribute("models", String.join(",", models));
      if (kind.equals("regression")) {
        models.forEach(m -> tablesShowing.putIfAbsent(m, label));
      }
    }
    if (o.has("stats")) {
      e.setAttribute("stats", String.join(",", o.list("stats")));
    }
    if (o.has("irr")) {
      e.setAttribute("irr", Boolean.toString(o.flag("irr")));
    }
    copy(o, e, "data");
    if (kind.startsWith("survey")) {
      e.setAttribute("survey", survey(o));
      if (kind.equals("survey-needs")) {
        tablesShowing.putIfAbsent(e.getAttribute("survey"), label);
      }
    }
    copy(o, e, "by");
    copy(o, e, "measure");
    if (kind.equals("profile")) {
      if (unit == null) {
        throw o.at("kind").error("a {table} of kind profile is about one unit: only in a brief");
      }
      String data = o.required("data");
      List<String> variables = o.list("variables");
      if (variables.isEmpty()) {
        throw o.at("variables").error("'variables:' must name at least one series");
      }
      for (String v : variables) {
        if (ctx.results().series(data, v) == null) {
          throw o.at("variables")
              .error(
                  "no series of '"
                      + v
                      + "' in '"
                      + data
                      + "'; add it to data."
                      + data
                      + ".series in the config");
        }
      }
      e.setAttribute("variables", String.join(",", variables));
      e.setAttribute("unit", unit);
    }
    if (kind.equals("scenarios")) {
      String id = o.required("scenario");
      if (ctx.results().scenario(id) == null) {
        throw o.at("scenario")
            .error(
                "no scenario '"
                    + id
                    + "' in the results (scenarios: "
                    + String.join(
                        ", ", ctx.results().scenarios().stream().map(x -> x.id()).toList())
                    + ")");
      }
      e.setAttribute("scenario", id);
    }
    return e;
  }

  /**
   * The tasks of every recommendation in one table; its words are the templates' (blocks.ftl), so
   * that the column heads read as the report's language writes them.
   */
  private List<Block> roadmap(CellOptions o) {
    o.allowOnly(TABLE_COMMON, "a {table} of kind roadmap");
    String label = label(o, "tbl-");
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("id", label);
    opts.put("caption", o.required("caption"));
    opts.put("sheet", o.has("sheet") ? o.string("sheet") : label.substring(4));
    opts.put("notes", o.list("notes"));
    opts.put("source", o.has("source") ? o.string("source") : "");
    return markup.call("roadmapTable", opts);
  }

  private Element figureElement(CellOptions o) {
    String kind = kind(o, "figure", FIGURE_KINDS);
    o.allowOnly(union(FIGURE_COMMON, FIGURE_KINDS.get(kind)), "a {figure} of kind " + kind);
    String label = label(o, "fig-");
    Element e = element("figure", o, kind, label);
    if (kind.equals("irr")) {
      e.setAttribute("model", model(o, "model"));
    }
    if (kind.equals("ipa")) {
      e.setAttribute("survey", survey(o));
    }
    if (kind.equals("unit-trend")) {
      if (unit == null) {
        throw o.at("kind")
            .error("a {figure} of kind unit-trend is about one unit: only in a brief");
      }
      o.required("data");
      o.required("variable");
      e.setAttribute("unit", unit);
    }
    copy(o, e, "alt");
    copy(o, e, "data");
    copy(o, e, "variable");
    copy(o, e, "period");
    copy(o, e, "top");
    return e;
  }

  private List<Block> findings(CellOptions o) {
    o.allowOnly(Set.of("model", "models", "survey", "headline"), "{findings}");
    int named = (o.has("model") ? 1 : 0) + (o.has("models") ? 1 : 0) + (o.has("survey") ? 1 : 0);
    if (named != 1) {
      throw o.fence().error("{findings} names one of 'model:', 'models:' or 'survey:'");
    }
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("headline", o.has("headline") ? o.string("headline") : "");
    if (o.has("model")) {
      opts.put("model", model(o, "model"));
      return markup.call("modelFindings", opts);
    }
    if (o.has("models")) {
      // Several models of one outcome: findings.ftl's headline picks the one the sentences
      // describe (report.headline, else the specification tests) and says why.
      opts.put("models", models(o, "models"));
      return markup.call("headlineFindings", opts);
    }
    opts.put("survey", survey(o));
    return markup.call("surveyFindings", opts);
  }

  private List<Block> summary(CellOptions o, Function<String, List<Inline>> inline) {
    o.allowOnly(Set.of("models", "surveys", "recommendations", "title", "items"), "{summary}");
    if (o.has("items")) {
      return List.of(authoredSummary(o, inline));
    }
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("models", o.has("models") ? models(o, "models") : List.of());
    List<String> surveys = o.list("surveys");
    for (String s : surveys) {
      requireSurvey(o, "surveys", s);
    }
    opts.put("surveys", surveys);
    opts.put("recommendations", o.has("recommendations") && o.flag("recommendations"));
    opts.put("title", o.has("title") ? o.string("title") : "");
    if (!o.has("models") && surveys.isEmpty() && !o.flag("recommendations")) {
      throw o.fence().error("{summary} needs 'models:', 'surveys:' or 'recommendations: true'");
    }
    return markup.call("keyFindings", opts);
  }

  /** A key-findings box whose lines the author wrote ({@code items:}, inline Markdown each). */
  private Box authoredSummary(CellOptions o, Function<String, List<Inline>> inline) {
    if (o.has("models") || o.has("surveys") || o.has("recommendations")) {
      throw o.at("items")
          .error("{summary} takes either 'items:' or models, surveys and recommendations");
    }
    List<ListBlock.Item> items = new ArrayList<>();
    for (String text : o.list("items")) {
      items.add(new ListBlock.Item(inline.apply(text), List.of()));
    }
    return new Box(
        "box-summary",
        Box.Role.SUMMARY,
        o.required("title"),
        Box.Status.OK,
        null,
        List.of(new ListBlock(false, items)));
  }

  private static String kind(CellOptions o, String cell, Map<String, Set<String>> kinds) {
    String kind = o.required("kind");
    if (!kinds.containsKey(kind)) {
      throw o.at("kind")
          .error(
              "unknown "
                  + cell
                  + " kind '"
                  + kind
                  + "' (kinds: "
                  + String.join(", ", new TreeSet<>(kinds.keySet()))
                  + ")");
    }
    return kind;
  }

  private static String label(CellOptions o, String prefix) {
    String label = o.required("label");
    if (!label.matches(
        java.util.regex.Pattern.quote(prefix) + "[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?")) {
      throw o.at("label")
          .error(
              "label '"
                  + label
                  + "' must start with '"
                  + prefix
                  + "' followed by letters, digits, '-' or '_'");
    }
    return label;
  }

  private static Element element(String tag, CellOptions o, String kind, String label) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      Element e = f.newDocumentBuilder().newDocument().createElement(tag);
      e.setAttribute("kind", kind);
      e.setAttribute("id", label);
      e.setAttribute("caption", o.required("caption"));
      copy(o, e, "source");
      for (String n : o.list("notes")) {
        Element note = e.getOwnerDocument().createElement("note");
        note.setTextContent(n);
        e.appendChild(note);
      }
      return e;
    } catch (ParserConfigurationException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static void copy(CellOptions o, Element e, String key) {
    if (o.has(key)) {
      e.setAttribute(key, o.string(key));
    }
  }

  private List<String> models(CellOptions o, String key) {
    List<String> ids = o.list(key);
    if (ids.isEmpty()) {
      throw o.at(key).error("'" + key + ":' must name at least one model");
    }
    for (String id : ids) {
      requireModel(o, key, id);
    }
    return ids;
  }

  private String model(CellOptions o, String key) {
    String id = o.required(key);
    requireModel(o, key, id);
    return id;
  }

  private void requireModel(CellOptions o, String key, String id) {
    if (ctx.results().model(id) == null) {
      throw o.at(key)
          .error(
              "unknown model '"
                  + id
                  + "' (the results have: "
                  + ctx.results().models().stream()
                      .map(ModelResult::id)
                      .collect(Collectors.joining(", "))
                  + ")");
    }
  }

  private String survey(CellOptions o) {
    String id = o.required("survey");
    requireSurvey(o, "survey", id);
    return id;
  }

  private void requireSurvey(CellOptions o, String key, String id) {
    if (ctx.results().survey(id) == null) {
      throw o.at(key)
          .error(
              "unknown survey '"
                  + id
                  + "' (the results have: "
                  + ctx.results().surveys().stream()
                      .map(SurveyResult::id)
                      .collect(Collectors.joining(", "))
                  + ")");
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new java.util.HashSet<>(a);
    s.addAll(b);
    return s;
  }
}
