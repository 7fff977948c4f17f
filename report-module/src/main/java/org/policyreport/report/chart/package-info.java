/** Chart specifications (data) and their drawing as images with JFreeChart. */
package org.policyreport.report.chart;
