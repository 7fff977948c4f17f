package org.policyreport.report.document;

/**
 * A block of the format-neutral document model: the closed set of things a report is made of.
 * Renderers walk blocks with a {@link BlockVisitor}.
 */
public sealed interface Block
    permits TitlePage,
        TableOfContents,
        Heading,
        Paragraph,
        ListBlock,
        Table,
        Figure,
        Box,
        PageBreak,
        Signature,
        Bibliography,
        Colophon,
        BodyStart {

  <R> R accept(BlockVisitor<R> visitor);
}
