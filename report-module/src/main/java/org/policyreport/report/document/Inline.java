package org.policyreport.report.document;

/** A run of text inside a paragraph, list item, cell or caption. */
public sealed interface Inline permits Inline.Text, Inline.CrossRef, Inline.Footnote {

  /** Plain text with optional emphasis. */
  record Text(String text, boolean bold, boolean italic) implements Inline {
    public static Text plain(String s) {
      return new Text(s, false, false);
    }
  }

  /**
   * A reference to a table, figure or heading by id; {@link Numbering} replaces it with the
   * target's label ("Table 4-1", "<표 4-1>") before any renderer sees it.
   */
  record CrossRef(String target) implements Inline {}

  /** A footnote anchored at this point; renderers number footnotes in document order. */
  record Footnote(String text) implements Inline {}
}
