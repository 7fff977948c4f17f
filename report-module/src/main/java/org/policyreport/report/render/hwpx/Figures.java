package org.policyreport.report.render.hwpx;

import org.policyreport.report.chart.ChartImages;
import org.policyreport.report.chart.ChartSpec;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Vocabulary;

/**
 * Figures: the chart drawn as a PNG at print resolution (the same drawing as in the Word file),
 * embedded in BinData/ and placed at text width as a picture that flows like a character in its own
 * centred paragraph; its description goes into the picture's comment (Hangul's alternative text),
 * the caption below and note and source lines under that.
 */
final class Figures {
  private static final int DPI = 250;

  /** Hangul's image dimensions count pixels at 96 dpi: 7200 / 96 HWPUNIT each. */
  private static final int UNITS_PER_PIXEL = 75;

  private Figures() {}

  static void write(Paragraphs p, Ids ids, Figure f, Vocabulary v, boolean pageBreak) {
    int width = PageSetup.TEXT_WIDTH;
    int height = (int) Math.round(width * heightRatio(f.chart()));
    int widthPx = (int) Math.round(width / 7200.0 * DPI);
    int heightPx = (int) Math.round(height / 7200.0 * DPI);
    byte[] png = ChartImages.png(f.chart(), widthPx, heightPx, v);
    String image = ids.addImage(png);

    Xml x = p.xml();
    p.begin(Look.Style.NORMAL, Look.Para.FIGURE, pageBreak);
    x.open("hp:run").attr("charPrIDRef", Look.Char.BODY.id());
    int id = ids.nextObject();
    x.open("hp:pic")
        .attr("id", id)
        .attr("zOrder", id)
        .attr("numberingType", "PICTURE")
        .attr("textWrap", "TOP_AND_BOTTOM")
        .attr("textFlow", "BOTH_SIDES")
        .attr("lock", false)
        .attr("dropcapstyle", "None")
        .attr("href", "")
        .attr("groupLevel", 0)
        .attr("instid", id)
        .attr("reverse", false);
    x.empty("hp:offset", "x", "0", "y", "0");
    size(x, "hp:orgSz", width, height);
    size(x, "hp:curSz", width, height);
    x.empty("hp:flip", "horizontal", "0", "vertical", "0");
    x.empty(
        "hp:rotationInfo",
        "angle",
        "0",
        "centerX",
        Integer.toString(width / 2),
        "centerY",
        Integer.toString(height / 2),
        "rotateimage",
        "1");
    x.open("hp:renderingInfo");
    for (String m : new String[] {"hc:transMatrix", "hc:scaMatrix", "hc:rotMatrix"}) {
      x.empty(m, "e1", "1", "e2", "0", "e3", "0", "e4", "0", "e5", "1", "e6", "0");
    }
    x.close();
    x.open("hp:imgRect");
    point(x, "hc:pt0", 0, 0);
    point(x, "hc:pt1", width, 0);
    point(x, "hc:pt2", width, height);
    point(x, "hc:pt3", 0, height);
    x.close();
    int dimW = widthPx * UNITS_PER_PIXEL;
    int dimH = heightPx * UNITS_PER_PIXEL;
    x.empty(
        "hp:imgClip",
        "left",
        "0",
        "right",
        Integer.toString(dimW),
        "top",
        "0",
        "bottom",
        Integer.toString(dimH));
    x.empty("hp:inMargin", "left", "0", "right", "0", "top", "0", "bottom", "0");
    x.empty("hp:imgDim", "dimwidth", Integer.toString(dimW), "dimheight", Integer.toString(dimH));
    x.empty(
        "hc:img",
        "binaryItemIDRef",
        image,
        "bright",
        "0",
        "contrast",
        "0",
        "effect",
        "REAL_PIC",
        "alpha",
        "0");
    Placement.write(x, width, height, true);
    x.open("hp:shapeComment").text(f.altText() == null ? "" : f.altText()).close();
    x.close(); // pic
    x.empty("hp:t");
    x.close(); // run
    p.end();

    String caption =
        (f.label() == null ? "" : f.label() + " ") + (f.caption() == null ? "" : f.caption());
    p.plain(Look.Style.CAPTION, Look.Para.FIGURE_CAPTION, Look.Char.CAPTION, false, caption);
    Tables.notes(p, f.notes(), f.source(), v);
  }

  private static void size(Xml x, String name, int w, int h) {
    x.empty(name, "width", Integer.toString(w), "height", Integer.toString(h));
  }

  private static void point(Xml x, String name, int px, int py) {
    x.empty(name, "x", Integer.toString(px), "y", Integer.toString(py));
  }

  /** Height over width, as the Word renderer sizes its 16 cm wide charts. */
  private static double heightRatio(ChartSpec spec) {
    double heightCm = 9.0;
    if (spec instanceof ChartSpec.Coefficients) {
      int rows = ((ChartSpec.Coefficients) spec).terms().size();
      heightCm = Math.max(6.0, Math.min(20.0, 2.5 + 0.9 * rows));
    } else if (spec instanceof ChartSpec.Scatter) {
      heightCm = 11.0;
    } else if (spec instanceof ChartSpec.Bar && ((ChartSpec.Bar) spec).horizontal()) {
      int rows = ((ChartSpec.Bar) spec).categories().size();
      heightCm = Math.max(7.0, Math.min(20.0, 2.5 + 0.7 * rows));
    }
    return heightCm / 16.0;
  }
}
