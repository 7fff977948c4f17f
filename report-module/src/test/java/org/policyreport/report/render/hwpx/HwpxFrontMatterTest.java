package org.policyreport.report.render.hwpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policyreport.report.document.FrontMatterSamples;

/** The front and back matter in the HWPX section: text, and page numbers i, ii, ... then 1. */
class HwpxFrontMatterTest {
  private static String section(Rendered r) {
    return new String(r.parts.get("Contents/section0.xml"), StandardCharsets.UTF_8);
  }

  @Test
  void coverSignatureReferencesAndColophonAreInTheText() {
    Rendered r = new Rendered(FrontMatterSamples.english());
    String x = section(r);
    assertThat(x)
        .contains(FrontMatterSamples.SERIES, "Principal investigator  Kim Yeon-gu")
        .contains(FrontMatterSamples.SIGNER, "Korean sources", FrontMatterSamples.DOMESTIC)
        .contains(FrontMatterSamples.FOREIGN_TITLE, FrontMatterSamples.ISBN)
        .contains(FrontMatterSamples.DISCLAIMER);
    assertThat(r.warnings).isEmpty();
  }

  @Test
  void frontMatterPagesAreLowerRomanAndTheBodyRestartsAtOne() {
    String x = section(new Rendered(FrontMatterSamples.english()));
    int roman = x.indexOf("type=\"ROMAN_SMALL\"");
    int restart = x.indexOf("<hp:newNum num=\"1\" numType=\"PAGE\"");
    assertThat(roman).isPositive();
    assertThat(restart).isGreaterThan(roman);
    // The restart comes after the contents and before the first chapter.
    assertThat(restart).isGreaterThan(x.indexOf("Executive summary"));
    assertThat(restart).isLessThan(x.lastIndexOf("Chapter 1 Introduction"));
  }
}
