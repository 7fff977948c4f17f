/** The analysis module: reads data and config, fits the study's models and writes results JSON. */
package org.policyreport.analysis;
