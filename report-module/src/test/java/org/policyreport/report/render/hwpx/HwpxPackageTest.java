package org.policyreport.report.render.hwpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.SampleDocuments;
import org.policyreport.report.render.Fonts;
import org.w3c.dom.Element;

/**
 * The package as a reader meets it, checked part by part without any OWPML library: the zip layout,
 * well-formed parts, manifests that list exactly what is there, references that resolve and counts
 * that match.
 */
class HwpxPackageTest {
  static List<String> documents() {
    return HwpxReadBackTest.documents();
  }

  private static Rendered rendered(String name) {
    return HwpxReadBackTest.rendered(name);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void mimetypeIsTheFirstEntryStoredUncompressed(String name) {
    Rendered r = rendered(name);
    assertThat(r.parts.keySet().iterator().next()).isEqualTo("mimetype");
    assertThat(r.methods.get("mimetype")).isEqualTo(ZipEntry.STORED);
    // Readers sniff the format at a fixed offset: local header (30 bytes), the name, the content.
    String head = new String(r.bytes, 30, 8 + 19, StandardCharsets.US_ASCII);
    assertThat(head).isEqualTo("mimetypeapplication/hwp+zip");
    // No extra field may push the content away from that offset.
    assertThat(r.bytes[28] | r.bytes[29]).isZero();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyXmlPartIsWellFormed(String name) {
    Rendered r = rendered(name);
    for (String part : r.parts.keySet()) {
      if (part.endsWith(".xml") || part.endsWith(".hpf")) {
        assertThat(r.xml(part)).as(part).isNotNull();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void manifestsListExactlyThePartsPresent(String name) {
    Rendered r = rendered(name);
    Set<String> present = new LinkedHashSet<>(r.parts.keySet());

    Set<String> listed = new HashSet<>();
    for (Element e : Rendered.all(r.xml("META-INF/manifest.xml"), "odf:file-entry")) {
      assertThat(listed.add(e.getAttribute("full-path"))).as("listed once").isTrue();
    }
    Set<String> expected = new HashSet<>(present);
    expected.remove("mimetype");
    expected.remove("META-INF/manifest.xml");
    assertThat(listed).isEqualTo(expected);

    Set<String> items = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Element e : Rendered.all(r.xml("Contents/content.hpf"), "opf:item")) {
      items.add(e.getAttribute("href"));
      ids.add(e.getAttribute("id"));
    }
    Set<String> content = new HashSet<>();
    for (String p : present) {
      if (p.startsWith("Contents/") && !p.endsWith(".hpf")
          || p.startsWith("BinData/")
          || p.equals("settings.xml")) {
        content.add(p);
      }
    }
    assertThat(items).isEqualTo(content);
    for (Element e : Rendered.all(r.xml("Contents/content.hpf"), "opf:itemref")) {
      assertThat(ids).contains(e.getAttribute("idref"));
    }
    Element rootfile = Rendered.all(r.xml("META-INF/container.xml"), "ocf:rootfile").get(0);
    assertThat(present).contains(rootfile.getAttribute("full-path"));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyStyleShapeBorderAndImageReferenceResolves(String name) {
    Rendered r = rendered(name);
    Element header = r.xml("Contents/header.xml");
    Set<String> chars = ids(header, "hh:charPr");
    Set<String> paras = ids(header, "hh:paraPr");
    Set<String> styles = ids(header, "hh:style");
    Set<String> borders = ids(header, "hh:borderFill");
    Set<String> numberings = ids(header, "hh:numbering");
    Set<String> tabs = ids(header, "hh:tabPr");
    Set<String> images = new HashSet<>();
    for (Element e : Rendered.all(r.xml("Contents/content.hpf"), "opf:item")) {
      if (e.getAttribute("media-type").startsWith("image/")) {
        images.add(e.getAttribute("id"));
        assertThat(r.parts).containsKey(e.getAttribute("href"));
      }
    }
    assertThat(images)
        .hasSize((int) r.parts.keySet().stream().filter(p -> p.startsWith("BinData/")).count());

    List<Element> everything = new ArrayList<>(Rendered.all(header, "*"));
    everything.addAll(Rendered.all(r.xml("Contents/section0.xml"), "*"));
    int checked = 0;
    for (Element e : everything) {
      checked += resolves(e, "charPrIDRef", chars);
      checked += resolves(e, "paraPrIDRef", paras);
      checked += resolves(e, "styleIDRef", styles);
      checked += resolves(e, "nextStyleIDRef", styles);
      checked += resolves(e, "borderFillIDRef", borders);
      checked += resolves(e, "tabPrIDRef", tabs);
      checked += resolves(e, "outlineShapeIDRef", numberings);
      checked += resolves(e, "binaryItemIDRef", images);
    }
    assertThat(checked).isGreaterThan(100);
  }

  private static Set<String> ids(Element root, String name) {
    Set<String> out = new HashSet<>();
    for (Element e : Rendered.all(root, name)) {
      assertThat(out.add(e.getAttribute("id")))
          .as("%s id %s is unique", name, e.getAttribute("id"))
          .isTrue();
    }
    return out;
  }

  /**
   * 1 when {@code e} has the attribute and it names one of {@code ids}; "no reference" is allowed
   * where OWPML uses it.
   */
  private static int resolves(Element e, String attribute, Set<String> ids) {
    if (!e.hasAttribute(attribute)) {
      return 0;
    }
    String v = e.getAttribute(attribute);
    if (attribute.equals("charPrIDRef")
        && e.getTagName().equals("hh:paraHead")
        && v.equals("4294967295")) {
      return 0;
    }
    if (attribute.equals("binaryItemIDRef")
        && e.getTagName().equals("hh:substFont")
        && v.isEmpty()) {
      return 0;
    }
    assertThat(ids).as("%s of <%s>", attribute, e.getTagName()).contains(v);
    return 1;
  }

  @ParameterizedTest
  @MethodSource("documents")
  void declaredCountsMatchTheElements(String name) {
    Rendered r = rendered(name);
    Element header = r.xml("Contents/header.xml");
    for (Element e : Rendered.all(header, "*")) {
      if (e.hasAttribute("itemCnt")) {
        assertThat(Rendered.children(e))
            .as("items of <%s>", e.getTagName())
            .hasSize(Integer.parseInt(e.getAttribute("itemCnt")));
      }
      if (e.hasAttribute("fontCnt")) {
        assertThat(Rendered.children(e))
            .as("fonts of %s", e.getAttribute("lang"))
            .hasSize(Integer.parseInt(e.getAttribute("fontCnt")));
      }
    }
    int tables = 0;
    for (Element t : Rendered.all(r.xml("Contents/section0.xml"), "hp:tbl")) {
      tables++;
      List<Element> rows = new ArrayList<>();
      for (Element c : Rendered.children(t)) {
        if (c.getTagName().equals("hp:tr")) {
          rows.add(c);
        }
      }
      assertThat(rows).hasSize(Integer.parseInt(t.getAttribute("rowCnt")));
      int cols = Integer.parseInt(t.getAttribute("colCnt"));
      int width =
          Integer.parseInt(
              ((Element) t.getElementsByTagName("hp:sz").item(0)).getAttribute("width"));
      for (int i = 0; i < rows.size(); i++) {
        int col = 0;
        int w = 0;
        for (Element tc : Rendered.children(rows.get(i))) {
          Element addr = child(tc, "hp:cellAddr");
          assertThat(addr.getAttribute("rowAddr")).isEqualTo(Integer.toString(i));
          assertThat(addr.getAttribute("colAddr")).isEqualTo(Integer.toString(col));
          col += Integer.parseInt(child(tc, "hp:cellSpan").getAttribute("colSpan"));
          w += Integer.parseInt(child(tc, "hp:cellSz").getAttribute("width"));
        }
        assertThat(col).as("columns of row %d", i).isEqualTo(cols);
        assertThat(w).as("width of row %d", i).isEqualTo(width);
      }
    }
    assertThat(tables).isPositive();
  }

  private static Element child(Element e, String name) {
    for (Element c : Rendered.children(e)) {
      if (c.getTagName().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("<" + e.getTagName() + "> has no <" + name + ">");
  }

  @Test
  void sameDocumentGivesTheSameBytes() {
    for (String name : List.of("sample-en", "report-ko")) {
      Rendered again = new Rendered(HwpxReadBackTest.document(name));
      assertThat(again.bytes).as(name).isEqualTo(rendered(name).bytes);
    }
  }

  @Test
  void everyEntryCarriesTheReportDateNotTheClock() {
    Rendered r = rendered("sample-en");
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.bytes))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        assertThat(e.getTimeLocal())
            .as(e.getName())
            .isEqualTo(r.source.metadata().date().atStartOfDay());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void metadataCarriesTitleAuthorsSummaryKeywordsAndTheReportDate(String name) {
    Rendered r = rendered(name);
    var m = r.source.metadata();
    Element hpf = r.xml("Contents/content.hpf");
    assertThat(Rendered.all(hpf, "opf:title").get(0).getTextContent()).isEqualTo(m.title());
    assertThat(Rendered.all(hpf, "opf:language").get(0).getTextContent()).isEqualTo(m.language());
    java.util.Map<String, String> meta = new java.util.HashMap<>();
    for (Element e : Rendered.all(hpf, "opf:meta")) {
      meta.put(e.getAttribute("name"), e.getTextContent());
    }
    assertThat(meta.get("creator")).isEqualTo(String.join(", ", m.authors()));
    assertThat(meta.get("subject")).isEqualTo(m.subject());
    assertThat(meta.get("description")).isEqualTo(m.summary());
    assertThat(meta.get("keyword")).isEqualTo(String.join(", ", m.keywords()));
    assertThat(meta.get("CreatedDate")).isEqualTo(m.date() + "T00:00:00Z");
    assertThat(meta.get("ModifiedDate")).isEqualTo(m.date() + "T00:00:00Z");
  }

  @Test
  void humanReadableDateIsTheReportDateInHangulsWording() {
    assertThat(Parts.koreanDate(java.time.LocalDate.of(2018, 12, 7)))
        .isEqualTo("2018년 12월 7일 금요일 오전 12:00:00");
    assertThat(Parts.koreanDate(java.time.LocalDate.of(2024, 1, 31)))
        .isEqualTo("2024년 1월 31일 수요일 오전 12:00:00");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void headingsUseTheOutlineStylesWithTheModelsNumbers(String name) {
    Rendered r = rendered(name);
    java.util.Map<String, String> styleNames = new java.util.HashMap<>();
    java.util.Map<String, String> outline = new java.util.HashMap<>();
    Element header = r.xml("Contents/header.xml");
    for (Element s : Rendered.all(header, "hh:style")) {
      styleNames.put(s.getAttribute("id"), s.getAttribute("name"));
    }
    for (Element p : Rendered.all(header, "hh:paraPr")) {
      Element h = child(p, "hh:heading");
      outline.put(p.getAttribute("id"), h.getAttribute("type") + " " + h.getAttribute("level"));
    }
    List<String> found = new ArrayList<>();
    for (Element p : Rendered.all(r.xml("Contents/section0.xml"), "hp:p")) {
      String style = styleNames.get(p.getAttribute("styleIDRef"));
      if (style.startsWith("개요 ")) {
        int level = Integer.parseInt(style.substring(3));
        assertThat(outline.get(p.getAttribute("paraPrIDRef"))).isEqualTo("OUTLINE " + (level - 1));
        found.add(level + " " + p.getTextContent());
      }
    }
    List<String> expected = new ArrayList<>();
    for (Heading h : r.source.headings()) {
      expected.add(h.level() + " " + h.display());
    }
    assertThat(found).isEqualTo(expected);
    // The outline numbering adds no numbers of its own: the text carries them.
    for (Element ph : Rendered.all(header, "hh:paraHead")) {
      assertThat(ph.getTextContent()).isEmpty();
    }
  }

  @Test
  void fontsAreNamedWithASubstituteForEveryScript() {
    Element header = rendered("report-ko").xml("Contents/header.xml");
    List<Element> faces = Rendered.all(header, "hh:fontface");
    assertThat(faces).extracting(f -> f.getAttribute("lang")).contains("HANGUL", "LATIN");
    for (Element face : faces) {
      Element first = Rendered.children(face).get(0);
      assertThat(first.getAttribute("face")).isEqualTo(Fonts.FAMILY);
      assertThat(child(first, "hh:substFont").getAttribute("face")).isEqualTo("맑은 고딕");
      assertThat(Rendered.children(face))
          .extracting(f -> f.getAttribute("face"))
          .contains("함초롬바탕", "맑은 고딕");
    }
    for (Element ref : Rendered.all(header, "hh:fontRef")) {
      assertThat(ref.getAttribute("hangul")).isEqualTo("0");
      assertThat(ref.getAttribute("latin")).isEqualTo("0");
    }
  }

  @Test
  void pagesAfterTheTitleHaveTheRunningTitleAndPageNumbers() {
    for (String name : List.of("sample-en", "sample-ko")) {
      Rendered r = rendered(name);
      Element section = r.xml("Contents/section0.xml");
      Element first = Rendered.children(section).get(0);
      assertThat(Rendered.all(first, "hp:secPr")).hasSize(1);
      assertThat(first.getElementsByTagName("hp:header").item(0).getTextContent())
          .isEqualTo(r.source.metadata().title());
      List<String> numbers = new ArrayList<>();
      for (Element n :
          Rendered.all((Element) first.getElementsByTagName("hp:footer").item(0), "hp:autoNum")) {
        numbers.add(n.getAttribute("numType"));
      }
      assertThat(numbers)
          .isEqualTo(name.endsWith("en") ? List.of("PAGE", "TOTAL_PAGE") : List.of("PAGE"));
      Element hiding = (Element) first.getElementsByTagName("hp:pageHiding").item(0);
      assertThat(
              hiding.getAttribute("hideHeader")
                  + hiding.getAttribute("hideFooter")
                  + hiding.getAttribute("hidePageNum"))
          .isEqualTo("111");
      // The paragraph that holds the section properties holds no text: some readers skip it.
      for (Element t : Rendered.children((Element) first.getElementsByTagName("hp:run").item(0))) {
        assertThat(t.getTagName()).isNotEqualTo("hp:t");
      }
    }
  }

  @Test
  void tablesAndFiguresInsideABoxAreLeftOutWithAWarning() {
    var v = org.policyreport.report.document.Vocabulary.EN;
    var doc =
        new org.policyreport.report.document.Document(
            SampleDocuments.english().metadata(),
            v,
            List.of(
                new org.policyreport.report.document.Box(
                    "b",
                    org.policyreport.report.document.Box.Role.SUMMARY,
                    "Box",
                    org.policyreport.report.document.Box.Status.OK,
                    null,
                    List.of(
                        org.policyreport.report.document.Paragraph.of("inside"),
                        new org.policyreport.report.document.PageBreak(),
                        new org.policyreport.report.document.TableOfContents("Contents")))));
    Rendered r = new Rendered(doc);
    assertThat(r.warnings)
        .containsExactly("HWPX: a table of contents inside a box cannot be shown and was left out");
    assertThat(r.xml("Contents/section0.xml").getTextContent())
        .contains("inside")
        .doesNotContain("Contents");
  }
}
