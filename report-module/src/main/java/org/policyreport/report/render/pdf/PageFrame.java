package org.policyreport.report.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.policyreport.report.document.Vocabulary;

/**
 * Draws the running header (report title) and footer (page number) on every page but the title
 * page, and records on which page each heading landed (through the chunk's generic tag) for the
 * table of contents of the next pass. Header and footer are pagination artifacts; chunks that link
 * somewhere report their place here and become tagged link annotations (see {@link Flow}).
 */
final class PageFrame extends PdfPageEventHelper {
  private final PdfFonts fonts;
  private final Vocabulary vocabulary;
  private final String title;
  private final int totalPages;
  private final Set<Integer> plainPages = new HashSet<>();
  private final Map<String, Integer> headingPages = new LinkedHashMap<>();

  PageFrame(PdfFonts fonts, Vocabulary vocabulary, String title, int totalPages) {
    this.fonts = fonts;
    this.vocabulary = vocabulary;
    this.title = title;
    this.totalPages = totalPages;
  }

  /** Key under which the page where the body starts is recorded with the headings' pages. */
  static final String BODY = "body";

  private boolean frontMatter;
  private int bodyStart;

  /** The document numbers its front matter i, ii, ... up to a body start (see {@link #body}). */
  void frontMatter() {
    frontMatter = true;
  }

  /** The body starts on {@code page}, numbered 1. */
  void body(int page) {
    bodyStart = page;
    headingPages.putIfAbsent(BODY, page);
  }

  /** The page the body starts on, 0 before it (or without front matter). */
  int bodyStart() {
    return bodyStart;
  }

  /** Records the page of something listed in the contents (a table or a figure). */
  void record(String key, int page) {
    headingPages.putIfAbsent(key, page);
  }

  /**
   * The number the reader sees on {@code page}: lower-case Roman before the body start {@code body}
   * (when there is one), counted from the body start after it.
   */
  static String label(int page, Integer body) {
    if (body == null) {
      return Integer.toString(page);
    }
    return page < body
        ? org.policyreport.report.document.Vocabulary.lowerRoman(page)
        : Integer.toString(page - body + 1);
  }

  /** The current page shows neither header nor footer. */
  void plain(int page) {
    plainPages.add(page);
  }

  private int lastPage;

  Map<String, Integer> headingPages() {
    return headingPages;
  }

  private static final String LINK = "link:";
  private Flow flow;

  /** Where links found on the pages are turned into tagged annotations. */
  void links(Flow flow) {
    this.flow = flow;
  }

  /**
   * The generic tag of a chunk that links to the destination {@code key}; {@code description} is
   * the link's text for assistive technology.
   */
  static String linkTag(String key, String description) {
    return LINK + key + "\n" + description;
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
    if (tag.startsWith(LINK)) {
      int cut = tag.indexOf('\n');
      flow.link(rect, tag.substring(LINK.length(), cut), tag.substring(cut + 1));
      return;
    }
    headingPages.putIfAbsent(tag, writer.getPageNumber());
  }

  /** The number of the last page actually written (an empty trailing page is never written). */
  int lastPage() {
    return lastPage;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    int page = writer.getPageNumber();
    lastPage = Math.max(lastPage, page);
    if (plainPages.contains(page)) {
      return;
    }
    PdfContentByte cb = writer.getDirectContent();
    Tags.beginArtifact(cb, Tags.PAGINATION);
    float left = document.left();
    float right = document.right();
    float headerY = document.top() + 26;
    ColumnText.showTextAligned(
        cb,
        Element.ALIGN_RIGHT,
        new Phrase(title, fonts.regular(Layout.HEADER, Layout.MUTED)),
        right,
        headerY,
        0);
    cb.saveState();
    cb.setColorStroke(Layout.LIGHT_RULE);
    cb.setLineWidth(0.5f);
    cb.moveTo(left, headerY - 6);
    cb.lineTo(right, headerY - 6);
    cb.stroke();
    cb.restoreState();
    String footer;
    if (frontMatter && (bodyStart == 0 || page < bodyStart)) {
      footer = vocabulary.frontPageFooter(page);
    } else {
      int first = frontMatter ? bodyStart : 1;
      footer = vocabulary.pageFooter(page - first + 1, Math.max(totalPages, page) - first + 1);
    }
    ColumnText.showTextAligned(
        cb,
        Element.ALIGN_CENTER,
        new Phrase(footer, fonts.regular(Layout.HEADER + 0.5f, Layout.MUTED)),
        (left + right) / 2,
        document.bottom() - 34,
        0);
    Tags.end(cb);
  }
}
