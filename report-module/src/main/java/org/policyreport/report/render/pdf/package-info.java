/**
 * Renders the document model as a tagged PDF/A-2a and PDF/UA-1 file with OpenPDF, with the Korean
 * font embedded.
 */
package org.policyreport.report.render.pdf;
