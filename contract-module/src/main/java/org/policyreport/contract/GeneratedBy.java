package org.policyreport.contract;

/** The program that wrote a results file. */
public record GeneratedBy(String name, String version) {}
