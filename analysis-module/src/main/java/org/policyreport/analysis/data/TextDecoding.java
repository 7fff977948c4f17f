package org.policyreport.analysis.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.policyreport.contract.InputException;

/**
 * The text encodings a data file may be in. Korean offices and Excel still write CP949 (EUC-KR plus
 * the rest of the Hangul syllables) and sometimes UTF-16; the reader decodes such a file to UTF-8
 * and hands it to the byte-level {@link CsvReader}, so that the common UTF-8 file keeps its fast
 * path. Decoding is strict: a byte that is not text in the declared encoding is an error naming its
 * line, never a replacement character in a region name.
 */
public final class TextDecoding {
  private TextDecoding() {}

  /** Names accepted for {@code encoding:}, each with the charset it means. */
  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("utf-8", "UTF-8");
    NAMES.put("cp949", "x-windows-949");
    NAMES.put("euc-kr", "EUC-KR");
    NAMES.put("utf-16", "UTF-16");
    NAMES.put("utf-16le", "UTF-16LE");
    NAMES.put("utf-16be", "UTF-16BE");
    NAMES.put("utf8", "UTF-8");
    NAMES.put("ms949", "x-windows-949");
    NAMES.put("windows-949", "x-windows-949");
    NAMES.put("euckr", "EUC-KR");
  }

  private static final Charset CP949 = Charset.forName("x-windows-949");

  /** The charset an {@code encoding:} value names, or null when the name is not known. */
  public static Charset charset(String name) {
    String cs = NAMES.get(name.trim().toLowerCase(Locale.ROOT));
    return cs == null ? null : Charset.forName(cs);
  }

  /** How messages name a charset: as the config would write it. */
  private static String label(Charset cs) {
    for (Map.Entry<String, String> e : NAMES.entrySet()) {
      if (e.getValue().equals(cs.name())) {
        return e.getKey();
      }
    }
    return cs.name();
  }

  /** The names {@link #charset} accepts, for the config's error message. */
  public static String supportedNames() {
    return "utf-8, cp949, euc-kr, utf-16 (also utf-16le, utf-16be)";
  }

  /**
   * Reads a CSV file in {@code encoding} (null: a byte-order mark decides, else strict UTF-8).
   * Results carry the digest of the bytes as they are on disk.
   */
  public static DataTable readCsv(
      String tableName, byte[] bytes, String displayName, Charset encoding, MissingMarkers na) {
    return readCsv(tableName, bytes, displayName, encoding, na, java.util.Set.of());
  }

  /** As {@link #readCsv}, keeping the cells of the {@code identifiers} columns as written. */
  public static DataTable readCsv(
      String tableName,
      byte[] bytes,
      String displayName,
      Charset encoding,
      MissingMarkers na,
      java.util.Set<String> identifiers) {
    boolean utf16Bom =
        bytes.length >= 2
            && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    boolean utf8Bom =
        bytes.length >= 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF;
    if (encoding == null) {
      encoding = utf16Bom ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
    } else if ((utf16Bom && !encoding.name().startsWith("UTF-16"))
        || (utf8Bom && !encoding.equals(StandardCharsets.UTF_8))) {
      throw new InputException(
          displayName
              + ": the file starts with a "
              + (utf16Bom ? "UTF-16" : "UTF-8")
              + " byte-order mark, but its data source says 'encoding: "
              + label(encoding)
              + "' (remove the encoding key or correct it)");
    }
    if (encoding.equals(StandardCharsets.UTF_8)) {
      return CsvReader.read(tableName, bytes, displayName, na, identifiers);
    }
    String text = decode(bytes, encoding, displayName);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return CsvReader.readRecoded(tableName, utf8, displayName, na, identifiers, Sha256.hex(bytes));
  }

  /** Fails unless {@code bytes} are UTF-8, naming the first bad line and a likely encoding. */
  static void requireUtf8(byte[] bytes, String displayName) {
    int bad = firstMalformed(bytes, StandardCharsets.UTF_8);
    if (bad < 0) {
      return;
    }
    String hint =
        firstMalformed(bytes, CP949) < 0
            ? "; it reads as Korean CP949 (EUC-KR) text: add 'encoding: cp949' to its data source"
            : "; save it as UTF-8 or name its encoding with 'encoding:' (" + supportedNames() + ")";
    throw new InputException(
        displayName + " line " + lineAt(bytes, bad, StandardCharsets.UTF_8) + ": not UTF-8" + hint);
  }

  /** Decodes strictly; a byte sequence that is not text fails naming its line. */
  static String decode(byte[] bytes, Charset encoding, String displayName) {
    int bad = firstMalformed(bytes, encoding);
    if (bad >= 0) {
      throw new InputException(
          displayName
              + " line "
              + lineAt(bytes, bad, encoding)
              + ": not valid "
              + label(encoding)
              + " text (check the file's 'encoding:')");
    }
    String text = new String(bytes, encoding);
    // A UTF-16 decoder drops its own byte-order mark; one written as a character is dropped here.
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  /** The offset of the first byte that does not decode in {@code cs}, or -1. */
  private static int firstMalformed(byte[] bytes, Charset cs) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    CoderResult r;
    do {
      out.clear();
      r = dec.decode(in, out, true);
    } while (r.isOverflow());
    if (r.isError()) {
      return in.position();
    }
    do {
      out.clear();
      r = dec.flush(out);
    } while (r.isOverflow());
    return r.isError() ? in.position() : -1;
  }

  /** The 1-based line of the byte at {@code offset}, counting the line ends before it. */
  private static int lineAt(byte[] bytes, int offset, Charset cs) {
    String before = new String(bytes, 0, offset, cs);
    int line = 1;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
