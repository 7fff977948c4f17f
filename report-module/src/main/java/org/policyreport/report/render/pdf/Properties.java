package org.policyreport.report.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.policyreport.report.document.Metadata;

/**
 * The document information dictionary and file identifier. OpenPDF stamps the current time and a
 * random file ID by default; both are replaced here (dates from the report date, the ID from the
 * content) so that the same document gives the same bytes.
 */
final class Properties {
  static final String CREATOR = "policy-report";

  private Properties() {}

  /** Title, author, subject and keywords; call before the document is opened. */
  static void describe(Document pdf, Metadata m) {
    if (m.title() != null) {
      pdf.addTitle(m.title());
    }
    if (!m.authors().isEmpty()) {
      pdf.addAuthor(String.join(", ", m.authors()));
    }
    if (m.subject() != null) {
      pdf.addSubject(m.subject());
    }
    if (!m.keywords().isEmpty()) {
      pdf.addKeywords(String.join(", ", m.keywords()));
    }
    pdf.addCreator(CREATOR);
  }

  /** Dates, language and file ID; call after the document is opened. */
  static void fix(PdfWriter writer, Metadata m, byte[] idSeed) {
    PdfDictionary info = writer.getInfo();
    if (m.date() != null) {
      Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      c.clear();
      c.set(m.date().getYear(), m.date().getMonthValue() - 1, m.date().getDayOfMonth(), 0, 0, 0);
      PdfDate date = new PdfDate(c);
      info.put(PdfName.CREATIONDATE, date);
      info.put(PdfName.MODDATE, date);
    } else {
      info.remove(PdfName.CREATIONDATE);
      info.remove(PdfName.MODDATE);
    }
    if (m.language() != null) {
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(languageTag(m.language())));
    }
    byte[] id = md5(idSeed);
    // PdfWriter.close() takes the trailer ID from this key when present instead of a random one.
    info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
  }

  /** The document language as a BCP 47 tag; Korean names its country, as Korean readers expect. */
  static String languageTag(String language) {
    return language.equals("ko") ? "ko-KR" : language;
  }

  static byte[] seed(Metadata m) {
    return (m.title() + "\n" + m.language() + "\n" + m.date()).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] md5(byte[] bytes) {
    try {
      return MessageDigest.getInstance("MD5").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is missing from this Java runtime", e);
    }
  }
}
