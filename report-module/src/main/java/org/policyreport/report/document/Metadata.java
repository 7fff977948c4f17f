package org.policyreport.report.document;

import java.time.LocalDate;
import java.util.List;

/**
 * Facts about the document that renderers put into file properties, the running header and the
 * title page. {@code date} is the report date from the config; renderers use it (never the clock)
 * for every timestamp so that the same inputs give the same bytes.
 */
public record Metadata(
    String title,
    String subtitle,
    List<String> authors,
    String organization,
    LocalDate date,
    String dateText,
    String language,
    String subject,
    List<String> keywords,
    String summary,
    boolean syntheticData) {
  public Metadata {
    // These go into XML parts of their own (docProps/core.xml, app.xml): no control characters.
    title = PlainText.clean(title);
    subtitle = PlainText.clean(subtitle);
    authors = authors.stream().map(PlainText::clean).toList();
    organization = PlainText.clean(organization);
    dateText = PlainText.clean(dateText);
    subject = PlainText.clean(subject);
    keywords = keywords.stream().map(PlainText::clean).toList();
    summary = PlainText.clean(summary);
  }
}
