package org.policyreport.report.render.hwpx;

/**
 * The size, anchoring and outer margin that every drawn object (table, box, picture) carries in
 * OWPML: absolute size, anchored to the paragraph, centred in the column, no outer margin.
 */
final class Placement {
  private Placement() {}

  /**
   * Writes {@code hp:sz}, {@code hp:pos} and {@code hp:outMargin}; {@code asCharacter} places the
   * object inline like a character (pictures) rather than as a block (tables, boxes).
   */
  static void write(Xml x, int width, int height, boolean asCharacter) {
    x.empty(
        "hp:sz",
        "width",
        Integer.toString(width),
        "widthRelTo",
        "ABSOLUTE",
        "height",
        Integer.toString(height),
        "heightRelTo",
        "ABSOLUTE",
        "protect",
        "0");
    x.empty(
        "hp:pos",
        "treatAsChar",
        asCharacter ? "1" : "0",
        "affectLSpacing",
        "0",
        "flowWithText",
        "1",
        "allowOverlap",
        "0",
        "holdAnchorAndSO",
        "0",
        "vertRelTo",
        "PARA",
        "horzRelTo",
        "COLUMN",
        "vertAlign",
        "TOP",
        "horzAlign",
        "CENTER",
        "vertOffset",
        "0",
        "horzOffset",
        "0");
    x.empty("hp:outMargin", "left", "0", "right", "0", "top", "0", "bottom", "0");
  }
}
