package org.policyreport.report.document;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Every word and numbering convention the program itself writes into a document, per language:
 * captions, note and source prefixes, heading numbers, list markers, page footers and dates.
 */
public final class Vocabulary {
  private static final String HANGUL_ORDER = "가나다라마바사아자차카타파하";

  private final String language;

  private Vocabulary(String language) {
    this.language = language;
  }

  public static final Vocabulary EN = new Vocabulary("en");
  public static final Vocabulary KO = new Vocabulary("ko");

  /** The vocabulary of {@code language} ("en" or "ko"). */
  public static Vocabulary of(String language) {
    if (language.equals("ko")) {
      return KO;
    }
    if (language.equals("en")) {
      return EN;
    }
    throw new IllegalArgumentException("unsupported language " + language);
  }

  public String language() {
    return language;
  }

  public Locale locale() {
    return ko() ? Locale.KOREAN : Locale.ENGLISH;
  }

  private boolean ko() {
    return language.equals("ko");
  }

  /** Number of a heading at {@code level}, given the counters of levels 1..level. */
  public String headingNumber(int level, int[] counters) {
    if (ko()) {
      switch (level) {
        case 1:
          return "제" + counters[0] + "장";
        case 2:
          return "제" + counters[1] + "절";
        case 3:
          return counters[2] + ".";
        default:
          return hangul(counters[3]) + ".";
      }
    }
    if (level == 1) {
      return "Chapter " + counters[0];
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < level; i++) {
      if (i > 0) {
        sb.append('.');
      }
      sb.append(counters[i]);
    }
    return sb.toString();
  }

  /** Number of the appendix part, e.g. "A". */
  public String appendixKey(int index) {
    return String.valueOf((char) ('A' + index));
  }

  public String tableLabel(String chapter, int n) {
    return ko() ? "<표 " + chapter + "-" + n + ">" : "Table " + chapter + "-" + n;
  }

  public String figureLabel(String chapter, int n) {
    return ko() ? "[그림 " + chapter + "-" + n + "]" : "Figure " + chapter + "-" + n;
  }

  public String notePrefix() {
    return ko() ? "주: " : "Note: ";
  }

  /** The number of the {@code n}th of several notes under one table or figure: "1)". */
  public String noteNumber(int n) {
    return n + ")";
  }

  public String sourcePrefix() {
    return ko() ? "자료: " : "Source: ";
  }

  public String contentsTitle() {
    return ko() ? "목 차" : "Contents";
  }

  /** Name of the workbook sheet with the publication facts and the references. */
  public String publicationTitle() {
    return ko() ? "발간 정보" : "Publication";
  }

  /** Title of the list of tables that follows the contents. */
  public String tablesTitle() {
    return ko() ? "표 목차" : "List of tables";
  }

  /** Title of the list of figures that follows the contents. */
  public String figuresTitle() {
    return ko() ? "그림 목차" : "List of figures";
  }

  public String continued() {
    return ko() ? "(계속)" : "(continued)";
  }

  /** Column heading of the lower end of an interval (a figure's data in a spreadsheet). */
  public String intervalLow() {
    return ko() ? "하한" : "Lower bound";
  }

  /** Column heading of the upper end of an interval. */
  public String intervalHigh() {
    return ko() ? "상한" : "Upper bound";
  }

  /** Marker of item {@code index} (0-based) of an ordered list nested at {@code depth}. */
  public String listMarker(int depth, int index) {
    int n = index + 1;
    if (ko()) {
      switch (depth % 4) {
        case 0:
          return n + ")";
        case 1:
          return hangul(n) + ")";
        case 2:
          return "(" + n + ")";
        default:
          return "(" + hangul(n) + ")";
      }
    }
    switch (depth % 3) {
      case 0:
        return n + ".";
      case 1:
        return (char) ('a' + (index % 26)) + ".";
      default:
        return roman(n) + ".";
    }
  }

  /** Marker of a bulleted list item nested at {@code depth}. */
  public String bullet(int depth) {
    if (ko()) {
      return depth == 0 ? "○" : depth == 1 ? "-" : "·";
    }
    return depth == 0 ? "•" : depth == 1 ? "–" : "·";
  }

  /** Page footer: "Page 3 of 40" or the Korean "- 3 -". */
  public String pageFooter(int page, int total) {
    return ko() ? "- " + page + " -" : "Page " + page + " of " + total;
  }

  /** Footer of a front-matter page, numbered in lower-case Roman numerals: "ii" or "- ii -". */
  public String frontPageFooter(int page) {
    return frontPageFooter(lowerRoman(page));
  }

  /** The same with the page number already written (or a placeholder for it). */
  public String frontPageFooter(String page) {
    return ko() ? "- " + page + " -" : page;
  }

  /** {@code n} (1 to 3999) in lower-case Roman numerals: 1 is "i", 14 is "xiv". */
  public static String lowerRoman(int n) {
    if (n < 1 || n > 3999) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] digits = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    StringBuilder sb = new StringBuilder();
    int rest = n;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        sb.append(digits[i]);
        rest -= values[i];
      }
    }
    return sb.toString();
  }

  /** A date as the report writes it: "7 December 2018" or "2018. 12. 7.". */
  public String date(LocalDate d) {
    if (ko()) {
      return d.getYear() + ". " + d.getMonthValue() + ". " + d.getDayOfMonth() + ".";
    }
    return d.getDayOfMonth()
        + " "
        + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " "
        + d.getYear();
  }

  private static String hangul(int n) {
    return String.valueOf(HANGUL_ORDER.charAt((n - 1) % HANGUL_ORDER.length()));
  }

  private static String roman(int n) {
    String[] r = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
    return n <= r.length ? r[n - 1] : Integer.toString(n);
  }
}
