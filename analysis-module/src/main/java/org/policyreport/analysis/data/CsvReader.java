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
    String sha = sha256(bytes);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InputException(displayName + ": not valid UTF-8 text (save the file as UTF-8)");
    }
    return parse(tableName, text, displayName, sha);
  }

  /** Parses CSV text already in memory. */
  public static DataTable parse(String tableName, String text, String displayName, String sha) {
    int pos = text.startsWith("\uFEFF") ? 1 : 0;
    Cursor cur = new Cursor(text, pos, displayName);
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
      builders[c] = new ColumnBuilder(Math.max(16, text.length() / Math.max(1, 8 * k)));
    }
    List<String> record = new ArrayList<>(k);
    int row = 0;
    while (true) {
      int lineStart = cur.line;
      if (!cur.readRecord(record)) {
        break;
      }
      if (record.size() == 1 && record.get(0).isEmpty()) {
        if (cur.atEnd()) {
          break;
        }
        throw new InputException(displayName + " line " + lineStart + ": empty line inside the data");
      }
      if (record.size() != k) {
        throw new InputException(
            displayName
                + " line "
                + lineStart
                + ": "
                + record.size()
                + " fields, but the header has "
                + k);
      }
      for (int c = 0; c < k; c++) {
        builders[c].add(record.get(c), row);
      }
      row++;
    }
    List<DataTable.Column> cols = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      cols.add(builders[c].build(header.get(c), c, row));
    }
    return new DataTable(tableName, displayName, sha, row, cols);
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

  /** A position in the text that reads one record (a list of fields) at a time. */
  private static final class Cursor {
    private final String s;
    private final String file;
    private int pos;
    int line = 1;

    Cursor(String s, int pos, String file) {
      this.s = s;
      this.pos = pos;
      this.file = file;
    }

    boolean atEnd() {
      return pos >= s.length();
    }

    boolean readRecord(List<String> out) {
      out.clear();
      if (pos >= s.length()) {
        return false;
      }
      int startLine = line;
      StringBuilder quoted = null;
      while (true) {
        if (pos < s.length() && s.charAt(pos) == '"') {
          if (quoted == null) {
            quoted = new StringBuilder();
          }
          quoted.setLength(0);
          pos++;
          while (true) {
            if (pos >= s.length()) {
              throw new InputException(file + " line " + startLine + ": a quoted field is not closed");
            }
            char ch = s.charAt(pos++);
            if (ch == '"') {
              if (pos < s.length() && s.charAt(pos) == '"') {
                quoted.append('"');
                pos++;
              } else {
                break;
              }
            } else {
              if (ch == '\n') {
                line++;
              }
              quoted.append(ch);
            }
          }
          out.add(quoted.toString());
          // skip anything up to the delimiter (tolerates spaces after a closing quote)
          while (pos < s.length() && s.charAt(pos) != ',' && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
            pos++;
          }
        } else {
          int start = pos;
          while (pos < s.length()) {
            char ch = s.charAt(pos);
            if (ch == ',' || ch == '\n' || ch == '\r') {
              break;
            }
            pos++;
          }
          out.add(s.substring(start, pos));
        }
        if (pos >= s.length()) {
          return true;
        }
        char ch = s.charAt(pos);
        if (ch == ',') {
          pos++;
          continue;
        }
        if (ch == '\r') {
          pos++;
          if (pos < s.length() && s.charAt(pos) == '\n') {
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
