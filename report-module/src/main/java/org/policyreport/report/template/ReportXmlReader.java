package org.policyreport.report.template;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Inline;
import org.policyreport.report.document.ListBlock;
import org.policyreport.report.document.PageBreak;
import org.policyreport.report.document.Paragraph;
import org.policyreport.report.document.TableOfContents;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Turns the XML a template writes into blocks. The vocabulary is small and semantic: {@code h1}–
 * {@code h4}, {@code p} (with {@code b}, {@code i}, {@code ref to}, {@code fn}), {@code ul}/{@code
 * ol}/{@code li}, {@code box}, {@code toc}, {@code pagebreak}, {@code titlepage}; tables and
 * figures are elements that name a generator ({@code <table kind="regression" .../>}) which {@link
 * GeneratedBlocks} builds from the results.
 */
public final class ReportXmlReader {
  private final GeneratedBlocks generated;

  public ReportXmlReader(GeneratedBlocks generated) {
    this.generated = generated;
  }

  /** The blocks of a report and the attributes of its root element (subject, summary). */
  public record Parsed(List<Block> blocks, java.util.Map<String, String> attributes) {
    public String attribute(String name) {
      String v = attributes.get(name);
      return v == null || v.isBlank() ? null : v;
    }
  }

  public Parsed read(String xml, String templateName) {
    org.w3c.dom.Document dom;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setNamespaceAware(false);
      dom = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      String line =
          xml.lines().skip(Math.max(0, e.getLineNumber() - 1)).findFirst().orElse("").trim();
      throw new DocumentException(
          templateName
              + " produced invalid report XML at output line "
              + e.getLineNumber()
              + ": "
              + e.getMessage()
              + " near: "
              + (line.length() > 80 ? line.substring(0, 80) : line));
    } catch (ParserConfigurationException | java.io.IOException | org.xml.sax.SAXException e) {
      throw new DocumentException(
          templateName + " produced invalid report XML: " + e.getMessage(), e);
    }
    Element root = dom.getDocumentElement();
    java.util.Map<String, String> attrs = new java.util.LinkedHashMap<>();
    for (int i = 0; i < root.getAttributes().getLength(); i++) {
      Node a = root.getAttributes().item(i);
      attrs.put(a.getNodeName(), normalize(a.getNodeValue()));
    }
    return new Parsed(blocks(root), attrs);
  }

  private List<Block> blocks(Element parent) {
    List<Block> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE) {
        if (!n.getTextContent().isBlank()) {
          throw new DocumentException(
              "text outside a paragraph in the template output: '"
                  + n.getTextContent().trim()
                  + "' (wrap it in <p>)");
        }
        continue;
      }
      if (n.getNodeType() != Node.ELEMENT_NODE) {
        continue;
      }
      Element e = (Element) n;
      out.addAll(block(e));
    }
    return out;
  }

  private List<Block> block(Element e) {
    String tag = e.getTagName();
    switch (tag) {
      case "h1":
      case "h2":
      case "h3":
      case "h4":
        return List.of(
            new Heading(
                tag.charAt(1) - '0',
                attr(e, "id"),
                normalize(e.getTextContent()),
                !"false".equals(e.getAttribute("numbered")),
                null));
      case "p":
        return List.of(new Paragraph(inlines(e), role(e.getAttribute("role"))));
      case "ul":
      case "ol":
        return List.of(new ListBlock(tag.equals("ol"), items(e)));
      case "toc":
        return List.of(new TableOfContents(generated.vocabulary().contentsTitle()));
      case "pagebreak":
        return List.of(new PageBreak());
      case "box":
        return List.of(
            new Box(
                attr(e, "id"),
                "summary".equals(e.getAttribute("role"))
                    ? Box.Role.SUMMARY
                    : Box.Role.RECOMMENDATION,
                e.getAttribute("title"),
                "warning".equals(e.getAttribute("status")) ? Box.Status.WARNING : Box.Status.OK,
                attr(e, "statusText"),
                blocks(e)));
      case "titlepage":
      case "table":
      case "figure":
        return generated.build(e);
      default:
        throw new DocumentException("unknown element <" + tag + "> in the template output");
    }
  }

  private List<ListBlock.Item> items(Element list) {
    List<ListBlock.Item> out = new ArrayList<>();
    for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        Element li = (Element) n;
        if (!li.getTagName().equals("li")) {
          throw new DocumentException(
              "<" + list.getTagName() + "> may only hold <li>, not <" + li.getTagName() + ">");
        }
        List<ListBlock.Item> children = new ArrayList<>();
        for (Node c = li.getFirstChild(); c != null; c = c.getNextSibling()) {
          if (c.getNodeType() == Node.ELEMENT_NODE
              && (((Element) c).getTagName().equals("ul")
                  || ((Element) c).getTagName().equals("ol"))) {
            children.addAll(items((Element) c));
          }
        }
        out.add(new ListBlock.Item(inlines(li), children));
      } else if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
        throw new DocumentException(
            "text directly inside <" + list.getTagName() + ">: wrap it in <li>");
      }
    }
    return out;
  }

  /** Inline content with whitespace collapsed as HTML does, so templates can be indented freely. */
  static List<Inline> inlines(Element e) {
    List<Inline> raw = new ArrayList<>();
    collect(e, false, false, raw);
    List<Inline> out = new ArrayList<>();
    boolean lastSpace = true;
    for (Inline i : raw) {
      if (i instanceof Inline.Text) {
        Inline.Text t = (Inline.Text) i;
        StringBuilder sb = new StringBuilder();
        for (char ch : t.text().toCharArray()) {
          boolean space = Character.isWhitespace(ch);
          if (space) {
            if (!lastSpace) {
              sb.append(' ');
            }
          } else {
            sb.append(ch);
          }
          lastSpace = space;
        }
        if (sb.length() > 0) {
          out.add(new Inline.Text(sb.toString(), t.bold(), t.italic()));
        }
      } else {
        out.add(i);
        lastSpace = false;
      }
    }
    // trailing space
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text) {
      Inline.Text t = (Inline.Text) out.get(out.size() - 1);
      String s = t.text().stripTrailing();
      if (s.isEmpty()) {
        out.remove(out.size() - 1);
      } else {
        out.set(out.size() - 1, new Inline.Text(s, t.bold(), t.italic()));
      }
    }
    return out;
  }

  private static void collect(Node parent, boolean bold, boolean italic, List<Inline> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.add(new Inline.Text(n.getTextContent(), bold, italic));
      } else if (n.getNodeType() == Node.ELEMENT_NODE) {
        Element c = (Element) n;
        switch (c.getTagName()) {
          case "b":
            collect(c, true, italic, out);
            break;
          case "i":
            collect(c, bold, true, out);
            break;
          case "ref":
            out.add(new Inline.CrossRef(c.getAttribute("to")));
            break;
          case "fn":
            out.add(new Inline.Footnote(normalize(c.getTextContent())));
            break;
          case "ul":
          case "ol":
            break; // nested lists are read by items()
          default:
            throw new DocumentException("unknown inline element <" + c.getTagName() + ">");
        }
      }
    }
  }

  private static Paragraph.Role role(String r) {
    switch (r) {
      case "":
      case "body":
        return Paragraph.Role.BODY;
      case "lead":
        return Paragraph.Role.LEAD;
      case "notice":
        return Paragraph.Role.NOTICE;
      case "small":
        return Paragraph.Role.SMALL;
      default:
        throw new DocumentException("unknown paragraph role '" + r + "'");
    }
  }

  private static String attr(Element e, String name) {
    String v = e.getAttribute(name);
    return v.isEmpty() ? null : v;
  }

  static String normalize(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
