package org.policyreport.report.render.hwpx;

import java.util.List;
import org.policyreport.report.document.Bibliography;
import org.policyreport.report.document.Colophon;
import org.policyreport.report.document.Inline;
import org.policyreport.report.document.Signature;

/**
 * The parts institutes print around the chapters: the foreword's signature flush right, the
 * references in groups with hanging indents (the list paragraph shape), and the colophon on a page
 * of its own.
 */
final class BackMatter {
  private BackMatter() {}

  static void signature(Paragraphs p, Signature s, boolean pageBreak) {
    p.plain(Look.Style.BODY, Look.Para.BOX_GAP, Look.Char.BODY, pageBreak, "");
    for (int i = 0; i < s.lines().size(); i++) {
      p.plain(
          Look.Style.BODY,
          Look.Para.CELL_RIGHT,
          i == 0 ? Look.Char.BODY : Look.Char.BODY_BOLD,
          false,
          s.lines().get(i));
    }
  }

  static void bibliography(Paragraphs p, Bibliography b, boolean pageBreak) {
    boolean first = true;
    for (Bibliography.Group g : b.groups()) {
      if (g.title() != null) {
        p.plain(
            Look.Style.BODY,
            Look.Para.BOX_TITLE,
            Look.Char.BODY_BOLD,
            first && pageBreak,
            g.title());
        first = false;
      }
      for (Bibliography.Entry e : g.entries()) {
        p.begin(Look.Style.BODY, Look.Para.LIST_1, first && pageBreak);
        p.runs(Look.Char.BODY, e.content());
        p.end();
        first = false;
      }
    }
  }

  static void colophon(Paragraphs p, Colophon c) {
    boolean first = true;
    for (String line : c.heading()) {
      p.plain(Look.Style.BODY, Look.Para.SMALL, Look.Char.BODY_BOLD, first, line);
      first = false;
    }
    for (Colophon.Entry e : c.entries()) {
      p.begin(Look.Style.BODY, Look.Para.SMALL, first);
      p.runs(
          Look.Char.BODY,
          List.of(new Inline.Text(e.label(), true, false), Inline.Text.plain("  " + e.value())));
      p.end();
      first = false;
    }
    p.plain(Look.Style.BODY, Look.Para.NOTICE, Look.Char.SMALL, false, c.disclaimer());
  }
}
