package org.policyreport.report.render.docx;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.policyreport.report.document.Metadata;

/**
 * File properties (what Word shows under File › Info and what search indexes read). Every date is
 * the report date at midnight UTC, never the clock, so the same report gives the same bytes.
 */
final class Properties {
  static final String PRODUCER = "policy-report";

  private Properties() {}

  static void apply(XWPFDocument doc, Metadata m, String languageTag) {
    POIXMLProperties props = doc.getProperties();
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    core.setTitle(m.title());
    core.setCreator(String.join("; ", m.authors()));
    if (m.subject() != null) {
      core.setSubjectProperty(m.subject());
    }
    core.setKeywords(String.join(", ", m.keywords()));
    if (m.summary() != null) {
      core.setDescription(m.summary());
    }
    core.setLastModifiedByUser(PRODUCER);
    Date date = Date.from(m.date().atStartOfDay(ZoneOffset.UTC).toInstant());
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
    core.getUnderlyingProperties().setLanguageProperty(languageTag);

    POIXMLProperties.ExtendedProperties app = props.getExtendedProperties();
    if (m.organization() != null) {
      app.setCompany(m.organization());
    }
    app.setApplication(PRODUCER);
    props.getCustomProperties().addProperty("SyntheticData", m.syntheticData());
  }

  /** A language tag with a region, as Word expects in {@code w:lang} ("ko" → "ko-KR"). */
  static String languageTag(String language) {
    if (language.contains("-")) {
      return language;
    }
    switch (language) {
      case "ko":
        return "ko-KR";
      case "en":
        return "en-US";
      default:
        return language;
    }
  }
}
