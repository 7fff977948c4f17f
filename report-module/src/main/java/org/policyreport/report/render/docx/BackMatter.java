package org.policyreport.report.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.policyreport.report.document.Bibliography;
import org.policyreport.report.document.Colophon;
import org.policyreport.report.document.Signature;
import org.policyreport.report.document.TitlePage;

/**
 * The parts institutes print around the chapters: the signature under the foreword, the grouped
 * references with hanging indents, the colophon, and the section break that numbers the front
 * matter i, ii, ... and the body from 1.
 */
final class BackMatter {
  /** Hanging indent of a reference entry: 10 mm. */
  static final int HANGING = 567;

  /** Where the colophon's values start, from the margin: 40 mm. */
  private static final int VALUE_TAB = 2268;

  private BackMatter() {}

  /** The research team on the title page: each role, a tab, and its people. */
  static void credits(Body body, java.util.List<TitlePage.Credit> credits) {
    for (TitlePage.Credit c : credits) {
      XWPFParagraph p =
          Par.style(Styles.TITLE_DETAIL).tab("left", VALUE_TAB).applyTo(body.newParagraph());
      Inlines.text(p, c.role()).setBold(true);
      p.createRun().addTab();
      Inlines.text(p, String.join(", ", c.names()));
    }
  }

  static void signature(Body body, Signature s, boolean pageBreak) {
    for (int i = 0; i < s.lines().size(); i++) {
      Par par = Par.style(Styles.BODY).align("right").pageBreakBefore(i == 0 && pageBreak);
      if (i == 0) {
        par.spacing(480, null);
      }
      Inlines.text(par.applyTo(body.newParagraph()), s.lines().get(i)).setBold(i > 0);
    }
  }

  static void bibliography(Body body, Bibliography b, Inlines inlines, boolean pageBreak) {
    boolean first = true;
    for (Bibliography.Group g : b.groups()) {
      if (g.title() != null) {
        XWPFParagraph t =
            Par.style(Styles.BODY)
                .keepNext(true)
                .spacing(first ? null : 240, 120)
                .pageBreakBefore(first && pageBreak)
                .applyTo(body.newParagraph());
        Inlines.text(t, g.title()).setBold(true);
        first = false;
      }
      for (Bibliography.Entry e : g.entries()) {
        XWPFParagraph p =
            Par.style(Styles.BODY)
                .align("left")
                .indent(HANGING, HANGING)
                .pageBreakBefore(first && pageBreak)
                .applyTo(body.newParagraph());
        inlines.write(p, e.content());
        first = false;
      }
    }
  }

  /** The colophon on a page of its own, in the lower half. */
  static void colophon(Body body, Colophon c) {
    boolean first = true;
    for (String line : c.heading()) {
      Par par = Par.style(Styles.BODY).align("left").keepNext(true);
      if (first) {
        par.pageBreakBefore(true).spacing(5600, 60);
      }
      Inlines.text(par.applyTo(body.newParagraph()), line).setBold(true);
      first = false;
    }
    Par.style(Styles.BODY)
        .borders("<w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"1F3864\"/>")
        .keepNext(true)
        .spacing(0, 120)
        .applyTo(body.newParagraph());
    for (Colophon.Entry e : c.entries()) {
      XWPFParagraph p =
          Par.style(Styles.BODY)
              .align("left")
              .tab("left", VALUE_TAB)
              .indent(VALUE_TAB, VALUE_TAB)
              .spacing(0, 40)
              .keepNext(true)
              .applyTo(body.newParagraph());
      Inlines.text(p, e.label()).setBold(true);
      p.createRun().addTab();
      Inlines.text(p, e.value());
    }
    XWPFParagraph d =
        Par.style(Styles.SMALL).spacing(240, null).align("left").applyTo(body.newParagraph());
    Inlines.text(d, c.disclaimer());
  }

  /**
   * Ends the front matter at {@code last}: its section (cover to contents) takes the document's
   * page setup, header and footer with lower-roman page numbers; the body's section, the document's
   * last, starts again at page 1 and has no separate first page (its footer's page total is the
   * section's, see {@link PageLayout#apply(XWPFDocument, String,
   * org.policyreport.report.document.Vocabulary, boolean, boolean)}).
   */
  static void splitSections(XWPFDocument doc, XWPFParagraph last) {
    CTBody body = doc.getDocument().getBody();
    CTSectPr main = body.getSectPr();
    CTSectPr front = (CTSectPr) main.copy();
    (front.isSetPgNumType() ? front.getPgNumType() : front.addNewPgNumType())
        .setFmt(STNumberFormat.LOWER_ROMAN);
    (last.getCTP().isSetPPr() ? last.getCTP().getPPr() : last.getCTP().addNewPPr())
        .setSectPr(front);
    if (main.isSetTitlePg()) {
      main.unsetTitlePg();
    }
    var numbers = main.isSetPgNumType() ? main.getPgNumType() : main.addNewPgNumType();
    numbers.setFmt(STNumberFormat.DECIMAL);
    numbers.setStart(BigInteger.ONE);
  }
}
