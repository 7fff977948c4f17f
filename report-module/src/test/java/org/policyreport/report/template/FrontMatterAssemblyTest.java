package org.policyreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyreport.contract.InputException;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.contract.config.ConfigTree;
import org.policyreport.report.config.ReportSettings;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.TextDump;
import org.policyreport.report.render.pdf.PdfRenderer;

/** The configured front and back matter around the template's chapters, and without it. */
class FrontMatterAssemblyTest {
  private static final String FRONT_KEYS = "  # Front and back matter as institutes publish";

  /** The default config without any front- or back-matter key. */
  private static ConfigNode plainConfig() {
    return ReportFixture.config(
        y -> y.delete(y.indexOf(FRONT_KEYS), y.indexOf("\ndata:") + 1).append(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void configWithoutTheKeysGivesTheTemplatesReportUnchanged(String language) {
    String d = TextDump.of(ReportFixture.build(plainConfig(), ReportFixture.results(), language));
    assertThat(d)
        .doesNotContain("SERIES", "CREDIT", "SIGNED", "REFERENCES", "COLOPHON", "body starts")
        .doesNotContain(language.equals("ko") ? "= 발간사" : "= Foreword")
        .doesNotContain(language.equals("ko") ? "= Abstract" : "= 요약");
    // The template's own references stay.
    assertThat(d).contains("  - Beck, N. and Katz, J. N. (1995)");
  }

  @Test
  void configuredReferencesReplaceTheTemplatesListUnderItsHeading() {
    String d =
        TextDump.of(ReportFixture.build(ReportFixture.config(), ReportFixture.results(), "ko"));
    assertThat(d).doesNotContain("  - Beck, N.");
    int heading = d.indexOf("\n= 참고문헌\n");
    assertThat(d.indexOf("REFERENCES 국내 문헌")).isEqualTo(heading + "\n= 참고문헌\n".length());
    assertThat(d.indexOf("REFERENCES 국외 문헌")).isGreaterThan(heading);
    assertThat(d.indexOf("\n= 부록")).isGreaterThan(d.indexOf("REFERENCES 국외 문헌"));
  }

  @Test
  void koreanEditionEndsWithTheEnglishAbstractAndTheColophon() {
    String d =
        TextDump.of(ReportFixture.build(ReportFixture.config(), ReportFixture.results(), "ko"));
    String tail = d.substring(d.indexOf("\n= Abstract"));
    assertThat(tail).contains("**Keywords: **decentralization, regional innovation system");
    assertThat(tail.substring(tail.indexOf("COLOPHON")))
        .contains("발간등록번호: 00-0000000-000000-00", "ISBN: 979-11-0000-000-0")
        .contains("이 보고서에 수록된 내용은 연구진의 견해이며, 지역혁신정책연구원의 공식 견해가 아님을 밝혀 둡니다.");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void noPdfPageIsEmpty(boolean withFrontMatter) throws IOException {
    ConfigNode config = withFrontMatter ? ReportFixture.config() : plainConfig();
    Document doc = ReportFixture.build(config, ReportFixture.results(), "en");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(doc, out, w -> {});
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      PDFTextStripper s = new PDFTextStripper();
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        s.setStartPage(p);
        s.setEndPage(p);
        long lines =
            s.getText(pdf)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .filter(l -> !l.equals(doc.metadata().title()))
                .filter(l -> !l.matches("Page \\d+ of \\d+|[ivx]+"))
                .count();
        assertThat(lines).as("lines of text on page %d", p).isGreaterThan(0);
      }
      boolean roman = pdf.getDocumentCatalog().getPageLabels() != null;
      assertThat(roman).isEqualTo(withFrontMatter);
    }
  }

  @Test
  void authoredTextIsReadFromAFileRelativeToTheConfig(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("foreword.md"), "First paragraph,\nwrapped.\n\nSecond paragraph.\n");
    String yaml =
        "report:\n  title: T\n  foreword: {en: foreword.md, ko: 직접 쓴 발간사}\n"
            + "  references:\n    foreign: refs.txt\n";
    Files.writeString(dir.resolve("refs.txt"), "One, A. (2000). *Book*.\n\nTwo, B. (2001).\n");
    ConfigNode root = ConfigTree.parse(yaml.getBytes(StandardCharsets.UTF_8), "report.yaml");
    ReportSettings s = ReportSettings.from(root, new ConfigLocation.OnDisk(dir));
    assertThat(s.front().foreword().in("en"))
        .containsExactly("First paragraph, wrapped.", "Second paragraph.");
    assertThat(s.front().foreword().in("ko")).containsExactly("직접 쓴 발간사");
    assertThat(s.front().foreign()).hasSize(2);
    assertThat(s.front().foreign().get(0).in("en")).isEqualTo("One, A. (2000). *Book*.");
  }

  @Test
  void unknownColophonKeyIsAnErrorNamingIt() {
    String yaml = "report:\n  title: T\n  colophon:\n    isbn: 1\n    price: 10\n";
    ConfigNode root = ConfigTree.parse(yaml.getBytes(StandardCharsets.UTF_8), "report.yaml");
    assertThatThrownBy(() -> ReportSettings.from(root))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("report.colophon.price");
  }

  @Test
  void titlesBetweenStarsAreItalic() {
    var runs = FrontMatterBlocks.italics("Oates (1972). *Fiscal Federalism*. HBJ.");
    assertThat(runs).hasSize(3);
    assertThat(((org.policyreport.report.document.Inline.Text) runs.get(1)).italic()).isTrue();
  }
}
