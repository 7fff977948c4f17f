package org.policyreport.report.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.policyreport.report.document.Bibliography;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Colophon;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Paragraph;
import org.policyreport.report.document.Table;
import org.policyreport.report.document.TitlePage;
import org.policyreport.report.document.Vocabulary;
import org.policyreport.report.render.Renderer;

/**
 * The workbook a researcher uses to reuse the report's numbers: a contents sheet, one sheet per
 * table (numbers as numeric cells), one per figure (its data and a native chart), the
 * recommendations, and any data sheets the caller adds (the input data, provenance).
 */
public final class XlsxRenderer implements Renderer {
  private final List<DataSheet> extraSheets;

  public XlsxRenderer() {
    this(List.of());
  }

  /**
   * @param extraSheets sheets appended after the report's own, in this order
   */
  public XlsxRenderer(List<DataSheet> extraSheets) {
    this.extraSheets = List.copyOf(extraSheets);
  }

  @Override
  public String extension() {
    return "xlsx";
  }

  @Override
  public void render(Document doc, OutputStream out, Consumer<String> warnings) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      build(doc, wb, warnings);
      wb.write(raw);
    }
    ReproducibleZip.rewrite(raw.toByteArray(), doc.metadata().date().atStartOfDay(), out);
  }

  private void build(Document doc, XSSFWorkbook wb, Consumer<String> warnings) {
    Vocabulary v = doc.vocabulary();
    Styles styles = new Styles(wb);
    SheetNames names = new SheetNames();
    String contentsName = names.claim(v.contentsTitle(), "Contents");
    XSSFSheet contents = wb.createSheet(contentsName);
    List<ContentsSheet.Entry> entries = new ArrayList<>();
    List<Box> boxes = new ArrayList<>();
    XSSFSheet boxSheet = null;
    String boxHeading = null;
    Heading chapter = null;
    boolean chapterListed = false;
    TitlePage titlePage = null;
    Bibliography refs = null;
    String refsTitle = null;
    Colophon colophon = null;
    for (Block b : doc.blocks()) {
      if (b instanceof TitlePage t) {
        titlePage = t;
      } else if (b instanceof Bibliography bib) {
        refs = bib;
        refsTitle = chapter != null ? chapter.text() : null;
      } else if (b instanceof Colophon c) {
        colophon = c;
      }
      if (b instanceof Heading && ((Heading) b).level() == 1) {
        chapter = (Heading) b;
        chapterListed = false;
        continue;
      }
      if (!(b instanceof Table || b instanceof Figure || b instanceof Box)) {
        continue;
      }
      if (chapter != null && !chapterListed) {
        entries.add(ContentsSheet.Entry.heading(chapter.display()));
        chapterListed = true;
      }
      if (b instanceof Table) {
        Table t = (Table) b;
        String name = names.claim(t.sheetName(), t.label());
        String warning = new TableSheet(t, wb.createSheet(name), styles, v).write(contentsName);
        if (warning != null) {
          warnings.accept(warning);
        }
        entries.add(new ContentsSheet.Entry(t.label(), t.caption(), name));
      } else if (b instanceof Figure) {
        Figure f = (Figure) b;
        String name = names.claim(f.label(), f.id());
        FigureSheet.write(f, wb.createSheet(name), styles, v, contentsName, warnings);
        entries.add(new ContentsSheet.Entry(f.label(), f.caption(), name));
      } else {
        Box box = (Box) b;
        if (boxSheet == null) {
          String name = names.claim(chapter != null ? chapter.text() : null, box.title());
          boxSheet = wb.createSheet(name);
          boxHeading = chapter != null ? chapter.display() : null;
          entries.add(new ContentsSheet.Entry(name, null, name));
        }
        boxes.add(box);
      }
    }
    if (boxSheet != null) {
      RecommendationsSheet.write(boxes, boxSheet, styles, v, boxHeading, contentsName);
    }
    if (PublicationSheet.hasContent(titlePage, refs, colophon)) {
      String name = names.claim(v.publicationTitle(), "Publication");
      PublicationSheet.write(
          titlePage, refs, refsTitle, colophon, wb.createSheet(name), styles, v, contentsName);
      entries.add(ContentsSheet.Entry.heading(""));
      entries.add(new ContentsSheet.Entry(name, null, name));
    }
    if (!extraSheets.isEmpty()) {
      entries.add(ContentsSheet.Entry.heading(""));
    }
    for (DataSheet d : extraSheets) {
      String name = names.claim(d.name(), "Data");
      DataSheets.write(d, wb.createSheet(name), styles, v);
      entries.add(new ContentsSheet.Entry(name, d.title(), name));
    }
    ContentsSheet.write(contents, styles, doc.metadata(), v, notice(doc, warnings), entries);
    wb.setActiveSheet(0);
    Properties.set(wb, doc.metadata());
  }

  /** The document's own words for the synthetic-data notice: the title page's, else a notice. */
  private static String notice(Document doc, Consumer<String> warnings) {
    if (!doc.metadata().syntheticData()) {
      return null;
    }
    for (Block b : doc.blocks()) {
      if (b instanceof TitlePage && ((TitlePage) b).notice() != null) {
        return ((TitlePage) b).notice();
      }
    }
    for (Block b : doc.blocks()) {
      if (b instanceof Paragraph && ((Paragraph) b).role() == Paragraph.Role.NOTICE) {
        return BoxText.text(((Paragraph) b).content());
      }
    }
    warnings.accept("the data are synthetic but the document has no notice text to say so");
    return null;
  }
}
