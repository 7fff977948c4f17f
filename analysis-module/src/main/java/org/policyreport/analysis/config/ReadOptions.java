package org.policyreport.analysis.config;

import java.util.List;

/**
 * How to read a data source's file: its text encoding, which part of a workbook, which cell texts
 * mean "missing", whether to reshape a wide layout and whether to standardize region names.
 *
 * @param encoding the {@code encoding:} as written, or null (a byte-order mark decides, else UTF-8)
 * @param sheetName the worksheet by name, or null
 * @param sheetIndex the worksheet by 1-based position, or 0 (with no name either: the first sheet)
 * @param range the cells to read ({@code A3:H20}), or null for the used area of the sheet
 * @param na missing-value markers, or null for the default ({@code -}, {@code …}, {@code x}, {@code
 *     (X)})
 * @param reshape the wide layout to turn into a long table, or null
 * @param regions {@code standard} to map the panel column's region names to one id, or null
 */
public record ReadOptions(
    String encoding,
    String sheetName,
    int sheetIndex,
    String range,
    List<String> na,
    WideLayoutSpec reshape,
    String regions) {
  /** A plain file: detected encoding, first sheet, default markers, no reshaping. */
  public static final ReadOptions DEFAULT = new ReadOptions(null, null, 0, null, null, null, null);

  public ReadOptions {
    na = na == null ? null : List.copyOf(na);
  }
}
