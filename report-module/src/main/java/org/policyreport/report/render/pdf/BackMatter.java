package org.policyreport.report.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import java.util.ArrayList;
import java.util.List;
import org.policyreport.report.document.Bibliography;
import org.policyreport.report.document.Colophon;
import org.policyreport.report.document.Signature;

/**
 * The parts institutes print around the chapters: the signature under the foreword (flush right),
 * the references in groups with hanging indents, and the colophon at the foot of the last page.
 */
final class BackMatter {
  /** Hanging indent of a reference entry. */
  static final float HANGING = 22f;

  /** Where the colophon's values start. */
  private static final float VALUE_TAB = 120f;

  private final PdfFonts fonts;
  private final Inlines inlines;

  BackMatter(PdfFonts fonts, Inlines inlines) {
    this.fonts = fonts;
    this.inlines = inlines;
  }

  /**
   * A tab to {@code position}, given the report font: a chunk without one would embed OpenPDF's
   * default font (with a CIDSet that breaks PDF/A).
   */
  static Chunk tab(PdfFonts fonts, float position) {
    Chunk c = new Chunk(new VerticalPositionMark(), position, false);
    c.setFont(fonts.regular(Layout.BODY));
    return c;
  }

  Blocks.Built signature(Signature s) {
    Paragraph p = new Paragraph(Layout.LEADING + 2f);
    for (int i = 0; i < s.lines().size(); i++) {
      String line = s.lines().get(i) + (i + 1 < s.lines().size() ? "\n" : "");
      p.add(new Chunk(line, i == 0 ? fonts.regular(Layout.BODY) : fonts.bold(Layout.BODY + 1f)));
    }
    p.setAlignment(Element.ALIGN_RIGHT);
    p.setSpacingBefore(24f);
    return new Blocks.Built(
        List.of(p), (flow, parent) -> flow.text(p, Tags.add(parent, PdfName.P)));
  }

  /** Group titles are second-level headings under the references' chapter heading. */
  Blocks.Built bibliography(Bibliography b) {
    List<Element> parts = new ArrayList<>();
    List<Boolean> titles = new ArrayList<>();
    for (Bibliography.Group g : b.groups()) {
      if (g.title() != null) {
        Paragraph t =
            new Paragraph(Layout.LEADING, g.title(), fonts.bold(Layout.BODY + 1f, Layout.ACCENT));
        t.setSpacingBefore(parts.isEmpty() ? 0f : 14f);
        t.setSpacingAfter(4f);
        parts.add(t);
        titles.add(true);
      }
      for (Bibliography.Entry e : g.entries()) {
        Paragraph p =
            new Paragraph(
                inlines.phrase(e.content(), Layout.BODY, Layout.LEADING, Layout.INK, false));
        p.setIndentationLeft(HANGING);
        p.setFirstLineIndent(-HANGING);
        p.setSpacingAfter(3f);
        parts.add(p);
        titles.add(false);
      }
    }
    return new Blocks.Built(
        parts,
        (flow, parent) -> {
          for (int i = 0; i < parts.size(); i++) {
            Paragraph p = (Paragraph) parts.get(i);
            boolean title = titles.get(i);
            if (title && i + 1 < parts.size()) {
              // A group title never stands alone at the foot of a page.
              float need = Measure.height(List.of(p, parts.get(i + 1))) + p.getSpacingBefore() + 2f;
              if (flow.room() < need && !flow.atTop()) {
                flow.newPage();
              }
            }
            flow.text(p, Tags.add(parent, title ? Tags.heading(2) : PdfName.P));
          }
        });
  }

  /**
   * The colophon: series and title, a rule, the facts as label and value, and the disclaimer, in
   * one Div.
   */
  Blocks.Built colophon(Colophon c) {
    List<Element> parts = new ArrayList<>();
    for (String line : c.heading()) {
      parts.add(new Paragraph(Layout.LEADING + 1f, line, fonts.bold(Layout.BODY + 1f)));
    }
    Paragraph rule = fonts.rule(0.8f, 100f, Layout.ACCENT);
    rule.setSpacingAfter(6f);
    int ruleAt = parts.size();
    parts.add(rule);
    for (Colophon.Entry e : c.entries()) {
      Paragraph p = new Paragraph(Layout.LEADING);
      p.add(new Chunk(e.label(), fonts.bold(Layout.BODY)));
      p.add(tab(fonts, VALUE_TAB));
      p.add(new Chunk(e.value(), fonts.regular(Layout.BODY)));
      parts.add(p);
    }
    Paragraph d =
        new Paragraph(
            Layout.SMALL_LEADING, c.disclaimer(), fonts.regular(Layout.SMALL + 0.5f, Layout.MUTED));
    d.setSpacingBefore(12f);
    parts.add(d);
    return new Blocks.Built(
        parts,
        (flow, parent) -> {
          PdfStructureElement div = Tags.add(parent, PdfName.DIV);
          for (int i = 0; i < parts.size(); i++) {
            if (i == ruleAt) {
              flow.decoration((Paragraph) parts.get(i));
            } else {
              flow.text((Paragraph) parts.get(i), Tags.add(div, PdfName.P));
            }
          }
        });
  }
}
