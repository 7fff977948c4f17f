package org.policyreport.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.SampleDocuments;
import org.policyreport.report.document.Vocabulary;

class ChartImagesTest {

  private static List<Figure> figures(Document d) {
    List<Figure> out = new ArrayList<>();
    for (Block b : d.blocks()) {
      if (b instanceof Figure f) {
        out.add(f);
      }
    }
    return out;
  }

  @Test
  void everyChartTypeGivesAPngOfTheRequestedSize() throws IOException {
    Path dir = Path.of("target", "charts");
    Files.createDirectories(dir);
    for (Document d : List.of(SampleDocuments.english(), SampleDocuments.korean())) {
      for (Figure f : figures(d)) {
        byte[] png = ChartImages.png(f.chart(), 1380, 900, d.vocabulary());
        Files.write(
            dir.resolve(d.vocabulary().language() + "-" + f.id().replace(':', '-') + ".png"), png);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(1380);
        assertThat(img.getHeight()).isEqualTo(900);
        assertThat(inkPixels(img)).as(f.id()).isGreaterThan(1000);
      }
    }
  }

  @Test
  void sameSpecGivesSameBytes() {
    for (Figure f : figures(SampleDocuments.korean())) {
      byte[] a = ChartImages.png(f.chart(), 600, 400, Vocabulary.KO);
      byte[] b = ChartImages.png(f.chart(), 600, 400, Vocabulary.KO);
      assertThat(a).as(f.id()).isEqualTo(b);
    }
  }

  @Test
  void shippedFontCoversHangul() {
    assertThat(ChartFonts.regular(9).canDisplayUpTo("재정자주도 발생률비 지역")).isEqualTo(-1);
    assertThat(ChartFonts.bold(9).canDisplayUpTo("중요도-수행도")).isEqualTo(-1);
  }

  @Test
  void koreanLabelsAreDrawnAsGlyphsNotBoxes() throws IOException {
    // Two bar charts that differ only in a Korean category name must differ in pixels; with a font
    // lacking Hangul both would show the same missing-glyph boxes.
    ChartSpec a = bar("서울");
    ChartSpec b = bar("부산");
    BufferedImage ia =
        ImageIO.read(new ByteArrayInputStream(ChartImages.png(a, 600, 400, Vocabulary.KO)));
    BufferedImage ib =
        ImageIO.read(new ByteArrayInputStream(ChartImages.png(b, 600, 400, Vocabulary.KO)));
    int differing = 0;
    for (int y = 0; y < 400; y++) {
      for (int x = 0; x < 600; x++) {
        if (ia.getRGB(x, y) != ib.getRGB(x, y)) {
          differing++;
        }
      }
    }
    assertThat(differing).isGreaterThan(20);
  }

  @Test
  void lineWithGapAndRatioScaleDraw() {
    ChartSpec lines =
        new ChartSpec.Lines(
            "연도",
            "값",
            List.of(2012.0, 2013.0, 2014.0),
            List.of(new ChartSpec.Series("세종", java.util.Arrays.asList(null, 1.0, 2.0))));
    ChartSpec wide =
        new ChartSpec.Coefficients(
            "IRR",
            List.of("a", "b"),
            List.of(0.5, 8.0),
            List.of(0.2, 3.0),
            List.of(0.9, 30.0),
            1.0,
            true);
    assertThat(ChartImages.png(lines, 400, 300, Vocabulary.KO)).isNotEmpty();
    assertThat(ChartImages.png(wide, 400, 300, Vocabulary.EN)).isNotEmpty();
  }

  private static ChartSpec bar(String category) {
    return new ChartSpec.Bar(
        "지역",
        "특허",
        List.of(category, "대전"),
        List.of(new ChartSpec.Series("2017", List.of(3.0, 2.0))),
        false);
  }

  private static int inkPixels(BufferedImage img) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          n++;
        }
      }
    }
    return n;
  }
}
