package org.policyreport.report.document;

import java.util.List;

/** A whole report: metadata, the words of its language, and its blocks in reading order. */
public record Document(Metadata metadata, Vocabulary vocabulary, List<Block> blocks) {
  public Document {
    blocks = List.copyOf(blocks);
  }

  /** Every heading, in order (for tables of contents and bookmarks). */
  public List<Heading> headings() {
    return blocks.stream().filter(b -> b instanceof Heading).map(b -> (Heading) b).toList();
  }
}
