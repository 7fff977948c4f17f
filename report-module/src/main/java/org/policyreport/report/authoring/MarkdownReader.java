package org.policyreport.report.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Inline;
import org.policyreport.report.document.ListBlock;
import org.policyreport.report.document.PageBreak;
import org.policyreport.report.document.Paragraph;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;

/**
 * One chapter's Markdown (after FreeMarker) → blocks. CommonMark with GFM tables and footnotes:
 * {@code #}–{@code ####} are chapter, section and lower headings ({@code {#sec-id}} gives a label,
 * {@code {-}} or {@code {.unnumbered}} no number), paragraphs, lists, emphasis, footnotes, GFM
 * tables with a Quarto caption line ({@code : Caption {#tbl-id source="…" sheet="…"}}), {@code ---}
 * a page break, and fenced cells {@code {table}} etc. for generated blocks. Anything else the
 * document model cannot show (raw HTML, images, code) is an error naming the line.
 */
final class MarkdownReader {
  /** A cross-reference as written, kept to be checked once every label is known. */
  record Reference(String label, Where where) {}

  private static final Pattern REF =
      Pattern.compile("(?<![\\w@.])@((?:tbl|fig|sec)-[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)");
  private static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{([^{}]*)\\}\\s*$");
  private static final Pattern ROLE = Pattern.compile("\\s*\\{\\.(lead|notice|small)\\}\\s*$");
  private static final Pattern CELL = Pattern.compile("\\{([A-Za-z-]+)\\}");
  private static final Pattern CAPTION =
      Pattern.compile(
          "^:\\s+(.*?)(?:\\s*\\{#(tbl-[^}\\s]+)(?:\\s+source=\"([^\"]*)\")?(?:\\s+sheet=\"([^\"]*)\")?\\})?$");

  private final Parser parser =
      Parser.builder()
          .extensions(List.of(TablesExtension.create(), FootnotesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();
  private final BlockCells cells;
  private final List<Reference> references = new ArrayList<>();
  private int unlabelledTables;

  MarkdownReader(BlockCells cells) {
    this.cells = cells;
  }

  List<Reference> references() {
    return references;
  }

  /** The blocks of one chapter; {@code file} names it in errors, {@code lines} maps its lines. */
  List<Block> read(String markdown, String file, LineMap lines) {
    Node doc = parser.parse(markdown);
    Map<String, String> footnotes = new HashMap<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof FootnoteDefinition) {
        FootnoteDefinition d = (FootnoteDefinition) n;
        footnotes.put(d.getLabel(), plain(d).strip());
      }
    }
    Context c = new Context(file, lines, footnotes);
    List<Block> out = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof FootnoteDefinition) {
        continue;
      }
      if (n instanceof TableBlock) {
        Node next = n.getNext();
        String caption = next instanceof org.commonmark.node.Paragraph ? plain(next).strip() : "";
        Matcher m = CAPTION.matcher(caption);
        if (m.matches()) {
          out.add(table((TableBlock) n, m.group(1), m.group(2), m.group(3), m.group(4), c));
          n = next;
        } else {
          out.add(table((TableBlock) n, "", null, null, null, c));
        }
        continue;
      }
      out.addAll(block(n, c));
    }
    return out;
  }

  private record Context(String file, LineMap lines, Map<String, String> footnotes) {
    Where at(Node n) {
      int line = n.getSourceSpans().isEmpty() ? 0 : n.getSourceSpans().get(0).getLineIndex();
      return new Where(file, lines.sourceLine(line));
    }
  }

  private List<Block> block(Node n, Context c) {
    if (n instanceof org.commonmark.node.Heading) {
      return List.of(heading((org.commonmark.node.Heading) n, c));
    }
    if (n instanceof org.commonmark.node.Paragraph) {
      return List.of(paragraph(inlines(n, c), Paragraph.Role.BODY));
    }
    if (n instanceof BlockQuote) {
      List<Block> out = new ArrayList<>();
      for (Node p = n.getFirstChild(); p != null; p = p.getNext()) {
        if (!(p instanceof org.commonmark.node.Paragraph)) {
          throw c.at(p).error(describe(p) + " cannot appear inside a block quote");
        }
        out.add(paragraph(inlines(p, c), Paragraph.Role.NOTICE));
      }
      return out;
    }
    if (n instanceof BulletList || n instanceof OrderedList) {
      return List.of(new ListBlock(n instanceof OrderedList, items(n, c)));
    }
    if (n instanceof ThematicBreak) {
      return List.of(new PageBreak());
    }
    if (n instanceof FencedCodeBlock) {
      return cell((FencedCodeBlock) n, c);
    }
    throw c.at(n).error(describe(n) + " cannot appear in a report; see docs/authoring.md");
  }

  /**
   * A paragraph; a trailing {@code {.lead}}, {@code {.notice}} or {@code {.small}} sets its role.
   */
  private static Paragraph paragraph(List<Inline> inlines, Paragraph.Role role) {
    if (!inlines.isEmpty() && inlines.get(inlines.size() - 1) instanceof Inline.Text) {
      Inline.Text last = (Inline.Text) inlines.get(inlines.size() - 1);
      Matcher m = ROLE.matcher(last.text());
      if (m.find()) {
        List<Inline> out = new ArrayList<>(inlines.subList(0, inlines.size() - 1));
        String rest = last.text().substring(0, m.start());
        if (!rest.isEmpty()) {
          out.add(new Inline.Text(rest, last.bold(), last.italic()));
        }
        return new Paragraph(
            out, Paragraph.Role.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT)));
      }
    }
    return new Paragraph(inlines, role);
  }

  private List<Block> cell(FencedCodeBlock f, Context c) {
    Where at = c.at(f);
    String info = f.getInfo() == null ? "" : f.getInfo().strip();
    Matcher m = CELL.matcher(info);
    if (!m.matches()) {
      throw at.error(
          "a code block cannot appear in a report; a generated block is written ```{table}, "
              + "```{figure}, ```{findings}, ```{summary} or ```{recommendations}");
    }
    String name = m.group(1);
    if (!BlockCells.CELLS.contains(name)) {
      throw at.error(
          "unknown block {"
              + name
              + "} (blocks: {contents}, {figure}, {findings}, {recommendations}, {summary},"
              + " {table})");
    }
    return cells.build(
        name, CellOptions.parse(name, f.getLiteral(), at), s -> inlineMarkdown(s, at));
  }

  private Heading heading(org.commonmark.node.Heading h, Context c) {
    if (h.getLevel() > 4) {
      throw c.at(h).error("headings go down to #### (level 4), not level " + h.getLevel());
    }
    String text = plain(h).strip();
    String id = null;
    boolean numbered = true;
    Matcher m = ATTRIBUTES.matcher(text);
    if (m.find()) {
      text = text.substring(0, m.start()).strip();
      for (String a : m.group(1).trim().split("\\s+")) {
        if (a.startsWith("#") && a.length() > 1) {
          id = a.substring(1);
        } else if (a.equals("-") || a.equals(".unnumbered")) {
          numbered = false;
        } else if (!a.isEmpty()) {
          throw c.at(h).error("unknown heading attribute '" + a + "' (use {#sec-id} or {-})");
        }
      }
    }
    return new Heading(h.getLevel(), id, text, numbered, null);
  }

  private List<ListBlock.Item> items(Node list, Context c) {
    List<ListBlock.Item> out = new ArrayList<>();
    for (Node li = list.getFirstChild(); li != null; li = li.getNext()) {
      List<Inline> content = new ArrayList<>();
      List<ListBlock.Item> children = new ArrayList<>();
      for (Node p = li.getFirstChild(); p != null; p = p.getNext()) {
        if (p instanceof BulletList || p instanceof OrderedList) {
          children.addAll(items(p, c));
        } else if (p instanceof org.commonmark.node.Paragraph) {
          if (!content.isEmpty()) {
            content.add(Inline.Text.plain(" "));
          }
          content.addAll(inlines(p, c));
        } else {
          throw c.at(p).error(describe(p) + " cannot appear inside a list item");
        }
      }
      out.add(new ListBlock.Item(content, children));
    }
    return out;
  }

  private Table table(
      TableBlock t, String caption, String label, String source, String sheet, Context c) {
    List<Row> header = new ArrayList<>();
    List<Row> body = new ArrayList<>();
    for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        List<Cell> cells = new ArrayList<>();
        boolean isHeader = false;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          TableCell tc = (TableCell) cell;
          String text = textOf(inlines(tc, c));
          isHeader = tc.isHeader();
          Cell.Align align =
              tc.getAlignment() == TableCell.Alignment.RIGHT
                  ? Cell.Align.RIGHT
                  : tc.getAlignment() == TableCell.Alignment.CENTER
                      ? Cell.Align.CENTER
                      : Cell.Align.LEFT;
          cells.add(
              isHeader ? Cell.header(text) : new Cell(text, null, 0, "", "", 1, align, false));
        }
        (isHeader ? header : body).add(Row.of(cells));
      }
    }
    String id = label != null ? label : "tbl-authored-" + (++unlabelledTables);
    // sheet="…" names the spreadsheet tab in the report's language; the label is the fallback
    String sheetName = sheet != null && !sheet.isBlank() ? sheet : id.substring(4);
    return new Table(
        id, null, caption, Table.Kind.DATA, sheetName, header, body, List.of(), source);
  }

  private static String textOf(List<Inline> inlines) {
    StringBuilder sb = new StringBuilder();
    for (Inline i : inlines) {
      if (i instanceof Inline.Text) {
        sb.append(((Inline.Text) i).text());
      }
    }
    return sb.toString().strip();
  }

  /** Inline Markdown of a cell's text (e.g. a summary item), as the runs of one paragraph. */
  private List<Inline> inlineMarkdown(String text, Where at) {
    Node doc = parser.parse(text);
    Context c = new Context(at.file(), new LineMap("", ""), Map.of());
    List<Inline> out = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (!(n instanceof org.commonmark.node.Paragraph)) {
        throw at.error("a cell's text must be one paragraph of inline Markdown");
      }
      if (!out.isEmpty()) {
        out.add(Inline.Text.plain(" "));
      }
      out.addAll(inlines(n, c));
    }
    return merge(out);
  }

  private List<Inline> inlines(Node parent, Context c) {
    List<Inline> out = new ArrayList<>();
    collect(parent, false, false, c, out);
    return merge(out);
  }

  private void collect(Node parent, boolean bold, boolean italic, Context c, List<Inline> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text) {
        text(((Text) n).getLiteral(), bold, italic, parent, c, out);
      } else if (n instanceof Emphasis) {
        collect(n, bold, true, c, out);
      } else if (n instanceof StrongEmphasis) {
        collect(n, true, italic, c, out);
      } else if (n instanceof Code) {
        out.add(new Inline.Text(((Code) n).getLiteral(), bold, italic));
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        out.add(new Inline.Text(" ", bold, italic));
      } else if (n instanceof Link) {
        collect(n, bold, italic, c, out);
      } else if (n instanceof FootnoteReference) {
        String label = ((FootnoteReference) n).getLabel();
        String text = c.footnotes().get(label);
        if (text == null) {
          throw at(parent, c).error("footnote [^" + label + "] has no definition");
        }
        out.add(new Inline.Footnote(text));
      } else {
        throw at(parent, c).error(describe(n) + " cannot appear in a report");
      }
    }
  }

  /** Splits text at {@code @tbl-}/{@code @fig-}/{@code @sec-} references. */
  private void text(
      String text, boolean bold, boolean italic, Node parent, Context c, List<Inline> out) {
    // Runs of spaces collapse, as in HTML: a value or condition may leave two side by side.
    String s = text.replaceAll("[ \\t]{2,}", " ");
    Matcher m = REF.matcher(s);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        out.add(new Inline.Text(s.substring(last, m.start()), bold, italic));
      }
      references.add(new Reference(m.group(1), at(parent, c)));
      out.add(new Inline.CrossRef(m.group(1)));
      last = m.end();
    }
    if (last < s.length()) {
      out.add(new Inline.Text(s.substring(last), bold, italic));
    }
  }

  private static Where at(Node n, Context c) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (!p.getSourceSpans().isEmpty()) {
        return c.at(p);
      }
    }
    return new Where(c.file(), 1);
  }

  private static List<Inline> merge(List<Inline> in) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : in) {
      if (i instanceof Inline.Text
          && !out.isEmpty()
          && out.get(out.size() - 1) instanceof Inline.Text) {
        Inline.Text a = (Inline.Text) out.get(out.size() - 1);
        Inline.Text b = (Inline.Text) i;
        if (a.bold() == b.bold() && a.italic() == b.italic()) {
          out.set(out.size() - 1, new Inline.Text(a.text() + b.text(), a.bold(), a.italic()));
          continue;
        }
      }
      out.add(i);
    }
    return out;
  }

  /** The plain text of a node and its descendants. */
  private static String plain(Node n) {
    StringBuilder sb = new StringBuilder();
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text) {
        sb.append(((Text) c).getLiteral());
      } else if (c instanceof Code) {
        sb.append(((Code) c).getLiteral());
      } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
        sb.append(' ');
      } else {
        if (c instanceof org.commonmark.node.Paragraph && sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(plain(c));
      }
    }
    return sb.toString();
  }

  private static String describe(Node n) {
    String name = n.getClass().getSimpleName();
    switch (name) {
      case "HtmlBlock":
      case "HtmlInline":
        return "raw HTML";
      case "Image":
        return "an image";
      case "IndentedCodeBlock":
        return "an indented code block";
      case "BlockQuote":
        return "a block quote";
      default:
        return "a " + name;
    }
  }
}
