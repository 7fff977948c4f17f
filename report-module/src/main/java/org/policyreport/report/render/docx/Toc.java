package org.policyreport.report.render.docx;

import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Vocabulary;

/**
 * A table of contents that is a real Word TOC field and is already filled in. POI cannot lay out
 * pages, so the entries are written the way Word itself writes them: each is a hyperlink to a
 * bookmark on its heading followed by a {@code PAGEREF} field to that bookmark. The page numbers
 * are left for the reader to compute: Word updates every field on opening (the settings ask it to,
 * and the field is marked dirty); LibreOffice shows the entries as written and fills in the numbers
 * when the user updates the index. A guessed page number would be wrong as often as right, so none
 * is written.
 */
final class Toc {
  static final int MAX_LEVEL = 2;
  static final String INSTRUCTION = "TOC \\o \"1-" + MAX_LEVEL + "\" \\h \\z \\u";

  private Toc() {}

  /** The bookmark on the {@code index}-th heading of the document (0-based). */
  static String bookmark(int index) {
    return String.format("_Toc%09d", index + 1);
  }

  /**
   * Writes the title and the field. {@code headings} are all headings of the document in order;
   * entries are made for those at levels 1 to {@link #MAX_LEVEL}.
   */
  static void write(Body body, String title, List<Heading> headings, boolean pageBreakBefore) {
    XWPFParagraph t =
        Par.style(Styles.TOC_HEADING).pageBreakBefore(pageBreakBefore).applyTo(body.newParagraph());
    t.createRun().setText(title);

    XWPFParagraph p = null;
    boolean first = true;
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      if (h.level() > MAX_LEVEL) {
        continue;
      }
      p = Par.style(Styles.toc(h.level())).applyTo(body.newParagraph());
      if (first) {
        Fields.begin(p.getCTP()::addNewR, INSTRUCTION, true);
        first = false;
      }
      CTHyperlink link = p.getCTP().addNewHyperlink();
      link.setAnchor(bookmark(i));
      link.setHistory(Boolean.TRUE);
      Supplier<CTR> runs = link::addNewR;
      Fields.text(runs.get(), h.display());
      runs.get().addNewTab();
      Fields.field(runs, "PAGEREF " + bookmark(i) + " \\h", "");
    }
    if (first) {
      p = Par.style(Styles.toc(1)).applyTo(body.newParagraph());
      Fields.begin(p.getCTP()::addNewR, INSTRUCTION, true);
    }
    Fields.end(Par.style(Styles.toc(1)).applyTo(body.newParagraph()).getCTP()::addNewR);
  }

  /**
   * A list of tables or of figures after the contents: a {@code TOC \c} field over the captions'
   * {@code SEQ} fields, filled in like the contents (each entry links to its caption's bookmark;
   * page numbers are left to the update). {@code entries} are label and caption of each table or
   * figure, {@code targets} their caption bookmarks; nothing is written when there are none.
   */
  static void writeCaptions(
      Body body,
      Vocabulary v,
      List<String[]> entries,
      List<References.Target> targets,
      boolean figure,
      boolean newPage) {
    if (entries.isEmpty()) {
      return;
    }
    String title = figure ? v.figuresTitle() : v.tablesTitle();
    XWPFParagraph t =
        Par.style(newPage ? Styles.TOC_HEADING : Styles.TOC_SUBHEADING)
            .applyTo(body.newParagraph());
    t.createRun().setText(title);
    String instruction = "TOC \\h \\z \\c \"" + Captions.sequence(v, figure) + "\"";
    for (int i = 0; i < entries.size(); i++) {
      XWPFParagraph p = Par.style(Styles.TABLE_OF_FIGURES).applyTo(body.newParagraph());
      if (i == 0) {
        Fields.begin(p.getCTP()::addNewR, instruction, true);
      }
      String bookmark = targets.get(i).bookmark();
      CTHyperlink link = p.getCTP().addNewHyperlink();
      link.setAnchor(bookmark);
      link.setHistory(Boolean.TRUE);
      Supplier<CTR> runs = link::addNewR;
      String[] e = entries.get(i);
      Fields.text(runs.get(), e[0] == null ? e[1] : e[0] + " " + e[1]);
      runs.get().addNewTab();
      Fields.field(runs, "PAGEREF " + bookmark + " \\h", "");
    }
    Fields.end(Par.style(Styles.TABLE_OF_FIGURES).applyTo(body.newParagraph()).getCTP()::addNewR);
  }
}
