package org.policyreport.report.render.hwpx;

import java.util.ArrayList;
import java.util.List;

/**
 * Counters for everything in the package that needs a number: object ids and z-order of tables and
 * pictures, footnote numbers, and the embedded images. Hangul writes random ids; counters in
 * document order give the same ids, and so the same bytes, on every run.
 */
final class Ids {
  /** An image in BinData/, referenced from a picture by its manifest id. */
  record Image(String id, String path, byte[] png) {}

  private int objects;
  private int footnotes;
  private final List<Image> images = new ArrayList<>();

  int nextObject() {
    return ++objects;
  }

  int nextFootnote() {
    return ++footnotes;
  }

  /** Registers a PNG and returns its manifest id ("image1", ...). */
  String addImage(byte[] png) {
    String id = "image" + (images.size() + 1);
    images.add(new Image(id, "BinData/" + id + ".png", png));
    return id;
  }

  List<Image> images() {
    return List.copyOf(images);
  }
}
