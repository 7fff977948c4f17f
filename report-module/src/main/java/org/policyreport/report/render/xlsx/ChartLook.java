package org.policyreport.report.render.xlsx;

import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/** Colours, lines and labels of the native charts, so that every chart in the workbook matches. */
final class ChartLook {
  private static final String[] PALETTE = {
    "1F4E79", "C55A11", "548235", "7F7F7F", "BF9000", "7030A0", "2E75B6", "A9D18E"
  };
  static final String GREY = "808080";

  private ChartLook() {}

  static String colour(int i) {
    return PALETTE[i % PALETTE.length];
  }

  static XDDFColor rgb(String hex) {
    int v = Integer.parseInt(hex, 16);
    return XDDFColor.from(new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v});
  }

  static XDDFSolidFillProperties fill(String hex) {
    return new XDDFSolidFillProperties(rgb(hex));
  }

  static XDDFShapeProperties solid(String hex) {
    XDDFShapeProperties p = new XDDFShapeProperties();
    p.setFillProperties(fill(hex));
    p.setLineProperties(line(hex, 0.75, false));
    return p;
  }

  static XDDFLineProperties line(String hex, double widthPt, boolean dashed) {
    XDDFLineProperties l = new XDDFLineProperties(fill(hex));
    l.setWidth(widthPt);
    if (dashed) {
      l.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
    }
    return l;
  }

  static XDDFLineProperties noLine() {
    return new XDDFLineProperties(new XDDFNoFillProperties());
  }

  static XDDFShapeProperties lineOnly(String hex, double widthPt, boolean dashed) {
    XDDFShapeProperties p = new XDDFShapeProperties();
    p.setLineProperties(line(hex, widthPt, dashed));
    return p;
  }

  /** Marker shapes of line series, in the order of the report's images. */
  private static final MarkerStyle[] MARKERS = {
    MarkerStyle.CIRCLE,
    MarkerStyle.SQUARE,
    MarkerStyle.TRIANGLE,
    MarkerStyle.DIAMOND,
    MarkerStyle.X,
    MarkerStyle.STAR
  };

  /** Dash patterns of line series, so that lines stay apart in greyscale print. */
  private static final PresetLineDash[] DASHES = {
    PresetLineDash.SOLID,
    PresetLineDash.DASH,
    PresetLineDash.SYSTEM_DOT,
    PresetLineDash.DASH_DOT,
    PresetLineDash.SYSTEM_DASH,
    PresetLineDash.LARGE_DASH,
    PresetLineDash.LARGE_DASH_DOT
  };

  static MarkerStyle markerStyle(int i) {
    return MARKERS[i % MARKERS.length];
  }

  static PresetLineDash dash(int i) {
    return DASHES[i % DASHES.length];
  }

  /** The line of the {@code i}-th series of a line chart: its colour and its own dash pattern. */
  static XDDFShapeProperties seriesLine(String hex, int i) {
    XDDFLineProperties l = new XDDFLineProperties(fill(hex));
    l.setWidth(1.75);
    l.setPresetDash(new XDDFPresetLineDash(dash(i)));
    XDDFShapeProperties p = new XDDFShapeProperties();
    p.setLineProperties(l);
    return p;
  }

  /** The summary line (mean of all units): black, thicker and dashed. */
  static XDDFShapeProperties summaryLine() {
    XDDFLineProperties l = new XDDFLineProperties(new XDDFSolidFillProperties(black()));
    l.setWidth(2.75);
    l.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
    XDDFShapeProperties p = new XDDFShapeProperties();
    p.setLineProperties(l);
    return p;
  }

  /** Fills a series' marker with one colour (otherwise each series picks its own). */
  static void marker(CTMarker marker, String hex) {
    XDDFShapeProperties p = solid(hex);
    marker.setSpPr(p.getXmlObject());
  }

  /** Labels each point of a series with the series name, e.g. a scatter point with its item. */
  static void seriesNameLabels(CTDLbls labels, STDLblPos.Enum position) {
    labels.addNewDLblPos().setVal(position);
    labels.addNewShowLegendKey().setVal(false);
    labels.addNewShowVal().setVal(false);
    labels.addNewShowCatName().setVal(false);
    labels.addNewShowSerName().setVal(true);
    labels.addNewShowPercent().setVal(false);
    labels.addNewShowBubbleSize().setVal(false);
  }

  static XDDFColor black() {
    return XDDFColor.from(PresetColor.BLACK);
  }
}
