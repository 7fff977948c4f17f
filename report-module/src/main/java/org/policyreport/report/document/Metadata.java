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
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
  }
}
