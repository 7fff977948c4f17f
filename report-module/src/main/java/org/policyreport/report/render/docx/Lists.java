package org.policyreport.report.render.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.policyreport.report.document.ListBlock;

/**
 * Lists as Word lists: each list is an instance of the bulleted or numbered list definition of
 * {@link ListNumbering}, whose markers follow the vocabulary (1. → a. → i., or the Korean 1) → 가) →
 * (1) → (가)), so Word renumbers a list when an item is added and its markers are not text a reader
 * could select or search.
 */
final class Lists {
  private Lists() {}

  static void write(
      Body body, ListBlock list, ListNumbering numbering, Inlines inlines, boolean pageBreak) {
    int numId = numbering.newList(list.ordered());
    items(body, list.items(), 0, numId, inlines, pageBreak);
  }

  private static boolean items(
      Body body,
      List<ListBlock.Item> items,
      int depth,
      int numId,
      Inlines inlines,
      boolean pageBreak) {
    for (ListBlock.Item item : items) {
      XWPFParagraph p =
          Par.style(Styles.LIST)
              .pageBreakBefore(pageBreak)
              .numbering(depth, numId)
              .applyTo(body.newParagraph());
      pageBreak = false;
      inlines.write(p, item.content());
      pageBreak = items(body, item.children(), depth + 1, numId, inlines, pageBreak);
    }
    return pageBreak;
  }
}
