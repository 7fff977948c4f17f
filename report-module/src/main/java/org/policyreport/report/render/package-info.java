/** The renderer contract; one sub-package per output format walks the document model. */
package org.policyreport.report.render;
