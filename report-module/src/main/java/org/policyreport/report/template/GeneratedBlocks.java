package org.policyreport.report.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.PanelSeries;
import org.policyreport.contract.SurveyResult;
import org.policyreport.report.chart.ChartSpec;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.document.TitlePage;
import org.policyreport.report.document.Vocabulary;
import org.policyreport.report.figures.Figures;
import org.policyreport.report.tables.DescriptivesTable;
import org.policyreport.report.tables.ProvenanceTables;
import org.policyreport.report.tables.RegressionTable;
import org.policyreport.report.tables.ScenarioTable;
import org.policyreport.report.tables.SurveyTables;
import org.policyreport.report.tables.TestsTable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Builds the blocks a template asks for by name ({@code <table kind="regression" models="a,b"/>},
 * {@code <figure kind="irr" model="a"/>}, {@code <titlepage/>}): the template chooses what to show
 * and writes the caption; Java makes the numbers.
 */
public final class GeneratedBlocks {
  private final ReportContext ctx;

  public GeneratedBlocks(ReportContext ctx) {
    this.ctx = ctx;
  }

  public Vocabulary vocabulary() {
    return ctx.vocabulary();
  }

  /** The blocks a generator element asks for ({@code <table kind=...>}, {@code <figure ...>}). */
  public List<Block> build(Element e) {
    switch (e.getTagName()) {
      case "titlepage":
        return List.of(titlePage(e));
      case "table":
        return List.of(table(e));
      case "figure":
        return List.of(figure(e));
      default:
        throw new DocumentException("no generator for <" + e.getTagName() + ">");
    }
  }

  private TitlePage titlePage(Element e) {
    var s = ctx.settings();
    String lang = ctx.language();
    List<String> authors = s.authors().stream().map(a -> a.in(lang)).toList();
    return new TitlePage(
        s.title().in(lang),
        s.subtitle() == null ? null : s.subtitle().in(lang),
        authors,
        s.organization().in(lang),
        ctx.vocabulary().date(s.date()),
        e.hasAttribute("notice") ? e.getAttribute("notice") : null,
        FrontMatterBlocks.series(ctx),
        FrontMatterBlocks.credits(ctx));
  }

  private Table table(Element e) {
    String kind = required(e, "kind");
    String id = required(e, "id");
    String caption = required(e, "caption");
    String sheet = e.hasAttribute("sheet") ? e.getAttribute("sheet") : id.replaceFirst("^tab:", "");
    List<String> notes = notes(e);
    String source = e.hasAttribute("source") ? e.getAttribute("source") : null;
    switch (kind) {
      case "regression":
        return RegressionTable.build(
            ctx,
            id,
            caption,
            models(e, "models"),
            list(e, "stats"),
            "true".equals(e.getAttribute("irr")),
            notes,
            source,
            sheet);
      case "tests":
        return TestsTable.build(ctx, id, caption, models(e, "models"), notes, source, sheet);
      case "descriptives":
        return DescriptivesTable.build(
            ctx,
            id,
            caption,
            e.hasAttribute("data") ? e.getAttribute("data") : null,
            notes,
            source,
            sheet);
      case "survey-needs":
        return SurveyTables.needs(ctx, survey(e), id, caption, notes, source, sheet);
      case "survey-groups":
        return SurveyTables.groups(
            ctx,
            survey(e),
            required(e, "by"),
            required(e, "measure"),
            id,
            caption,
            notes,
            source,
            sheet);
      case "inputs":
        return ProvenanceTables.inputs(ctx, id, caption, sheet);
      case "models":
        return ProvenanceTables.models(ctx, id, caption, sheet);
      case "scenarios":
        return ScenarioTable.build(
            ctx, ctx.requireScenario(required(e, "scenario")), id, caption, notes, source, sheet);
      case "profile":
        return org.policyreport.report.tables.ProfileTable.build(
            ctx,
            required(e, "data"),
            list(e, "variables"),
            required(e, "unit"),
            id,
            caption,
            notes,
            source,
            sheet);
      case "static":
        return staticTable(e, id, caption, notes, source, sheet);
      default:
        throw new DocumentException("unknown table kind '" + kind + "' (table " + id + ")");
    }
  }

  private Figure figure(Element e) {
    String kind = required(e, "kind");
    String id = required(e, "id");
    String caption = required(e, "caption");
    ChartSpec chart;
    switch (kind) {
      case "irr":
        chart = Figures.irr(ctx, single(required(e, "model")));
        break;
      case "regions":
        chart =
            Figures.regions(
                ctx,
                series(e),
                e.hasAttribute("period") ? Integer.valueOf(e.getAttribute("period")) : null);
        break;
      case "trend":
        chart =
            Figures.trend(
                ctx,
                series(e),
                e.hasAttribute("top") ? Integer.parseInt(e.getAttribute("top")) : 5);
        break;
      case "unit-trend":
        chart = Figures.unitTrend(ctx, series(e), required(e, "unit"));
        break;
      case "ipa":
        chart = Figures.ipa(ctx, survey(e));
        break;
      default:
        throw new DocumentException("unknown figure kind '" + kind + "' (figure " + id + ")");
    }
    String alt = e.hasAttribute("alt") ? e.getAttribute("alt") : caption;
    return new Figure(
        id,
        null,
        caption,
        chart,
        alt,
        Figures.notes(ctx, chart, notes(e)),
        e.hasAttribute("source") ? e.getAttribute("source") : null);
  }

  private Table staticTable(
      Element e, String id, String caption, List<String> notes, String source, String sheet) {
    List<Row> header = new ArrayList<>();
    List<Row> body = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() != Node.ELEMENT_NODE || !((Element) n).getTagName().equals("tr")) {
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      boolean isHeader = false;
      for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c.getNodeType() != Node.ELEMENT_NODE) {
          continue;
        }
        Element ce = (Element) c;
        String text = ReportXmlReader.normalize(cellText(ce));
        int span = ce.hasAttribute("span") ? Integer.parseInt(ce.getAttribute("span")) : 1;
        if (ce.getTagName().equals("th")) {
          isHeader = true;
          cells.add(Cell.header(text, span));
        } else {
          cells.add(new Cell(text, null, 0, "", "", span, Cell.Align.LEFT, false));
        }
      }
      (isHeader && body.isEmpty() ? header : body).add(Row.of(cells));
    }
    return new Table(id, null, caption, Table.Kind.DATA, sheet, header, body, notes, source);
  }

  /** A cell's text with each {@code <ref to="id"/>} as a mark that numbering resolves. */
  private static String cellText(Element cell) {
    StringBuilder sb = new StringBuilder();
    for (Node n = cell.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE && ((Element) n).getTagName().equals("ref")) {
        sb.append(
            org.policyreport.report.document.CrossRefs.cellRef(((Element) n).getAttribute("to")));
      } else if (n.getNodeType() == Node.ELEMENT_NODE) {
        sb.append(cellText((Element) n));
      } else {
        sb.append(n.getTextContent());
      }
    }
    return sb.toString();
  }

  private List<String> notes(Element e) {
    List<String> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE && ((Element) n).getTagName().equals("note")) {
        out.add(ReportXmlReader.normalize(n.getTextContent()));
      }
    }
    return out;
  }

  private List<ModelResult> models(Element e, String attr) {
    List<ModelResult> out = new ArrayList<>();
    for (String id : list(e, attr)) {
      out.add(single(id));
    }
    if (out.isEmpty()) {
      throw new DocumentException(
          "<" + e.getTagName() + " id=\"" + e.getAttribute("id") + "\"> names no models");
    }
    return out;
  }

  private ModelResult single(String id) {
    return ctx.requireModel(id);
  }

  private SurveyResult survey(Element e) {
    return ctx.requireSurvey(required(e, "survey"));
  }

  private PanelSeries series(Element e) {
    return ctx.requireSeries(required(e, "data"), required(e, "variable"));
  }

  private static List<String> list(Element e, String attr) {
    String v = e.getAttribute(attr).trim();
    return v.isEmpty() ? List.of() : Arrays.stream(v.split("\\s*,\\s*")).toList();
  }

  private static String required(Element e, String attr) {
    if (!e.hasAttribute(attr) || e.getAttribute(attr).isBlank()) {
      throw new DocumentException(
          "<" + e.getTagName() + "> in the template output needs the attribute '" + attr + "'");
    }
    return e.getAttribute(attr);
  }
}
