package org.policyreport.report.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.policyreport.analysis.api.DataColumn;
import org.policyreport.analysis.api.SourceData;
import org.policyreport.analysis.api.Study;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.InputException;
import org.policyreport.report.config.Text;
import org.policyreport.report.render.Renderer;
import org.policyreport.report.render.docx.DocxRenderer;
import org.policyreport.report.render.hwpx.HwpxRenderer;
import org.policyreport.report.render.pdf.PdfRenderer;
import org.policyreport.report.render.xlsx.DataSheet;
import org.policyreport.report.render.xlsx.XlsxRenderer;

/** The output formats the commands write, with the input data for the workbook's data sheets. */
final class RendererSet {
  /** Larger inputs stay out of the workbook: a spreadsheet is not the place for them. */
  static final int MAX_DATA_SHEET_ROWS = 100_000;

  /** The most columns a spreadsheet sheet has. */
  static final int MAX_COLUMNS = 16_384;

  private RendererSet() {}

  /** The formats {@code --formats} names, in the order they are written. */
  static final List<String> FORMATS = List.of("docx", "xlsx", "pdf", "hwpx");

  static List<Renderer> all(List<DataSheet> dataSheets) {
    return List.of(
        new DocxRenderer(), new XlsxRenderer(dataSheets), new PdfRenderer(), new HwpxRenderer());
  }

  /**
   * The renderers of a {@code --formats} list ("docx,hwpx"), in the usual order; all of them when
   * {@code formats} is null. An unknown or empty list is bad input.
   */
  static List<Renderer> of(String formats, List<DataSheet> dataSheets) {
    if (formats == null) {
      return all(dataSheets);
    }
    java.util.Set<String> wanted = new java.util.HashSet<>();
    for (String f : formats.split(",", -1)) {
      String name = f.trim().toLowerCase(java.util.Locale.ROOT);
      if (!FORMATS.contains(name)) {
        throw new InputException(
            "--formats: '" + f.trim() + "' is not one of " + String.join(", ", FORMATS));
      }
      wanted.add(name);
    }
    List<Renderer> out = new ArrayList<>();
    for (Renderer r : all(dataSheets)) {
      if (wanted.contains(r.extension())) {
        out.add(r);
      }
    }
    return out;
  }

  /** Whether the workbook is among the formats (only then are the data sheets worth reading). */
  static boolean wantsWorkbook(String formats) {
    if (formats == null) {
      return true;
    }
    for (String f : formats.split(",", -1)) {
      if (f.trim().equalsIgnoreCase("xlsx")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The columns that the models, surveys and figure series use, of the config's data files, as
   * workbook sheets: the workbook carries what the report rests on, never a whole file (a received
   * config could otherwise pull any readable file into a shared report). Unreadable or very large
   * files are skipped with a warning.
   */
  static List<DataSheet> dataSheets(
      Study study,
      AnalysisResults results,
      Map<String, SourceData> alreadyRead,
      Consumer<String> warnings) {
    List<DataSheet> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> used : study.usedColumns(results).entrySet()) {
      String name = used.getKey();
      Set<String> wanted = used.getValue();
      SourceData t = alreadyRead.get(name);
      try {
        if (t == null) {
          t = study.read(name);
        }
      } catch (InputException e) {
        warnings.accept("data sheet '" + name + "' left out of the workbook: " + e.getMessage());
        continue;
      }
      if (t.rowCount() > MAX_DATA_SHEET_ROWS) {
        warnings.accept(
            "data sheet '"
                + name
                + "' left out of the workbook: "
                + t.rowCount()
                + " rows (the workbook keeps data files up to "
                + MAX_DATA_SHEET_ROWS
                + " rows)");
        continue;
      }
      List<DataSheet.Column> columns = new ArrayList<>();
      for (String c : t.columnNames()) {
        if (wanted.contains(c)) {
          columns.add(column(t, c));
        }
      }
      if (columns.size() > MAX_COLUMNS) {
        throw new InputException(
            t.file()
                + ": "
                + columns.size()
                + " columns used, more than a spreadsheet sheet holds ("
                + MAX_COLUMNS
                + ")");
      }
      out.add(new DataSheet(name, t.path(), columns));
    }
    return out;
  }

  private static DataSheet.Column column(SourceData t, String c) {
    DataColumn column = t.column(c);
    if (column.isNumeric()) {
      return DataSheet.Column.numeric(c, column.numbers());
    }
    List<String> labels = column.texts();
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      if (label != null && label.length() > Text.MAX_LENGTH) {
        throw new InputException(
            t.cellPlace(c, i)
                + ": a cell of "
                + label.length()
                + " characters, more than a spreadsheet cell holds ("
                + Text.MAX_LENGTH
                + ")");
      }
    }
    return DataSheet.Column.text(c, labels);
  }
}
