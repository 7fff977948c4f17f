package org.policyreport.report.document;

import java.util.List;

/**
 * The title page: everything in it is already in the report's language. {@code series} is the
 * publication series and number ("Research Report 2018-07", "연구보고서 2018-07") or null; {@code
 * credits} are the research team by role (principal investigator, team), empty when not given.
 */
public record TitlePage(
    String title,
    String subtitle,
    List<String> authors,
    String organization,
    String date,
    String notice,
    String series,
    List<Credit> credits)
    implements Block {

  /** A role on the research team with the people in it, e.g. "연구책임자" and one name. */
  public record Credit(String role, List<String> names) {
    public Credit {
      names = List.copyOf(names);
    }
  }

  public TitlePage {
    authors = List.copyOf(authors);
    credits = List.copyOf(credits);
  }

  /** A title page without series or credits. */
  public TitlePage(
      String title,
      String subtitle,
      List<String> authors,
      String organization,
      String date,
      String notice) {
    this(title, subtitle, authors, organization, date, notice, null, List.of());
  }

  @Override
  public <R> R accept(BlockVisitor<R> v) {
    return v.titlePage(this);
  }
}
