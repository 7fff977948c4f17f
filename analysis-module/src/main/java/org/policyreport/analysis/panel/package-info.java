/**
 * Linear panel models of regional growth: pooled OLS, fixed and random effects, xtgls-style FGLS
 * and their diagnostics.
 */
package org.policyreport.analysis.panel;
