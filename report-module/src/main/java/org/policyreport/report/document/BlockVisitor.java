package org.policyreport.report.document;

/** One method per block type; Java 17 has no pattern-matching switch over sealed types. */
public interface BlockVisitor<R> {
  R titlePage(TitlePage b);

  R tableOfContents(TableOfContents b);

  R heading(Heading b);

  R paragraph(Paragraph b);

  R list(ListBlock b);

  R table(Table b);

  R figure(Figure b);

  R box(Box b);

  R pageBreak(PageBreak b);

  R signature(Signature b);

  R bibliography(Bibliography b);

  R colophon(Colophon b);

  R bodyStart(BodyStart b);
}
