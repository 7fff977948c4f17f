package org.policyreport.report.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line may end. Korean text breaks between words only (at spaces), as Korean typesetting
 * does ("keep-all"): OpenPDF's default breaks after any Hangul syllable and so cuts words such as
 * "분석 단계" into "분석 단" and "계". Latin text breaks at spaces and after a hyphen between letters;
 * Chinese and Japanese characters may still break anywhere. No line may start with closing
 * punctuation or a middle dot ("·", ".", ",", ")" and the like: kinsoku), so a break before one is
 * never taken.
 *
 * <p>OpenPDF asks whether a line may end after the character at {@code current}; it only sees the
 * characters of one chunk, so a break between two chunks stays possible (see {@link Inlines}).
 */
final class LineBreaks implements SplitCharacter {
  static final LineBreaks KEEP_ALL = new LineBreaks();

  /** Characters that never start a line. */
  private static final String NO_START = ".,;:!?)]}·・…%’”」』》〉〕】、。，．：；！？）］｝";

  /** Characters that never end a line. */
  private static final String NO_END = "([{‘“「『《〈〔【（［｛";

  private LineBreaks() {}

  /** A chunk of text that breaks lines by these rules. */
  static Chunk chunk(String text, Font font) {
    Chunk c = new Chunk(text, font);
    c.setSplitCharacter(KEEP_ALL);
    return c;
  }

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    char c = at(current, cc, ck);
    char next = current + 1 < end ? at(current + 1, cc, ck) : 0;
    if (next != 0 && noStart(next)) {
      return false;
    }
    if (c <= ' ' || (c >= 0x2002 && c <= 0x200b)) {
      return true;
    }
    if (NO_END.indexOf(c) >= 0) {
      return false;
    }
    if (c == '-' || c == '\u2010') {
      // A hyphen inside a word ("policy-making"), not a minus sign or a range of numbers.
      return next != 0 && Character.isLetter(next) && !hangul(next);
    }
    return ideograph(c) && (next == 0 || !hangul(next));
  }

  private static char at(int i, char[] cc, PdfChunk[] ck) {
    if (ck == null) {
      return cc[i];
    }
    return (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
  }

  static boolean noStart(char c) {
    return NO_START.indexOf(c) >= 0;
  }

  /** Hangul syllables and jamo: letters of Korean words, never broken between. */
  static boolean hangul(char c) {
    return (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0x1100 && c <= 0x11FF)
        || (c >= 0x3130 && c <= 0x318F)
        || (c >= 0xA960 && c <= 0xA97F)
        || (c >= 0xD7B0 && c <= 0xD7FF);
  }

  /** Chinese characters and Japanese kana, which may break anywhere. */
  private static boolean ideograph(char c) {
    return (c >= 0x2E80 && c < 0x3130)
        || (c >= 0x3190 && c <= 0x9FFF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFF61 && c <= 0xFF9F);
  }
}
