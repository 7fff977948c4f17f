package org.policyreport.report.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * The numbers a word processor draws before numbered paragraphs, worked out from the numbering part
 * the way Word counts: one counter per level of each list instance, deeper levels restarting when a
 * higher one counts, the level text's {@code %n} replaced by level n's counter in its format. Tests
 * compare them with the numbers the document model gave.
 */
final class DrawnNumbers {
  private static final String GANADA = "가나다라마바사아자차카타파하";

  /** A paragraph and the number drawn before it (null when it is not numbered). */
  record Numbered(XWPFParagraph paragraph, String number) {}

  private DrawnNumbers() {}

  /** Every paragraph of the document, boxes included, in reading order, with its number. */
  static List<Numbered> of(XWPFDocument docx) {
    List<XWPFParagraph> paragraphs = new ArrayList<>();
    collect(docx.getBodyElements(), paragraphs);
    Map<BigInteger, int[]> counters = new HashMap<>();
    List<Numbered> out = new ArrayList<>();
    for (XWPFParagraph p : paragraphs) {
      CTNumPr numPr = numPr(docx, p);
      if (numPr == null || numPr.getNumId() == null || numPr.getNumId().getVal().signum() == 0) {
        out.add(new Numbered(p, null));
        continue;
      }
      BigInteger numId = numPr.getNumId().getVal();
      int level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
      BigInteger abstractId =
          docx.getNumbering().getNum(numId).getCTNum().getAbstractNumId().getVal();
      CTLvl[] lvls =
          docx.getNumbering().getAbstractNum(abstractId).getCTAbstractNum().getLvlArray();
      int[] c = counters.computeIfAbsent(numId, k -> new int[lvls.length]);
      c[level]++;
      for (int d = level + 1; d < c.length; d++) {
        c[d] = 0;
      }
      String text = lvls[level].getLvlText().getVal();
      for (int k = 1; k <= level + 1; k++) {
        text = text.replace("%" + k, format(Math.max(1, c[k - 1]), fmt(lvls[k - 1])));
      }
      out.add(new Numbered(p, text));
    }
    return out;
  }

  private static String fmt(CTLvl lvl) {
    return lvl.getNumFmt().getVal().toString();
  }

  static String format(int n, String format) {
    switch (format) {
      case "ganada":
        return String.valueOf(GANADA.charAt((n - 1) % GANADA.length()));
      case "lowerLetter":
        return String.valueOf((char) ('a' + (n - 1) % 26));
      case "lowerRoman":
        return new String[] {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}[n - 1];
      default:
        return Integer.toString(n);
    }
  }

  private static CTNumPr numPr(XWPFDocument docx, XWPFParagraph p) {
    if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetNumPr()) {
      return p.getCTP().getPPr().getNumPr();
    }
    String id = p.getStyle();
    while (id != null) {
      XWPFStyle style = docx.getStyles().getStyle(id);
      if (style == null) {
        return null;
      }
      var ct = style.getCTStyle();
      if (ct.isSetPPr() && ct.getPPr().isSetNumPr()) {
        return ct.getPPr().getNumPr();
      }
      id = ct.isSetBasedOn() ? ct.getBasedOn().getVal() : null;
    }
    return null;
  }

  private static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        out.add(p);
      } else if (e instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            collect(cell.getBodyElements(), out);
          }
        }
      }
    }
  }
}
