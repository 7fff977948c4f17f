package org.policyreport.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngTest {

  @Test
  void decodesToTheSamePixels() throws IOException {
    BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));
    assertThat(back.getWidth()).isEqualTo(37);
    assertThat(back.getHeight()).isEqualTo(23);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        assertThat(back.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y));
      }
    }
  }

  @Test
  void rejectsImagesThatAreNotIntRgb() {
    BufferedImage gray = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
    assertThatThrownBy(() -> Png.encode(gray)).isInstanceOf(IllegalArgumentException.class);
  }
}
