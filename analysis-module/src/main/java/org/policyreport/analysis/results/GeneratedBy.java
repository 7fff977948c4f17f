package org.policyreport.analysis.results;

/** The program that wrote a results file. */
public record GeneratedBy(String name, String version) {}
