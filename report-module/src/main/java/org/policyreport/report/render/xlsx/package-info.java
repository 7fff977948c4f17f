/** Renders the document model as an Excel workbook with Apache POI (XSSF): one sheet per table. */
package org.policyreport.report.render.xlsx;
