package org.policyreport.report.render.hwpx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.policyreport.report.document.Document;
import org.w3c.dom.Element;

/** A document rendered to HWPX, with its zip entries in stored order. */
final class Rendered {
  final Document source;
  final byte[] bytes;
  final List<String> warnings = new ArrayList<>();

  /** Entry name → bytes, in the order of the zip. */
  final Map<String, byte[]> parts = new LinkedHashMap<>();

  /** Entry name → compression method of its local header. */
  final Map<String, Integer> methods = new LinkedHashMap<>();

  Rendered(Document source) {
    this.source = source;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new HwpxRenderer().render(source, out, warnings::add);
      bytes = out.toByteArray();
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
        ZipEntry e;
        while ((e = in.getNextEntry()) != null) {
          methods.put(e.getName(), e.getMethod());
          parts.put(e.getName(), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The root element of an XML part (namespace prefixes kept in the element names). */
  Element xml(String part) {
    byte[] b = parts.get(part);
    if (b == null) {
      throw new AssertionError("no part " + part);
    }
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(b)).getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("part " + part + " is not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** Every element named {@code name} under {@code root}, in document order. */
  static List<Element> all(Element root, String name) {
    org.w3c.dom.NodeList nl = root.getElementsByTagName(name);
    List<Element> out = new ArrayList<>(nl.getLength());
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  /** The element children of {@code e}. */
  static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        out.add((Element) n);
      }
    }
    return out;
  }
}
