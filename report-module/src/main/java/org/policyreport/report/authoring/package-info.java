/**
 * Authored chapters: Markdown files run through the sandboxed FreeMarker and then CommonMark into
 * the document model, with generated blocks as fenced cells, {@code @tbl-} cross-references and a
 * small set of inline functions.
 */
package org.policyreport.report.authoring;
