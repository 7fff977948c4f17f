package org.policyreport.report.render.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.policyreport.report.document.ListBlock;
import org.policyreport.report.document.Vocabulary;

/**
 * Lists with their markers written as text and a hanging indent. Word numbering definitions would
 * renumber themselves when a user edits the list, but they cannot express the Korean marker
 * sequences exactly as the vocabulary defines them, and text markers look the same in every reader.
 */
final class Lists {
  private static final int STEP = 400;
  private static final int HANGING = 360;
  private static final int HANGING_WIDE = 480;

  private Lists() {}

  static void write(Body body, ListBlock list, Vocabulary v, Inlines inlines, boolean pageBreak) {
    items(body, list.ordered(), list.items(), 0, v, inlines, pageBreak);
  }

  private static boolean items(
      Body body,
      boolean ordered,
      List<ListBlock.Item> items,
      int depth,
      Vocabulary v,
      Inlines inlines,
      boolean pageBreak) {
    for (int i = 0; i < items.size(); i++) {
      ListBlock.Item item = items.get(i);
      String marker = ordered ? v.listMarker(depth, i) : v.bullet(depth);
      // Korean markers such as "(가)" are wider than "1."; give them room.
      int hanging = marker.codePoints().count() > 2 ? HANGING_WIDE : HANGING;
      int left = STEP * depth + hanging + 120;
      XWPFParagraph p =
          Par.style(Styles.LIST)
              .pageBreakBefore(pageBreak)
              .tab("left", left)
              .indent(left, hanging)
              .applyTo(body.newParagraph());
      pageBreak = false;
      Inlines.text(p, marker).addTab();
      inlines.write(p, item.content());
      pageBreak = items(body, ordered, item.children(), depth + 1, v, inlines, pageBreak);
    }
    return pageBreak;
  }
}
