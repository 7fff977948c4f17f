package org.policyreport.report.render.docx;

import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.policyreport.report.document.Heading;

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
}
