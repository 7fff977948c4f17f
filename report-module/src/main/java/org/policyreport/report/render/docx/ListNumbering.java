package org.policyreport.report.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.policyreport.report.document.Vocabulary;

/**
 * The numbering part: one multilevel list bound to the heading styles ("Chapter 4", "4.1" or "제4장",
 * "제1절", "1.", "가."), and one list instance per bulleted or numbered list of the text, each
 * restarting at 1. Word and LibreOffice draw the numbers, so a chapter or list item inserted in
 * Word renumbers everything after it. The patterns are the vocabulary's ({@link
 * Vocabulary#headingNumber}, {@link Vocabulary#listMarker}, {@link Vocabulary#bullet}).
 */
final class ListNumbering {
  /** The list instance the heading styles name. */
  static final int HEADINGS = 1;

  private static final int HEADING_LIST = 0;
  private static final int BULLET_LIST = 1;
  private static final int ORDERED_LIST = 2;
  private static final int LEVELS = 9;

  /** Indent of each nesting level and the room for the marker, twips. */
  static final int STEP = 400;

  private static final int HANGING = 360;
  private static final int HANGING_WIDE = 480;

  private final Vocabulary v;
  private final StringBuilder lists = new StringBuilder();
  private int next = HEADINGS + 1;

  ListNumbering(Vocabulary v) {
    this.v = v;
  }

  /** A new list instance, numbered from 1; returns its id for {@code w:numId}. */
  int newList(boolean ordered) {
    int id = next++;
    lists.append("<w:num w:numId=\"").append(id).append("\">");
    lists.append("<w:abstractNumId w:val=\"").append(ordered ? ORDERED_LIST : BULLET_LIST);
    lists.append("\"/>");
    if (ordered) {
      // Without an override a second numbered list would go on from the first one's count.
      for (int l = 0; l < LEVELS; l++) {
        lists.append("<w:lvlOverride w:ilvl=\"").append(l).append("\">");
        lists.append("<w:startOverride w:val=\"1\"/></w:lvlOverride>");
      }
    }
    lists.append("</w:num>");
    return id;
  }

  /** Characters that the numbers of headings and lists draw but no text run holds. */
  String drawnCharacters() {
    StringBuilder sb = new StringBuilder("0123456789가나다라마바사아자차카타파하");
    sb.append(headings()).append(list(BULLET_LIST, false)).append(list(ORDERED_LIST, true));
    return sb.toString();
  }

  void install(XWPFDocument doc) {
    StringBuilder sb = new StringBuilder("<w:numbering xmlns:w=\"" + Wml.NS + "\">");
    sb.append(headings());
    sb.append(list(BULLET_LIST, false));
    sb.append(list(ORDERED_LIST, true));
    sb.append("<w:num w:numId=\"").append(HEADINGS).append("\"><w:abstractNumId w:val=\"");
    sb.append(HEADING_LIST).append("\"/></w:num>");
    sb.append(lists);
    sb.append("</w:numbering>");
    try {
      doc.createNumbering()
          .setNumbering(NumberingDocument.Factory.parse(sb.toString()).getNumbering());
    } catch (XmlException e) {
      throw new IllegalStateException("the numbering definitions are invalid: " + sb, e);
    }
  }

  private String headings() {
    boolean ko = v.language().equals("ko");
    String[][] levels =
        ko
            ? new String[][] {
              {"decimal", "제%1장"}, {"decimal", "제%2절"}, {"decimal", "%3."}, {"ganada", "%4."}
            }
            : new String[][] {
              {"decimal", "Chapter %1"},
              {"decimal", "%1.%2"},
              {"decimal", "%1.%2.%3"},
              {"decimal", "%1.%2.%3.%4"}
            };
    StringBuilder sb = new StringBuilder();
    sb.append("<w:abstractNum w:abstractNumId=\"").append(HEADING_LIST).append("\">");
    sb.append("<w:multiLevelType w:val=\"multilevel\"/>");
    for (int l = 0; l < levels.length; l++) {
      sb.append("<w:lvl w:ilvl=\"").append(l).append("\"><w:start w:val=\"1\"/>");
      sb.append("<w:numFmt w:val=\"").append(levels[l][0]).append("\"/>");
      sb.append("<w:pStyle w:val=\"").append(Styles.heading(l + 1)).append("\"/>");
      // The number is followed by a space, as in the text the other formats show.
      sb.append("<w:suff w:val=\"space\"/>");
      sb.append("<w:lvlText w:val=\"").append(levels[l][1]).append("\"/>");
      sb.append("<w:lvlJc w:val=\"left\"/>");
      sb.append("<w:pPr><w:ind w:left=\"0\" w:firstLine=\"0\"/></w:pPr></w:lvl>");
    }
    return sb.append("</w:abstractNum>").toString();
  }

  private String list(int abstractId, boolean ordered) {
    StringBuilder sb = new StringBuilder();
    sb.append("<w:abstractNum w:abstractNumId=\"").append(abstractId).append("\">");
    sb.append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
    for (int l = 0; l < LEVELS; l++) {
      String text = ordered ? marker(l) : v.bullet(l);
      String format = ordered ? format(l) : "bullet";
      // Korean markers such as "(가)" are wider than "1."; give them room.
      String sample = ordered ? v.listMarker(l, 0) : text;
      int hanging = sample.codePoints().count() > 2 ? HANGING_WIDE : HANGING;
      int left = STEP * l + hanging + 120;
      sb.append("<w:lvl w:ilvl=\"").append(l).append("\"><w:start w:val=\"1\"/>");
      sb.append("<w:numFmt w:val=\"").append(format).append("\"/>");
      sb.append("<w:lvlText w:val=\"").append(Wml.escape(text)).append("\"/>");
      sb.append("<w:lvlJc w:val=\"left\"/><w:pPr>");
      sb.append("<w:tabs><w:tab w:val=\"num\" w:pos=\"").append(left).append("\"/></w:tabs>");
      sb.append("<w:ind w:left=\"").append(left).append("\" w:hanging=\"").append(hanging);
      sb.append("\"/></w:pPr></w:lvl>");
    }
    return sb.append("</w:abstractNum>").toString();
  }

  /**
   * The level text of an ordered list at a depth: the vocabulary's marker of item 1 with the number
   * replaced by the level's placeholder ("1." → "%1.", "(가)" → "(%3)").
   */
  private String marker(int depth) {
    String one = v.listMarker(depth, 0);
    String placeholder = "%" + (depth + 1);
    for (String first : new String[] {"1", "가", "a", "i"}) {
      int at = one.indexOf(first);
      if (at >= 0) {
        return one.substring(0, at) + placeholder + one.substring(at + first.length());
      }
    }
    throw new IllegalStateException("no number in list marker " + one);
  }

  /** The counter style of an ordered list at a depth, read off the vocabulary's second marker. */
  private String format(int depth) {
    String two = v.listMarker(depth, 1);
    if (two.contains("나")) {
      return "ganada";
    }
    if (two.contains("ii")) {
      return "lowerRoman";
    }
    if (two.contains("b")) {
      return "lowerLetter";
    }
    return "decimal";
  }
}
