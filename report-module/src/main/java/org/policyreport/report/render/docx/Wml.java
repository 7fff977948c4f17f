package org.policyreport.report.render.docx;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.apache.xmlbeans.impl.schema.AbstractDocumentFactory;
import org.xml.sax.SAXException;

/**
 * WordprocessingML written as text: property elements are easier to read (and to check against the
 * schema's element order) as XML than as chains of typed setters.
 */
final class Wml {
  static final String NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** Usable text width of an A4 page with the margins of {@link PageLayout}, in twips. */
  static final int TEXT_WIDTH = PageLayout.PAGE_WIDTH - 2 * PageLayout.MARGIN_SIDE;

  /**
   * Left to itself XmlBeans makes a new SAX parser, factory lookup included, for every fragment,
   * which cost more than parsing the fragments; a thread reuses one parser for all of its fragments
   * (a parser is not safe to share between threads).
   */
  private static final ThreadLocal<XmlOptions> LOAD = ThreadLocal.withInitial(Wml::loadOptions);

  private Wml() {}

  /** Parses the children of a property element, e.g. {@code <w:b/><w:sz w:val="20"/>}. */
  static <T extends XmlObject> T parse(AbstractDocumentFactory<T> factory, String children) {
    try {
      return factory.parse(
          "<xml-fragment xmlns:w=\"" + NS + "\">" + children + "</xml-fragment>", LOAD.get());
    } catch (XmlException e) {
      throw new IllegalStateException("invalid WordprocessingML fragment: " + children, e);
    }
  }

  private static XmlOptions loadOptions() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return new XmlOptions().setLoadUseXMLReader(factory.newSAXParser().getXMLReader());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("this Java runtime has no usable XML parser", e);
    }
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
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
          sb.append("&quot;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A single border element such as {@code <w:top .../>}. */
  static String border(String side, int eighthsOfPoint, String color) {
    if (eighthsOfPoint <= 0) {
      return "<w:" + side + " w:val=\"nil\"/>";
    }
    return "<w:"
        + side
        + " w:val=\"single\" w:sz=\""
        + eighthsOfPoint
        + "\" w:space=\"0\" w:color=\""
        + color
        + "\"/>";
  }
}
