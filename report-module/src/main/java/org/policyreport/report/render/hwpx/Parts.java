package org.policyreport.report.render.hwpx;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.policyreport.report.document.Metadata;

/**
 * The package's small parts: the version, the container, the two manifests and the settings. The
 * document's title, authors, subject, summary and keywords go into the metadata of content.hpf,
 * where Hangul's 문서 정보 shows them; every date is the report date from the config, never the clock.
 */
final class Parts {
  static final String MIMETYPE = "application/hwp+zip";
  static final String CONTENT_HPF = "Contents/content.hpf";
  static final String HEADER = "Contents/header.xml";
  static final String SECTION = "Contents/section0.xml";
  static final String SETTINGS = "settings.xml";
  static final String VERSION = "version.xml";
  static final String CONTAINER = "META-INF/container.xml";
  static final String MANIFEST = "META-INF/manifest.xml";

  private Parts() {}

  static byte[] mimetype() {
    return MIMETYPE.getBytes(StandardCharsets.US_ASCII);
  }

  /** The format version (OWPML 1.4, as Hangul 2020 and later write), not a program's version. */
  static byte[] version() {
    Xml x = new Xml();
    x.open("hv:HCFVersion")
        .attr("xmlns:hv", "http://www.hancom.co.kr/hwpml/2011/version")
        .attr("tagetApplication", "WORDPROCESSOR")
        .attr("major", 5)
        .attr("minor", 0)
        .attr("micro", 5)
        .attr("buildNumber", 0)
        .attr("os", 1)
        .attr("xmlVersion", "1.4")
        .attr("application", "policy-report")
        .attr("appVersion", "1")
        .close();
    return x.bytes();
  }

  static byte[] container() {
    Xml x = new Xml();
    x.open("ocf:container")
        .attr("xmlns:ocf", "urn:oasis:names:tc:opendocument:xmlns:container")
        .attr("xmlns:hpf", "http://www.hancom.co.kr/schema/2011/hpf");
    x.open("ocf:rootfiles");
    x.empty(
        "ocf:rootfile", "full-path", CONTENT_HPF, "media-type", "application/hwpml-package+xml");
    x.close();
    x.close();
    return x.bytes();
  }

  static byte[] settings() {
    Xml x = new Xml();
    x.open("ha:HWPApplicationSetting")
        .attr("xmlns:ha", "http://www.hancom.co.kr/hwpml/2011/app")
        .attr("xmlns:config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0");
    x.empty("ha:CaretPosition", "listIDRef", "0", "paraIDRef", "0", "pos", "0");
    x.close();
    return x.bytes();
  }

  /** content.hpf: metadata, every content part with its media type, and the reading order. */
  static byte[] contentHpf(Metadata m, List<Ids.Image> images) {
    Xml x = new Xml();
    x.open("opf:package")
        .namespaces()
        .attr("version", "")
        .attr("unique-identifier", "")
        .attr("id", "");
    x.open("opf:metadata");
    x.open("opf:title").text(m.title() == null ? "" : m.title()).close();
    x.open("opf:language").text(m.language()).close();
    meta(x, "creator", String.join(", ", m.authors()));
    meta(x, "subject", m.subject() == null ? "" : m.subject());
    meta(x, "description", m.summary() == null ? "" : m.summary());
    meta(x, "lastsaveby", String.join(", ", m.authors()));
    String iso = m.date() + "T00:00:00Z";
    meta(x, "CreatedDate", iso);
    meta(x, "ModifiedDate", iso);
    meta(x, "date", koreanDate(m.date()));
    meta(x, "keyword", String.join(", ", m.keywords()));
    x.close();
    x.open("opf:manifest");
    item(x, "header", HEADER, "application/xml", false);
    for (Ids.Image i : images) {
      item(x, i.id(), i.path(), "image/png", true);
    }
    item(x, "section0", SECTION, "application/xml", false);
    item(x, "settings", SETTINGS, "application/xml", false);
    x.close();
    x.open("opf:spine");
    x.empty("opf:itemref", "idref", "header", "linear", "yes");
    x.empty("opf:itemref", "idref", "section0", "linear", "yes");
    x.close();
    x.close();
    return x.bytes();
  }

  /** Hangul's own wording of a date, e.g. "2018년 12월 7일 금요일 오전 12:00:00". */
  static String koreanDate(LocalDate d) {
    return d.getYear()
        + "년 "
        + d.getMonthValue()
        + "월 "
        + d.getDayOfMonth()
        + "일 "
        + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.KOREAN)
        + " 오전 12:00:00";
  }

  /**
   * META-INF/manifest.xml, ODF style: one entry per part of the package other than the mimetype and
   * the manifest itself. Hangul writes entries here only for encrypted parts; plain entries say the
   * same as content.hpf to a reader that looks here.
   */
  static byte[] manifest(List<String> parts) {
    Xml x = new Xml();
    x.open("odf:manifest").attr("xmlns:odf", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    for (String part : parts) {
      if (part.equals(MANIFEST) || part.equals(Package.MIMETYPE_ENTRY)) {
        continue;
      }
      x.empty("odf:file-entry", "full-path", part, "media-type", mediaType(part));
    }
    x.close();
    return x.bytes();
  }

  static String mediaType(String part) {
    if (part.endsWith(".png")) {
      return "image/png";
    }
    if (part.equals(CONTENT_HPF)) {
      return "application/hwpml-package+xml";
    }
    return "application/xml";
  }

  private static void meta(Xml x, String name, String value) {
    x.open("opf:meta").attr("name", name).attr("content", "text").text(value).close();
  }

  private static void item(Xml x, String id, String href, String type, boolean embedded) {
    x.open("opf:item").attr("id", id).attr("href", href).attr("media-type", type);
    if (embedded) {
      x.attr("isEmbeded", "1");
    }
    x.close();
  }

  /** Every part name in the order they are stored, the mimetype first. */
  static List<String> order(List<Ids.Image> images) {
    List<String> out = new ArrayList<>();
    out.add(Package.MIMETYPE_ENTRY);
    out.add(VERSION);
    out.add(HEADER);
    for (Ids.Image i : images) {
      out.add(i.path());
    }
    out.add(SECTION);
    out.add(SETTINGS);
    out.add(CONTAINER);
    out.add(CONTENT_HPF);
    out.add(MANIFEST);
    return out;
  }
}
