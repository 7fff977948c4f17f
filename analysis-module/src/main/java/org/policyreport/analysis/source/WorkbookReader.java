package org.policyreport.analysis.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.policyreport.analysis.config.ReadOptions;
import org.policyreport.analysis.data.CellLocator;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.data.MissingMarkers;
import org.policyreport.analysis.data.Sha256;
import org.policyreport.analysis.data.TableBuilder;
import org.policyreport.contract.InputException;

/**
 * Reads one worksheet of an .xlsx workbook as a table: the first row of the range (or of the used
 * area) is the header, numbers stay numbers, text stays text, dates become ISO text, a merged
 * cell's value fills every cell it covers (a header over several years, a region over its items),
 * and a formula gives its cached value.
 *
 * <p>A workbook is a zip of XML parts from whoever sent it, so it is read defensively: at most
 * {@link #MAX_BYTES} on disk; POI's zip-bomb guard stays on (a part may not expand more than 100
 * times, and none beyond {@link #MAX_PART_BYTES}); POI parses every part with DOCTYPEs refused, so
 * an external entity can never be resolved. Every failure is an {@link InputException} naming the
 * file, and the sheet and cell where there is one.
 */
public final class WorkbookReader {
  /** The largest workbook file read (64 MiB); larger data belong in a CSV file. */
  public static final int MAX_BYTES = 64 << 20;

  /** The largest XML part a workbook may expand to (256 MiB). */
  public static final long MAX_PART_BYTES = 256L << 20;

  private static final double MIN_INFLATE_RATIO = 0.01;

  private WorkbookReader() {}

  public static DataTable read(
      String tableName, byte[] bytes, String file, ReadOptions options, MissingMarkers na) {
    if (bytes.length > MAX_BYTES) {
      throw new InputException(
          file
              + ": the workbook has "
              + bytes.length
              + " bytes, more than the "
              + (MAX_BYTES >> 20)
              + " MiB this program reads from a workbook (save the sheet as CSV)");
    }
    if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
      throw new InputException(file + ": an old-style .xls workbook; save it as .xlsx or CSV");
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw new InputException(file + ": not an .xlsx workbook (the file is not a zip archive)");
    }
    guardZip();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sheet = sheet(wb, file, options);
      return new SheetReading(tableName, file, Sha256.hex(bytes), sheet, options, na).table();
    } catch (InputException e) {
      throw e;
    } catch (IOException | RuntimeException | LinkageError e) {
      throw new InputException(file + ": cannot read the workbook (" + reason(e) + ")", e);
    } catch (OutOfMemoryError e) {
      // The sheet is held in memory as a tree; what did not fit is gone once this unwinds.
      throw new InputException(
          file + ": the workbook is too large to read in memory (save the sheet as CSV)", e);
    }
  }

  /** POI's limits are process-wide; they are set (never loosened) before every read. */
  private static synchronized void guardZip() {
    if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
      ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }
    if (ZipSecureFile.getMaxEntrySize() > MAX_PART_BYTES) {
      ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }
  }

  /** A one-line reason from POI's exception chain. */
  private static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb")) {
        return "a part expands more than "
            + Math.round(1 / MIN_INFLATE_RATIO)
            + " times its packed size: refused as a possible zip bomb";
      }
      if (m.contains("DOCTYPE") || m.toLowerCase(java.util.Locale.ROOT).contains("entity")) {
        return "a part declares a DOCTYPE or entity: refused";
      }
      if (m.contains("exceeds the max")) {
        return "a part is larger than " + (MAX_PART_BYTES >> 20) + " MiB when unpacked: refused";
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return m.lines().findFirst().orElse("").trim();
  }

  private static XSSFSheet sheet(XSSFWorkbook wb, String file, ReadOptions options) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      names.add("'" + wb.getSheetName(i) + "'");
    }
    if (options.sheetName() != null) {
      XSSFSheet s = wb.getSheet(options.sheetName());
      if (s == null) {
        throw new InputException(
            file
                + ": no sheet '"
                + options.sheetName()
                + "' (the workbook has "
                + String.join(", ", names)
                + ")");
      }
      return s;
    }
    int index = Math.max(1, options.sheetIndex());
    if (index > wb.getNumberOfSheets()) {
      throw new InputException(
          file
              + ": no sheet "
              + index
              + " (the workbook has "
              + wb.getNumberOfSheets()
              + ": "
              + String.join(", ", names)
              + ")");
    }
    return wb.getSheetAt(index - 1);
  }

  /** One worksheet being read into a table. */
  private static final class SheetReading {
    private final String tableName;
    private final String file;
    private final String sha;
    private final XSSFSheet sheet;
    private final String where;
    private final ReadOptions options;
    private final MissingMarkers na;
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();

    SheetReading(
        String tableName,
        String file,
        String sha,
        XSSFSheet sheet,
        ReadOptions options,
        MissingMarkers na) {
      this.tableName = tableName;
      this.file = file;
      this.sha = sha;
      this.sheet = sheet;
      this.where = file + ": sheet '" + sheet.getSheetName() + "'";
      this.options = options;
      this.na = na;
      for (CellRangeAddress r : sheet.getMergedRegions()) {
        for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
          for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
            merged.put(key(row, col), r);
          }
        }
      }
    }

    DataTable table() {
      int firstRow;
      int lastRow;
      int firstCol;
      int lastCol;
      if (options.range() != null) {
        CellRangeAddress r = CellRangeAddress.valueOf(options.range().trim());
        firstRow = r.getFirstRow();
        lastRow = r.getLastRow();
        firstCol = r.getFirstColumn();
        lastCol = r.getLastColumn();
      } else {
        firstRow = -1;
        for (int i = sheet.getFirstRowNum(); i <= sheet.getLastRowNum() && firstRow < 0; i++) {
          if (!blankRow(i, 0, 16383)) {
            firstRow = i;
          }
        }
        if (firstRow < 0) {
          throw new InputException(where + ": the sheet is empty (a header row is required)");
        }
        lastRow = sheet.getLastRowNum();
        firstCol = -1;
        lastCol = -1;
        Row header = sheet.getRow(firstRow);
        int end = header == null ? 0 : header.getLastCellNum();
        for (int c = 0; c < Math.max(end, 1) || c <= maxMergedColumn(firstRow); c++) {
          if (!text(firstRow, c).isBlank()) {
            firstCol = firstCol < 0 ? c : firstCol;
            lastCol = c;
          }
        }
      }
      List<String> names = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int c = firstCol; c <= lastCol; c++) {
        String h = text(firstRow, c).trim();
        if (h.isEmpty()) {
          throw new InputException(at(firstRow, c) + ": empty column name");
        }
        if (!seen.add(h)) {
          throw new InputException(at(firstRow, c) + ": duplicate column name '" + h + "'");
        }
        names.add(h);
      }
      while (lastRow > firstRow && blankRow(lastRow, firstCol, lastCol)) {
        lastRow--;
      }
      TableBuilder out = new TableBuilder(names, na);
      List<Integer> sheetRows = new ArrayList<>();
      for (int r = firstRow + 1; r <= lastRow; r++) {
        if (blankRow(r, firstCol, lastCol)) {
          throw new InputException(
              where
                  + " row "
                  + (r + 1)
                  + ": empty row inside the data (give the sheet a 'range:')");
        }
        for (int c = firstCol; c <= lastCol; c++) {
          cell(out, c - firstCol, sheetRows.size(), r, c);
        }
        sheetRows.add(r);
      }
      int col0 = firstCol;
      CellLocator locator =
          new CellLocator() {
            @Override
            public String cell(int row, int column) {
              return at(sheetRows.get(row), col0 + column);
            }

            @Override
            public String row(int row) {
              return "row " + (sheetRows.get(row) + 1) + " of sheet '" + sheet.getSheetName() + "'";
            }
          };
      return out.build(tableName, file, sha, sheetRows.size(), locator);
    }

    private int maxMergedColumn(int row) {
      int max = -1;
      for (CellRangeAddress r : sheet.getMergedRegions()) {
        if (r.isInRange(row, r.getFirstColumn())) {
          max = Math.max(max, r.getLastColumn());
        }
      }
      return max;
    }

    private String at(int row, int col) {
      return where + " cell " + new CellReference(row, col).formatAsString(false);
    }

    private static long key(int row, int col) {
      return ((long) row << 16) | col;
    }

    /** The cell that holds the value shown at (row, col): the top-left one of a merged area. */
    private Cell source(int row, int col) {
      CellRangeAddress m = merged.get(key(row, col));
      if (m != null) {
        row = m.getFirstRow();
        col = m.getFirstColumn();
      }
      Row r = sheet.getRow(row);
      return r == null ? null : r.getCell(col);
    }

    private boolean blankRow(int row, int firstCol, int lastCol) {
      Row r = sheet.getRow(row);
      if (r == null) {
        return true;
      }
      int from = Math.max(firstCol, Math.max(0, r.getFirstCellNum()));
      int to = Math.min(lastCol, r.getLastCellNum() - 1);
      for (int c = from; c <= to; c++) {
        Cell cell = r.getCell(c);
        if (cell != null
            && cell.getCellType() != CellType.BLANK
            && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
          return false;
        }
      }
      return true;
    }

    /** The cell at (row, col) as text (for the header). */
    private String text(int row, int col) {
      TableBuilder one = new TableBuilder(List.of("h"), MissingMarkers.NONE);
      cell(one, 0, 0, row, col);
      return one.build("h", file, "", 1, CellLocator.csv(file)).labels("h")[0];
    }

    private void cell(TableBuilder out, int column, int outRow, int row, int col) {
      Cell cell = source(row, col);
      if (cell == null) {
        out.text(column, outRow, "");
        return;
      }
      CellType type = cell.getCellType();
      if (type == CellType.FORMULA) {
        if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
          throw new InputException(
              at(row, col)
                  + ": the formula "
                  + cell.getCellFormula()
                  + " has no saved value (open the file in Excel or LibreOffice and save it)");
        }
        type = cell.getCachedFormulaResultType();
      }
      switch (type) {
        case NUMERIC -> {
          if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime t = cell.getLocalDateTimeCellValue();
            out.text(
                column,
                outRow,
                t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? t.toLocalDate().toString()
                    : t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
          } else {
            out.number(column, outRow, cell.getNumericCellValue());
          }
        }
        case STRING -> out.text(column, outRow, cell.getStringCellValue());
        case BOOLEAN -> out.text(column, outRow, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
        case ERROR -> out.text(column, outRow, errorText(cell));
        default -> out.text(column, outRow, "");
      }
    }

    private static String errorText(Cell cell) {
      if (cell instanceof XSSFCell x) {
        String s = x.getErrorCellString();
        if (s != null) {
          return s;
        }
      }
      return "#ERROR";
    }
  }
}
