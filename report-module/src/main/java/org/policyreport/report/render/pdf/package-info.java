/** Renders the document model as a PDF with OpenPDF, with the Korean font embedded. */
package org.policyreport.report.render.pdf;
