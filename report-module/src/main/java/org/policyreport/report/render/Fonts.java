package org.policyreport.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts shipped inside the program (Pretendard GOV, SIL Open Font License 1.1, see
 * fonts/OFL-LICENSE.txt), so that Korean text renders on a machine with no fonts installed.
 */
public final class Fonts {
  public static final String REGULAR = "fonts/PretendardGOV-Regular.ttf";
  public static final String BOLD = "fonts/PretendardGOV-Bold.ttf";

  /** The family name Word and LibreOffice know the font by. */
  public static final String FAMILY = "Pretendard GOV";

  /** Inflating a face out of the jar takes tens of milliseconds; several renderers need each. */
  private static final Map<String, byte[]> READ = new ConcurrentHashMap<>();

  private Fonts() {}

  /** The font file's bytes, a copy of its own for each caller. */
  public static byte[] bytes(String resource) {
    return READ.computeIfAbsent(resource, Fonts::read).clone();
  }

  private static byte[] read(String resource) {
    try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " is missing from the program");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("font " + resource + " cannot be read", e);
    }
  }
}
