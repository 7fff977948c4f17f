/**
 * Data sources as files come: CSV in any of the usual encodings, Excel worksheets, and wide (one
 * column per period) layouts reshaped into the long table the models read.
 */
package org.policyreport.analysis.source;
