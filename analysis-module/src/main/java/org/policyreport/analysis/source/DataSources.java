package org.policyreport.analysis.source;

import java.util.Locale;
import org.policyreport.analysis.config.DataSourceSpec;
import org.policyreport.analysis.config.ReadOptions;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.data.MissingMarkers;
import org.policyreport.analysis.data.TextDecoding;
import org.policyreport.analysis.region.StandardRegions;
import org.policyreport.contract.InputException;
import org.policyreport.contract.config.ConfigLocation;

/**
 * Reads a configured data source into the table the models use: a CSV file (in its encoding) or a
 * worksheet, then the wide layout reshaped and region names standardized when the config asks.
 */
public final class DataSources {
  private DataSources() {}

  /** Reads {@code source}'s file through {@code location} (relative to the config). */
  public static DataTable read(DataSourceSpec source, ConfigLocation location) {
    return read(source, location, java.util.Set.of());
  }

  /**
   * Reads {@code source}'s file, keeping the cells of the {@code identifiers} columns (panel ids,
   * time labels, clusters, groups) exactly as written.
   */
  public static DataTable read(
      DataSourceSpec source, ConfigLocation location, java.util.Set<String> identifiers) {
    String display = location.display(source.path());
    byte[] bytes = location.read(source.path(), "data file");
    return read(source, bytes, display, identifiers);
  }

  /** Reads {@code source} from bytes already loaded; {@code display} names the file in messages. */
  public static DataTable read(DataSourceSpec source, byte[] bytes, String display) {
    return read(source, bytes, display, java.util.Set.of());
  }

  private static DataTable read(
      DataSourceSpec source, byte[] bytes, String display, java.util.Set<String> identifiers) {
    ReadOptions o = source.read();
    MissingMarkers na = o.na() == null ? MissingMarkers.DEFAULT : MissingMarkers.of(o.na());
    DataTable table;
    if (isWorkbook(source.path())) {
      if (o.encoding() != null) {
        throw source
            .node()
            .get("encoding")
            .error("applies to text files; a workbook (" + source.path() + ") has no encoding");
      }
      table = WorkbookReader.read(source.name(), bytes, display, o, na);
    } else {
      for (String key : new String[] {"sheet", "range"}) {
        if (source.node().has(key)) {
          throw source
              .node()
              .get(key)
              .error("applies to .xlsx workbooks; " + source.path() + " is read as CSV");
        }
      }
      if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3) {
        throw new InputException(
            display + ": a zip archive, not CSV text (if it is a workbook, name it .xlsx)");
      }
      table =
          TextDecoding.readCsv(
              source.name(),
              bytes,
              display,
              o.encoding() == null ? null : TextDecoding.charset(o.encoding()),
              na,
              identifiers);
    }
    if (table.rowCount() == 0) {
      throw new InputException(display + ": has no data rows, only a header");
    }
    requireShortIdentifiers(table, identifiers);
    if (o.reshape() != null) {
      table = WideLayout.reshape(table, o.reshape(), source.node().get("reshape"), na);
    }
    if (o.regions() != null) {
      if (!table.hasColumn(source.panel())) {
        throw source
            .node()
            .get("panel")
            .error(
                "names column '"
                    + source.panel()
                    + "', which "
                    + table.source()
                    + " does not have (it has: "
                    + String.join(", ", table.columnNames())
                    + ")");
      }
      table = StandardRegions.apply(table, source.panel());
    }
    return table;
  }

  /** The most characters a spreadsheet cell holds. */
  public static final int MAX_CELL_CHARACTERS = 32_767;

  /**
   * Fails on an identifier cell longer than a spreadsheet cell holds. Identifiers become the labels
   * of tables and data sheets, and the panel checks that follow quote them; this check runs first
   * so that its message, and not one about the panel, names such a cell.
   */
  private static void requireShortIdentifiers(DataTable table, java.util.Set<String> identifiers) {
    for (String column : identifiers) {
      if (!table.hasColumn(column)) {
        continue;
      }
      String[] cells = table.labels(column);
      for (int i = 0; i < cells.length; i++) {
        if (cells[i].length() > MAX_CELL_CHARACTERS) {
          throw new InputException(
              table.where(column, i)
                  + ": a cell of "
                  + cells[i].length()
                  + " characters, more than a spreadsheet cell holds ("
                  + MAX_CELL_CHARACTERS
                  + ")");
        }
      }
    }
  }

  /** Whether a path names an Excel workbook (by its extension, as users name files). */
  public static boolean isWorkbook(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".xlsx") || p.endsWith(".xlsm");
  }
}
