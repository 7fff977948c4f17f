package org.policyreport.report.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.policyreport.report.document.Inline;

/**
 * Turns inline runs into OpenPDF chunks. Pretendard GOV has no italic face, so italic text is
 * slanted (a skewed regular face, as word processors do). Footnotes become superscript numbers that
 * link to their text; the texts are collected here and printed as notes at the end of the chapter
 * (see {@link Composer}).
 */
final class Inlines {
  private final PdfFonts fonts;
  private final List<String> pending = new ArrayList<>();
  private int numbered;

  Inlines(PdfFonts fonts) {
    this.fonts = fonts;
  }

  Phrase phrase(List<Inline> content, float size, float leading, Color color, boolean bold) {
    Phrase p = new Phrase(leading);
    p.setFont(bold ? fonts.bold(size, color) : fonts.regular(size, color));
    for (Inline in : joined(content)) {
      if (in instanceof Inline.Text t) {
        Font f = bold || t.bold() ? fonts.bold(size, color) : fonts.regular(size, color);
        Chunk c = LineBreaks.chunk(t.text(), f);
        if (t.italic()) {
          c.setSkew(0f, 12f);
        }
        p.add(c);
      } else if (in instanceof Inline.Footnote n) {
        p.add(marker(n.text(), size));
      } else if (in instanceof Inline.CrossRef r) {
        // Numbering replaces cross-references before rendering; show the id rather than lose it.
        p.add(LineBreaks.chunk(r.target(), fonts.regular(size, color)));
      }
    }
    return p;
  }

  /**
   * The runs with neighbours of the same emphasis joined, and the closing punctuation that starts a
   * run moved to the end of the text run before it. A line may break between two chunks, so without
   * this a "." after a bold word or a cross-reference could start a line of its own.
   */
  static List<Inline> joined(List<Inline> content) {
    List<Inline> out = new ArrayList<>();
    for (Inline in : content) {
      Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (in instanceof Inline.Text t && last instanceof Inline.Text l) {
        if (t.bold() == l.bold() && t.italic() == l.italic()) {
          out.set(out.size() - 1, new Inline.Text(l.text() + t.text(), l.bold(), l.italic()));
          continue;
        }
        int lead = 0;
        while (lead < t.text().length() && LineBreaks.noStart(t.text().charAt(lead))) {
          lead++;
        }
        if (lead > 0 && !l.text().isEmpty() && !Character.isWhitespace(lastChar(l.text()))) {
          out.set(
              out.size() - 1,
              new Inline.Text(l.text() + t.text().substring(0, lead), l.bold(), l.italic()));
          if (lead == t.text().length()) {
            continue;
          }
          in = new Inline.Text(t.text().substring(lead), t.bold(), t.italic());
        }
      }
      out.add(in);
    }
    return out;
  }

  private static char lastChar(String s) {
    return s.charAt(s.length() - 1);
  }

  Phrase plain(String text, float size, float leading, Color color, boolean bold) {
    Font font = bold ? fonts.bold(size, color) : fonts.regular(size, color);
    Phrase p = new Phrase(leading);
    p.setFont(font);
    p.add(LineBreaks.chunk(text == null ? "" : text, font));
    return p;
  }

  private Chunk marker(String text, float size) {
    numbered++;
    pending.add(text);
    Chunk c =
        LineBreaks.chunk(Integer.toString(numbered), fonts.regular(size * 0.65f, Layout.ACCENT));
    c.setTextRise(size * 0.38f);
    c.setGenericTag(PageFrame.linkTag(noteAnchor(numbered), text));
    return c;
  }

  static String noteAnchor(int n) {
    return "note-" + n;
  }

  /** Notes collected since the last {@link #takeNotes}, without clearing them. */
  List<Note> peekNotes() {
    List<Note> out = new ArrayList<>();
    int first = numbered - pending.size() + 1;
    for (int i = 0; i < pending.size(); i++) {
      out.add(new Note(first + i, pending.get(i)));
    }
    return out;
  }

  /** Notes collected since the last call, with their document-wide numbers; clears them. */
  List<Note> takeNotes() {
    List<Note> out = peekNotes();
    pending.clear();
    return out;
  }

  record Note(int number, String text) {}
}
