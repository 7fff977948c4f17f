/** FreeMarker templates → report XML → document model; the data and helpers templates may use. */
package org.policyreport.report.template;
