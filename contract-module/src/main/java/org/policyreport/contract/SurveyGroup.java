package org.policyreport.contract;

/** One level of a grouping column and how many respondents it has. */
public record SurveyGroup(String name, int n) {}
