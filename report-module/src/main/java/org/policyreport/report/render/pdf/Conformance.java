package org.policyreport.report.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfICCBased;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.policyreport.report.document.Metadata;

/**
 * What makes the file PDF/A-2 and PDF/UA-1 beyond its content: PDF 1.7, an sRGB output intent, the
 * XMP metadata stream (the same title, author, subject, keywords, dates, creator and producer as
 * the information dictionary, plus the language and both identifications), and a viewer that shows
 * the title rather than the file name.
 *
 * <p>OpenPDF only knows PDF/A-1, so the XMP is written here: its own writer would claim part 1, and
 * PDF/A-2 needs the PDF/UA identification declared through an extension schema.
 */
final class Conformance {
  /** PDF/A-2 part and level claimed in the XMP: accessible ("A": tagged, Unicode-mapped text). */
  static final int PDFA_PART = 2;

  static final String PDFA_LEVEL = "A";

  private static final String SRGB = "sRGB IEC61966-2.1";

  private Conformance() {}

  /** Version, viewer preference and metadata; call before the document is opened. */
  static void declare(PdfWriter writer, Document pdf, Metadata m) {
    writer.setPdfVersion(PdfWriter.VERSION_1_7);
    writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
    // The producer is named here so that the information dictionary and the XMP say the same.
    pdf.addProducer(producer());
    writer.setXmpMetadata(xmp(m).getBytes(StandardCharsets.UTF_8));
  }

  /** The output intent; call after the document is opened (the profile is written to the body). */
  static void outputIntent(PdfWriter writer) {
    PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
    // PDF/A-2 uses the subtype that PDF/A-1 introduced.
    intent.put(PdfName.S, PdfName.GTS_PDFA1);
    intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB));
    intent.put(PdfName.INFO, new PdfString(SRGB));
    try {
      PdfICCBased profile =
          new PdfICCBased(
              ICC_Profile.getInstance(ColorSpace.CS_sRGB), writer.getCompressionLevel());
      intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
    } catch (IOException e) {
      throw new UncheckedIOException("the sRGB profile cannot be written", e);
    }
    writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray((PdfObject) intent));
  }

  static String producer() {
    return Document.getVersion();
  }

  /** The XMP packet; every value mirrors an entry of the information dictionary. */
  static String xmp(Metadata m) {
    StringBuilder x = new StringBuilder();
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    x.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
    x.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x.append("<rdf:Description rdf:about=\"\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
        .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
        .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
        .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
        .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
        .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
        .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
    x.append("<pdfaid:part>").append(PDFA_PART).append("</pdfaid:part>\n");
    x.append("<pdfaid:conformance>").append(PDFA_LEVEL).append("</pdfaid:conformance>\n");
    x.append("<pdfuaid:part>1</pdfuaid:part>\n");
    if (m.title() != null) {
      x.append("<dc:title>").append(alt(m.title())).append("</dc:title>\n");
    }
    if (!m.authors().isEmpty()) {
      // The information dictionary holds one author string; its XMP twin is a one-entry list.
      x.append("<dc:creator><rdf:Seq><rdf:li>")
          .append(escape(String.join(", ", m.authors())))
          .append("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    if (m.subject() != null) {
      x.append("<dc:description>").append(alt(m.subject())).append("</dc:description>\n");
    }
    if (!m.keywords().isEmpty()) {
      x.append("<pdf:Keywords>")
          .append(escape(String.join(", ", m.keywords())))
          .append("</pdf:Keywords>\n");
    }
    if (m.language() != null) {
      x.append("<dc:language><rdf:Bag><rdf:li>")
          .append(escape(Properties.languageTag(m.language())))
          .append("</rdf:li></rdf:Bag></dc:language>\n");
    }
    x.append("<pdf:Producer>").append(escape(producer())).append("</pdf:Producer>\n");
    x.append("<xmp:CreatorTool>").append(Properties.CREATOR).append("</xmp:CreatorTool>\n");
    if (m.date() != null) {
      String date = date(m.date());
      x.append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n");
      x.append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
    }
    x.append(pdfUaExtension());
    x.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n");
    x.append("<?xpacket end=\"r\"?>");
    return x.toString();
  }

  /** PDF/A accepts only its predefined schemas unless others are described in the packet. */
  private static String pdfUaExtension() {
    return "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
        + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
        + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
        + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
        + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
        + "<pdfaProperty:name>part</pdfaProperty:name>\n"
        + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
        + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
        + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
        + "</pdfaProperty:description>\n"
        + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
        + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n";
  }

  /** The report date at midnight UTC, as {@link Properties} writes it. */
  static String date(LocalDate d) {
    return d + "T00:00:00Z";
  }

  private static String alt(String text) {
    return "<rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(text) + "</rdf:li></rdf:Alt>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
