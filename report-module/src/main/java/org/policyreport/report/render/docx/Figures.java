package org.policyreport.report.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.policyreport.report.chart.ChartImages;
import org.policyreport.report.chart.ChartSpec;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Vocabulary;

/**
 * Figures: the chart drawn as a PNG at print resolution and placed at text width, with its
 * description as alternative text, the caption below and note and source lines under that.
 */
final class Figures {
  /** Print resolution of chart images. */
  private static final int DPI = 250;

  private static final double CM_PER_INCH = 2.54;
  private static final double WIDTH_CM = 16.0;

  private Figures() {}

  static void write(Body body, Figure f, Vocabulary v, References refs, boolean pageBreak)
      throws IOException {
    double heightCm = heightCm(f.chart());
    int widthPx = (int) Math.round(WIDTH_CM / CM_PER_INCH * DPI);
    int heightPx = (int) Math.round(heightCm / CM_PER_INCH * DPI);
    byte[] png = ChartImages.png(f.chart(), widthPx, heightPx, v);

    XWPFParagraph p =
        Par.style(Styles.FIGURE).pageBreakBefore(pageBreak).applyTo(body.newParagraph());
    XWPFRun run = p.createRun();
    String name = f.id() == null ? "figure" : f.id();
    try {
      run.addPicture(
          new ByteArrayInputStream(png),
          PictureType.PNG,
          name + ".png",
          (int) Math.round(Units.EMU_PER_CENTIMETER * WIDTH_CM),
          (int) Math.round(Units.EMU_PER_CENTIMETER * heightCm));
    } catch (InvalidFormatException e) {
      throw new IOException("chart image of " + name + " cannot be added", e);
    }
    // Word reads the alternative text from docPr; other readers from the picture's own cNvPr.
    String alt = f.altText() == null ? "" : f.altText();
    CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
    inline.getDocPr().setName(f.label() == null ? name : f.label());
    inline.getDocPr().setDescr(alt);
    run.getEmbeddedPictures().get(0).getCTPicture().getNvPicPr().getCNvPr().setDescr(alt);

    boolean notes = !f.notes().isEmpty() || (f.source() != null && !f.source().isEmpty());
    XWPFParagraph caption =
        Par.style(Styles.FIGURE_CAPTION).keepNext(notes).applyTo(body.newParagraph());
    Captions.write(caption, f.label(), f.caption(), v, true, refs.nextCaption());
    Tables.notes(body, f.notes(), f.source(), v);
  }

  /** Height for a text-width chart: coefficient plots grow with their rows. */
  private static double heightCm(ChartSpec spec) {
    if (spec instanceof ChartSpec.Coefficients) {
      int rows = ((ChartSpec.Coefficients) spec).terms().size();
      return Math.max(6.0, Math.min(20.0, 2.5 + 0.9 * rows));
    }
    if (spec instanceof ChartSpec.Scatter) {
      return 11.0;
    }
    if (spec instanceof ChartSpec.Bar && ((ChartSpec.Bar) spec).horizontal()) {
      int rows = ((ChartSpec.Bar) spec).categories().size();
      return Math.max(7.0, Math.min(20.0, 2.5 + 0.7 * rows));
    }
    return 9.0;
  }
}
