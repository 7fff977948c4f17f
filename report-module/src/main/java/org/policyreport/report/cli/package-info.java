/** The command line: run, analyze and render, with one-line errors and exit codes. */
package org.policyreport.report.cli;
