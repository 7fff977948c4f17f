package org.policyreport.report.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.policyreport.report.chart.ChartImages;
import org.policyreport.report.chart.ChartSpec;
import org.policyreport.report.document.Figure;

/**
 * Figures: the chart drawn as vector graphics straight into the PDF (through PdfGraphics2D, with
 * the embedded fonts, so chart text stays sharp and searchable), the caption below it, then notes
 * and source. Chart, caption and notes are kept on one page.
 */
final class Figures {
  private final PdfWriter writer;
  private final PdfFonts fonts;
  private final Tables tables;

  Figures(PdfWriter writer, PdfFonts fonts, Tables tables) {
    this.writer = writer;
    this.fonts = fonts;
    this.tables = tables;
  }

  /**
   * The figure placed as a Figure element carrying the alt text, its caption after it, then notes
   * and source as paragraphs; measured as one unit kept on a page.
   */
  Blocks.Built built(Figure f) {
    Image image = chart(f);
    Paragraph caption = caption(f);
    List<Element> notes = tables.notes(f.notes(), f.source());
    PdfPTable frame = new PdfPTable(1);
    frame.setWidthPercentage(100);
    PdfPCell chart = new PdfPCell(image, false);
    chart.setBorder(Rectangle.NO_BORDER);
    chart.setHorizontalAlignment(Element.ALIGN_CENTER);
    chart.setPadding(0f);
    frame.addCell(chart);
    PdfPCell captionCell = new PdfPCell();
    captionCell.setBorder(Rectangle.NO_BORDER);
    captionCell.setPaddingTop(4f);
    captionCell.addElement(caption);
    for (Element e : notes) {
      captionCell.addElement(e);
    }
    frame.addCell(captionCell);
    frame.setKeepTogether(true);
    frame.setSpacingBefore(8f);
    frame.setSpacingAfter(10f);
    return new Blocks.Built(
        List.of(frame),
        (flow, parent) -> {
          PdfStructureElement figure = Tags.add(parent, PdfName.FIGURE);
          Tags.alt(figure, f.altText() != null ? f.altText() : caption.getContent());
          flow.image(image, 8f, 4f, figure);
          flow.text(caption, Tags.add(parent, PdfName.CAPTION));
          for (Element e : notes) {
            flow.text((Paragraph) e, Tags.add(parent, PdfName.P));
          }
          flow.space(10f);
        });
  }

  private Image chart(Figure f) {
    float width = Layout.TEXT_WIDTH * 0.94f;
    float height = height(f.chart(), width);
    PdfContentByte cb = writer.getDirectContent();
    PdfTemplate template = cb.createTemplate(width, height);
    Graphics2D g2 = template.createGraphics(width, height, fonts);
    try {
      ChartImages.draw(f.chart(), g2, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g2.dispose();
    }
    Image image;
    try {
      image = Image.getInstance(template);
    } catch (BadElementException e) {
      throw new IllegalStateException("figure " + f.id() + " cannot be placed", e);
    }
    if (f.altText() != null) {
      image.setAlt(f.altText());
    }
    return image;
  }

  private Paragraph caption(Figure f) {
    Paragraph caption = new Paragraph(Layout.LEADING);
    caption.setFont(fonts.bold(Layout.BODY));
    if (f.label() != null) {
      caption.add(LineBreaks.chunk(f.label() + "  ", fonts.bold(Layout.BODY)));
    }
    caption.add(LineBreaks.chunk(f.caption() == null ? "" : f.caption(), fonts.bold(Layout.BODY)));
    caption.setAlignment(Element.ALIGN_CENTER);
    return caption;
  }

  /** Chart height for its content: a row per term for coefficient plots, otherwise about 3:5. */
  static float height(ChartSpec spec, float width) {
    if (spec instanceof ChartSpec.Coefficients c) {
      return Math.max(150f, Math.min(520f, 70f + 26f * c.terms().size()));
    }
    if (spec instanceof ChartSpec.Lines l) {
      int legendRows = (l.series().size() + 5) / 6;
      return width * 0.56f + 12f * Math.max(0, legendRows - 1);
    }
    if (spec instanceof ChartSpec.Bar b && b.horizontal()) {
      return Math.max(
          170f, Math.min(520f, 60f + 20f * b.categories().size() * Math.max(1, b.series().size())));
    }
    if (spec instanceof ChartSpec.Scatter s && s.points().size() > 6) {
      // Labelled points need room around them.
      return width * 0.72f;
    }
    return width * 0.6f;
  }
}
