package org.policyreport.report.render.hwpx;

import org.policyreport.report.render.Fonts;

/**
 * Contents/header.xml: fonts, border fills, character and paragraph shapes, the outline numbering
 * and the named styles of {@link Look}, in the order and with the attributes Hancom Office writes.
 */
final class HeaderPart {
  /** The seven script groups OWPML gives a font list each. */
  static final String[] LANGS = {"HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"};

  /**
   * Fonts by name, not embedded: Pretendard GOV first (the face of every character shape), with 맑은
   * 고딕 as its substitute where it is not installed; 함초롬바탕 and 맑은 고딕 are listed so that both are at
   * hand in the document's font list.
   */
  static final String SUBSTITUTE = "맑은 고딕";

  static final String[][] FONTS = {
    {Fonts.FAMILY, "FCAT_GOTHIC"}, {"함초롬바탕", "FCAT_MYUNGJO"}, {"맑은 고딕", "FCAT_GOTHIC"}
  };

  /** The id of the outline numbering the section points at. */
  static final int OUTLINE_NUMBERING = 1;

  private HeaderPart() {}

  static byte[] xml() {
    Xml x = new Xml();
    x.open("hh:head").namespaces().attr("version", "1.4").attr("secCnt", 1);
    x.empty(
        "hh:beginNum",
        "page",
        "1",
        "footnote",
        "1",
        "endnote",
        "1",
        "pic",
        "1",
        "tbl",
        "1",
        "equation",
        "1");
    x.open("hh:refList");
    fontfaces(x);
    borderFills(x);
    charProperties(x);
    x.open("hh:tabProperties").attr("itemCnt", 1);
    x.empty("hh:tabPr", "id", "0", "autoTabLeft", "0", "autoTabRight", "0");
    x.close();
    numberings(x);
    paraProperties(x);
    styles(x);
    x.close(); // refList
    x.open("hh:compatibleDocument").attr("targetProgram", "HWP201X");
    x.empty("hh:layoutCompatibility");
    x.close();
    x.open("hh:docOption");
    x.empty("hh:linkinfo", "path", "", "pageInherit", "0", "footnoteInherit", "0");
    x.close();
    x.empty("hh:trackchageConfig", "flags", "56");
    x.close();
    return x.bytes();
  }

  private static void fontfaces(Xml x) {
    x.open("hh:fontfaces").attr("itemCnt", LANGS.length);
    for (String lang : LANGS) {
      x.open("hh:fontface").attr("lang", lang).attr("fontCnt", FONTS.length);
      for (int i = 0; i < FONTS.length; i++) {
        x.open("hh:font")
            .attr("id", i)
            .attr("face", FONTS[i][0])
            .attr("type", "TTF")
            .attr("isEmbedded", false);
        if (i == 0) {
          x.empty(
              "hh:substFont",
              "face",
              SUBSTITUTE,
              "type",
              "TTF",
              "isEmbedded",
              "0",
              "binaryItemIDRef",
              "");
        }
        x.empty(
            "hh:typeInfo",
            "familyType",
            FONTS[i][1],
            "weight",
            "6",
            "proportion",
            "0",
            "contrast",
            "0",
            "strokeVariation",
            "1",
            "armStyle",
            "1",
            "letterform",
            "1",
            "midline",
            "1",
            "xHeight",
            "1");
        x.close();
      }
      x.close();
    }
    x.close();
  }

  private static void borderFills(Xml x) {
    x.open("hh:borderFills").attr("itemCnt", Look.Border.values().length);
    for (Look.Border b : Look.Border.values()) {
      x.open("hh:borderFill")
          .attr("id", b.id())
          .attr("threeD", false)
          .attr("shadow", false)
          .attr("centerLine", "NONE")
          .attr("breakCellSeparateLine", false);
      x.empty("hh:slash", "type", "NONE", "Crooked", "0", "isCounter", "0");
      x.empty("hh:backSlash", "type", "NONE", "Crooked", "0", "isCounter", "0");
      line(x, "hh:leftBorder", b.left);
      line(x, "hh:rightBorder", b.right);
      line(x, "hh:topBorder", b.top);
      line(x, "hh:bottomBorder", b.bottom);
      x.empty("hh:diagonal", "type", "SOLID", "width", "0.1 mm", "color", Look.BLACK);
      if (b.fill != null || b == Look.Border.CHAR) {
        x.open("hc:fillBrush");
        x.empty(
            "hc:winBrush",
            "faceColor",
            b.fill == null ? "none" : b.fill,
            "hatchColor",
            b.fill == null ? "#FF000000" : "#000000",
            "alpha",
            "0");
        x.close();
      }
      x.close();
    }
    x.close();
  }

  private static void line(Xml x, String name, Look.Line l) {
    x.empty(name, "type", l.type(), "width", l.width(), "color", l.color());
  }

  private static void charProperties(Xml x) {
    x.open("hh:charProperties").attr("itemCnt", Look.Char.values().length);
    for (Look.Char c : Look.Char.values()) {
      x.open("hh:charPr")
          .attr("id", c.id())
          .attr("height", c.height)
          .attr("textColor", c.color)
          .attr("shadeColor", "none")
          .attr("useFontSpace", false)
          .attr("useKerning", false)
          .attr("symMark", "NONE")
          .attr("borderFillIDRef", Look.Border.CHAR.id());
      perLang(x, "hh:fontRef", "0");
      perLang(x, "hh:ratio", "100");
      perLang(x, "hh:spacing", "0");
      perLang(x, "hh:relSz", "100");
      perLang(x, "hh:offset", "0");
      if (c.italic) {
        x.empty("hh:italic");
      }
      if (c.bold) {
        x.empty("hh:bold");
      }
      x.empty("hh:underline", "type", "NONE", "shape", "SOLID", "color", Look.BLACK);
      x.empty("hh:strikeout", "shape", "NONE", "color", Look.BLACK);
      x.empty("hh:outline", "type", "NONE");
      x.empty("hh:shadow", "type", "NONE", "color", "#B2B2B2", "offsetX", "10", "offsetY", "10");
      x.close();
    }
    x.close();
  }

  private static void perLang(Xml x, String name, String value) {
    x.open(name);
    for (String lang : LANGS) {
      x.attr(lang.toLowerCase(java.util.Locale.ROOT), value);
    }
    x.close();
  }

  /**
   * The outline numbering: empty number formats, because the heading text already carries the
   * public-document number from the model ("제1장", "제1절", "1.", "가."); Hangul would otherwise put
   * its own "1." in front of it.
   */
  private static void numberings(Xml x) {
    x.open("hh:numberings").attr("itemCnt", 1);
    x.open("hh:numbering").attr("id", OUTLINE_NUMBERING).attr("start", 0);
    String[] formats = {
      "DIGIT",
      "HANGUL_SYLLABLE",
      "DIGIT",
      "HANGUL_SYLLABLE",
      "DIGIT",
      "HANGUL_SYLLABLE",
      "CIRCLED_DIGIT"
    };
    for (int level = 1; level <= formats.length; level++) {
      x.open("hh:paraHead")
          .attr("start", 1)
          .attr("level", level)
          .attr("align", "LEFT")
          .attr("useInstWidth", true)
          .attr("autoIndent", true)
          .attr("widthAdjust", 0)
          .attr("textOffsetType", "PERCENT")
          .attr("textOffset", 50)
          .attr("numFormat", formats[level - 1])
          .attr("charPrIDRef", "4294967295")
          .attr("checkable", false)
          .close();
    }
    x.close();
    x.close();
  }

  private static void paraProperties(Xml x) {
    x.open("hh:paraProperties").attr("itemCnt", Look.Para.values().length);
    for (Look.Para p : Look.Para.values()) {
      x.open("hh:paraPr")
          .attr("id", p.id())
          .attr("tabPrIDRef", 0)
          .attr("condense", 0)
          .attr("fontLineHeight", false)
          .attr("snapToGrid", true)
          .attr("suppressLineNumbers", false)
          .attr("checked", false);
      x.empty("hh:align", "horizontal", p.align.name(), "vertical", "BASELINE");
      x.empty(
          "hh:heading",
          "type",
          p.outline < 0 ? "NONE" : "OUTLINE",
          "idRef",
          "0",
          "level",
          Integer.toString(Math.max(0, p.outline)));
      x.empty(
          "hh:breakSetting",
          "breakLatinWord",
          "KEEP_WORD",
          "breakNonLatinWord",
          "KEEP_WORD",
          "widowOrphan",
          "1",
          "keepWithNext",
          p.keepWithNext ? "1" : "0",
          "keepLines",
          p.outline >= 0 ? "1" : "0",
          "pageBreakBefore",
          "0",
          "lineWrap",
          "BREAK");
      // Hangul writes the margins twice: in the unit-aware case (read by current versions) and,
      // doubled, in the default that older readers take.
      x.open("hp:switch");
      x.open("hp:case")
          .attr("hp:required-namespace", "http://www.hancom.co.kr/hwpml/2016/HwpUnitChar");
      margins(x, p, 1);
      x.close();
      x.open("hp:default");
      margins(x, p, 2);
      x.close();
      x.close();
      x.empty("hh:autoSpacing", "eAsianEng", "0", "eAsianNum", "0");
      x.empty(
          "hh:border",
          "borderFillIDRef",
          Integer.toString(Look.Border.CHAR.id()),
          "offsetLeft",
          "0",
          "offsetRight",
          "0",
          "offsetTop",
          "0",
          "offsetBottom",
          "0",
          "connect",
          "0",
          "ignoreMargin",
          "0");
      x.close();
    }
    x.close();
  }

  private static void margins(Xml x, Look.Para p, int factor) {
    x.open("hh:margin");
    value(x, "hc:intent", p.indent * factor);
    value(x, "hc:left", p.left * factor);
    value(x, "hc:right", 0);
    value(x, "hc:prev", p.before * factor);
    value(x, "hc:next", p.after * factor);
    x.close();
    x.empty(
        "hh:lineSpacing",
        "type",
        "PERCENT",
        "value",
        Integer.toString(p.lineSpacing),
        "unit",
        "HWPUNIT");
  }

  private static void value(Xml x, String name, int v) {
    x.empty(name, "value", Integer.toString(v), "unit", "HWPUNIT");
  }

  /** The style Hangul switches to after Enter: body text after a heading, title or caption. */
  private static Look.Style next(Look.Style s) {
    switch (s) {
      case OUTLINE_1:
      case OUTLINE_2:
      case OUTLINE_3:
      case OUTLINE_4:
      case TITLE:
      case CAPTION:
      case TOC_TITLE:
        return Look.Style.BODY;
      default:
        return s;
    }
  }

  private static void styles(Xml x) {
    x.open("hh:styles").attr("itemCnt", Look.Style.values().length);
    for (Look.Style s : Look.Style.values()) {
      x.open("hh:style")
          .attr("id", s.id())
          .attr("type", "PARA")
          .attr("name", s.name)
          .attr("engName", s.engName)
          .attr("paraPrIDRef", s.para.id())
          .attr("charPrIDRef", s.chars.id())
          .attr("nextStyleIDRef", next(s).id())
          .attr("langID", 1042)
          .attr("lockForm", false)
          .close();
    }
    x.close();
  }
}
