package org.policyreport.contract;

/** Descriptive statistics of one variable of one data table (sample SD, n - 1). */
public record VariableSummary(
    String data, String variable, int n, double mean, double sd, double min, double max) {}
