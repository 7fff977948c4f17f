package org.policyreport.report.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small report with every front- and back-matter block (cover with series and team, signed
 * foreword, body start, grouped references, colophon), for the renderers' tests.
 */
public final class FrontMatterSamples {
  public static final String SERIES = "Research Report 2018-07";
  public static final String ISBN = "979-11-0000-000-0";
  public static final String DISCLAIMER =
      "The views expressed in this report are those of the authors.";
  public static final String DOMESTIC = "Statistics Korea (annual). Regional Income. Daejeon.";
  public static final String FOREIGN_TITLE = "Fiscal Federalism";
  public static final String SIGNER = "Hong Gil-dong, President";

  private FrontMatterSamples() {}

  public static Document english() {
    Vocabulary v = Vocabulary.EN;
    LocalDate date = LocalDate.of(2018, 12, 7);
    Metadata meta =
        new Metadata(
            "Front matter",
            null,
            List.of("Research team"),
            "Example Institute",
            date,
            v.date(date),
            "en",
            "subject",
            List.of("keyword"),
            null,
            false);
    List<Block> b = new ArrayList<>();
    b.add(
        new TitlePage(
            "Front matter",
            null,
            List.of("Research team"),
            "Example Institute",
            v.date(date),
            null,
            SERIES,
            List.of(
                new TitlePage.Credit("Principal investigator", List.of("Kim Yeon-gu")),
                new TitlePage.Credit("Research team", List.of("Lee Bun-gwon", "Park Hyeok-sin")))));
    b.add(new Heading(1, "foreword", "Foreword", false, null));
    b.add(Paragraph.of("The foreword's only paragraph."));
    b.add(new Signature(List.of("December 2018", SIGNER)));
    b.add(new Heading(1, "summary", "Executive summary", false, null));
    b.add(Paragraph.of("A summary."));
    b.add(new TableOfContents(v.contentsTitle()));
    b.add(new BodyStart());
    b.add(new Heading(1, "ch1", "Introduction", true, null));
    b.add(Paragraph.of("The body's first paragraph."));
    b.add(new Heading(1, "references", "References", false, null));
    b.add(
        new Bibliography(
            List.of(
                new Bibliography.Group(
                    "Korean sources",
                    List.of(new Bibliography.Entry(List.of(Inline.Text.plain(DOMESTIC))))),
                new Bibliography.Group(
                    "Foreign sources",
                    List.of(
                        new Bibliography.Entry(
                            List.of(
                                Inline.Text.plain("Oates, W. E. (1972). "),
                                new Inline.Text(FOREIGN_TITLE, false, true),
                                Inline.Text.plain(". Harcourt Brace Jovanovich."))))))));
    b.add(
        new Colophon(
            List.of(SERIES, "Front matter"),
            List.of(
                new Colophon.Entry("Published", v.date(date)), new Colophon.Entry("ISBN", ISBN)),
            DISCLAIMER));
    return Numbering.apply(new Document(meta, v, b));
  }
}
