package org.policyreport.analysis.data;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.policyreport.analysis.InputException;

/**
 * Reads a comma-separated UTF-8 file (with or without a byte-order mark, LF or CRLF line ends,
 * RFC 4180 quotes) into a {@link DataTable}. Every column is parsed as numbers; a column with a
 * cell that is not a number is kept as text and remembers the first such cell for the error
 * message, so that only a model that needs the column as a number fails.
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
    // The digest runs on another core while this one parses.
    java.util.concurrent.CompletableFuture<String> sha =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> sha256(bytes));
    int newlines = 0;
    boolean ascii = true;
    for (byte b : bytes) {
      if (b == '\n') {
        newlines++;
      } else if (b < 0) {
        ascii = false;
      }
    }
    if (!ascii) {
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes));
      } catch (CharacterCodingException e) {
        throw new InputException(displayName + ": not valid UTF-8 text (save the file as UTF-8)");
      }
    }
    return parseBytes(tableName, bytes, displayName, sha, newlines + 1);
  }

  /** Parses CSV text already in memory. */
  public static DataTable parse(String tableName, String text, String displayName, String sha) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return parseBytes(
        tableName, bytes, displayName, java.util.concurrent.CompletableFuture.completedFuture(sha), 16);
  }

  private static DataTable parseBytes(
      String tableName,
      byte[] bytes,
      String displayName,
      java.util.concurrent.Future<String> sha,
      int rowsHint) {
    int pos =
        bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    Cursor cur = new Cursor(bytes, pos, displayName);
    List<String> header = new ArrayList<>();
    if (!cur.readRecord(header) || header.isEmpty() || (header.size() == 1 && header.get(0).isBlank())) {
      throw new InputException(displayName + " line 1: the file is empty (a header row is required)");
    }
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c).trim();
      header.set(c, h);
      if (h.isEmpty()) {
        throw new InputException(displayName + " line 1, column " + (c + 1) + ": empty column name");
      }
      if (!seen.add(h)) {
        throw new InputException(
            displayName + " line 1, column " + (c + 1) + ": duplicate column name '" + h + "'");
      }
    }
    int k = header.size();
    ColumnBuilder[] builders = new ColumnBuilder[k];
    for (int c = 0; c < k; c++) {
      builders[c] = new ColumnBuilder(Math.max(16, rowsHint));
    }
    Fields record = new Fields(k);
    int row = 0;
    while (true) {
      int lineStart = cur.line;
      if (!cur.readFields(record)) {
        break;
      }
      if (record.size == 1 && record.isEmpty(0)) {
        if (cur.atEnd()) {
          break;
        }
        throw new InputException(displayName + " line " + lineStart + ": empty line inside the data");
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
    List<DataTable.Column> cols = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      cols.add(builders[c].build(header.get(c), c, row));
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

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Parses a decimal number; NaN for a blank cell; throws NumberFormatException otherwise. */
  static double parseNumber(String s) {
    String t = s.trim();
    if (t.isEmpty() || t.equals("NA") || t.equals(".")) {
      return Double.NaN;
    }
    double fast = FastDecimal.parse(t);
    if (!Double.isNaN(fast)) {
      return fast;
    }
    char last = t.charAt(t.length() - 1);
    // Java would accept "1d", "1f", "NaN", "Infinity" and hex floats; a data file must not.
    if (Character.isLetter(last) || t.indexOf('N') >= 0 || t.indexOf('x') >= 0 || t.indexOf('X') >= 0) {
      throw new NumberFormatException(t);
    }
    return Double.parseDouble(t);
  }

  private static final class ColumnBuilder {
    private double[] values;
    private List<String> text;
    private int firstBlank = -1;
    private int firstBad = -1;
    private String firstBadValue;

    ColumnBuilder(int capacity) {
      values = new double[capacity];
    }

    /** Adds the unquoted cell {@code bytes[from..to)}, parsing numbers without making a String. */
    void add(byte[] bytes, int from, int to, int row) {
      if (text == null) {
        int a = from;
        int b = to;
        while (a < b && (bytes[a] & 0xFF) <= ' ') {
          a++;
        }
        while (b > a && (bytes[b - 1] & 0xFF) <= ' ') {
          b--;
        }
        if (a < b && !(b - a <= 2 && (bytes[a] == 'N' || bytes[a] == '.'))) {
          double v = FastDecimal.parse(bytes, a, b);
          if (!Double.isNaN(v)) {
            if (row == values.length) {
              values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[row] = v;
            return;
          }
        }
      }
      add(new String(bytes, from, to - from, StandardCharsets.UTF_8), row);
    }

    void add(String cell, int row) {
      if (text != null) {
        text.add(cell);
        if (cell.isBlank() && firstBlank < 0) {
          firstBlank = row;
        }
        return;
      }
      if (row == values.length) {
        values = java.util.Arrays.copyOf(values, values.length * 2);
      }
      double v;
      try {
        v = parseNumber(cell);
      } catch (NumberFormatException e) {
        switchToText(row);
        text.add(cell);
        firstBad = row;
        firstBadValue = cell;
        return;
      }
      if (Double.isNaN(v) && firstBlank < 0) {
        firstBlank = row;
      }
      values[row] = v;
    }

    private void switchToText(int rowsSoFar) {
      text = new ArrayList<>(Math.max(16, rowsSoFar * 2));
      for (int i = 0; i < rowsSoFar; i++) {
        double x = values[i];
        text.add(Double.isNaN(x) ? "" : formatNumber(x));
      }
      values = null;
    }

    DataTable.Column build(String name, int position, int rows) {
      if (text != null) {
        return new DataTable.Column(
            name, position, null, text.toArray(new String[0]), firstBlank, firstBad, firstBadValue);
      }
      double[] v = values.length == rows ? values : java.util.Arrays.copyOf(values, rows);
      return new DataTable.Column(name, position, v, null, firstBlank, -1, null);
    }
  }

  private static String formatNumber(double x) {
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
    private final String file;
    private int pos;
    int line = 1;

    Cursor(byte[] s, int pos, String file) {
      this.s = s;
      this.pos = pos;
      this.file = file;
    }

    boolean atEnd() {
      return pos >= s.length;
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
      int n = s.length;
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
              throw new InputException(file + " line " + startLine + ": a quoted field is not closed");
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
