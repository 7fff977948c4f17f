package org.policyreport.report.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.policyreport.report.document.Vocabulary;

/**
 * Table and figure captions with live numbers, as Word's Insert Caption writes them: the label is
 * text, the chapter number a {@code STYLEREF 1 \s} field and the number within the chapter a {@code
 * SEQ} field that restarts at every chapter; the whole label is bookmarked so that cross-references
 * and the lists of tables and figures can point at it. Each field already holds the number the
 * document model gave it, so the caption reads right before any update.
 */
final class Captions {
  private static final String CHAPTER_MARK = "\uE000";
  private static final int NUMBER_MARK = 918273;

  private Captions() {}

  /** The {@code SEQ} identifier of tables or figures, which the lists of them collect. */
  static String sequence(Vocabulary v, boolean figure) {
    boolean ko = v.language().equals("ko");
    if (figure) {
      return ko ? "그림" : "Figure";
    }
    return ko ? "표" : "Table";
  }

  /** Writes label and caption text into {@code p}. */
  static void write(
      XWPFParagraph p,
      String label,
      String caption,
      Vocabulary v,
      boolean figure,
      References.Target target) {
    if (label != null && !label.isEmpty()) {
      CTBookmark start = p.getCTP().addNewBookmarkStart();
      start.setId(BigInteger.valueOf(target.bookmarkId()));
      start.setName(target.bookmark());
      label(p, label, v, figure);
      p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(target.bookmarkId()));
      Fields.text(p.getCTP().addNewR(), " ");
    }
    if (caption != null) {
      Fields.text(p.getCTP().addNewR(), caption);
    }
  }

  /**
   * The SEQ instruction: numbered within the chapter ({@code \\s 1}). The first of a chapter also
   * restarts at 1 explicitly ({@code \\r 1}), because LibreOffice ignores the chapter switch when
   * the chapters are numbered by a Word list.
   */
  static String seq(String identifier, String number) {
    return "SEQ " + identifier + " \\* ARABIC" + (number.equals("1") ? " \\r 1" : "") + " \\s 1";
  }

  private static void label(XWPFParagraph p, String label, Vocabulary v, boolean figure) {
    String pattern =
        figure ? v.figureLabel(CHAPTER_MARK, NUMBER_MARK) : v.tableLabel(CHAPTER_MARK, NUMBER_MARK);
    int c = pattern.indexOf(CHAPTER_MARK);
    String prefix = pattern.substring(0, c);
    String rest = pattern.substring(c + CHAPTER_MARK.length());
    int n = rest.indexOf(Integer.toString(NUMBER_MARK));
    String separator = rest.substring(0, n);
    String suffix = rest.substring(n + Integer.toString(NUMBER_MARK).length());
    if (!label.startsWith(prefix)
        || !label.endsWith(suffix)
        || label.length() < prefix.length() + suffix.length()) {
      Fields.text(p.getCTP().addNewR(), label);
      return;
    }
    String middle = label.substring(prefix.length(), label.length() - suffix.length());
    int sep = separator.isEmpty() ? -1 : middle.lastIndexOf(separator);
    String chapter = sep < 0 ? null : middle.substring(0, sep);
    String number = sep < 0 ? middle : middle.substring(sep + separator.length());
    if (!number.matches("[0-9]+")) {
      Fields.text(p.getCTP().addNewR(), label);
      return;
    }
    Fields.text(p.getCTP().addNewR(), prefix);
    if (chapter != null) {
      if (chapter.matches("[0-9]+")) {
        Fields.field(p.getCTP()::addNewR, "STYLEREF 1 \\s", chapter);
      } else {
        // An appendix letter: its heading is not numbered, so the letter is text.
        Fields.text(p.getCTP().addNewR(), chapter);
      }
      Fields.text(p.getCTP().addNewR(), separator);
    }
    Fields.field(p.getCTP()::addNewR, seq(sequence(v, figure), number), number);
    if (!suffix.isEmpty()) {
      Fields.text(p.getCTP().addNewR(), suffix);
    }
  }
}
