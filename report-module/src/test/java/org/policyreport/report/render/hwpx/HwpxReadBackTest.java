package org.policyreport.report.render.hwpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.context_hpf.ManifestItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.ParaListCore;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Ctrl;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.CtrlItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.FootNote;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Picture;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor;
import kr.dogfoot.hwpxlib.tool.textextractor.TextMarks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.SampleDocuments;
import org.policyreport.report.template.ReportFixture;

/**
 * Reads the HWPX back with an independent OWPML reader (hwpxlib) and compares what it finds with
 * the document model: the text, line by line, the tables, pictures and footnotes.
 */
class HwpxReadBackTest {
  private static final java.util.Map<String, Rendered> CACHE = new java.util.HashMap<>();

  static List<String> documents() {
    return List.of("sample-en", "sample-ko", "report-en", "report-ko");
  }

  static Rendered rendered(String name) {
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(name, n -> new Rendered(document(n)));
    }
  }

  static Document document(String name) {
    switch (name) {
      case "sample-en":
        return SampleDocuments.english();
      case "sample-ko":
        return SampleDocuments.korean();
      case "report-en":
        return ReportFixture.build("en");
      default:
        return ReportFixture.build("ko");
    }
  }

  private static final java.util.Map<Rendered, HWPXFile> READ = new java.util.IdentityHashMap<>();

  private static HWPXFile read(Rendered r) throws Exception {
    synchronized (READ) {
      HWPXFile h = READ.get(r);
      if (h == null) {
        h = readFile(r);
        READ.put(r, h);
      }
      return h;
    }
  }

  /** The reader opens files only; the bytes go through a temporary copy. */
  private static HWPXFile readFile(Rendered r) throws Exception {
    java.nio.file.Path f = java.nio.file.Files.createTempFile("report", ".hwpx");
    try {
      java.nio.file.Files.write(f, r.bytes);
      return HWPXReader.fromFile(f.toFile());
    } finally {
      java.nio.file.Files.delete(f);
    }
  }

  /** The text lines an OWPML reader extracts: paragraphs, then each table's rows, in order. */
  private static List<String> extractedLines(HWPXFile h) throws Exception {
    String text =
        TextExtractor.extract(
            h,
            TextExtractMethod.AppendControlTextAfterParagraphText,
            false,
            new TextMarks()
                .lineBreakAnd("\n")
                .paraSeparatorAnd("\n")
                .tableRowSeparatorAnd("\n")
                .tableCellSeparatorAnd(" | "));
    return nonEmpty(List.of(text.split("\n", -1)));
  }

  private static List<String> nonEmpty(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      String t = l.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("documents")
  void textReadBackIsTheModelsTextLineByLine(String name) throws Exception {
    Rendered r = rendered(name);
    List<String> expected = nonEmpty(ModelText.of(r.source).lines);
    assertThat(extractedLines(read(r))).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void tablesPicturesAndFootnotesAreThereAsInTheModel(String name) throws Exception {
    Rendered r = rendered(name);
    Objects found = new Objects();
    for (SectionXMLFile s : read(r).sectionXMLFileList().items()) {
      found.walk(s);
    }
    long tables =
        r.source.blocks().stream()
            .filter(b -> b instanceof org.policyreport.report.document.Table)
            .count();
    long boxes = r.source.blocks().stream().filter(b -> b instanceof Box).count();
    long figures = r.source.blocks().stream().filter(b -> b instanceof Figure).count();
    assertThat(found.tables).as("tables and boxes").isEqualTo(tables + boxes);
    assertThat(found.pictures).as("pictures").hasSize((int) figures);
    assertThat(found.footnotes).containsExactlyElementsOf(ModelText.of(r.source).footnotes);

    List<String> images = new ArrayList<>();
    for (ManifestItem i : read(r).contentHPFFile().manifest().items()) {
      if (i.mediaType().equals("image/png")) {
        images.add(i.id());
      }
    }
    assertThat(found.pictures).as("every picture's image is in the package").isEqualTo(images);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void headerRowsAreMarkedToRepeatOnEveryPage(String name) throws Exception {
    Rendered r = rendered(name);
    Objects found = new Objects();
    for (SectionXMLFile s : read(r).sectionXMLFileList().items()) {
      found.walk(s);
    }
    List<Integer> expected = new ArrayList<>();
    for (org.policyreport.report.document.Block b : r.source.blocks()) {
      if (b instanceof org.policyreport.report.document.Table) {
        expected.add(((org.policyreport.report.document.Table) b).header().size());
      } else if (b instanceof Box) {
        expected.add(0);
      }
    }
    assertThat(found.headerRows).isEqualTo(expected);
    assertThat(found.repeatHeader).isEqualTo(expected.stream().map(n -> n > 0).toList());
  }

  /** Tables, pictures and footnotes found by walking the reader's object model. */
  private static final class Objects {
    int tables;
    final List<String> pictures = new ArrayList<>();
    final List<String> footnotes = new ArrayList<>();
    final List<Integer> headerRows = new ArrayList<>();
    final List<Boolean> repeatHeader = new ArrayList<>();

    void walk(ParaListCore list) throws Exception {
      for (Para p : list.paras()) {
        for (int i = 0; i < p.countOfRun(); i++) {
          Run run = p.getRun(i);
          for (int k = 0; k < run.countOfRunItem(); k++) {
            item(run.getRunItem(k));
          }
        }
      }
    }

    private void item(RunItem item) throws Exception {
      if (item instanceof Table) {
        Table t = (Table) item;
        tables++;
        int headers = 0;
        for (Tr tr : t.trs()) {
          boolean header = false;
          for (Tc tc : tr.tcs()) {
            header |= Boolean.TRUE.equals(tc.header());
            walk(tc.subList());
          }
          headers += header ? 1 : 0;
        }
        headerRows.add(headers);
        repeatHeader.add(Boolean.TRUE.equals(t.repeatHeader()));
      } else if (item instanceof Picture) {
        pictures.add(((Picture) item).img().binaryItemIDRef());
      } else if (item instanceof Ctrl) {
        for (CtrlItem c : ((Ctrl) item).ctrlItems()) {
          if (c instanceof FootNote) {
            String text =
                TextExtractor.extractFrom(
                    ((FootNote) c).subList(),
                    TextExtractMethod.AppendControlTextAfterParagraphText,
                    new TextMarks());
            footnotes.add(text.strip());
          }
        }
      }
    }
  }
}
