package org.policyreport.analysis.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.policyreport.contract.InputException;

/**
 * Reads a comma-separated UTF-8 file (with or without a byte-order mark, LF or CRLF line ends, RFC
 * 4180 quotes) into a {@link DataTable}; files in other encodings are decoded by {@link
 * TextDecoding} first. Every column is parsed as numbers (blanks and missing-value markers give
 * NaN); a column with a cell that is not a number is kept as text and remembers the first such cell
 * for the error message, so that only a model that needs the column as a number fails.
 */
public final class CsvReader {
  private CsvReader() {}

  /**
   * Reads {@code path}. {@code displayName} is how messages name the file (usually the path as
   * written in the config).
   */
  public static DataTable read(String tableName, Path path, String displayName) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(displayName + ": data file not found");
    } catch (IOException e) {
      throw new InputException(displayName + ": cannot read data file (" + e.getMessage() + ")");
    }
    return read(tableName, bytes, displayName);
  }

  /** Reads CSV bytes already loaded; {@code displayName} names the file in messages. */
  public static DataTable read(String tableName, byte[] bytes, String displayName) {
    return read(tableName, bytes, displayName, MissingMarkers.DEFAULT, Set.of());
  }

  /**
   * Reads UTF-8 CSV bytes (with or without a byte-order mark) with the given missing-value markers,
   * keeping the cells of the columns in {@code identifiers} (panel ids, time labels, clusters,
   * groups) as written, so that the codes "01" and "1" stay two different units; those columns are
   * parsed as numbers too, for a model that uses one as a number. Bytes that are not UTF-8 fail
   * with a message naming the line (and the encoding to declare when they read as Korean CP949
   * text).
   */
  public static DataTable read(
      String tableName,
      byte[] bytes,
      String displayName,
      MissingMarkers na,
      Set<String> identifiers) {
    // The digest runs on another core while this one parses.
    CompletableFuture<String> sha = CompletableFuture.supplyAsync(() -> Sha256.hex(bytes));
    return scanAndParse(tableName, bytes, displayName, na, identifiers, sha, true);
  }

  /**
   * Reads CSV text that was decoded from another encoding and written again as UTF-8; {@code sha}
   * is the digest of the file as it is on disk.
   */
  public static DataTable readRecoded(
      String tableName,
      byte[] utf8,
      String displayName,
      MissingMarkers na,
      Set<String> identifiers,
      String sha) {
    return scanAndParse(
        tableName,
        utf8,
        displayName,
        na,
        identifiers,
        CompletableFuture.completedFuture(sha),
        false);
  }

  private static DataTable scanAndParse(
      String tableName,
      byte[] bytes,
      String displayName,
      MissingMarkers na,
      Set<String> identifiers,
      Future<String> sha,
      boolean checkUtf8) {
    int newlines = 0;
    boolean ascii = true;
    boolean simple = true;
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        newlines++;
      } else if (b < 0) {
        ascii = false;
      } else if (b == '"' || (b == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
        simple = false;
      }
    }
    if (!ascii && checkUtf8) {
      TextDecoding.requireUtf8(bytes, displayName);
    }
    // rows = lines after the header; sizing the columns exactly avoids copying them
    int lines = newlines + (bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? 1 : 0);
    return parseBytes(
        tableName, bytes, displayName, na, sha, Math.max(0, lines - 1), simple, identifiers);
  }

  /** Parses CSV text already in memory. */
  public static DataTable parse(String tableName, String text, String displayName, String sha) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return parseBytes(
        tableName,
        bytes,
        displayName,
        MissingMarkers.DEFAULT,
        CompletableFuture.completedFuture(sha),
        16,
        false,
        Set.of());
  }

  private static DataTable parseBytes(
      String tableName,
      byte[] bytes,
      String displayName,
      MissingMarkers na,
      Future<String> sha,
      int rowsHint,
      boolean splittable,
      Set<String> identifiers) {
    int pos =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    Cursor cur = new Cursor(bytes, pos, displayName);
    List<String> header = new ArrayList<>();
    if (!cur.readRecord(header)
        || header.isEmpty()
        || (header.size() == 1 && header.get(0).isBlank())) {
      throw new InputException(
          displayName + " line 1: the file is empty (a header row is required)");
    }
    if (header.size() == 1 && header.get(0).indexOf('\t') >= 0) {
      throw new InputException(
          displayName
              + " line 1: the columns are separated by tabs (as Excel's \"Unicode text\" saves"
              + " them); save the sheet as CSV, or give the .xlsx workbook itself");
    }
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c).trim();
      header.set(c, h);
      if (h.isEmpty()) {
        throw new InputException(
            displayName + " line 1, column " + (c + 1) + ": empty column name");
      }
      if (!seen.add(h)) {
        throw new InputException(
            displayName + " line 1, column " + (c + 1) + ": duplicate column name '" + h + "'");
      }
    }
    int k = header.size();
    int dataStart = cur.pos;
    int chunks = splittable && bytes.length - dataStart > PARALLEL_FROM ? CHUNKS : 1;
    int[] bounds = new int[chunks + 1];
    bounds[0] = dataStart;
    bounds[chunks] = bytes.length;
    for (int t = 1; t < chunks; t++) {
      int b =
          Math.max(
              bounds[t - 1], dataStart + (int) ((long) (bytes.length - dataStart) * t / chunks));
      while (b < bytes.length && bytes[b - 1] != '\n') {
        b++;
      }
      bounds[t] = b;
    }
    int[] firstLine = new int[chunks];
    int[] partLines = new int[chunks];
    firstLine[0] = cur.line;
    for (int t = 0; t < chunks && chunks > 1; t++) {
      int nl = 0;
      for (int i = bounds[t]; i < bounds[t + 1]; i++) {
        if (bytes[i] == '\n') {
          nl++;
        }
      }
      partLines[t] = nl + (t == chunks - 1 && bytes[bytes.length - 1] != '\n' ? 1 : 0);
      if (t + 1 < chunks) {
        firstLine[t + 1] = firstLine[t] + nl;
      }
    }
    ColumnBuilder[][] parts = new ColumnBuilder[chunks][];
    int[] rows = new int[chunks];
    InputException[] errors = new InputException[chunks];
    java.util.stream.IntStream.range(0, chunks)
        .parallel()
        .forEach(
            t -> {
              int hint = chunks == 1 ? rowsHint : partLines[t];
              parts[t] = new ColumnBuilder[k];
              for (int c = 0; c < k; c++) {
                parts[t][c] =
                    new ColumnBuilder(Math.max(16, hint), na, identifiers.contains(header.get(c)));
              }
              Cursor cc = new Cursor(bytes, bounds[t], bounds[t + 1], displayName, firstLine[t]);
              try {
                rows[t] = parseRows(cc, parts[t], k, bytes, displayName, t == chunks - 1);
              } catch (InputException e) {
                errors[t] = e;
              }
            });
    for (InputException e : errors) {
      if (e != null) {
        throw e;
      }
    }
    int row = 0;
    for (int r : rows) {
      row += r;
    }
    List<DataTable.Column> cols = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      cols.add(merge(parts, rows, bounds, bytes, c, header.get(c), row));
    }
    String digest;
    try {
      digest = sha.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing " + displayName, e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("hashing " + displayName + " failed", e.getCause());
    }
    return new DataTable(tableName, displayName, digest, row, cols);
  }

  /**
   * Files larger than this are parsed in {@link #CHUNKS} parts at once when they have no quotes.
   */
  private static final int PARALLEL_FROM = 1 << 22;

  /** A fixed number of parts, so that parsing never depends on the number of processors. */
  private static final int CHUNKS = 4;

  /** Parses the records of one part into builders; returns the number of rows. */
  private static int parseRows(
      Cursor cur,
      ColumnBuilder[] builders,
      int k,
      byte[] bytes,
      String displayName,
      boolean lastPart) {
    Fields record = new Fields(k);
    int row = 0;
    while (true) {
      int lineStart = cur.line;
      if (!cur.readFields(record)) {
        break;
      }
      if (record.size == 1 && record.isEmpty(0)) {
        if (cur.atEnd() && lastPart) {
          break;
        }
        throw new InputException(
            displayName + " line " + lineStart + ": empty line inside the data");
      }
      if (record.size != k) {
        throw new InputException(
            displayName
                + " line "
                + lineStart
                + ": "
                + record.size
                + " fields, but the header has "
                + k);
      }
      for (int c = 0; c < k; c++) {
        String q = record.quoted[c];
        if (q != null) {
          builders[c].add(q, row);
        } else {
          builders[c].add(bytes, record.start[c], record.end[c], row);
        }
      }
      row++;
    }
    return row;
  }

  /**
   * Joins column {@code c} of the parts. A column that turned to text in some part is rebuilt as a
   * sequential read would have: numbers formatted up to its first non-number, raw cells after it.
   */
  private static DataTable.Column merge(
      ColumnBuilder[][] parts,
      int[] rows,
      int[] bounds,
      byte[] bytes,
      int c,
      String name,
      int total) {
    int chunks = parts.length;
    if (chunks == 1) {
      return parts[0][c].build(name, c, total);
    }
    int t0 = -1;
    for (int t = 0; t < chunks && t0 < 0; t++) {
      if (parts[t][c].text != null) {
        t0 = t;
      }
    }
    int offset = 0;
    int firstBlank = -1;
    if (t0 < 0) {
      double[] v = new double[total];
      String[] raw = parts[0][c].raw == null ? null : new String[total];
      for (int t = 0; t < chunks; t++) {
        ColumnBuilder b = parts[t][c];
        System.arraycopy(b.values, 0, v, offset, rows[t]);
        if (raw != null) {
          for (int i = 0; i < rows[t]; i++) {
            raw[offset + i] = b.raw.get(i);
          }
        }
        parts[t][c] = null; // free each part's column as soon as it is copied
        if (firstBlank < 0 && b.firstBlank >= 0) {
          firstBlank = offset + b.firstBlank;
        }
        offset += rows[t];
      }
      return new DataTable.Column(name, c, v, raw, firstBlank, -1, null);
    }
    String[] text = new String[total];
    int firstBad = -1;
    String firstBadValue = null;
    for (int t = 0; t < chunks; t++) {
      ColumnBuilder b = parts[t][c];
      parts[t][c] = null;
      if (t < t0) {
        for (int i = 0; i < rows[t]; i++) {
          text[offset + i] = b.textOf(i);
        }
        if (firstBlank < 0 && b.firstBlank >= 0) {
          firstBlank = offset + b.firstBlank;
        }
      } else if (t == t0) {
        for (int i = 0; i < rows[t]; i++) {
          text[offset + i] = b.text.get(i);
        }
        if (firstBlank < 0 && b.firstBlank >= 0) {
          firstBlank = offset + b.firstBlank;
        }
        firstBad = offset + b.firstBad;
        firstBadValue = b.firstBadValue;
      } else {
        rawCells(bytes, bounds[t], bounds[t + 1], c, text, offset);
        for (int i = 0; i < rows[t] && firstBlank < 0; i++) {
          if (text[offset + i].isBlank()) {
            firstBlank = offset + i;
          }
        }
      }
      offset += rows[t];
    }
    return new DataTable.Column(name, c, null, text, firstBlank, firstBad, firstBadValue);
  }

  /** Cell {@code c} of every line in {@code bytes[from..to)} (a part without quotes) as text. */
  private static void rawCells(byte[] bytes, int from, int to, int c, String[] out, int offset) {
    int pos = from;
    int row = 0;
    while (pos < to) {
      int field = 0;
      int start = pos;
      while (pos < to && bytes[pos] != '\n' && bytes[pos] != '\r') {
        if (bytes[pos] == ',') {
          if (field == c) {
            break;
          }
          field++;
          start = pos + 1;
        }
        pos++;
      }
      int end = pos;
      if (field == c && row + offset < out.length) {
        out[offset + row] = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      }
      while (pos < to && bytes[pos] != '\n') {
        pos++;
      }
      pos++;
      row++;
    }
  }

  /** Parses a decimal number; NaN for a blank cell; throws NumberFormatException otherwise. */
  static double parseNumber(String s) {
    String t = trimSpaces(s);
    if (t.isEmpty() || t.equals("NA") || t.equals(".")) {
      return Double.NaN;
    }
    for (int i = 0; i < t.length(); i++) {
      // Java's trim() and parseDouble() drop control characters, so "12\0" would read as 12.
      if (Character.isISOControl(t.charAt(i))) {
        throw new NumberFormatException(t);
      }
    }
    double fast = FastDecimal.parse(t);
    if (!Double.isNaN(fast)) {
      return fast;
    }
    char last = t.charAt(t.length() - 1);
    // Java would accept "1d", "1f", "NaN", "Infinity" and hex floats; a data file must not.
    if (Character.isLetter(last)
        || t.indexOf('N') >= 0
        || t.indexOf('x') >= 0
        || t.indexOf('X') >= 0) {
      throw new NumberFormatException(t);
    }
    double v = Double.parseDouble(t);
    if (Double.isInfinite(v)) {
      // "1e999" overflows to Infinity: as a number it would poison every fit that uses it
      throw new NumberFormatException(t);
    }
    return v;
  }

  /**
   * Whether a byte is a space around a cell: blank, tab or line end (in a quoted cell). Other
   * control characters are not spaces: a NUL or an escape in a number is an error, not padding.
   */
  static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }

  /** {@code s} without the {@linkplain #isSpace spaces} around it. */
  static String trimSpaces(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && s.charAt(a) < 128 && isSpace((byte) s.charAt(a))) {
      a++;
    }
    while (b > a && s.charAt(b - 1) < 128 && isSpace((byte) s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  static String formatNumber(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return Double.toString(x);
  }

  /** The fields of one record: byte ranges, or the decoded text of a quoted field. */
  private static final class Fields {
    int size;
    int[] start;
    int[] end;
    String[] quoted;

    Fields(int capacity) {
      start = new int[capacity];
      end = new int[capacity];
      quoted = new String[capacity];
    }

    void add(int from, int to, String q) {
      if (size == start.length) {
        int c = size * 2 + 1;
        start = java.util.Arrays.copyOf(start, c);
        end = java.util.Arrays.copyOf(end, c);
        quoted = java.util.Arrays.copyOf(quoted, c);
      }
      start[size] = from;
      end[size] = to;
      quoted[size] = q;
      size++;
    }

    boolean isEmpty(int i) {
      return quoted[i] != null ? quoted[i].isEmpty() : start[i] == end[i];
    }
  }

  /** A position in the bytes that reads one record (a list of fields) at a time. */
  private static final class Cursor {
    private final byte[] s;
    private final int limit;
    private final String file;
    int pos;
    int line;

    Cursor(byte[] s, int pos, String file) {
      this(s, pos, s.length, file, 1);
    }

    Cursor(byte[] s, int pos, int limit, String file, int line) {
      this.s = s;
      this.pos = pos;
      this.limit = limit;
      this.file = file;
      this.line = line;
    }

    boolean atEnd() {
      return pos >= limit;
    }

    /** Reads a record as strings (the header). */
    boolean readRecord(List<String> out) {
      out.clear();
      Fields f = new Fields(8);
      if (!readFields(f)) {
        return false;
      }
      for (int i = 0; i < f.size; i++) {
        out.add(
            f.quoted[i] != null
                ? f.quoted[i]
                : new String(s, f.start[i], f.end[i] - f.start[i], StandardCharsets.UTF_8));
      }
      return true;
    }

    boolean readFields(Fields out) {
      out.size = 0;
      int n = limit;
      if (pos >= n) {
        return false;
      }
      int startLine = line;
      java.io.ByteArrayOutputStream quoted = null;
      while (true) {
        if (pos < n && s[pos] == '"') {
          if (quoted == null) {
            quoted = new java.io.ByteArrayOutputStream();
          }
          quoted.reset();
          pos++;
          while (true) {
            if (pos >= n) {
              throw new InputException(
                  file + " line " + startLine + ": a quoted field is not closed");
            }
            byte ch = s[pos++];
            if (ch == '"') {
              if (pos < n && s[pos] == '"') {
                quoted.write('"');
                pos++;
              } else {
                break;
              }
            } else {
              if (ch == '\n') {
                line++;
              }
              quoted.write(ch);
            }
          }
          out.add(0, 0, quoted.toString(StandardCharsets.UTF_8));
          // skip anything up to the delimiter (tolerates spaces after a closing quote)
          while (pos < n && s[pos] != ',' && s[pos] != '\n' && s[pos] != '\r') {
            pos++;
          }
        } else {
          int start = pos;
          while (pos < n) {
            byte ch = s[pos];
            if (ch == ',' || ch == '\n' || ch == '\r') {
              break;
            }
            pos++;
          }
          out.add(start, pos, null);
        }
        if (pos >= n) {
          return true;
        }
        byte ch = s[pos];
        if (ch == ',') {
          pos++;
          continue;
        }
        if (ch == '\r') {
          pos++;
          if (pos < n && s[pos] == '\n') {
            pos++;
          }
        } else {
          pos++;
        }
        line++;
        return true;
      }
    }
  }
}
