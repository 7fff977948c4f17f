package org.policyreport.report.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.policyreport.analysis.InputException;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.analysis.config.DataSourceSpec;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.source.DataSources;
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
   * The config's data files as workbook sheets; unreadable or very large ones are skipped with a
   * warning.
   */
  static List<DataSheet> dataSheets(
      AnalysisConfig config,
      java.util.Map<String, DataTable> alreadyRead,
      Consumer<String> warnings) {
    List<DataSheet> out = new ArrayList<>();
    for (DataSourceSpec source : config.data().values()) {
      DataTable t = alreadyRead.get(source.name());
      try {
        if (t == null) {
          t = DataSources.read(source, config.location());
        }
      } catch (InputException e) {
        warnings.accept(
            "data sheet '" + source.name() + "' left out of the workbook: " + e.getMessage());
        continue;
      }
      if (t.rowCount() > MAX_DATA_SHEET_ROWS) {
        warnings.accept(
            "data sheet '"
                + source.name()
                + "' left out of the workbook: "
                + t.rowCount()
                + " rows (the workbook keeps data files up to "
                + MAX_DATA_SHEET_ROWS
                + " rows)");
        continue;
      }
      List<DataSheet.Column> columns = new ArrayList<>();
      for (String c : t.columnNames()) {
        columns.add(column(t, c));
      }
      out.add(new DataSheet(source.name(), source.path(), columns));
    }
    return out;
  }

  private static DataSheet.Column column(DataTable t, String c) {
    try {
      double[] v = t.numericAllowingBlanks(c);
      return DataSheet.Column.numeric(
          c, Arrays.stream(v).mapToObj(x -> Double.isNaN(x) ? null : x).toList());
    } catch (InputException notNumeric) {
      return DataSheet.Column.text(c, Arrays.asList(t.labels(c)));
    }
  }
}
