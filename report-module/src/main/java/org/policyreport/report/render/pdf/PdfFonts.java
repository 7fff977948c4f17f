package org.policyreport.report.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Color;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Random;
import org.policyreport.report.render.Fonts;

/**
 * The shipped Pretendard GOV faces as embedded, subsetted Identity-H fonts (so any Korean or
 * English text is shown and can be copied out).
 *
 * <p>Parsing a face takes longer than laying out a short document, so a thread keeps its faces for
 * every file it writes ({@link #forFile}). That is safe because OpenPDF collects the glyphs a file
 * uses in its writer, not in the font; the one thing a font carries from file to file is the state
 * of its subset-tag source, which {@link #forFile} starts afresh, so a file's bytes do not depend
 * on what the thread wrote before. The faces are not shared between threads, since that source
 * would then be drawn from in whatever order the threads happen to run.
 */
final class PdfFonts implements FontMapper {
  private static final long REGULAR_SEED = 1L;
  private static final long BOLD_SEED = 2L;
  private static final ThreadLocal<PdfFonts> PER_THREAD = ThreadLocal.withInitial(PdfFonts::new);

  private final BaseFont regular;
  private final BaseFont bold;

  private PdfFonts() {
    regular = load(Fonts.REGULAR);
    bold = load(Fonts.BOLD);
  }

  /** This thread's faces, with subset tags drawn as in a fresh file. */
  static PdfFonts forFile() {
    PdfFonts fonts = PER_THREAD.get();
    // The subset tag (ABCDEF+Name) is drawn from a random source; a fixed one keeps the bytes
    // equal.
    fonts.regular.setSecureRandom(new FixedRandom(REGULAR_SEED));
    fonts.bold.setSecureRandom(new FixedRandom(BOLD_SEED));
    return fonts;
  }

  Font regular(float size) {
    return new Font(regular, size, Font.NORMAL, Layout.INK);
  }

  Font bold(float size) {
    return new Font(bold, size, Font.NORMAL, Layout.INK);
  }

  Font regular(float size, Color color) {
    return new Font(regular, size, Font.NORMAL, color);
  }

  Font bold(float size, Color color) {
    return new Font(bold, size, Font.NORMAL, color);
  }

  /**
   * A chunk that draws a rule or leader. It is given the report font too: a chunk without one falls
   * back to OpenPDF's default font, which would then be embedded as well.
   */
  com.lowagie.text.Chunk drawn(com.lowagie.text.pdf.draw.DrawInterface d) {
    com.lowagie.text.Chunk c = new com.lowagie.text.Chunk(d);
    c.setFont(regular(Layout.BODY));
    return c;
  }

  /** A paragraph holding just a horizontal rule. */
  com.lowagie.text.Paragraph rule(float width, float percent, Color color) {
    com.lowagie.text.Paragraph p =
        new com.lowagie.text.Paragraph(
            Layout.BODY,
            drawn(
                new com.lowagie.text.pdf.draw.LineSeparator(
                    width, percent, color, com.lowagie.text.Element.ALIGN_LEFT, 0f)));
    p.setFont(regular(Layout.BODY));
    return p;
  }

  /** Whether the embedded faces have a glyph for {@code codePoint}. */
  boolean canDraw(int codePoint) {
    return regular.charExists(codePoint) && bold.charExists(codePoint);
  }

  /** Charts drawn through PdfGraphics2D use the same embedded faces as the text. */
  @Override
  public BaseFont awtToPdf(java.awt.Font font) {
    return font.getFontName().toLowerCase(java.util.Locale.ROOT).contains("bold") ? bold : regular;
  }

  @Override
  public java.awt.Font pdfToAwt(BaseFont font, int size) {
    throw new UnsupportedOperationException("PDF fonts are never turned back into AWT fonts");
  }

  private static BaseFont load(String resource) {
    try {
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      BaseFont f =
          BaseFont.createFont(
              name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, Fonts.bytes(resource), null);
      // PDF/A-2 allows leaving out the CIDSet, and an incomplete one would break conformance.
      f.setIncludeCidSet(false);
      return f;
    } catch (IOException | com.lowagie.text.DocumentException e) {
      throw new IllegalStateException("font " + resource + " cannot be embedded", e);
    }
  }

  /** A "random" source that repeats itself, for reproducible subset tags. */
  private static final class FixedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final Random random;

    FixedRandom(long seed) {
      random = new Random(seed);
    }

    @Override
    public double nextDouble() {
      return random.nextDouble();
    }

    @Override
    public int nextInt() {
      return random.nextInt();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      random.nextBytes(bytes);
    }
  }
}
