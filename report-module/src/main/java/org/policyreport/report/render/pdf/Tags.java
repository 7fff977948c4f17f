package org.policyreport.report.render.pdf;

import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The structure tree of the tagged PDF: one Document element holding the report's elements in
 * reading order, content tied to them by marked-content sequences, and everything else (running
 * header and footer, rules, fills, repeated table headers) marked as an artifact.
 *
 * <p>OpenPDF's structure elements either hold content (marked-content references, and here also
 * annotation references after them) or other elements, never both; the layout keeps to that: a
 * paragraph is a leaf, a table holds rows that hold cells.
 */
final class Tags {
  static final PdfName ARTIFACT = new PdfName("Artifact");
  static final PdfName SCOPE = new PdfName("Scope");
  static final PdfName COLUMN = new PdfName("Column");
  static final PdfName COLSPAN = new PdfName("ColSpan");
  static final PdfName TR = new PdfName("TR");
  static final PdfName PAGINATION = new PdfName("Pagination");
  static final PdfName LAYOUT = new PdfName("Layout");

  private final PdfWriter writer;
  private final PdfStructureElement document;

  Tags(PdfWriter writer) {
    this.writer = writer;
    this.document = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
  }

  PdfStructureElement document() {
    return document;
  }

  /** A new element of {@code type}, the last child of {@code parent}. */
  static PdfStructureElement add(PdfStructureElement parent, PdfName type) {
    return new PdfStructureElement(parent, type);
  }

  /** A heading element of the model's level (H1 to H6). */
  static PdfName heading(int level) {
    return new PdfName("H" + Math.max(1, Math.min(6, level)));
  }

  /** Starts content belonging to the leaf element {@code e}. */
  static void begin(PdfContentByte cb, PdfStructureElement e) {
    cb.beginMarkedContentSequence(e);
  }

  static void end(PdfContentByte cb) {
    cb.endMarkedContentSequence();
  }

  /** Starts content that is not part of the text (rules, fills, running header and footer). */
  static void beginArtifact(PdfContentByte cb, PdfName type) {
    PdfDictionary props = new PdfDictionary();
    props.put(PdfName.TYPE, type);
    cb.beginMarkedContentSequence(ARTIFACT, props, true);
  }

  /** A table attribute (/O /Table) such as the scope of a header cell or a column span. */
  static void tableAttribute(PdfStructureElement e, PdfName key, PdfObject value) {
    PdfDictionary a = (PdfDictionary) e.get(PdfName.A);
    if (a == null) {
      a = new PdfDictionary();
      a.put(PdfName.O, PdfName.TABLE);
      e.put(PdfName.A, a);
    }
    a.put(key, value);
  }

  static void columnSpan(PdfStructureElement e, int span) {
    if (span > 1) {
      tableAttribute(e, COLSPAN, new PdfNumber(span));
    }
  }

  static void alt(PdfStructureElement e, String text) {
    e.put(PdfName.ALT, new PdfString(text, PdfObject.TEXT_UNICODE));
  }

  static void id(PdfStructureElement e, String id) {
    e.put(PdfName.ID, new PdfString(id));
  }

  /**
   * Ties a link annotation on the current page to {@code link}: an object reference among the
   * element's kids and the annotation's entry in the parent tree. The element must already hold
   * content or be empty.
   */
  void annotation(PdfStructureElement link, PdfAnnotation annotation) {
    PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
    objr.put(PdfName.OBJ, annotation.getIndirectReference());
    objr.put(PdfName.PG, writer.getCurrentPage());
    PdfObject k = link.get(PdfName.K);
    PdfArray kids;
    if (k == null) {
      kids = new PdfArray();
    } else if (k.isArray()) {
      kids = (PdfArray) k;
    } else {
      kids = new PdfArray();
      kids.add(k);
    }
    kids.add(objr);
    link.put(PdfName.K, kids);
    int key = writer.getStructureTreeRoot().addExistingObject(link.getReference());
    annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
  }
}
