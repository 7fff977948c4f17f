package org.policyreport.report.render.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.policyreport.report.document.Inline;

/**
 * Writes inline runs: emphasis as run properties, footnotes as real Word footnotes, and
 * cross-references as {@code REF} fields to the bookmark on their target (see {@link References}).
 */
final class Inlines {
  private final XWPFDocument doc;
  private final References refs;

  Inlines(XWPFDocument doc, References refs) {
    this.doc = doc;
    this.refs = refs;
  }

  void write(XWPFParagraph p, List<Inline> content) {
    for (Inline i : content) {
      if (i instanceof Inline.Text) {
        Inline.Text t = (Inline.Text) i;
        References.Target target = t.bold() || t.italic() ? null : refs.byLabel(t.text());
        if (target != null) {
          Fields.field(p.getCTP()::addNewR, target.instruction(), t.text());
          continue;
        }
        XWPFRun r = text(p, t.text());
        if (t.bold()) {
          r.setBold(true);
        }
        if (t.italic()) {
          r.setItalic(true);
        }
      } else if (i instanceof Inline.Footnote) {
        footnote(p, ((Inline.Footnote) i).text());
      } else {
        // Numbering resolves cross-references before rendering; an unresolved one shows its id.
        text(p, ((Inline.CrossRef) i).target());
      }
    }
  }

  /** A run of text; line feeds become line breaks. */
  static XWPFRun text(XWPFParagraph p, String s) {
    XWPFRun r = p.createRun();
    if (s.indexOf('\n') < 0) {
      r.setText(s);
      return r;
    }
    String[] lines = s.split("\n", -1);
    for (int k = 0; k < lines.length; k++) {
      if (k > 0) {
        r.addBreak();
      }
      r.setText(lines[k], k);
    }
    return r;
  }

  private void footnote(XWPFParagraph p, String text) {
    XWPFFootnote note = doc.createFootnote();
    XWPFParagraph np = Par.style(Styles.FOOTNOTE_TEXT).applyTo(note.createParagraph());
    np.createRun().setText(" " + text);
    XWPFRun ref = p.createRun();
    ref.setStyle(Styles.FOOTNOTE_REFERENCE);
    ref.getCTR().addNewFootnoteReference().setId(note.getId());
  }
}
