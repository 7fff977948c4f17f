package org.policyreport.report.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.policyreport.report.render.Renderer;

/**
 * Writes the document as an A4 PDF with OpenPDF: Pretendard GOV embedded, bookmarks, a linked table
 * of contents with real page numbers, running header and page footer. The file is tagged in reading
 * order (see {@link Composer} and {@link Flow}) and meets PDF/A-2a and PDF/UA-1 (see {@link
 * Conformance}).
 *
 * <p>Page numbers need two passes: the first lays the document out and records the page each
 * heading lands on; the second writes the contents with those numbers and the footer with the page
 * total. The contents take the same room in both passes, so the layout does not move; if it ever
 * did, a further pass is made.
 */
public final class PdfRenderer implements Renderer {
  private static final int MAX_PASSES = 4;

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public void render(
      org.policyreport.report.document.Document document,
      OutputStream out,
      Consumer<String> warnings)
      throws IOException {
    Pass pass = write(document, Map.of(), 0, Properties.seed(document.metadata()));
    byte[] idSeed = pass.bytes();
    for (int i = 1; i < MAX_PASSES; i++) {
      Pass next = write(document, pass.headingPages(), pass.pages(), idSeed);
      boolean settled =
          next.headingPages().equals(pass.headingPages()) && next.pages() == pass.pages();
      pass = next;
      if (settled) {
        break;
      }
    }
    pass.warnings().forEach(warnings);
    String missing = MissingGlyphs.describe(document, PdfFonts.forFile());
    if (missing != null) {
      warnings.accept(missing);
    }
    out.write(pass.bytes());
  }

  private static Pass write(
      org.policyreport.report.document.Document document,
      Map<String, Integer> headingPages,
      int totalPages,
      byte[] idSeed) {
    List<String> warnings = new ArrayList<>();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Document pdf =
        new Document(
            Layout.PAGE,
            Layout.MARGIN_LEFT,
            Layout.MARGIN_RIGHT,
            Layout.MARGIN_TOP,
            Layout.MARGIN_BOTTOM);
    PdfWriter writer = PdfWriter.getInstance(pdf, buffer);
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
    writer.setTagged();
    // Annotations are visited in the order of the structure tree (PDF/UA).
    writer.setTabs(PdfName.S);
    PdfFonts fonts = PdfFonts.forFile();
    PageFrame frame =
        new PageFrame(fonts, document.vocabulary(), document.metadata().title(), totalPages);
    writer.setPageEvent(frame);
    Properties.describe(pdf, document.metadata());
    Conformance.declare(writer, pdf, document.metadata());
    pdf.open();
    Properties.fix(writer, document.metadata(), idSeed);
    Conformance.outputIntent(writer);
    Flow flow = new Flow(pdf, writer, new Tags(writer));
    frame.links(flow);
    Composer composer =
        new Composer(flow, writer, fonts, frame, document, headingPages, warnings::add);
    composer.compose(document.blocks());
    composer.finish();
    pdf.close();
    // Counted after closing: the writer's own count includes a started but empty last page.
    int pages = frame.lastPage();
    return new Pass(
        buffer.toByteArray(), Map.copyOf(frame.headingPages()), pages, List.copyOf(warnings));
  }

  private record Pass(
      byte[] bytes, Map<String, Integer> headingPages, int pages, List<String> warnings) {}
}
