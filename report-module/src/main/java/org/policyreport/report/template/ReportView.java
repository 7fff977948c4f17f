package org.policyreport.report.template;

import java.util.List;

/** The report's settings as a template sees them: already in the report's language. */
public final class ReportView {
  private final ReportContext ctx;

  ReportView(ReportContext ctx) {
    this.ctx = ctx;
  }

  public String getTitle() {
    return ctx.settings().title().in(ctx.language());
  }

  public String getSubtitle() {
    return ctx.settings().subtitle() == null ? "" : ctx.settings().subtitle().in(ctx.language());
  }

  public List<String> getAuthors() {
    return ctx.settings().authors().stream().map(a -> a.in(ctx.language())).toList();
  }

  public String getOrganization() {
    return ctx.settings().organization().in(ctx.language());
  }

  public String getDate() {
    return ctx.vocabulary().date(ctx.settings().date());
  }

  public String getLanguage() {
    return ctx.language();
  }

  public boolean isSyntheticData() {
    return ctx.settings().syntheticData();
  }
}
