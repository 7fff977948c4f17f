package org.policyreport.report.render.xlsx;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.policyreport.report.document.Metadata;

/** The workbook's document properties, dated by the report date rather than the clock. */
final class Properties {
  private Properties() {}

  static void set(XSSFWorkbook wb, Metadata m) {
    POIXMLProperties props = wb.getProperties();
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    core.setTitle(m.title());
    core.setCreator(String.join(", ", m.authors()));
    core.setSubjectProperty(m.subject());
    core.setKeywords(String.join(", ", m.keywords()));
    core.setDescription(m.summary());
    Date date = Date.from(m.date().atStartOfDay().toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
    if (m.organization() != null) {
      props.getExtendedProperties().getUnderlyingProperties().setCompany(m.organization());
    }
  }
}
