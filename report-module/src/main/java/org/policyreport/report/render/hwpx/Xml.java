package org.policyreport.report.render.hwpx;

/**
 * A small streaming XML writer: elements and attributes in the order they are written, nothing
 * reordered or generated, so the same calls always give the same bytes.
 */
final class Xml {
  /** The namespaces every OWPML part declares (Hancom declares all of them on each root). */
  static final String NAMESPACES =
      " xmlns:ha=\"http://www.hancom.co.kr/hwpml/2011/app\""
          + " xmlns:hp=\"http://www.hancom.co.kr/hwpml/2011/paragraph\""
          + " xmlns:hp10=\"http://www.hancom.co.kr/hwpml/2016/paragraph\""
          + " xmlns:hs=\"http://www.hancom.co.kr/hwpml/2011/section\""
          + " xmlns:hc=\"http://www.hancom.co.kr/hwpml/2011/core\""
          + " xmlns:hh=\"http://www.hancom.co.kr/hwpml/2011/head\""
          + " xmlns:hhs=\"http://www.hancom.co.kr/hwpml/2011/history\""
          + " xmlns:hm=\"http://www.hancom.co.kr/hwpml/2011/master-page\""
          + " xmlns:hpf=\"http://www.hancom.co.kr/schema/2011/hpf\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
          + " xmlns:opf=\"http://www.idpf.org/2007/opf/\""
          + " xmlns:ooxmlchart=\"http://www.hancom.co.kr/hwpml/2016/ooxmlchart\""
          + " xmlns:hwpunitchar=\"http://www.hancom.co.kr/hwpml/2016/HwpUnitChar\""
          + " xmlns:epub=\"http://www.idpf.org/2007/ops\""
          + " xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\"";

  private final StringBuilder sb = new StringBuilder(1 << 16);
  private boolean tagOpen;
  private final java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();

  Xml() {
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>");
  }

  /** Opens {@code name}; attributes follow with {@link #attr}. */
  Xml open(String name) {
    closeTag();
    sb.append('<').append(name);
    tagOpen = true;
    open.push(name);
    return this;
  }

  /** Writes the raw namespace declarations onto the element just opened. */
  Xml namespaces() {
    sb.append(NAMESPACES);
    return this;
  }

  Xml attr(String name, String value) {
    if (!tagOpen) {
      throw new IllegalStateException("attribute " + name + " after content");
    }
    sb.append(' ').append(name).append("=\"");
    escape(value == null ? "" : value, true);
    sb.append('"');
    return this;
  }

  Xml attr(String name, long value) {
    return attr(name, Long.toString(value));
  }

  Xml attr(String name, boolean value) {
    return attr(name, value ? "1" : "0");
  }

  Xml text(String s) {
    closeTag();
    escape(s, false);
    return this;
  }

  Xml close() {
    String name = open.pop();
    if (tagOpen) {
      sb.append("/>");
      tagOpen = false;
    } else {
      sb.append("</").append(name).append('>');
    }
    return this;
  }

  /** An element with attributes and no content: {@code empty("hp:t")}. */
  Xml empty(String name, String... attrs) {
    open(name);
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      attr(attrs[i], attrs[i + 1]);
    }
    return close();
  }

  byte[] bytes() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements " + open);
    }
    return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private void closeTag() {
    if (tagOpen) {
      sb.append('>');
      tagOpen = false;
    }
  }

  private void escape(String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '&':
          sb.append("&amp;");
          break;
        case '"':
          sb.append(attribute ? "&quot;" : "\"");
          break;
        case '\n':
        case '\t':
          sb.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
          break;
        default:
          // XML 1.0 has no way to write other control characters; they carry nothing visible.
          if (c >= 0x20 || c == '\r') {
            sb.append(c);
          }
      }
    }
  }
}
