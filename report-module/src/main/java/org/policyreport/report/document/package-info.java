/** The format-neutral document model (blocks, inlines, numbering) that every renderer walks. */
package org.policyreport.report.document;
