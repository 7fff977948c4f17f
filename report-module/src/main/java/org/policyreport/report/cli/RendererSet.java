package org.policyreport.report.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.analysis.config.DataSourceSpec;
import org.policyreport.analysis.config.ModelSpec;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.pipeline.Estimators;
import org.policyreport.analysis.source.DataSources;
import org.policyreport.analysis.terms.TermParser;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.InputException;
import org.policyreport.contract.SurveyGrouping;
import org.policyreport.contract.SurveyItemResult;
import org.policyreport.contract.SurveyResult;
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

  /** The most characters a spreadsheet cell holds. */
  static final int MAX_CELL_CHARACTERS = 32_767;

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
   * The columns of each data source that the models, surveys and figure series use: the workbook
   * carries what the report rests on, never a whole file (a received config could otherwise pull
   * any readable file into a shared report).
   */
  static Map<String, Set<String>> usedColumns(AnalysisConfig config, AnalysisResults results) {
    Map<String, Set<String>> used = new LinkedHashMap<>();
    Estimators estimators = Estimators.standard();
    for (ModelSpec spec : config.models()) {
      Set<String> cols = used.computeIfAbsent(spec.data(), k -> new LinkedHashSet<>());
      addTermColumns(cols, spec.dependent());
      for (String r : spec.regressors()) {
        addTermColumns(cols, r);
      }
      for (String c : estimators.runnerFor(spec).extraColumns(spec)) {
        addTermColumns(cols, c);
      }
    }
    for (SurveyResult s : results.surveys()) {
      if (s.data() == null) {
        continue;
      }
      Set<String> cols = used.computeIfAbsent(s.data(), k -> new LinkedHashSet<>());
      for (SurveyItemResult i : s.items()) {
        cols.add(i.importanceColumn());
        cols.add(i.performanceColumn());
      }
      for (SurveyGrouping g : s.groupings()) {
        cols.add(g.variable());
      }
    }
    for (DataSourceSpec source : config.data().values()) {
      if (!source.series().isEmpty()) {
        // the series behind the report's figures
        used.computeIfAbsent(source.name(), k -> new LinkedHashSet<>()).addAll(source.series());
      }
    }
    for (Map.Entry<String, Set<String>> e : used.entrySet()) {
      DataSourceSpec source = config.data().get(e.getKey());
      if (source != null && source.isPanel()) {
        e.getValue().add(source.panel());
        e.getValue().add(source.time());
        e.getValue().addAll(source.unitLabels().values());
      }
    }
    return used;
  }

  /** The data columns a model term such as {@code log(x)} or {@code x:z} reads. */
  private static void addTermColumns(Set<String> cols, String term) {
    try {
      cols.addAll(TermParser.parse(term).variables());
    } catch (IllegalArgumentException notATerm) {
      cols.add(term);
    }
  }

  /**
   * The used columns of the config's data files as workbook sheets; unreadable or very large ones
   * are skipped with a warning.
   */
  static List<DataSheet> dataSheets(
      AnalysisConfig config,
      AnalysisResults results,
      Map<String, DataTable> alreadyRead,
      Consumer<String> warnings) {
    Map<String, Set<String>> used = usedColumns(config, results);
    List<DataSheet> out = new ArrayList<>();
    for (DataSourceSpec source : config.data().values()) {
      Set<String> wanted = used.get(source.name());
      if (wanted == null) {
        continue;
      }
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
        if (wanted.contains(c)) {
          columns.add(column(t, c));
        }
      }
      if (columns.size() > MAX_COLUMNS) {
        throw new InputException(
            t.source()
                + ": "
                + columns.size()
                + " columns used, more than a spreadsheet sheet holds ("
                + MAX_COLUMNS
                + ")");
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
      String[] labels = t.labels(c);
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] != null && labels[i].length() > MAX_CELL_CHARACTERS) {
          throw new InputException(
              t.where(c, i)
                  + ": a cell of "
                  + labels[i].length()
                  + " characters, more than a spreadsheet cell holds ("
                  + MAX_CELL_CHARACTERS
                  + ")");
        }
      }
      return DataSheet.Column.text(c, Arrays.asList(labels));
    }
  }
}
