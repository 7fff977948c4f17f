package org.policyreport.report.template;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.policyreport.report.config.FrontMatter;
import org.policyreport.report.config.Text;
import org.policyreport.report.document.Bibliography;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.BodyStart;
import org.policyreport.report.document.Colophon;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Inline;
import org.policyreport.report.document.PageBreak;
import org.policyreport.report.document.Paragraph;
import org.policyreport.report.document.Signature;
import org.policyreport.report.document.TitlePage;

/**
 * Puts the configured front and back matter around the template's chapters, the way institutes
 * publish: foreword after the cover, the body starting on page 1 after the contents, the configured
 * references in place of the template's list, the abstract in the other language and the colophon
 * at the end. Nothing is added for a part that is not configured, so a config without these keys
 * gives the template's report unchanged; nor to a document without a title page, which is not a
 * publication (a template that writes a single section, say).
 */
public final class FrontMatterBlocks {
  static final String FOREWORD = "foreword";
  static final String REFERENCES = "references";
  static final String APPENDIX = "appendix";
  static final String ABSTRACT = "abstract";

  private final ReportContext ctx;
  private final FrontMatter front;
  private final String lang;
  private final Words words;

  public FrontMatterBlocks(ReportContext ctx) {
    this.ctx = ctx;
    this.front = ctx.settings().front();
    this.lang = ctx.language();
    this.words = ctx.words();
  }

  /** The template's blocks with the configured front and back matter around them. */
  public List<Block> assemble(List<Block> chapters) {
    List<Block> out = new ArrayList<>(chapters);
    int cover = indexOf(out, TitlePage.class);
    if (front == null || !configured() || cover < 0) {
      return out;
    }
    if (front.hasReferences()) {
      references(out);
    }
    List<Block> foreword = foreword();
    if (!foreword.isEmpty()) {
      out.addAll(indexOf(out, TitlePage.class) + 1, foreword);
    }
    bodyStart(out);
    out.addAll(abstractBlocks());
    if (front.colophon() != null) {
      out.add(colophon());
    }
    return out;
  }

  private boolean configured() {
    return front.series() != null
        || front.principalInvestigator() != null
        || !front.researchTeam().isEmpty()
        || front.foreword() != null
        || front.abstracts() != null
        || front.hasReferences()
        || front.colophon() != null;
  }

  /** The credits of the title page: principal investigator and research team, as configured. */
  static List<TitlePage.Credit> credits(ReportContext ctx) {
    FrontMatter f = ctx.settings().front();
    List<TitlePage.Credit> out = new ArrayList<>();
    if (f == null) {
      return out;
    }
    String lang = ctx.language();
    if (f.principalInvestigator() != null) {
      out.add(
          new TitlePage.Credit(
              ctx.words().get("front.investigator"), List.of(f.principalInvestigator().in(lang))));
    }
    if (!f.researchTeam().isEmpty()) {
      out.add(
          new TitlePage.Credit(
              ctx.words().get("front.team"),
              f.researchTeam().stream().map(t -> t.in(lang)).toList()));
    }
    return out;
  }

  static String series(ReportContext ctx) {
    FrontMatter f = ctx.settings().front();
    return f == null || f.series() == null ? null : f.series().in(ctx.language());
  }

  private List<Block> foreword() {
    List<Block> out = new ArrayList<>();
    if (front.foreword() == null || front.foreword().in(lang).isEmpty()) {
      return out;
    }
    out.add(new Heading(1, FOREWORD, words.get("front.foreword"), false, null));
    for (String p : front.foreword().in(lang)) {
      out.add(Paragraph.of(p));
    }
    List<String> lines = new ArrayList<>();
    var date = ctx.settings().date();
    lines.add(
        words.format(
            "front.signed",
            date.getYear(),
            date.getMonthValue(),
            date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
    String org = ctx.settings().organization().in(lang);
    if (front.president() != null) {
      lines.add(words.format("front.signer", org, front.president().in(lang)));
    } else if (!org.isEmpty()) {
      lines.add(org);
    }
    out.add(new Signature(lines));
    return out;
  }

  /**
   * The body starts on page 1 at the first numbered chapter; the page break the template put before
   * it is taken over by the new start.
   */
  private static void bodyStart(List<Block> out) {
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) instanceof Heading h && h.level() == 1 && h.numbered()) {
        int at = i;
        while (at > 0 && out.get(at - 1) instanceof PageBreak) {
          out.remove(--at);
        }
        if (at > 0) {
          out.add(at, new BodyStart());
        }
        return;
      }
    }
  }

  /**
   * Replaces the template's references (the part under the heading {@code references}) with the
   * configured ones; without such a heading they go before the appendix, or at the end.
   */
  private void references(List<Block> out) {
    int at = -1;
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) instanceof Heading h && h.level() == 1 && REFERENCES.equals(h.id())) {
        at = i;
        break;
      }
    }
    String title;
    if (at >= 0) {
      title = ((Heading) out.get(at)).text();
      int end = at + 1;
      while (end < out.size()
          && !(out.get(end) instanceof PageBreak)
          && !(out.get(end) instanceof Heading h && h.level() == 1)) {
        end++;
      }
      out.subList(at, end).clear();
    } else {
      title = words.get("front.references");
      at = out.size();
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i) instanceof Heading h && h.level() == 1 && APPENDIX.equals(h.id())) {
          at = i;
          break;
        }
      }
    }
    List<Bibliography.Group> groups = new ArrayList<>();
    boolean both = !front.domestic().isEmpty() && !front.foreign().isEmpty();
    if (!front.domestic().isEmpty()) {
      groups.add(group(both ? words.get("front.domestic") : null, front.domestic()));
    }
    if (!front.foreign().isEmpty()) {
      groups.add(group(both ? words.get("front.foreign") : null, front.foreign()));
    }
    out.addAll(
        at, List.of(new Heading(1, REFERENCES, title, false, null), new Bibliography(groups)));
  }

  private Bibliography.Group group(String title, List<Text> entries) {
    return new Bibliography.Group(
        title, entries.stream().map(t -> new Bibliography.Entry(italics(t.in(lang)))).toList());
  }

  /** Text with {@code *...*} around the titles that are set in italics. */
  static List<Inline> italics(String entry) {
    List<Inline> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\*([^*]+)\\*").matcher(entry);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(Inline.Text.plain(entry.substring(at, m.start())));
      }
      out.add(new Inline.Text(m.group(1), false, true));
      at = m.end();
    }
    if (at < entry.length()) {
      out.add(Inline.Text.plain(entry.substring(at)));
    }
    return out;
  }

  /** The abstract in the other language (English in the Korean edition), with its keywords. */
  private List<Block> abstractBlocks() {
    List<Block> out = new ArrayList<>();
    String other = lang.equals("ko") ? "en" : "ko";
    if (front.abstracts() == null || front.abstracts().in(other).isEmpty()) {
      return out;
    }
    out.add(new Heading(1, ABSTRACT, words.get("front.abstract"), false, null));
    for (String p : front.abstracts().in(other)) {
      out.add(Paragraph.of(p));
    }
    List<String> keywords =
        ctx.settings().keywords().stream().filter(k -> k.has(other)).map(k -> k.in(other)).toList();
    if (!keywords.isEmpty()) {
      out.add(
          new Paragraph(
              List.of(
                  new Inline.Text(words.get("front.keywords") + " ", true, false),
                  Inline.Text.plain(String.join(", ", keywords))),
              Paragraph.Role.BODY));
    }
    return out;
  }

  private Colophon colophon() {
    FrontMatter.Colophon c = front.colophon();
    var s = ctx.settings();
    String org = s.organization().in(lang);
    List<String> heading = new ArrayList<>();
    if (front.series() != null) {
      heading.add(front.series().in(lang));
    }
    heading.add(s.title().in(lang));
    List<Colophon.Entry> entries = new ArrayList<>();
    entries.add(new Colophon.Entry(words.get("colophon.date"), ctx.vocabulary().date(s.date())));
    if (front.president() != null) {
      entries.add(new Colophon.Entry(words.get("colophon.publisher"), front.president().in(lang)));
    }
    if (!org.isEmpty()) {
      entries.add(new Colophon.Entry(words.get("colophon.organization"), org));
    }
    if (c.address() != null) {
      entries.add(new Colophon.Entry(words.get("colophon.address"), c.address().in(lang)));
    }
    if (c.phone() != null) {
      entries.add(new Colophon.Entry(words.get("colophon.phone"), c.phone()));
    }
    if (c.isbn() != null) {
      entries.add(new Colophon.Entry("ISBN", c.isbn()));
    }
    if (c.registration() != null) {
      entries.add(new Colophon.Entry(words.get("colophon.registration"), c.registration()));
    }
    String disclaimer =
        words.format("colophon.disclaimer", org.isEmpty() ? words.get("colophon.institute") : org);
    return new Colophon(heading, entries, disclaimer);
  }

  private static int indexOf(List<Block> blocks, Class<? extends Block> type) {
    for (int i = 0; i < blocks.size(); i++) {
      if (type.isInstance(blocks.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
