/** Renders the document model as a Word file with Apache POI (XWPF). */
package org.policyreport.report.render.docx;
