package org.policyreport.report.render.hwpx;

import java.util.List;
import org.policyreport.report.document.Inline;

/**
 * Writes hp:p paragraphs and their runs. Every paragraph names its style, paragraph shape and
 * character shapes explicitly, so it looks the same whatever a reader makes of the styles. Line
 * feeds in the text become hp:lineBreak; footnotes become hp:footNote controls numbered in document
 * order.
 */
final class Paragraphs {
  private final Xml x;
  private final Ids ids;

  Paragraphs(Xml x, Ids ids) {
    this.x = x;
    this.ids = ids;
  }

  Xml xml() {
    return x;
  }

  /** Opens a paragraph; close it with {@link #end()}. */
  void begin(Look.Style style, Look.Para para, boolean pageBreak) {
    x.open("hp:p")
        .attr("id", 0)
        .attr("paraPrIDRef", para.id())
        .attr("styleIDRef", style.id())
        .attr("pageBreak", pageBreak)
        .attr("columnBreak", false)
        .attr("merged", false);
  }

  void end() {
    x.close();
  }

  /** A whole paragraph of one run of plain text. */
  void plain(Look.Style style, Look.Para para, Look.Char chars, boolean pageBreak, String text) {
    begin(style, para, pageBreak);
    run(chars, text);
    end();
  }

  /** A whole paragraph of inline runs; {@code base} is the shape of unemphasised text. */
  void inlines(
      Look.Style style, Look.Para para, Look.Char base, boolean pageBreak, List<Inline> content) {
    begin(style, para, pageBreak);
    runs(base, content);
    end();
  }

  /** Runs for inline content (paragraph text, list items). */
  void runs(Look.Char base, List<Inline> content) {
    for (Inline i : content) {
      if (i instanceof Inline.Text) {
        Inline.Text t = (Inline.Text) i;
        run(emphasis(base, t.bold(), t.italic()), t.text());
      } else if (i instanceof Inline.Footnote) {
        footnote(base, ((Inline.Footnote) i).text());
      } else {
        // Numbering resolves cross-references before rendering; an unresolved one shows its id.
        run(base, ((Inline.CrossRef) i).target());
      }
    }
  }

  /** One run of text in one character shape. */
  void run(Look.Char chars, String text) {
    x.open("hp:run").attr("charPrIDRef", chars.id());
    t(text);
    x.close();
  }

  /** An hp:t element; line feeds become hp:lineBreak inside it. */
  void t(String text) {
    x.open("hp:t");
    String[] lines = (text == null ? "" : text).split("\n", -1);
    for (int k = 0; k < lines.length; k++) {
      if (k > 0) {
        x.empty("hp:lineBreak");
      }
      if (!lines[k].isEmpty()) {
        x.text(lines[k]);
      }
    }
    x.close();
  }

  private static Look.Char emphasis(Look.Char base, boolean bold, boolean italic) {
    if (base == Look.Char.BODY) {
      return Look.Char.body(bold, italic);
    }
    if (base == Look.Char.SMALL && bold) {
      return Look.Char.SMALL_BOLD;
    }
    return base;
  }

  /**
   * A footnote: the control in the text and, inside it, the note's own paragraph starting with its
   * automatic number, which Hangul prints at the foot of the page.
   */
  private void footnote(Look.Char base, String text) {
    int n = ids.nextFootnote();
    x.open("hp:run").attr("charPrIDRef", base.id());
    x.open("hp:ctrl");
    x.open("hp:footNote").attr("number", n).attr("suffixChar", 41).attr("instId", n);
    subList("TOP", 0, 0);
    begin(Look.Style.FOOTNOTE, Look.Para.FOOTNOTE, false);
    x.open("hp:run").attr("charPrIDRef", Look.Char.FOOTNOTE.id());
    x.open("hp:ctrl");
    autoNum(n, "FOOTNOTE", ")");
    x.close();
    t(" " + text);
    x.close();
    end();
    x.close(); // subList
    x.close(); // footNote
    x.close(); // ctrl
    x.close(); // run
  }

  /** An automatic number (page, page count, footnote) in the given format. */
  void autoNum(int num, String type, String suffix) {
    autoNum(num, type, suffix, "DIGIT");
  }

  /** An automatic number in {@code format} (DIGIT, ROMAN_SMALL, ...). */
  void autoNum(int num, String type, String suffix, String format) {
    x.open("hp:autoNum").attr("num", num).attr("numType", type);
    x.empty(
        "hp:autoNumFormat",
        "type",
        format,
        "userChar",
        "",
        "prefixChar",
        "",
        "suffixChar",
        suffix,
        "supscript",
        "0");
    x.close();
  }

  /** Opens an hp:subList (the paragraphs of a cell, a note, a header); close with xml().close(). */
  void subList(String vertAlign, int textWidth, int textHeight) {
    x.open("hp:subList")
        .attr("id", "")
        .attr("textDirection", "HORIZONTAL")
        .attr("lineWrap", "BREAK")
        .attr("vertAlign", vertAlign)
        .attr("linkListIDRef", 0)
        .attr("linkListNextIDRef", 0)
        .attr("textWidth", textWidth)
        .attr("textHeight", textHeight)
        .attr("hasTextRef", false)
        .attr("hasNumRef", false);
  }
}
