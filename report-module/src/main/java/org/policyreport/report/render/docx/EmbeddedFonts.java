package org.policyreport.report.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.policyreport.report.render.Fonts;

/**
 * The font table and the embedded font, so that the document looks the same on a computer without
 * Pretendard GOV. Word's way is followed: the regular and bold faces are subset to the characters
 * the document uses (plus printable ASCII, so that a small edit in Latin letters still has its
 * glyphs) and obfuscated as ECMA-376 Part 1 §17.8.1 prescribes (the first 32 bytes XORed with the
 * font key, a GUID written beside the reference in the font table). The SIL Open Font License
 * allows both. The key is derived from the face and the characters of its subset, so the same
 * document gives the same file. The font table also names Malgun Gothic as the Korean fallback.
 */
final class EmbeddedFonts {
  private static final String REL_FONT_TABLE =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
  private static final String REL_FONT =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
  private static final String FONT_TABLE_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
  private static final String FONT_TYPE =
      "application/vnd.openxmlformats-officedocument.obfuscatedFont";
  private static final String R_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** Korean fallback Word uses when the embedded font cannot be used. */
  static final String FALLBACK = "맑은 고딕";

  /** Windows character set of Hangul (HANGEUL_CHARSET). */
  private static final String HANGUL_CHARSET = "81";

  /**
   * The parsed faces, kept by each thread for every document it writes: parsing takes longer than
   * subsetting, and subsetting only reads the font. Not shared between threads, as fontbox reads a
   * font's tables lazily from one shared buffer.
   */
  private static final ThreadLocal<Faces> PARSED =
      ThreadLocal.withInitial(() -> new Faces(parse(Fonts.REGULAR), parse(Fonts.BOLD)));

  private EmbeddedFonts() {}

  private record Faces(TrueTypeFont regular, TrueTypeFont bold) {}

  /**
   * Adds the font table with the embedded faces; {@code extraText} holds characters that appear in
   * no text run but are drawn all the same (list and heading numbers).
   */
  static void embed(XWPFDocument doc, String family, String extraText) {
    Set<Integer> used = usedCharacters(doc, extraText);
    try {
      OPCPackage pkg = doc.getPackage();
      PackagePart fontTable =
          pkg.createPart(PackagingURIHelper.createPartName("/word/fontTable.xml"), FONT_TABLE_TYPE);
      doc.getPackagePart()
          .addRelationship(fontTable.getPartName(), TargetMode.INTERNAL, REL_FONT_TABLE);
      Faces faces = PARSED.get();
      Face r = face(pkg, fontTable, subset(faces.regular(), used), 1, key(Fonts.REGULAR, used));
      Face b = face(pkg, fontTable, subset(faces.bold(), used), 2, key(Fonts.BOLD, used));
      String xml = fontTableXml(family, faces.regular().getOS2Windows(), r, b);
      try (OutputStream out = fontTable.getOutputStream()) {
        out.write(xml.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded font cannot be written", e);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("the font table part name is invalid", e);
    }
  }

  /** An embedded face: its relationship id and its obfuscation key. */
  private record Face(String relationshipId, String key) {}

  private static Face face(
      OPCPackage pkg, PackagePart fontTable, byte[] font, int index, String key)
      throws InvalidFormatException, IOException {
    PackagePartName name = PackagingURIHelper.createPartName("/word/fonts/font" + index + ".odttf");
    PackagePart part = pkg.createPart(name, FONT_TYPE);
    try (OutputStream out = part.getOutputStream()) {
      out.write(obfuscate(font, key));
    }
    String id = fontTable.addRelationship(name, TargetMode.INTERNAL, REL_FONT).getId();
    return new Face(id, key);
  }

  private static TrueTypeFont parse(String resource) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(Fonts.bytes(resource)));
    } catch (IOException e) {
      throw new UncheckedIOException("font " + resource + " cannot be read", e);
    }
  }

  private static byte[] subset(TrueTypeFont font, Set<Integer> codePoints) throws IOException {
    TTFSubsetter subsetter = new TTFSubsetter(font);
    subsetter.addAll(codePoints);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    subsetter.writeToStream(out);
    return out.toByteArray();
  }

  /** Every character of the document's text parts, printable ASCII and {@code extraText}. */
  static Set<Integer> usedCharacters(XWPFDocument doc, String extraText) {
    Set<Integer> cps = new TreeSet<>();
    for (int c = 0x20; c < 0x7F; c++) {
      cps.add(c);
    }
    StringBuilder text = new StringBuilder(extraText);
    text.append(textOf(doc.getDocument()));
    for (XWPFFootnote f : doc.getFootnotes()) {
      text.append(textOf(f.getCTFtnEdn()));
    }
    for (XWPFHeader h : doc.getHeaderList()) {
      text.append(textOf(h._getHdrFtr()));
    }
    for (XWPFFooter f : doc.getFooterList()) {
      text.append(textOf(f._getHdrFtr()));
    }
    text.codePoints().filter(c -> c >= 0x20 && !Character.isISOControl(c)).forEach(cps::add);
    return cps;
  }

  /** All text of a part (text runs, field instructions), without the markup. */
  private static String textOf(XmlObject part) {
    try (XmlCursor c = part.newCursor()) {
      return c.getTextValue();
    }
  }

  /**
   * A GUID made from the face and the characters its subset holds (which decide the subset's
   * bytes), in the braces-and-dashes form Word writes. Hashing the characters rather than the
   * subset itself spares hashing a few hundred kilobytes per face and document.
   */
  private static String key(String face, Set<Integer> codePoints) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(face.getBytes(StandardCharsets.UTF_8));
      for (int cp : codePoints) {
        digest.update((byte) (cp >>> 24));
        digest.update((byte) (cp >>> 16));
        digest.update((byte) (cp >>> 8));
        digest.update((byte) cp);
      }
      byte[] hash = digest.digest();
      long hi = 0;
      long lo = 0;
      for (int i = 0; i < 8; i++) {
        hi = (hi << 8) | (hash[i] & 0xFF);
        lo = (lo << 8) | (hash[i + 8] & 0xFF);
      }
      return "{" + new UUID(hi, lo).toString().toUpperCase(Locale.ROOT) + "}";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /**
   * XORs the first 32 bytes of the font with the key. The key's bytes are taken from its hex digits
   * from last to first (§17.8.1), so the same call undoes it.
   */
  static byte[] obfuscate(byte[] font, String key) {
    String hex = key.replace("{", "").replace("}", "").replace("-", "");
    byte[] k = new byte[16];
    for (int i = 0; i < 16; i++) {
      int at = 30 - 2 * i;
      k[i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
    }
    byte[] out = font.clone();
    for (int i = 0; i < 32 && i < out.length; i++) {
      out[i] ^= k[i % 16];
    }
    return out;
  }

  private static String fontTableXml(
      String family, OS2WindowsMetricsTable os2, Face regular, Face bold) {
    StringBuilder panose = new StringBuilder();
    for (byte p : os2.getPanose()) {
      panose.append(String.format("%02X", p & 0xFF));
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<w:fonts xmlns:w=\""
        + Wml.NS
        + "\" xmlns:r=\""
        + R_NS
        + "\">"
        + "<w:font w:name=\""
        + Wml.escape(family)
        + "\"><w:altName w:val=\""
        + FALLBACK
        + "\"/><w:panose1 w:val=\""
        + panose
        + "\"/><w:charset w:val=\""
        + HANGUL_CHARSET
        + "\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/>"
        + String.format(
            "<w:sig w:usb0=\"%08X\" w:usb1=\"%08X\" w:usb2=\"%08X\" w:usb3=\"%08X\""
                + " w:csb0=\"%08X\" w:csb1=\"%08X\"/>",
            os2.getUnicodeRange1(),
            os2.getUnicodeRange2(),
            os2.getUnicodeRange3(),
            os2.getUnicodeRange4(),
            os2.getCodePageRange1(),
            os2.getCodePageRange2())
        + "<w:embedRegular r:id=\""
        + regular.relationshipId()
        + "\" w:fontKey=\""
        + regular.key()
        + "\"/><w:embedBold r:id=\""
        + bold.relationshipId()
        + "\" w:fontKey=\""
        + bold.key()
        + "\"/></w:font>"
        + "<w:font w:name=\""
        + FALLBACK
        + "\"><w:altName w:val=\"Malgun Gothic\"/><w:panose1 w:val=\"020B0503020000020004\"/>"
        + "<w:charset w:val=\""
        + HANGUL_CHARSET
        + "\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
        + "</w:fonts>";
  }
}
