package org.policyreport.report.render.hwpx;

/**
 * The look of the document as OWPML reference lists: character shapes, paragraph shapes, border
 * fills and named styles. Each is an enum whose position is its id, so a reference from the body
 * text can only name one that exists. Sizes are HWPUNIT (1/7200 inch; 100 per point).
 */
final class Look {
  static final String NAVY = "#1F3864";
  static final String RED = "#C00000";
  static final String GREY = "#595959";
  static final String DARK = "#404040";
  static final String BLACK = "#000000";

  private Look() {}

  /** Character shapes (hh:charPr); the id is the ordinal. */
  enum Char {
    BODY(1050, BLACK, false, false),
    BODY_BOLD(1050, BLACK, true, false),
    BODY_ITALIC(1050, BLACK, false, true),
    BODY_BOLD_ITALIC(1050, BLACK, true, true),
    TITLE(2600, NAVY, true, false),
    SUBTITLE(1500, DARK, false, false),
    TITLE_DETAIL(1200, BLACK, false, false),
    TITLE_DETAIL_BOLD(1200, BLACK, true, false),
    HEADING_1(1700, NAVY, true, false),
    HEADING_2(1350, NAVY, true, false),
    HEADING_3(1150, DARK, true, false),
    HEADING_4(1050, DARK, true, false),
    SMALL(900, DARK, false, false),
    SMALL_BOLD(900, BLACK, true, false),
    TABLE_95(950, BLACK, false, false),
    TABLE_95_BOLD(950, BLACK, true, false),
    TABLE_90(900, BLACK, false, false),
    TABLE_90_BOLD(900, BLACK, true, false),
    TABLE_85(850, BLACK, false, false),
    TABLE_85_BOLD(850, BLACK, true, false),
    TABLE_80(800, BLACK, false, false),
    TABLE_80_BOLD(800, BLACK, true, false),
    TABLE_75(750, BLACK, false, false),
    TABLE_75_BOLD(750, BLACK, true, false),
    TABLE_70(700, BLACK, false, false),
    TABLE_70_BOLD(700, BLACK, true, false),
    TABLE_65(650, BLACK, false, false),
    TABLE_65_BOLD(650, BLACK, true, false),
    CAPTION(1000, BLACK, true, false),
    HEADER_FOOTER(850, GREY, false, false),
    NOTICE(1000, "#7F0000", true, false),
    WARNING(1000, RED, true, false),
    BOX_TITLE(1150, NAVY, true, false),
    TOC_TITLE(1700, NAVY, true, false),
    FOOTNOTE(900, BLACK, false, false);

    final int height;
    final String color;
    final boolean bold;
    final boolean italic;

    Char(int height, String color, boolean bold, boolean italic) {
      this.height = height;
      this.color = color;
      this.bold = bold;
      this.italic = italic;
    }

    int id() {
      return ordinal();
    }

    /**
     * The largest table type size not above {@code points}: tables are set in 9.5 to 6.5 pt in
     * steps of 0.5, as {@link org.policyreport.report.render.ColumnFit} chooses.
     */
    static Char table(float points, boolean bold) {
      Char[] sizes = {TABLE_95, TABLE_90, TABLE_85, TABLE_80, TABLE_75, TABLE_70, TABLE_65};
      for (Char c : sizes) {
        if (c.height <= Math.round(points * 100)) {
          return bold ? values()[c.ordinal() + 1] : c;
        }
      }
      return bold ? TABLE_65_BOLD : TABLE_65;
    }

    /** The body shape with the emphasis of a run. */
    static Char body(boolean bold, boolean italic) {
      return bold ? (italic ? BODY_BOLD_ITALIC : BODY_BOLD) : (italic ? BODY_ITALIC : BODY);
    }
  }

  /** Horizontal alignment of a paragraph. */
  enum Align {
    LEFT,
    RIGHT,
    CENTER,
    JUSTIFY
  }

  /**
   * Paragraph shapes (hh:paraPr); the id is the ordinal. {@code outline} is the outline level
   * (0-based) of a heading, or -1; margins and spacing are in HWPUNIT.
   */
  enum Para {
    BODY(Align.JUSTIFY, -1, 0, 0, 0, 600, 160, false),
    LEAD(Align.JUSTIFY, -1, 0, 0, 200, 800, 160, false),
    SMALL(Align.LEFT, -1, 0, 0, 0, 300, 140, false),
    TITLE(Align.CENTER, -1, 0, 0, 14000, 1600, 130, false),
    TITLE_DETAIL(Align.CENTER, -1, 0, 0, 0, 600, 150, false),
    NOTICE(Align.JUSTIFY, -1, 0, 0, 6000, 600, 150, false),
    HEADING_1(Align.LEFT, 0, 0, 0, 0, 1600, 140, true),
    HEADING_2(Align.LEFT, 1, 0, 0, 1800, 700, 140, true),
    HEADING_3(Align.LEFT, 2, 0, 0, 1200, 500, 140, true),
    HEADING_4(Align.LEFT, 3, 0, 0, 900, 400, 140, true),
    TABLE_CAPTION(Align.CENTER, -1, 0, 0, 800, 300, 130, true),
    FIGURE(Align.CENTER, -1, 0, 0, 600, 200, 100, true),
    FIGURE_CAPTION(Align.CENTER, -1, 0, 0, 0, 200, 130, false),
    NOTE(Align.LEFT, -1, 0, 0, 0, 100, 130, false),
    NOTE_LAST(Align.LEFT, -1, 0, 0, 0, 800, 130, false),
    CELL_LEFT(Align.LEFT, -1, 0, 0, 0, 0, 130, false),
    CELL_CENTER(Align.CENTER, -1, 0, 0, 0, 0, 130, false),
    CELL_RIGHT(Align.RIGHT, -1, 0, 0, 0, 0, 130, false),
    LIST_1(Align.JUSTIFY, -1, 1800, -1800, 0, 300, 160, false),
    LIST_2(Align.JUSTIFY, -1, 3800, -2000, 0, 300, 160, false),
    LIST_3(Align.JUSTIFY, -1, 5800, -2000, 0, 300, 160, false),
    LIST_4(Align.JUSTIFY, -1, 7800, -2000, 0, 300, 160, false),
    HEADER(Align.RIGHT, -1, 0, 0, 0, 0, 130, false),
    FOOTER(Align.CENTER, -1, 0, 0, 0, 0, 130, false),
    TOC_TITLE(Align.CENTER, -1, 0, 0, 0, 1600, 130, false),
    TOC_1(Align.LEFT, -1, 0, 0, 500, 200, 150, false),
    TOC_2(Align.LEFT, -1, 2000, 0, 0, 100, 150, false),
    FOOTNOTE(Align.JUSTIFY, -1, 0, 0, 0, 0, 130, false),
    BOX_TITLE(Align.LEFT, -1, 0, 0, 0, 400, 140, true),
    BOX_GAP(Align.LEFT, -1, 0, 0, 0, 600, 100, false);

    final Align align;
    final int outline;
    final int left;
    final int indent;
    final int before;
    final int after;
    final int lineSpacing;
    final boolean keepWithNext;

    Para(
        Align align,
        int outline,
        int left,
        int indent,
        int before,
        int after,
        int lineSpacing,
        boolean keepWithNext) {
      this.align = align;
      this.outline = outline;
      this.left = left;
      this.indent = indent;
      this.before = before;
      this.after = after;
      this.lineSpacing = lineSpacing;
      this.keepWithNext = keepWithNext;
    }

    int id() {
      return ordinal();
    }

    static Para heading(int level) {
      return values()[HEADING_1.ordinal() + level - 1];
    }

    static Para list(int depth) {
      return values()[LIST_1.ordinal() + Math.min(depth, 3)];
    }
  }

  /** A border line: OWPML type, width and colour. */
  record Line(String type, String width, String color) {
    static final Line NONE = new Line("NONE", "0.1 mm", BLACK);
    static final Line THIN = new Line("SOLID", "0.12 mm", BLACK);
    static final Line RULE = new Line("SOLID", "0.4 mm", BLACK);
  }

  /**
   * Border fills (hh:borderFill); the id is the ordinal plus one (OWPML numbers them from 1).
   * Regression tables have horizontal rules only, as journals print them.
   */
  enum Border {
    NONE(Line.NONE, Line.NONE, Line.NONE, Line.NONE, null),
    CHAR(Line.NONE, Line.NONE, Line.NONE, Line.NONE, null),
    GRID(Line.THIN, Line.THIN, Line.THIN, Line.THIN, null),
    GRID_HEADER(Line.THIN, Line.THIN, Line.THIN, Line.THIN, "#E8EEF5"),
    GRID_RULE(Line.THIN, Line.THIN, Line.RULE, Line.THIN, null),
    RULES_N_N(Line.NONE, Line.NONE, Line.NONE, Line.NONE, null),
    RULES_N_T(Line.NONE, Line.NONE, Line.NONE, Line.THIN, null),
    RULES_N_R(Line.NONE, Line.NONE, Line.NONE, Line.RULE, null),
    RULES_T_N(Line.NONE, Line.NONE, Line.THIN, Line.NONE, null),
    RULES_T_T(Line.NONE, Line.NONE, Line.THIN, Line.THIN, null),
    RULES_T_R(Line.NONE, Line.NONE, Line.THIN, Line.RULE, null),
    RULES_R_N(Line.NONE, Line.NONE, Line.RULE, Line.NONE, null),
    RULES_R_T(Line.NONE, Line.NONE, Line.RULE, Line.THIN, null),
    RULES_R_R(Line.NONE, Line.NONE, Line.RULE, Line.RULE, null),
    TABLE_EDGE(Line.NONE, Line.NONE, Line.NONE, Line.NONE, null),
    BOX_OK(
        new Line("SOLID", "0.4 mm", NAVY),
        new Line("SOLID", "0.4 mm", NAVY),
        new Line("SOLID", "0.4 mm", NAVY),
        new Line("SOLID", "0.4 mm", NAVY),
        "#EEF3F9"),
    BOX_WARNING(
        new Line("SOLID", "1.0 mm", RED),
        new Line("SOLID", "0.4 mm", RED),
        new Line("SOLID", "0.4 mm", RED),
        new Line("SOLID", "0.4 mm", RED),
        "#FDF0EF");

    final Line left;
    final Line right;
    final Line top;
    final Line bottom;
    final String fill;

    Border(Line left, Line right, Line top, Line bottom, String fill) {
      this.left = left;
      this.right = right;
      this.top = top;
      this.bottom = bottom;
      this.fill = fill;
    }

    int id() {
      return ordinal() + 1;
    }

    /**
     * A cell of a regression table with horizontal rules only: {@code top} and {@code bottom} are 0
     * (none), 1 (thin) or 2 (heavy).
     */
    static Border rules(int top, int bottom) {
      return values()[RULES_N_N.ordinal() + 3 * top + bottom];
    }
  }

  /**
   * Named styles (hh:style), Hancom's built-in names first so that a user's 스타일 list and the
   * outline view (개요 1–4 for the heading levels) work as in any Hangul document.
   */
  enum Style {
    NORMAL("바탕글", "Normal", Para.BODY, Char.BODY),
    BODY("본문", "Body", Para.BODY, Char.BODY),
    OUTLINE_1("개요 1", "Outline 1", Para.HEADING_1, Char.HEADING_1),
    OUTLINE_2("개요 2", "Outline 2", Para.HEADING_2, Char.HEADING_2),
    OUTLINE_3("개요 3", "Outline 3", Para.HEADING_3, Char.HEADING_3),
    OUTLINE_4("개요 4", "Outline 4", Para.HEADING_4, Char.HEADING_4),
    HEADER("머리말", "Header", Para.HEADER, Char.HEADER_FOOTER),
    FOOTNOTE("각주", "Footnote", Para.FOOTNOTE, Char.FOOTNOTE),
    TOC_TITLE("차례 제목", "TOC Heading", Para.TOC_TITLE, Char.TOC_TITLE),
    TOC_1("차례 1", "TOC 1", Para.TOC_1, Char.BODY_BOLD),
    TOC_2("차례 2", "TOC 2", Para.TOC_2, Char.BODY),
    CAPTION("캡션", "Caption", Para.TABLE_CAPTION, Char.CAPTION),
    TITLE("제목", "Title", Para.TITLE, Char.TITLE),
    NOTE("표 주", "Table Note", Para.NOTE, Char.SMALL),
    TABLE_TEXT("표 내용", "Table Text", Para.CELL_LEFT, Char.TABLE_95),
    LIST("목록", "List", Para.LIST_1, Char.BODY);

    final String name;
    final String engName;
    final Para para;
    final Char chars;

    Style(String name, String engName, Para para, Char chars) {
      this.name = name;
      this.engName = engName;
      this.para = para;
      this.chars = chars;
    }

    int id() {
      return ordinal();
    }

    static Style heading(int level) {
      return values()[OUTLINE_1.ordinal() + level - 1];
    }
  }
}
