package org.policyreport.report.render.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Paragraph properties, written in the element order the schema requires (Word refuses a file whose
 * {@code w:pPr} children are out of order; LibreOffice does not, so tests alone would not catch
 * it).
 */
final class Par {
  private final String style;
  private boolean keepNext;
  private boolean keepLines;
  private boolean pageBreakBefore;
  private String numPr;
  private String borders;
  private String shading;
  private final List<String> tabs = new ArrayList<>();
  private Integer before;
  private Integer after;
  private Integer left;
  private Integer hanging;
  private Integer right;
  private String jc;

  private Par(String style) {
    this.style = style;
  }

  static Par style(String styleId) {
    return new Par(styleId);
  }

  Par keepNext(boolean b) {
    keepNext = b;
    return this;
  }

  Par keepLines() {
    keepLines = true;
    return this;
  }

  Par pageBreakBefore(boolean b) {
    pageBreakBefore = b;
    return this;
  }

  /** Numbered by list instance {@code numId} at level {@code ilvl}; numId 0 means not numbered. */
  Par numbering(int ilvl, int numId) {
    numPr = "<w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/>";
    return this;
  }

  /** Raw children of {@code w:pBdr}. */
  Par borders(String children) {
    borders = children;
    return this;
  }

  Par shading(String fill) {
    shading = fill;
    return this;
  }

  /** A tab stop: kind is left, right, center or decimal; position in twips. */
  Par tab(String kind, int position) {
    tabs.add("<w:tab w:val=\"" + kind + "\" w:pos=\"" + position + "\"/>");
    return this;
  }

  Par spacing(Integer beforeTwips, Integer afterTwips) {
    before = beforeTwips;
    after = afterTwips;
    return this;
  }

  Par indent(int leftTwips, int hangingTwips) {
    left = leftTwips;
    hanging = hangingTwips;
    return this;
  }

  Par indentRight(int rightTwips) {
    right = rightTwips;
    return this;
  }

  /** Justification: left, center, right or both. */
  Par align(String value) {
    jc = value;
    return this;
  }

  String xml() {
    StringBuilder sb = new StringBuilder();
    if (style != null) {
      sb.append("<w:pStyle w:val=\"").append(style).append("\"/>");
    }
    if (keepNext) {
      sb.append("<w:keepNext/>");
    }
    if (keepLines) {
      sb.append("<w:keepLines/>");
    }
    if (pageBreakBefore) {
      sb.append("<w:pageBreakBefore/>");
    }
    if (numPr != null) {
      sb.append("<w:numPr>").append(numPr).append("</w:numPr>");
    }
    if (borders != null) {
      sb.append("<w:pBdr>").append(borders).append("</w:pBdr>");
    }
    if (shading != null) {
      sb.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(shading).append("\"/>");
    }
    if (!tabs.isEmpty()) {
      sb.append("<w:tabs>").append(String.join("", tabs)).append("</w:tabs>");
    }
    if (before != null || after != null) {
      sb.append("<w:spacing");
      if (before != null) {
        sb.append(" w:before=\"").append(before).append('"');
      }
      if (after != null) {
        sb.append(" w:after=\"").append(after).append('"');
      }
      sb.append("/>");
    }
    if (left != null || right != null) {
      sb.append("<w:ind");
      if (left != null) {
        sb.append(" w:left=\"").append(left).append('"');
      }
      if (right != null) {
        sb.append(" w:right=\"").append(right).append('"');
      }
      if (hanging != null && hanging > 0) {
        sb.append(" w:hanging=\"").append(hanging).append('"');
      }
      sb.append("/>");
    }
    if (jc != null) {
      sb.append("<w:jc w:val=\"").append(jc).append("\"/>");
    }
    return sb.toString();
  }

  /** Replaces the paragraph's properties with these. */
  XWPFParagraph applyTo(XWPFParagraph p) {
    p.getCTP().setPPr(Wml.parse(CTPPr.Factory, xml()));
    return p;
  }
}
